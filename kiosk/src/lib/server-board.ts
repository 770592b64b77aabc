import 'server-only';
import { print } from 'graphql';
import { cache } from 'react';
import { KioskBoardDocument, KioskPavilionDocument, type KioskBoardQuery, type KioskPavilionQuery } from '../gql/graphql';
import { runtimeConfig } from './runtime-config';

const apiUrl = () => runtimeConfig().apiUrl ?? 'http://localhost:4000/graphql';

async function post<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T | null> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    cache: 'no-store',
    signal: AbortSignal.timeout(1500),
  });
  if (!res.ok) return null;
  const body = (await res.json()) as { data?: T; errors?: unknown };
  return body.errors ? null : (body.data ?? null);
}

/** The pavilion this kiosk stands in, once per server render (the layout and the board page share it). */
export const initialPavilion = cache(async (pavilionId: string): Promise<KioskPavilionQuery['pavilion'] | null> => {
  try {
    return (await post<KioskPavilionQuery>(apiUrl(), print(KioskPavilionDocument), { id: pavilionId }))?.pavilion ?? null;
  } catch {
    return null;
  }
});

/**
 * The board as it is now, fetched on the server so that the first paint already shows it (a
 * kiosk is often an old, slow device). The client takes over and follows changes live; when the
 * API cannot be reached from here, the client simply loads it itself.
 */
export async function initialBoard(communityId: string): Promise<KioskBoardQuery | null> {
  try {
    return await post<KioskBoardQuery>(apiUrl(), print(KioskBoardDocument), { communityId });
  } catch {
    return null;
  }
}
