'use client';

import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { cacheExchange, createClient, fetchExchange, Provider, subscriptionExchange } from 'urql';
import { resolveApiUrl, toWs } from './api';

const TokenContext = createContext<{ token: string | null; setToken(t: string | null): void; online: boolean }>({
  token: null,
  setToken: () => undefined,
  online: true,
});

/** The session token of whoever is signed in on this screen (a resident at the kiosk, or staff in the console). */
export const useSession = () => useContext(TokenContext);

export function GraphQLProvider({ apiUrl, children }: { apiUrl: string | null; children: ReactNode }) {
  const [token, setToken] = useState<string | null>(null);
  const [online, setOnline] = useState(true);
  const client = useMemo(() => {
    const url = resolveApiUrl(apiUrl);
    let ws: WsClient | null = null;
    if (typeof window !== 'undefined') {
      // Reconnects by itself after a lost connection, as a kiosk on a shaky network needs.
      ws = createWsClient({
        url: toWs(url),
        retryAttempts: Infinity,
        shouldRetry: () => true,
        retryWait: async (retries) => new Promise((r) => setTimeout(r, Math.min(1000 * 2 ** retries, 15_000))),
        connectionParams: () => (token ? { authorization: `Bearer ${token}` } : {}),
        on: { connected: () => setOnline(true), closed: () => setOnline(false) },
      });
    }
    return createClient({
      url,
      requestPolicy: 'cache-and-network',
      // POST always: the API refuses GET queries without a CSRF preflight header.
      preferGetMethod: false,
      fetchOptions: () => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
      exchanges: [
        cacheExchange,
        fetchExchange,
        ...(ws
          ? [
              subscriptionExchange({
                forwardSubscription: (request) => ({
                  subscribe: (sink) => ({ unsubscribe: ws!.subscribe({ ...request, query: request.query ?? '' }, sink) }),
                }),
              }),
            ]
          : []),
      ],
    });
  }, [apiUrl, token]);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return (
    <TokenContext.Provider value={{ token, setToken, online }}>
      <Provider value={client}>{children}</Provider>
    </TokenContext.Provider>
  );
}
