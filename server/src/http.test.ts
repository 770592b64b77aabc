import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homesCsv, loginAs, seedTwoCommunities, startTestApp, type TestApp } from './test/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await seedTwoCommunities(app);
});
afterAll(() => app?.close());

describe('GraphQL over HTTP', () => {
  it('passes every MUST item of the graphql-http audit', async () => {
    const audits = serverAudits({ url: app.url, fetchFn: fetch });
    const failedMust: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (audit.name.startsWith('MUST') && result.status !== 'ok') failedMust.push(`${audit.name}: ${result.reason}`);
    }
    expect(failedMust).toEqual([]);
    expect(audits.filter((a) => a.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });

  it('serves the public register without a session', async () => {
    const res = await app.gql('{ communities { name pavilions { name community { name } } } pavilions { name } }');
    expect(res.data.communities).toEqual([
      { name: '甲社区', pavilions: [{ name: '甲1号莲心亭', community: { name: '甲社区' } }] },
      { name: '乙社区', pavilions: [{ name: '乙1号莲心亭', community: { name: '乙社区' } }] },
    ]);
    expect(res.data.pavilions).toHaveLength(2);
  });

  it('shows homes to staff of the community only', async () => {
    const admin = await loginAs(app, 'street');
    const imported = await app.gql(
      'mutation($csv: String!) { importHomes(csv: $csv) { created } }',
      { csv: homesCsv('甲社区', { estate: '可见小区' }) },
      admin,
    );
    expect(imported.data.importHomes.created).toBe(6);
    const estateId = (await app.gql('{ communities { estates { id name } } }')).data.communities[0].estates[0].id;
    const query = 'query($id: ID!) { estate(id: $id) { name buildings { name units { name homes { room floor areaM2 } } } } }';
    const anonymous = await app.gql(query, { id: estateId });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const otherOffice = await app.gql(query, { id: estateId }, await loginAs(app, 'office-b'));
    expect(otherOffice.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ownOffice = await app.gql(query, { id: estateId }, await loginAs(app, 'office-a'));
    expect(ownOffice.errors).toBeUndefined();
    expect(ownOffice.data.estate.buildings[0].units[0].homes[0]).toEqual({ room: '101', floor: 1, areaM2: 81 });
  });

  it('refuses a query nested too deep', async () => {
    const deep = `{ pavilions { ${'community { pavilions { '.repeat(6)} id ${'} } '.repeat(6)} } }`;
    const res = await app.gql(deep);
    expect(res.errors?.[0].message).toMatch(/depth/);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a query that costs too much', async () => {
    const wide = `{ ${Array.from({ length: 30 }, (_, i) => `c${i}: communities { estates { buildings { units { id name } } } }`).join(' ')} }`;
    const res = await app.gql(wide);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0].message).toMatch(/exceeds the limit/);
  });

  it('prices the same query again when a page size or a directive changes, whatever else is cached', async () => {
    const paged = 'query($n: Int, $code: ID) { matters(first: $n, filter: { pavilionId: $code }) { edges { node { id timeline { at } } } } }';
    const cost = async (variables: Record<string, unknown>) => (await app.gql(paged, variables)).errors?.[0]?.extensions?.code;
    expect(await cost({ n: 5, code: '1' })).toBeUndefined();
    expect(await cost({ n: 5, code: '2' })).toBeUndefined();
    expect(await cost({ n: 1_000_000, code: '1' })).toBe('QUERY_TOO_COMPLEX');
    expect(await cost({ n: 5, code: '1' })).toBeUndefined();
    const optional = 'query($all: Boolean!) { matters(first: 5) { totalCount } more: matters(first: 1000000) @include(if: $all) { edges { node { id } } } }';
    expect((await app.gql(optional, { all: false })).errors).toBeUndefined();
    expect((await app.gql(optional, { all: true })).errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses an oversized body with a clear error', async () => {
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ pavilions { id } }', variables: { pad: 'x'.repeat(11 * 1024 * 1024) } }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('shares public answers between anonymous callers until something changes', async () => {
    const q = '{ pavilions { id name } }';
    const hitsBefore = app.publicCache.hits;
    const first = await app.gql(q);
    const second = await app.gql(q);
    expect(second.data).toEqual(first.data);
    expect(app.publicCache.hits).toBe(hitsBefore + 1);
    const staffView = await app.gql(q, {}, await loginAs(app, 'street'));
    expect(staffView.data).toEqual(first.data);
    expect(app.publicCache.hits).toBe(hitsBefore + 1);
    await app.gql('mutation($p: ID!) { raiseMatter(input: { pavilionId: $p, title: "新的事项来了", description: "", category: OTHER }) { id } }', {
      p: first.data.pavilions[0].id,
    });
    const boardAfter = await app.gql('{ matters { totalCount } }');
    expect(boardAfter.data.matters.totalCount).toBeGreaterThan(0);
    await app.gql(q);
    expect(app.publicCache.hits).toBe(hitsBefore + 1);
  });

  it("keeps a pavilion's board through changes elsewhere, sign-ins and failed mutations", async () => {
    const pavilions = (await app.gql('{ pavilions { id community { id } } }')).data.pavilions as Array<{ id: string; community: { id: string } }>;
    const [a, b] = [pavilions[0], pavilions.find((p) => p.community.id !== pavilions[0].community.id)!];
    const board = 'query($p: ID!, $c: ID!) { matters(filter: { pavilionId: $p }) { totalCount } notices(communityId: $c) { id } }';
    const vars = { p: a.id, c: a.community.id };
    const RAISE = 'mutation($p: ID!) { raiseMatter(input: { pavilionId: $p, title: "别处的新事项", description: "", category: OTHER }) { id } }';
    const first = await app.gql(board, vars);
    let hits = app.publicCache.hits;
    const expectHit = async (hit: boolean) => {
      const again = await app.gql(board, vars);
      expect(again.data.matters.totalCount).toBeGreaterThanOrEqual(first.data.matters.totalCount);
      expect(app.publicCache.hits).toBe(hit ? hits + 1 : hits);
      hits = app.publicCache.hits;
      return again;
    };
    await expectHit(true);
    await app.gql(RAISE, { p: b.id }); // another community
    await expectHit(true);
    const token = await loginAs(app, 'street');
    await app.gql('mutation { signOut }', {}, token);
    await app.gql('mutation { triageMatter(id: "999999", decision: DELIBERATE) { id } }', {}, await loginAs(app, 'street')); // fails: NOT_FOUND
    await expectHit(true);
    await app.gql(RAISE, { p: a.id }); // this community
    const after = await expectHit(false);
    expect(after.data.matters.totalCount).toBe(first.data.matters.totalCount + 1);
  });

  it('gives clients no stack traces', async () => {
    const res = await app.gql('{ nope }');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it('answers health and readiness, with a request id', async () => {
    const base = app.url.replace(/\/graphql$/, '');
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready' });
    const withId = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'kiosk-42' },
      body: '{"query":"{ __typename }"}',
    });
    expect(withId.headers.get('x-request-id')).toBe('kiosk-42');
  });

  it('answers browsers of any origin, or only the configured ones, on the direct POST path too', async () => {
    const post = (url: string, origin: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect((await post(app.url, 'https://anywhere.example')).headers.get('access-control-allow-origin')).toBe('*');
    const strict = await startTestApp({ corsOrigins: ['https://kiosk.example'] });
    try {
      expect((await post(strict.url, 'https://kiosk.example')).headers.get('access-control-allow-origin')).toBe('https://kiosk.example');
      expect((await post(strict.url, 'https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await strict.close();
    }
  });
});
