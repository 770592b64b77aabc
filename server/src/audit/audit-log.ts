import type { EntityManager } from '@mikro-orm/knex';
import { requireStaff } from '../common/guards';
import type { Actor } from '../common/actor';
import { badInput } from '../common/errors';
import { likePattern } from '../common/sql';
import { AuditEntry } from './audit-entry.entity';

export interface AuditFilterInput {
  action?: string | null;
  matterId?: number | null;
  actor?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * Reading the audit log, newest first. The sub-district sees all of it; other staff see the rows
 * about matters of their communities, and their own.
 */
export async function auditEntries(em: EntityManager, actor: Actor, filter: AuditFilterInput, first: number, offset: number) {
  const viewer = requireStaff(actor);
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first is a whole number from 1 to 100', { field: 'first' });
  if (!Number.isInteger(offset) || offset < 0) throw badInput('offset is a whole number from 0', { field: 'offset' });
  const qb = em.createQueryBuilder(AuditEntry, 'a');
  if (viewer.communityIds !== 'ALL') {
    const ids = viewer.communityIds.length ? viewer.communityIds : [0];
    qb.andWhere(`(a.matter_id in (select m.id from matter m where m.community_id in (${ids.map(() => '?').join(', ')})) or a.actor_id = ?)`, [
      ...ids,
      viewer.userId,
    ]);
  }
  if (filter.action) qb.andWhere({ action: filter.action });
  if (filter.matterId != null) qb.andWhere({ matterId: filter.matterId });
  if (filter.actor?.trim()) qb.andWhere("a.actor_name like ? escape '\\'", [likePattern(filter.actor.trim())]);
  if (filter.from) qb.andWhere({ at: { $gte: filter.from } });
  if (filter.to) qb.andWhere({ at: { $lt: filter.to } });
  const totalCount = await qb.clone().getCount();
  const nodes = await qb.orderBy({ id: 'desc' }).limit(first).offset(offset).getResultList();
  return { nodes, totalCount };
}
