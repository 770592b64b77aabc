'use client';

import { cacheExchange, createClient, fetchExchange, ssrExchange, subscriptionExchange, UrqlProvider } from '@urql/next';
import { createClient as createWsClient } from 'graphql-ws';
import { useMemo, type ReactNode } from 'react';
import { apiUrl, wsUrl } from './api';

export function GraphQLProvider({ children }: { children: ReactNode }) {
  const [client, ssr] = useMemo(() => {
    const ssr = ssrExchange({ isClient: typeof window !== 'undefined' });
    const exchanges = [cacheExchange, ssr, fetchExchange];
    if (typeof window !== 'undefined') {
      // Reconnects by itself after a lost connection, which a kiosk on Wi-Fi needs.
      const ws = createWsClient({ url: wsUrl(), retryAttempts: Infinity, shouldRetry: () => true, lazy: true });
      exchanges.push(
        subscriptionExchange({
          forwardSubscription: (request) => ({
            subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
          }),
        }),
      );
    }
    const client = createClient({ url: apiUrl(), exchanges, suspense: true, requestPolicy: 'cache-and-network' });
    return [client, ssr] as const;
  }, []);
  return (
    <UrqlProvider client={client} ssr={ssr}>
      {children}
    </UrqlProvider>
  );
}
