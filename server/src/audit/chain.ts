import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  at: Date;
  actorId: number | null;
  actorName: string;
  actorRole: string;
  action: string;
  matterId: number | null;
  details: string;
}

/** SHA-256 over the previous hash and this row's content, in a fixed field order. */
export function entryHash(prevHash: string, c: AuditContent): string {
  const canonical = JSON.stringify([prevHash, c.at.toISOString(), c.actorId, c.actorName, c.actorRole, c.action, c.matterId, c.details]);
  return createHash('sha256').update(canonical).digest('hex');
}

export interface ChainRow extends AuditContent {
  id: number;
  prevHash: string;
  hash: string;
}

export interface ChainCheck {
  broken: { id: number; reason: string } | null;
  /** The hash the next row must follow. */
  last: string;
}

/** The first row whose link or hash does not hold, starting after a row whose hash is `start`. */
export function checkChain(rows: Iterable<ChainRow>, start = GENESIS_HASH): ChainCheck {
  let prev = start;
  for (const row of rows) {
    if (row.prevHash !== prev)
      return { broken: { id: row.id, reason: 'does not follow the row before it (a row was changed, removed or inserted)' }, last: prev };
    if (entryHash(row.prevHash, row) !== row.hash)
      return { broken: { id: row.id, reason: 'its content does not match its hash (the row was changed)' }, last: prev };
    prev = row.hash;
  }
  return { broken: null, last: prev };
}
