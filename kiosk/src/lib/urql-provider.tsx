'use client';

import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
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
  const connection = useMemo(() => connect(apiUrl, setOnline), [apiUrl]);

  const setToken = useCallback(
    (next: string | null) => {
      if (connection.swapToken(next)) setTokenState(next);
    },
    [connection],
  );

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
      <Provider value={connection.client}>{children}</Provider>
    </TokenContext.Provider>
  );
}

/**
 * The page's clients and the token they send, outside React's state: the token is read when each
 * request goes out, and swapping it closes the socket so that it reconnects with the new one.
 */
function connect(apiUrl: string | null, setOnline: (online: boolean) => void) {
  const url = resolveApiUrl(apiUrl);
  let token: string | null = null;
  const bearer = () => (token ? { authorization: `Bearer ${token}` } : undefined);
  // Reconnects by itself after a lost connection, as a kiosk on a shaky network needs.
  const ws: WsClient | null =
    typeof window === 'undefined'
      ? null
      : createWsClient({
          url: toWs(url),
          retryAttempts: Infinity,
          shouldRetry: () => true,
          retryWait: async (retries) => new Promise((r) => setTimeout(r, Math.min(1000 * 2 ** retries, 15_000))),
          connectionParams: () => bearer() ?? {},
          // The socket also closes on purpose when no screen listens any more (code 1000): that is not offline.
          on: { connected: () => setOnline(true), closed: (event) => setOnline((event as { code?: number } | undefined)?.code === 1000) },
        });
  const client = createClient({
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
  return {
    client,
    /** Answers whether the token changed. */
    swapToken(next: string | null): boolean {
      if (token === next) return false;
      token = next;
      // The socket was opened with the old token: close it; it reconnects with the new one.
      ws?.terminate();
      return true;
    },
  };
}
