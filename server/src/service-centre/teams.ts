import type { EntityManager } from '@mikro-orm/knex';
import type { StaffTeams } from '../auth';
import { ServiceTeam, ServiceTeamMember } from './team.entity';

/** Sign-in's port to the teams: which teams a member works in, and joining one with a new account. */
export const staffTeams: StaffTeams = {
  async teamsOf(em, staffId) {
    // On every signed-in request of a team phone (the viewer is kept 5 s): one indexed read.
    const rows = await em.execute<Array<{ team_id: unknown }>>('select team_id from service_team_member where staff_id = ? order by team_id', [staffId]);
    return rows.map((r) => Number(r.team_id));
  },
  join(em, staff, teamId) {
    em.create(ServiceTeamMember, { team: teamId, staff });
  },
};

/** 1 Monday .. 7 Sunday, in Beijing time, of a moment. */
export function beijingWeekday(at: Date): number {
  const day = new Date(at.getTime() + 8 * 3600_000).getUTCDay();
  return day === 0 ? 7 : day;
}

export function listTeams(em: EntityManager, communityId: number | null): Promise<ServiceTeam[]> {
  return em.find(ServiceTeam, communityId == null ? {} : { community: communityId }, { orderBy: { community: 'asc', kind: 'asc', id: 'asc' } });
}
