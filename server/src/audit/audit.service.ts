import type { EntityManager } from '@mikro-orm/knex';
import type { StaffViewer } from '../common/actor';
import type { Dialect } from '../common/dialect';

/** Who an audit row names: a staff member, or the server itself (e.g. a vote closing on time). */
export type AuditActor = Pick<StaffViewer, 'userId' | 'displayName' | 'role'> | { userId: 0; displayName: string; role: 'SYSTEM' | 'PUBLIC' };
export const SYSTEM_ACTOR: AuditActor = { userId: 0, displayName: '系统', role: 'SYSTEM' };
/** A kiosk, a resident's phone or anyone holding a tracking code: no account to name. */
export const PUBLIC_ACTOR: AuditActor = { userId: 0, displayName: '居民', role: 'PUBLIC' };
import { AuditEntry } from './audit-entry.entity';
import { checkChain, entryHash, GENESIS_HASH, type ChainRow } from './chain';

/** Arbitrary constant naming the PostgreSQL advisory lock that orders appends to the chain. */
const CHAIN_LOCK = 727_278;

export class AuditService {
  constructor(private readonly dialect: Dialect) {}

  /**
   * Appends one row inside the caller's transaction, so the record and the change it records
   * commit together. Appends are serialised (SQLite has one writer; PostgreSQL takes an advisory
   * lock) so that two rows never claim the same predecessor.
   */
  async append(tx: EntityManager, viewer: AuditActor, action: string, matterId: number | null, details: Record<string, unknown> = {}): Promise<void> {
    await this.appendMany(tx, [{ viewer, action, matterId, details }]);
  }

  /** Several rows in order, chained to each other: one read of the last hash and one insert. */
  async appendMany(
    tx: EntityManager,
    entries: Array<{ viewer: AuditActor; action: string; matterId: number | null; details?: Record<string, unknown> }>,
  ): Promise<void> {
    if (entries.length === 0) return;
    if (this.dialect === 'postgresql') {
      await tx.execute('select pg_advisory_xact_lock(?)', [CHAIN_LOCK]);
    }
    const last = await tx.createQueryBuilder(AuditEntry, 'a').select(['a.hash']).orderBy({ id: 'desc' }).limit(1).execute<{ hash: string }[]>('all', true);
    let prevHash = last[0]?.hash ?? GENESIS_HASH;
    const at = new Date();
    const rows = entries.map((e) => {
      const content = {
        at,
        actorId: e.viewer.userId || null,
        actorName: e.viewer.displayName,
        actorRole: e.viewer.role,
        action: e.action,
        matterId: e.matterId,
        details: JSON.stringify(e.details ?? {}),
      };
      const row = { ...content, prevHash, hash: entryHash(prevHash, content) };
      prevHash = row.hash;
      return row;
    });
    if (rows.length === 1) await tx.insert(AuditEntry, rows[0]);
    else await tx.insertMany(AuditEntry, rows);
  }

  /** Walks the whole chain in id order, a page at a time. */
  async verify(em: EntityManager): Promise<{ rows: number; broken: { id: number; reason: string } | null }> {
    let rows = 0;
    let prev = GENESIS_HASH;
    let afterId = 0;
    for (;;) {
      const page = await em.find(AuditEntry, { id: { $gt: afterId } }, { orderBy: { id: 'asc' }, limit: 5000 });
      if (page.length === 0) return { rows, broken: null };
      const check = checkChain(
        page.map((r): ChainRow => ({ ...r, actorId: r.actorId ?? null, matterId: r.matterId ?? null })),
        prev,
      );
      if (check.broken) return { rows, broken: check.broken };
      rows += page.length;
      prev = check.last;
      afterId = page[page.length - 1].id;
      em.clear();
    }
  }
}
