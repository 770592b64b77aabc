import 'server-only';
import { print } from 'graphql';
import { KioskBoardDocument, KioskPavilionDocument, type KioskBoardQuery, type KioskPavilionQuery } from '../gql/graphql';
import { runtimeConfig } from './runtime-config';

export interface InitialBoard {
  pavilion: KioskPavilionQuery['pavilion'];
  board: KioskBoardQuery | null;
}

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

/**
 * The board as it is now, fetched on the server so that the first paint already shows it (a
 * kiosk is often an old, slow device). The client takes over and follows changes live; when the
 * API cannot be reached from here, the client simply loads it itself.
 */
export async function initialBoard(pavilionId: string): Promise<InitialBoard | null> {
  const url = runtimeConfig().apiUrl ?? 'http://localhost:4000/graphql';
  try {
    const p = await post<KioskPavilionQuery>(url, print(KioskPavilionDocument), { id: pavilionId });
    if (!p) return null;
    const communityId = p.pavilion?.community.id;
    const board = communityId ? await post<KioskBoardQuery>(url, print(KioskBoardDocument), { communityId }) : null;
    return { pavilion: p.pavilion, board };
  } catch {
    return null;
  }
}
