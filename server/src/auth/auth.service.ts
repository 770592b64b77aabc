import type { EntityManager } from '@mikro-orm/knex';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { AuditService } from '../audit';
import type { Actor, StaffViewer, Viewer } from '../common/actor';
import { badInput, conflict, notFound, rateLimited, unauthenticated } from '../common/errors';
import { bearerToken, digits, sha256Hex } from '../common/random';
import { dateOf } from '../common/sql';
import { Home } from '../register';
import { AuthSession } from './auth-session.entity';
import { requireStaffOf } from '../common/guards';
import { HomeCredential } from './home-credential.entity';
import type { LiveSessions } from './live-sessions';
import { dummySecretHash, hashSecret, verifySecret } from './passwords';
import { Role } from '../common/role';
import { StaffUser } from './staff-user.entity';

export const STAFF_SESSION_MINUTES = 12 * 60;
export const RESIDENT_SESSION_MINUTES = 15;
export const PIN_ATTEMPTS = 5;
export const PIN_LOCK_SECONDS = 15 * 60;

export interface IssuedSession {
  token: string;
  role: Role;
  expiresAt: Date;
}

export interface AuthLimiters {
  /** Wrong PINs per home code. */
  pin: RateLimiterAbstract;
  /** Wrong passwords per user name. */
  password: RateLimiterAbstract;
}

const WRONG_PIN = 'Home code or PIN is wrong';
const WRONG_PASSWORD = 'User name or password is wrong';

/** The one rule for staff passwords, wherever one is set. */
function checkStaffPassword(password: unknown): void {
  if (typeof password !== 'string' || password.length < 8) throw badInput('Passwords have at least 8 characters', { field: 'password' });
}

/**
 * The port through which the service teams tell sign-in what it needs of them: the teams a
 * service staff member works in, and joining one when the account is made. Registered at wiring;
 * sign-in knows no team's table.
 */
export interface StaffTeams {
  teamsOf(em: EntityManager, staffId: number): Promise<number[]>;
  join(em: EntityManager, staff: StaffUser, teamId: number): void;
}

/** Until the service centre registers its teams, no account is in a team and none can join one. */
const NO_TEAMS: StaffTeams = {
  teamsOf: async () => [],
  join: () => {
    throw badInput('No service teams are kept here', { field: 'teamId' });
  },
};

export class AuthService {
  private teams: StaffTeams = NO_TEAMS;

