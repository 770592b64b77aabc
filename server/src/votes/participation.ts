import type { EntityManager } from '@mikro-orm/knex';
import { Ballot } from './ballot.entity';

/** Homes through which ballots were cast in a period, for the participation figure. */
export async function votersBetween(em: EntityManager, communityId: number | null, from: Date, to: Date): Promise<number[]> {
  const rows = await em
    .createQueryBuilder(Ballot, 'b')
    .select(['b.home'])
    .join('b.vote', 'v')
    .where({ castAt: { $gte: from, $lt: to }, ...(communityId ? { vote: { community: communityId } } : {}) })
    .execute<Array<{ home: number }>>('all', true);
  return rows.map((r) => r.home);
}
