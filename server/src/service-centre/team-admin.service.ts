import type { EntityManager } from '@mikro-orm/knex';
import type { AuditService } from '../audit';
import { type AuthService, StaffUser } from '../auth';
import { requireStaffOf } from '../common/guards';
import { Role } from '../common/role';
import type { Actor, StaffViewer } from '../common/actor';
import { badInput, conflict, notFound } from '../common/errors';
import { inTransaction } from '../common/transaction';
import { cleanText } from '../common/text';
import { Community } from '../register';
import { ServiceTeamKind } from './enums';
import type { ServiceReference } from './reference';
import { ServiceDuty, ServiceTeam, ServiceTeamMember } from './team.entity';
import { createTeam } from './team-setup';

export interface NewTeam {
  communityId: number;
  name: string;
  kind: ServiceTeamKind;
  weekdays: number[];
}

export interface NewMember {
  username: string;
  displayName: string;
  password: string;
}

export interface TeamMemberRow {
  id: number;
  username: string;
  displayName: string;
}

/** The office keeps its community's teams: who is on duty which weekday, new teams, new members' phone accounts. */
export class TeamAdminService {
  constructor(
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly reference: ServiceReference,
  ) {}

  /** The weekdays (1 Monday .. 7 Sunday, Beijing time) this team takes new orders of its kind; the old roster is replaced. */
  async setRoster(em: EntityManager, actor: Actor, teamId: number, weekdays: number[]): Promise<ServiceTeam> {
    const days = rosterOf(weekdays);
    const { team, viewer } = await this.forOffice(em, actor, teamId);
    await inTransaction(em, async (tx) => {
      await tx.nativeDelete(ServiceDuty, { team: team.id });
      for (const weekday of days) tx.create(ServiceDuty, { team: team.id, weekday });
      await this.audit.append(tx, viewer, 'serviceTeam.roster', null, { teamId: team.id, name: team.name, weekdays: days });
    });
    this.reference.forgetTeams();
    return team;
  }

  async create(em: EntityManager, actor: Actor, input: NewTeam): Promise<ServiceTeam> {
    const viewer = requireStaffOf(actor, input.communityId, [Role.OFFICE]);
    if (!(await em.findOne(Community, { id: input.communityId }))) throw notFound('Community');
    const name = cleanText(input.name, 'name', { min: 2, max: 60 });
    if (!Object.values(ServiceTeamKind).includes(input.kind)) throw badInput('Unknown team kind', { field: 'kind' });
    const days = rosterOf(input.weekdays);
    const team = await inTransaction(em, async (tx) => {
      if (await tx.findOne(ServiceTeam, { community: input.communityId, name })) throw conflict('The community already has a team of that name');
      const made = await createTeam(tx, this.auth, { communityId: input.communityId, name, kind: input.kind, weekdays: days, members: [] });
      await this.audit.append(tx, viewer, 'serviceTeam.create', null, { teamId: made.id, name, kind: input.kind, weekdays: days });
      return made;
    });
    this.reference.forgetTeams();
    return team;
  }

  /** A member's SERVICE_STAFF account: they sign in on their phone and see the team's orders. */
  async addMember(em: EntityManager, actor: Actor, teamId: number, input: NewMember): Promise<ServiceTeam> {
    const { team, viewer } = await this.forOffice(em, actor, teamId);
    const displayName = cleanText(input.displayName, 'displayName', { min: 1, max: 40 });
    const username = typeof input.username === 'string' ? input.username.trim().toLowerCase() : '';
    const passwordHash = await this.auth.hashStaffPassword(input.password);
    await inTransaction(em, async (tx) => {
      if (await tx.findOne(StaffUser, { username })) throw conflict('That user name is taken');
      await this.auth.createStaff(tx, {
        username,
        displayName,
        password: input.password,
        passwordHash,
        role: Role.SERVICE_STAFF,
        communityId: team.community.id,
        teamId: team.id,
      });
      await this.audit.append(tx, viewer, 'serviceTeam.member', null, { teamId: team.id, name: team.name, username });
    });
    return team;
  }

  /**
   * A member leaves the team. The account stays (the timelines name it); its sessions end at once,
   * live subscriptions included, and with no team left it no longer signs in.
   */
  async removeMember(em: EntityManager, actor: Actor, teamId: number, staffId: number): Promise<ServiceTeam> {
    const { team, viewer } = await this.forOffice(em, actor, teamId);
    await inTransaction(em, async (tx) => {
      const membership = await membershipOf(tx, team.id, staffId);
      const username = membership.staff.unwrap().username;
      tx.remove(membership);
      await tx.flush();
      await this.audit.append(tx, viewer, 'serviceTeam.removeMember', null, { teamId: team.id, name: team.name, username });
    });
    // After the commit: a session ended before it could be looked up again with the old teams.
    await this.auth.endStaffSessions(em, staffId);
    return team;
  }

  /** The office sets a new password for a member who forgot theirs; the member's sessions end. */
  async resetMemberPassword(em: EntityManager, actor: Actor, teamId: number, staffId: number, password: string): Promise<boolean> {
    const { team, viewer } = await this.forOffice(em, actor, teamId);
    const passwordHash = await this.auth.hashStaffPassword(password);
    await inTransaction(em, async (tx) => {
      const membership = await membershipOf(tx, team.id, staffId);
      await this.auth.setStaffPassword(tx, staffId, passwordHash);
      await this.audit.append(tx, viewer, 'serviceTeam.resetPassword', null, { teamId: team.id, username: membership.staff.unwrap().username });
    });
    await this.auth.endStaffSessions(em, staffId);
    return true;
  }

  /** The members of the teams given, for the office's console: one query for every team shown. */
  async membersOf(em: EntityManager, teamIds: readonly number[]): Promise<Map<number, TeamMemberRow[]>> {
    const out = new Map<number, TeamMemberRow[]>(teamIds.map((id) => [id, []]));
    if (teamIds.length === 0) return out;
    const rows = await em.execute<Array<{ team_id: unknown; id: unknown; username: string; display_name: string }>>(
      `select m.team_id, u.id, u.username, u.display_name from service_team_member m join staff_user u on u.id = m.staff_id
        where m.team_id in (${teamIds.map(() => '?').join(', ')}) order by u.display_name, u.id`,
      [...teamIds],
    );
    for (const r of rows) out.get(Number(r.team_id))?.push({ id: Number(r.id), username: r.username, displayName: r.display_name });
    return out;
  }

  private async forOffice(em: EntityManager, actor: Actor, teamId: number): Promise<{ team: ServiceTeam; viewer: StaffViewer }> {
    const team = await em.findOne(ServiceTeam, { id: teamId });
    if (!team) throw notFound('Service team');
    return { team, viewer: requireStaffOf(actor, team.community.id, [Role.OFFICE]) };
  }
}

/** A member's place in a team, with their account; NOT_FOUND when they are not in it. */
async function membershipOf(tx: EntityManager, teamId: number, staffId: number): Promise<ServiceTeamMember> {
  const membership = await tx.findOne(ServiceTeamMember, { team: teamId, staff: staffId }, { populate: ['staff'] });
  if (!membership) throw notFound('Team member');
  return membership;
}

/** Whole weekdays 1..7, each once, in order. An empty roster is allowed: the team is on duty on no day. */
function rosterOf(weekdays: number[]): number[] {
  if (!Array.isArray(weekdays) || weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
    throw badInput('Weekdays are whole numbers from 1 (Monday) to 7 (Sunday)', { field: 'weekdays' });
  return [...new Set(weekdays)].sort((a, b) => a - b);
}
