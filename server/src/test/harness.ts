import { PATIENCE_MS } from './until';
export { PATIENCE_MS, until } from './until';
import { mkdtempSync, rmSync } from 'node:fs';
import { IMPORT_HEADER, Branch, Community, Home, Pavilion } from '../register';
import { StaffUser } from '../auth';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { Client } from 'pg';
import { createApp, type App } from '../app';
import { Role } from '../common/role';
import { loadConfig, type Config } from '../config';
import type { StaffViewer } from '../common/actor';

/**
 * Each test file gets a database of its own: a new SQLite file, or a new PostgreSQL database
 * on the server named by DATABASE_URL when that points at PostgreSQL (CI's second pass).
 */
export async function testDatabase(): Promise<{ database: Config['database']; drop(): Promise<void> }> {
  const base = loadConfig();
  if (base.database.driver === 'postgresql') {
    const name = `pavilion_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new Client({ connectionString: base.database.url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(base.database.url);
    url.pathname = `/${name}`;
    return {
      database: { driver: 'postgresql', url: url.toString() },
      async drop() {
        const c = new Client({ connectionString: base.database.url });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-test-'));
  return {
    database: { driver: 'sqlite', url: join(dir, 'test.sqlite') },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function testConfig(database: Config['database'], overrides: Partial<Config> = {}): Config {
  const base = loadConfig();
  // A prefix of its own, so test apps sharing CI's Redis never see each other's keys or events.
  const redisPrefix = `t${process.pid}-${Math.random().toString(36).slice(2, 8)}:`;
  return { ...base, database, redisPrefix, demoData: false, logLevel: 'silent', development: false, ...overrides };
}

export interface TestApp extends App {
  database: Config['database'];
  /** DATABASE_URL naming this app's database, for scripts run against it. */
  databaseUrl: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown } }>;
}

export async function startTestApp(overrides: Partial<Config> = {}, opts: Parameters<typeof createApp>[1] = {}): Promise<TestApp> {
  const db = await testDatabase();
  const config = testConfig(db.database, overrides);
  const app = await createApp(config, {
    port: 0,
    logger: pino({ level: 'error' }),
    settings: { raisePerPavilionPerMinute: 1000, raisePerHomePerHour: 1000 },
    ...opts,
  });
  return Object.assign(app, {
    database: db.database,
    databaseUrl: db.database.driver === 'sqlite' ? `sqlite:${db.database.url}` : db.database.url,
    async gql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>> {
      const res = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GqlResponse<T>;
      return { ...body, status: res.status };
    },
    async close() {
      await app.stop();
      await db.drop();
    },
  });
}

export const everyone: StaffViewer = { kind: 'staff', userId: 0, role: Role.STREET_ADMIN, displayName: 'test', communityIds: 'ALL' };

/** Two communities in two branches, a pavilion each, and staff of every role for each. */
export async function seedTwoCommunities(app: App) {
  const em = app.orm.em.fork();
  const branchA = em.create(Branch, { name: '甲支部' });
  const branchB = em.create(Branch, { name: '乙支部' });
  const a = em.create(Community, { name: '甲社区', branch: branchA });
  const b = em.create(Community, { name: '乙社区', branch: branchB });
  const pa = em.create(Pavilion, { name: '甲1号莲心亭', community: a });
  const pb = em.create(Pavilion, { name: '乙1号莲心亭', community: b });
  await em.flush();
  const auth = app.services.auth;
  const password = 'test-pass-1';
  await auth.createStaff(em, { username: 'street', password, role: Role.STREET_ADMIN, displayName: '街道' });
  await auth.createStaff(em, { username: 'office-a', password, role: Role.OFFICE, displayName: '甲社区办', communityId: a.id });
  await auth.createStaff(em, { username: 'office-b', password, role: Role.OFFICE, displayName: '乙社区办', communityId: b.id });
  await auth.createStaff(em, { username: 'secretary-a', password, role: Role.SECRETARY, displayName: '甲书记', branchId: branchA.id });
  await auth.createStaff(em, { username: 'secretary-b', password, role: Role.SECRETARY, displayName: '乙书记', branchId: branchB.id });
  return { communityA: a.id, communityB: b.id, pavilionA: pa.id, pavilionB: pb.id, password };
}

/** The staff viewer a service receives for a seeded account: what a signed-in request would carry. */
export async function staffViewerOf(app: App, username: string): Promise<StaffViewer> {
  const em = app.orm.em.fork();
  const user = await em.findOneOrFail(StaffUser, { username });
  return app.services.auth.staffViewer(em, { ...user, communityId: user.community?.id ?? null, branchId: user.branch?.id ?? null });
}

export async function loginAs(app: TestApp, username: string, password = 'test-pass-1'): Promise<string> {
  const res = await app.gql<{ login: { token: string } }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
    u: username,
    p: password,
  });
  if (!res.data) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

/** A CSV of homes: `units` units in one building, `floors` floors, two rooms a floor. */
export function homesCsv(community: string, opts: { estate?: string; building?: string; units?: number; floors?: number; owner?: (i: number) => string } = {}) {
  const lines = [IMPORT_HEADER];
  let i = 0;
  for (let u = 1; u <= (opts.units ?? 1); u++) {
    for (let f = 1; f <= (opts.floors ?? 3); f++) {
      for (const r of ['01', '02']) {
        i++;
        lines.push(
          `${community},${opts.estate ?? '测试小区'},${opts.building ?? '1栋'},${u}单元,${f},${f}${r},${(80 + (i % 50)).toFixed(2)},${opts.owner ? opts.owner(i) : `K${i}`}`,
        );
      }
    }
  }
  return lines.join('\n') + '\n';
}

/** Imports a small building into a community and returns resident sessions for `count` of its homes. */
export async function residentsOf(app: TestApp, community: string, count: number, estate = '测试小区'): Promise<Array<{ homeId: string; token: string }>> {
  const admin = await loginAs(app, 'street');
  const imported = await app.gql(
    'mutation($csv: String!) { importHomes(csv: $csv) { created errors { message } } }',
    { csv: homesCsv(community, { estate, floors: Math.ceil(count / 2) }) },
    admin,
  );
  if (imported.errors || imported.data.importHomes.errors.length) throw new Error(JSON.stringify(imported));
  const em = app.orm.em.fork();
  const homes = await em.find(
    Home,
    { unit: { building: { estate: { name: estate, community: { name: community } } } } },
    { orderBy: { id: 'asc' }, limit: count },
  );
  const out: Array<{ homeId: string; token: string }> = [];
  for (const h of homes) {
    const cred = await app.gql('mutation($id: ID!) { issueHomeCredential(homeId: $id) { homeCode pin } }', { id: String(h.id) }, admin);
    const session = await app.gql('mutation($c: String!, $p: String!) { residentLogin(homeCode: $c, pin: $p) { token } }', {
      c: cred.data.issueHomeCredential.homeCode,
      p: cred.data.issueHomeCredential.pin,
    });
    out.push({ homeId: String(h.id), token: session.data.residentLogin.token });
  }
  return out;
}

export const RAISE = `mutation($input: RaiseMatterInput!) { raiseMatter(input: $input) { id trackingCode status step } }`;

export async function raise(app: TestApp, pavilionId: number | string, overrides: Record<string, unknown> = {}, token?: string) {
  const res = await app.gql(
    RAISE,
    { input: { pavilionId: String(pavilionId), title: '楼道灯坏了', description: '3栋2单元楼道灯不亮', category: 'REPAIR', ...overrides } },
    token,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.raiseMatter as { id: string; trackingCode: string; status: string; step: string };
}

/**
 * A subscription has no acknowledgement: poke (publish something it will see) until an event
 * arrives, so a test never races the server's registration of the subscription.
 */
export async function untilLive(poke: () => unknown, seen: () => number, timeoutMs = PATIENCE_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const before = seen();
    await poke();
    const wait = Date.now() + 500;
    while (Date.now() < wait) {
      if (seen() > before) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  throw new Error('the subscription never delivered an event');
}
