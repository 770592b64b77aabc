import type { EntityManager } from '@mikro-orm/knex';
import { type AuthService } from '../auth';
import { Role } from '../common/role';
import type { ServiceTeamKind } from './enums';
import { ServiceDuty, ServiceTeam } from './team.entity';

export interface TeamSpec {
  communityId: number;
  name: string;
  kind: ServiceTeamKind;
  /** Weekdays on duty, 1 Monday .. 7 Sunday. */
  weekdays: number[];
  members: Array<{ username: string; displayName: string; password: string }>;
}

/** A team with its roster and its members' SERVICE_STAFF accounts (the demo and the tests build teams this way). */
export async function createTeam(em: EntityManager, auth: AuthService, spec: TeamSpec): Promise<ServiceTeam> {
  const team = em.create(ServiceTeam, { name: spec.name, kind: spec.kind, community: spec.communityId });
  for (const weekday of spec.weekdays) em.create(ServiceDuty, { team, weekday });
  await em.flush();
  for (const m of spec.members) {
    await auth.createStaff(em, { ...m, role: Role.SERVICE_STAFF, communityId: spec.communityId, teamId: team.id });
  }
  return team;
}
