import type { EntityManager } from '@mikro-orm/knex';
import { ServiceTeam } from './team.entity';

/** 1 Monday .. 7 Sunday, in Beijing time, of a moment. */
export function beijingWeekday(at: Date): number {
  const day = new Date(at.getTime() + 8 * 3600_000).getUTCDay();
  return day === 0 ? 7 : day;
}

export function listTeams(em: EntityManager, communityId: number | null): Promise<ServiceTeam[]> {
  return em.find(ServiceTeam, communityId == null ? {} : { community: communityId }, { orderBy: { community: 'asc', kind: 'asc', id: 'asc' } });
}
