import { createClient } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loginAs, raise, residentsOf, seedTwoCommunities, startTestApp, until, untilLive, type TestApp } from '../test/harness';
import { AuthSession } from './auth-session.entity';

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;

beforeAll(async () => {
  app = await startTestApp();
  seed = await seedTwoCommunities(app);
});
afterAll(() => app?.close());

/** A staff console's subscription to its community's matters, with the contact phone. */
function watch(token: string) {
  const ws = createClient({
    url: app.url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    lazy: false,
    connectionParams: { authorization: `Bearer ${token}` },
  });
  const seen: Array<{ data?: { matterUpdated: { id: string; contactPhone: string | null } } | null; errors?: Array<{ extensions?: { code?: string } }> }> = [];
  let completed = false;
  const unsubscribe = ws.subscribe(
    { query: 'subscription($c: ID) { matterUpdated(communityId: $c) { id contactPhone } }', variables: { c: String(seed.communityA) } },
    { next: (m) => void seen.push(m as (typeof seen)[number]), error: () => (completed = true), complete: () => (completed = true) },
  );
  const probe = async () => {
    const m = await raise(app, seed.pavilionA, { contactPhone: '13800138000' });
    app.services.pubSub.publish('MATTER_UPDATED', { eventId: randomUUID(), matterId: Number(m.id), pavilionId: seed.pavilionA, communityId: seed.communityA });
  };
  return { ws, seen, probe, unsubscribe, isCompleted: () => completed };
}

describe('ending a session ends what it opened', () => {
  it('stops the live subscriptions of a token that signs out', async () => {
    const token = await loginAs(app, 'office-a');
    const w = watch(token);
    await untilLive(w.probe, () => w.seen.length);
    expect(w.seen.at(-1)?.data?.matterUpdated.contactPhone).toBe('13800138000');
    await app.gql('mutation { signOut }', {}, token);
    await until(() => w.isCompleted(), 'the subscription to end with the session');
    const before = w.seen.length;
    await raise(app, seed.pavilionA, { contactPhone: '13900139000' });
    expect(w.seen.slice(before).some((m) => m.data?.matterUpdated.contactPhone)).toBe(false);
    expect(w.isCompleted()).toBe(true);
    await w.ws.dispose();
  });

  it('stops them when the session expires, at the next event', async () => {
    const token = await loginAs(app, 'office-a');
    // Long enough for the subscription to start on a busy machine; the session's viewer is kept
    // for 5 s, so the expiry must be known before the first lookup.
    const endsAt = Date.now() + 8000;
    await app.orm.em.fork().nativeUpdate(AuthSession, { tokenHash: app.services.auth.tokenHash(token) }, { expiresAt: new Date(endsAt) });
    const w = watch(token);
    await untilLive(w.probe, () => w.seen.length);
    expect(w.seen.at(-1)?.data?.matterUpdated.contactPhone).toBe('13800138000');
    await until(() => Date.now() > endsAt, 'the session to expire');
    const before = w.seen.length;
    await raise(app, seed.pavilionA, { contactPhone: '13700137000' });
    await until(() => w.isCompleted(), 'the subscription to end at the next event');
    expect(w.seen.slice(before).some((m) => m.data?.matterUpdated.contactPhone)).toBe(false);
    expect(w.seen.slice(before).map((m) => m.errors?.[0]?.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(w.isCompleted()).toBe(true);
    await w.ws.dispose();
  });
});

describe('lockouts hold under concurrency', () => {
  it('40 wrong PINs at once and then the right one open no session', async () => {
    const [resident] = await residentsOf(app, '甲社区', 1);
    const admin = await loginAs(app, 'street');
    const cred = (await app.gql('mutation($id: ID!) { issueHomeCredential(homeId: $id) { homeCode pin } }', { id: resident.homeId }, admin)).data
      .issueHomeCredential;
    const wrong = cred.pin === '000000' ? '111111' : '000000';
    const LOGIN = 'mutation($c: String!, $p: String!) { residentLogin(homeCode: $c, pin: $p) { token } }';
    const answers = await Promise.all(Array.from({ length: 40 }, () => app.gql(LOGIN, { c: cred.homeCode, p: wrong })));
    expect(answers.every((a) => a.errors?.[0].extensions?.code === 'UNAUTHENTICATED' || a.errors?.[0].extensions?.code === 'RATE_LIMITED')).toBe(true);
    expect(answers.filter((a) => a.errors?.[0].extensions?.code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(5);
    const right = await app.gql(LOGIN, { c: cred.homeCode, p: cred.pin });
    expect(right.data).toBeNull();
    expect(right.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('the same for staff passwords', async () => {
    const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
    const answers = await Promise.all(Array.from({ length: 40 }, () => app.gql(LOGIN, { u: 'secretary-b', p: 'not-the-password' })));
    expect(answers.filter((a) => a.errors?.[0].extensions?.code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(10);
    const right = await app.gql(LOGIN, { u: 'secretary-b', p: seed.password });
    expect(right.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});
