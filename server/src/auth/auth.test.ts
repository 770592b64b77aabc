import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homesCsv, loginAs, seedTwoCommunities, startTestApp, until, type TestApp } from '../test/harness';
import { Home } from '../register';
import { AuthSession } from './auth-session.entity';
import { HomeCredential } from './home-credential.entity';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token role expiresAt } }';
const RESIDENT_LOGIN = 'mutation($c: String!, $p: String!) { residentLogin(homeCode: $c, pin: $p) { token role expiresAt } }';
const ISSUE = 'mutation($id: ID!) { issueHomeCredential(homeId: $id) { homeCode pin } }';
const ME = '{ me { role displayName homeId communities { name } } }';

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;
let homeA: number;
let homeB: number;

beforeAll(async () => {
  app = await startTestApp();
  seed = await seedTwoCommunities(app);
  const admin = await loginAs(app, 'street');
  for (const community of ['甲社区', '乙社区']) {
    const res = await app.gql(
      'mutation($csv: String!) { importHomes(csv: $csv) { created } }',
      { csv: homesCsv(community, { estate: `${community}小区` }) },
      admin,
    );
    expect(res.errors).toBeUndefined();
  }
  const em = app.orm.em.fork();
  homeA = (await em.findOneOrFail(Home, { unit: { building: { estate: { community: seed.communityA } } } }, { orderBy: { id: 'asc' } })).id;
  homeB = (await em.findOneOrFail(Home, { unit: { building: { estate: { community: seed.communityB } } } }, { orderBy: { id: 'asc' } })).id;
});
afterAll(() => app?.close());

describe('staff sign-in', () => {
  it('signs in, answers me, and stores only a hash of the token', async () => {
    const res = await app.gql(LOGIN, { u: 'office-a', p: seed.password });
    expect(res.data.login.role).toBe('OFFICE');
    const token = res.data.login.token as string;
    expect(token.length).toBeGreaterThanOrEqual(40);
    const me = await app.gql(ME, {}, token);
    expect(me.data.me).toEqual({ role: 'OFFICE', displayName: '甲社区办', homeId: null, communities: [{ name: '甲社区' }] });
    const sessions = await app.orm.em.fork().find(AuthSession, {});
    expect(sessions.every((s) => s.tokenHash !== token && /^[0-9a-f]{64}$/.test(s.tokenHash))).toBe(true);
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await app.gql(LOGIN, { u: 'office-a', p: 'wrong-password' });
    const unknown = await app.gql(LOGIN, { u: `nobody-${Date.now()}`, p: 'wrong-password' });
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('ends a session at its expiry', async () => {
    const token = await loginAs(app, 'secretary-a');
    // The session ends 4 s from now (long enough for the first look on a busy machine); the
    // viewer kept for fast lookups must not outlive it.
    const endsAt = Date.now() + 4000;
    await app.orm.em.fork().nativeUpdate(AuthSession, { staff: { username: 'secretary-a' } }, { expiresAt: new Date(endsAt) });
    expect((await app.gql(ME, {}, token)).data.me.role).toBe('SECRETARY');
    await until(() => Date.now() > endsAt, 'the session to expire');
    expect((await app.gql(ME, {}, token)).data.me).toBeNull();
    const denied = await app.gql(ISSUE, { id: String(homeA) }, token);
    expect(denied.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(denied.errors?.[0].message).toMatch(/ended/);
  });

  it('removes ended sessions', async () => {
    const token = await loginAs(app, 'office-b');
    const em = app.orm.em.fork();
    await em.nativeUpdate(AuthSession, { staff: { username: 'office-b' } }, { expiresAt: new Date(Date.now() - 1000) });
    const before = await em.count(AuthSession, {});
    expect(await app.services.auth.deleteExpiredSessions(em)).toBeGreaterThan(0);
    expect(await em.count(AuthSession, {})).toBeLessThan(before);
    expect((await app.gql(ME, {}, token)).data.me).toBeNull();
  });

  it('signs out', async () => {
    const token = await loginAs(app, 'office-b');
    expect((await app.gql('mutation { signOut }', {}, token)).data.signOut).toBe(true);
    expect((await app.gql(ME, {}, token)).data.me).toBeNull();
  });
});

describe('home credentials and resident sign-in', () => {
  it.each([
    ['no session', undefined, () => homeA, 'UNAUTHENTICATED'],
    ['a secretary', 'secretary-a', () => homeA, 'FORBIDDEN'],
    ['office staff of another community', 'office-b', () => homeA, 'FORBIDDEN'],
    ['office staff of the community', 'office-a', () => homeA, null],
    ['the sub-district', 'street', () => homeB, null],
  ])('issueHomeCredential by %s', async (_name, user, home, code) => {
    const token = user ? await loginAs(app, user) : undefined;
    const res = await app.gql(ISSUE, { id: String(home()) }, token);
    if (code) expect(res.errors?.[0].extensions?.code).toBe(code);
    else expect(res.data.issueHomeCredential).toMatchObject({ homeCode: expect.stringMatching(/^\d{8}$/), pin: expect.stringMatching(/^\d{6}$/) });
  });

  it('answers NOT_FOUND for an unknown home', async () => {
    const res = await app.gql(ISSUE, { id: '999999' }, await loginAs(app, 'street'));
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('signs a resident in for 15 minutes; a new credential replaces the old', async () => {
    const office = await loginAs(app, 'office-a');
    const first = (await app.gql(ISSUE, { id: String(homeA) }, office)).data.issueHomeCredential;
    const stored = await app.orm.em.fork().findOneOrFail(HomeCredential, { home: homeA });
    expect(stored.pinHash).not.toContain(first.pin);
    const res = await app.gql(RESIDENT_LOGIN, { c: first.homeCode, p: first.pin });
    expect(res.data.residentLogin.role).toBe('RESIDENT');
    const minutes = (new Date(res.data.residentLogin.expiresAt).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    const me = await app.gql(ME, {}, res.data.residentLogin.token);
    expect(me.data.me).toMatchObject({ role: 'RESIDENT', homeId: String(homeA), communities: [{ name: '甲社区' }] });

    const second = (await app.gql(ISSUE, { id: String(homeA) }, office)).data.issueHomeCredential;
    expect((await app.gql(RESIDENT_LOGIN, { c: first.homeCode, p: first.pin })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(RESIDENT_LOGIN, { c: second.homeCode, p: second.pin })).data.residentLogin.role).toBe('RESIDENT');
  });

  it('locks a home code for 15 minutes after 5 wrong PINs, without telling whether it exists', async () => {
    const cred = (await app.gql(ISSUE, { id: String(homeB) }, await loginAs(app, 'office-b'))).data.issueHomeCredential;
    const wrongPin = cred.pin === '000000' ? '111111' : '000000';
    // Fresh codes each run: with REDIS_URL set the counters outlive this test's database.
    let unknownCode = cred.homeCode;
    while (unknownCode === cred.homeCode) unknownCode = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
    for (const code of [cred.homeCode, unknownCode]) {
      for (let i = 0; i < 5; i++) {
        const res = await app.gql(RESIDENT_LOGIN, { c: code, p: wrongPin });
        expect(res.errors?.[0]).toMatchObject({ message: 'Home code or PIN is wrong', extensions: { code: 'UNAUTHENTICATED' } });
      }
      const locked = await app.gql(RESIDENT_LOGIN, { c: code, p: code === cred.homeCode ? cred.pin : wrongPin });
      expect(locked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(14 * 60);
    }
  });
});
