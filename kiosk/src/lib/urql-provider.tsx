'use client';

import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createClient, fetchExchange, Provider, subscriptionExchange } from 'urql';
import { resolveApiUrl, toWs } from './api';
import { normalisedCache } from './graphcache';

const TokenContext = createContext<{ token: string | null; setToken(t: string | null): void; online: boolean }>({
  token: null,
  setToken: () => undefined,
  online: true,
});

/** The session token of whoever is signed in on this screen (a resident at the kiosk, or staff in the console). */
export const useSession = () => useContext(TokenContext);

/**
 * One urql client and one WebSocket client for the life of the page. The token is read when each
 * request goes out, so signing in or out rebuilds nothing; on a change of token the socket is
 * closed, so live updates never keep flowing on a session that has ended, and the client connects
 * again by itself with the new token (or none) and resumes its subscriptions.
 */
export function GraphQLProvider({ apiUrl, children }: { apiUrl: string | null; children: ReactNode }) {
  const [token, setTokenState] = useState<string | null>(null);
  const [online, setOnline] = useState(true);
  const tokenRef = useRef<string | null>(null);
  const wsRef = useRef<WsClient | null>(null);

  const client = useMemo(() => {
    const url = resolveApiUrl(apiUrl);
    const bearer = () => (tokenRef.current ? { authorization: `Bearer ${tokenRef.current}` } : undefined);
    if (typeof window !== 'undefined') {
      // Reconnects by itself after a lost connection, as a kiosk on a shaky network needs.
      wsRef.current = createWsClient({
        url: toWs(url),
        retryAttempts: Infinity,
        shouldRetry: () => true,
        retryWait: async (retries) => new Promise((r) => setTimeout(r, Math.min(1000 * 2 ** retries, 15_000))),
        connectionParams: () => bearer() ?? {},
        // The socket also closes on purpose when no screen listens any more (code 1000): that is not offline.
        on: { connected: () => setOnline(true), closed: (event) => setOnline((event as { code?: number } | undefined)?.code === 1000) },
      });
    }
    const ws = wsRef.current;
    return createClient({
      url,
      requestPolicy: 'cache-and-network',
      // POST always: the API refuses GET queries without a CSRF preflight header.
      preferGetMethod: false,
      fetchOptions: () => {
        const headers = bearer();
        return headers ? { headers } : {};
      },
      exchanges: [
        normalisedCache,
        fetchExchange,
        ...(ws
          ? [
              subscriptionExchange({
                forwardSubscription: (request) => ({
                  subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
                }),
              }),
            ]
          : []),
      ],
    });
  }, [apiUrl]);

  const setToken = useCallback((next: string | null) => {
    if (tokenRef.current === next) return;
    tokenRef.current = next;
    setTokenState(next);
    // The socket was opened with the old token: close it; it reconnects with the new one.
    wsRef.current?.terminate();
  }, []);

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
