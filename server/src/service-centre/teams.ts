import type { EntityManager } from '@mikro-orm/knex';
import { ServiceTeamKind } from './enums';
import { ServiceDuty, ServiceTeam } from './team.entity';

/** 1 Monday .. 7 Sunday, in Beijing time, of a moment. */
export function beijingWeekday(at: Date): number {
  const day = new Date(at.getTime() + 8 * 3600_000).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The team that takes new orders of this kind in this community now: the one on duty, else the first. */
export async function teamOnDuty(em: EntityManager, communityId: number, kind: ServiceTeamKind, at: Date): Promise<ServiceTeam | null> {
  const teams = await em.find(ServiceTeam, { community: communityId, kind }, { orderBy: { id: 'asc' } });
  if (teams.length <= 1) return teams[0] ?? null;
  const duty = await em.findOne(ServiceDuty, { team: { $in: teams.map((t) => t.id) }, weekday: beijingWeekday(at) });
  return teams.find((t) => t.id === duty?.team.id) ?? teams[0];
}

export function listTeams(em: EntityManager, communityId: number | null): Promise<ServiceTeam[]> {
  return em.find(ServiceTeam, communityId == null ? {} : { community: communityId }, { orderBy: { community: 'asc', kind: 'asc', id: 'asc' } });
}