  constructor(
    private readonly audit: AuditService,
    private readonly limiters: AuthLimiters,
    /** Signed-in viewers kept in memory, ended in every process when a session ends. */
    readonly sessions: LiveSessions,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The service teams register themselves here when the features are wired. */
  useTeams(teams: StaffTeams) {
    this.teams = teams;
  }

  async login(em: EntityManager, username: string, password: string): Promise<IssuedSession> {
    const name = username.trim().toLowerCase();
    await this.countAttempt(this.limiters.password, name);
    const user = await em.findOne(StaffUser, { username: name });
    const ok = await verifySecret(password, user?.passwordHash ?? (await dummySecretHash()));
    if (!user || !ok) throw unauthenticated(WRONG_PASSWORD);
    await this.limiters.password.delete(name);
    // A member removed from every team keeps the account (the timelines name it) but no longer signs in.
    if (user.role === Role.SERVICE_STAFF && (await this.teams.teamsOf(em, user.id)).length === 0)
      throw unauthenticated('This account is in no service team now; ask the community office');
    return this.openSession(em, { role: user.role, staff: user }, STAFF_SESSION_MINUTES);
  }

  async residentLogin(em: EntityManager, homeCode: string, pin: string): Promise<IssuedSession> {
    const code = homeCode.replace(/\s+/g, '');
    // Counted per typed code whether or not it exists, so a lockout reveals nothing either.
    await this.countAttempt(this.limiters.pin, code);
    const credential = /^\d{8}$/.test(code) ? await em.findOne(HomeCredential, { homeCode: code }) : null;
    const ok = await verifySecret(pin, credential?.pinHash ?? (await dummySecretHash()));
    if (!credential || !ok) throw unauthenticated(WRONG_PIN);
    await this.limiters.pin.delete(code);
    const home = await em.findOneOrFail(Home, credential.home.id, { populate: ['unit.building.estate'] });
    const unit = home.unit.unwrap();
    const building = unit.building.unwrap();
    return this.openSession(
      em,
      { role: Role.RESIDENT, home, communityId: building.estate.unwrap().community.id, label: `${building.name} ${unit.name} ${home.room}` },
      RESIDENT_SESSION_MINUTES,
    );
  }

  /** A new home code and PIN; the previous credential of that home stops working. */
  async issueHomeCredential(em: EntityManager, actor: Actor, homeId: number): Promise<{ homeCode: string; pin: string }> {
    const home = await em.findOne(Home, { id: homeId }, { populate: ['unit.building.estate'] });
    if (!home) throw notFound('Home');
    const communityId = home.unit.unwrap().building.unwrap().estate.unwrap().community.id;
    const viewer = requireStaffOf(actor, communityId, [Role.OFFICE]);
    const pin = digits(6);
    const pinHash = await hashSecret(pin);
    for (let attempt = 0; attempt < 5; attempt++) {
      const homeCode = String(10_000_000 + (Number(digits(8)) % 90_000_000));
      if (await em.count(HomeCredential, { homeCode })) continue;
      await em.transactional(async (tx) => {
        await tx.nativeDelete(HomeCredential, { home: home.id });
        tx.create(HomeCredential, {
          home: home.id,
          homeCode,
          pinHash,
          issuedBy: viewer.userId,
          issuedAt: this.now(),
        });
        await this.audit.append(tx, viewer, 'issueHomeCredential', null, { homeId: home.id });
      });
      return { homeCode, pin };
    }
    throw conflict('Could not find a free home code; try again');
  }

  /** Deletes sessions that have ended; returns how many. */
  async deleteExpiredSessions(em: EntityManager): Promise<number> {
    return em.nativeDelete(AuthSession, { expiresAt: { $lte: this.now() } });
  }

  async signOut(em: EntityManager, token: string): Promise<boolean> {
    const tokenHash = sha256Hex(token);
    const deleted = await em.nativeDelete(AuthSession, { tokenHash });
    this.sessions.ended(tokenHash);
    return deleted > 0;
  }

  /**
   * Ends every session of a staff account (removed from its team, or given a new password):
   * the rows go, and every process forgets them and stops their live subscriptions.
   */
  async endStaffSessions(em: EntityManager, staffId: number): Promise<number> {
    const rows = await em.find(AuthSession, { staff: staffId }, { fields: ['tokenHash'] });
    if (rows.length) await em.nativeDelete(AuthSession, { staff: staffId });
    for (const r of rows) this.sessions.ended(r.tokenHash);
    return rows.length;
  }

  /**
   * A staff password checked and hashed. Hashing takes tens of milliseconds: callers do it before
   * their transaction, which on SQLite would hold the one writer (and every kiosk's report) that long.
   */
  async hashStaffPassword(password: string): Promise<string> {
    checkStaffPassword(password);
    return hashSecret(password);
  }

  /** A new password (hashed by `hashStaffPassword`) for a staff account; the caller checks who may set it. */
  async setStaffPassword(em: EntityManager, staffId: number, passwordHash: string): Promise<void> {
    await em.nativeUpdate(StaffUser, { id: staffId }, { passwordHash });
  }

  tokenHash(token: string): string {
    return sha256Hex(token);
  }

  /** Who a bearer token belongs to; `expired` when it named a session that has ended. */
  async resolve(emOf: () => EntityManager, token: string | undefined): Promise<{ viewer: Viewer | null; expired: boolean }> {
    if (!token) return { viewer: null, expired: false };
    const tokenHash = sha256Hex(token);
    const now = this.now().getTime();
    const cached = this.sessions.get(tokenHash, now);
    if (cached) return { viewer: cached, expired: false };
    const em = emOf();
    // The session and its staff user in one indexed read; plain rows, no entities to build.
    const [row] = await em.execute<SessionRow[]>(
      `select s.role, s.home_id, s.community_id, s.label, s.expires_at, s.id,
              u.id as user_id, u.display_name, u.community_id as user_community_id, u.branch_id
         from auth_session s left join staff_user u on u.id = s.staff_id
        where s.token_hash = ?`,
      [tokenHash],
    );
    if (!row) return { viewer: null, expired: true };
    const endsAt = dateOf(row.expires_at).getTime();
    if (endsAt <= now) return { viewer: null, expired: true };
    const viewer = await this.viewerOf(em, row);
    if (!viewer) return { viewer: null, expired: true };
    this.sessions.remember(tokenHash, viewer, endsAt, now);
    return { viewer, expired: false };
  }

  private async viewerOf(em: EntityManager, row: SessionRow): Promise<Viewer | null> {
    if (row.role === Role.RESIDENT) {
      if (!row.home_id || !row.community_id) return null;
      return {
        kind: 'resident',
        role: Role.RESIDENT,
        sessionId: Number(row.id),
        homeId: Number(row.home_id),
        communityId: Number(row.community_id),
        displayName: row.label ?? '',
      };
    }
    if (row.user_id == null) return null;
    return this.staffViewer(em, {
      id: Number(row.user_id),
      role: row.role,
      displayName: row.display_name ?? '',
      communityId: row.user_community_id == null ? null : Number(row.user_community_id),
      branchId: row.branch_id == null ? null : Number(row.branch_id),
    });
  }

  async staffViewer(
    em: EntityManager,
    user: { id: number; role: Role; displayName: string; communityId: number | null; branchId: number | null },
  ): Promise<StaffViewer> {
    let communityIds: number[] | 'ALL';
    let teamIds: number[] | undefined;
    if (user.role === Role.STREET_ADMIN) communityIds = 'ALL';
    else if (user.role === Role.OFFICE) communityIds = user.communityId ? [user.communityId] : [];
    else if (user.role === Role.SERVICE_STAFF) {
      communityIds = user.communityId ? [user.communityId] : [];
      teamIds = await this.teams.teamsOf(em, user.id);
    } else if (user.branchId) {
      const rows = await em.execute<Array<{ id: unknown }>>('select id from community where branch_id = ? order by id', [user.branchId]);
      communityIds = rows.map((c) => Number(c.id));
    } else communityIds = [];
    return {
      kind: 'staff',
      userId: user.id,
      role: user.role as StaffViewer['role'],
      displayName: user.displayName,
      communityIds,
      ...(teamIds ? { teamIds } : {}),
    };
  }

  /** Creates the first STREET_ADMIN on an empty database; returns the password when it made one up. */
  async ensureAdmin(em: EntityManager, password: string | undefined): Promise<{ created: boolean; generatedPassword?: string }> {
    if ((await em.count(StaffUser, { role: Role.STREET_ADMIN })) > 0) return { created: false };
    if (await em.count(StaffUser, { username: 'admin' })) return { created: false };
    const generated = password ? undefined : bearerToken().slice(0, 16);
    em.create(StaffUser, {
      username: 'admin',
      passwordHash: await hashSecret(password ?? generated!),
      role: Role.STREET_ADMIN,
      displayName: '街道管理员',
    });
    await em.flush();
    return { created: true, generatedPassword: generated };
  }

  async createStaff(
    em: EntityManager,
    input: {
      username: string;
      password: string;
      /** Given when the caller hashed the password before its transaction (`hashStaffPassword`). */
      passwordHash?: string;
      role: Role;
      displayName: string;
      communityId?: number;
      branchId?: number;
      teamId?: number;
    },
  ): Promise<StaffUser> {
    if (!/^[a-z0-9_.-]{3,64}$/.test(input.username)) throw badInput('User names are 3 to 64 lower-case letters, digits, dots, dashes or underscores');
    if (input.passwordHash === undefined) checkStaffPassword(input.password);
    if (input.role === Role.OFFICE && !input.communityId) throw badInput('OFFICE staff need a community');
    if (input.role === Role.SECRETARY && !input.branchId) throw badInput('SECRETARY staff need a branch');
    if (input.role === Role.SERVICE_STAFF && (!input.communityId || !input.teamId)) throw badInput('SERVICE_STAFF need a community and a team');
    if (input.role === Role.RESIDENT) throw badInput('Residents sign in with a home credential');
    const user = em.create(StaffUser, {
      username: input.username,
      passwordHash: input.passwordHash ?? (await hashSecret(input.password)),
      role: input.role,
      displayName: input.displayName,
      community: input.communityId ?? null,
      branch: input.branchId ?? null,
    });
    if (input.role === Role.SERVICE_STAFF) this.teams.join(em, user, input.teamId!);
    await em.flush();
    return user;
  }

  private async openSession(
    em: EntityManager,
    who: { role: Role; staff?: StaffUser; home?: Home; communityId?: number; label?: string },
    minutes: number,
  ): Promise<IssuedSession> {
    const token = bearerToken();
    const expiresAt = new Date(this.now().getTime() + minutes * 60_000);
    em.create(AuthSession, {
      tokenHash: sha256Hex(token),
      role: who.role,
      staff: who.staff ?? null,
      home: who.home ?? null,
      communityId: who.communityId ?? null,
      label: who.label ?? null,
      expiresAt,
      createdAt: this.now(),
    });
    await em.flush();
    return { token, role: who.role, expiresAt };
  }

  /**
   * Counts an attempt before the slow hash, atomically, so that many attempts sent at once are
   * held to the limit too; a success clears the count.
   */
  private async countAttempt(limiter: RateLimiterAbstract, key: string) {
    try {
      await limiter.consume(key);
    } catch (e) {
      if (e instanceof RateLimiterRes) throw rateLimited(Math.ceil(e.msBeforeNext / 1000), 'Too many wrong attempts; try again in 15 minutes');
      throw e;
    }
  }
}

interface SessionRow {
  id: number;
  role: Role;
  home_id: number | null;
  community_id: number | null;
  label: string | null;
  expires_at: unknown;
  user_id: number | null;
  display_name: string | null;
  user_community_id: number | null;
  branch_id: number | null;
}
