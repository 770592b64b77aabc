import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homesCsv, loginAs, raise, seedTwoCommunities, startTestApp, type TestApp } from '../test/harness';
import { Matter } from './matter.entity';

/** The staff's table of matters and the audit log, as the console reads them. */
let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;
let tokens: Record<string, string>;
const statements: string[] = [];
const raisedA: Array<{ id: string; trackingCode: string }> = [];

const TABLE = `query($f: StaffMatterFilter, $s: MatterSort, $n: Int, $o: Int) {
  staffMatters(filter: $f, sort: $s, first: $n, offset: $o) {
    totalCount pageInfo { hasNextPage }
    edges { node { id title category status secondCount overdue place contactPhone createdAt timeline { kind } } }
  }
}`;
const table = async (variables: Record<string, unknown>, who = 'office-a') => {
  const res = await app.gql(TABLE, variables, tokens[who]);
  if (res.errors) return { errors: res.errors, ids: [] as string[], total: 0 };
  const page = res.data.staffMatters;
  return { errors: undefined, ids: page.edges.map((e: { node: { id: string } }) => e.node.id) as string[], total: page.totalCount as number, page };
};

beforeAll(async () => {
  // The vote scheduler polls every 2 s; an hour here keeps its statements out of the counts.
  app = await startTestApp({}, { ormHooks: { onQuery: (sql) => statements.push(sql) }, votePollMs: 3_600_000 });
  seed = await seedTwoCommunities(app);
  tokens = {};
  for (const u of ['street', 'office-a', 'office-b', 'secretary-a']) tokens[u] = await loginAs(app, u);
  await app.gql('mutation($csv: String!) { importHomes(csv: $csv) { created } }', { csv: homesCsv('甲社区', { units: 1 }) }, tokens.street);
  const categories = ['ELEVATOR', 'PARKING', 'REPAIR'];
  for (let i = 0; i < 12; i++) {
    raisedA.push(await raise(app, seed.pavilionA, { title: `甲社区第${i + 1}件事_`, category: categories[i % 3], contactPhone: '13800138000' }));
  }
  await raise(app, seed.pavilionB, { title: '乙社区的一件事' });
  // Three of 甲's matters were raised three hours ago and are still untriaged: overdue.
  const em = app.orm.em.fork();
  const threeHoursAgo = new Date(Date.now() - 3 * 3_600_000);
  await em.nativeUpdate(Matter, { id: { $in: raisedA.slice(0, 3).map((m) => Number(m.id)) } }, { createdAt: threeHoursAgo });
  await app.gql('mutation($id: ID!) { triageMatter(id: $id, decision: DELIBERATE) { id } }', { id: raisedA[3].id }, tokens['secretary-a']);
});
afterAll(() => app?.close());

describe('the staff table of matters', () => {
  it('keeps to the caller’s communities, and refuses another’s', async () => {
    expect((await table({ n: 100 })).total).toBe(12);
    expect((await table({ n: 100 }, 'office-b')).total).toBe(1);
    expect((await table({ n: 100 }, 'street')).total).toBe(13);
    const foreign = await table({ f: { communityId: String(seed.communityB) } });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await app.gql(TABLE, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('filters by status, step, category, overdue, date range and words, and finds a tracking code', async () => {
    expect((await table({ f: { status: ['ON_AGENDA'] } })).ids).toEqual([raisedA[3].id]);
    expect((await table({ f: { step: 'DELIBERATE' } })).ids).toEqual([raisedA[3].id]);
    expect((await table({ f: { step: 'RAISE', status: ['ON_AGENDA'] } })).total).toBe(0);
    expect((await table({ f: { category: ['PARKING'] } })).total).toBe(4);
    const overdue = await table({ f: { overdue: true } });
    expect(overdue.ids.sort()).toEqual(
      raisedA
        .slice(0, 3)
        .map((m) => m.id)
        .sort(),
    );
    expect(overdue.page.edges.every((e: { node: { overdue: boolean } }) => e.node.overdue)).toBe(true);
    expect((await table({ f: { overdue: false } })).total).toBe(9);
    const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();
    expect((await table({ f: { createdTo: anHourAgo } })).total).toBe(3);
    expect((await table({ f: { createdFrom: anHourAgo } })).total).toBe(9);
    expect((await table({ f: { search: '第12件' } })).ids).toEqual([raisedA[11].id]);
    // A code as people write it: spaces, lower case.
    const code = raisedA[5].trackingCode;
    expect((await table({ f: { search: `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}` } })).ids).toEqual([raisedA[5].id]);
    // Wildcards typed by a person match themselves only.
    expect((await table({ f: { search: '%' } })).total).toBe(0);
    expect((await table({ f: { search: '事_' } })).total).toBe(12);
    const long = await table({ f: { search: '长'.repeat(61) } });
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('sorts and pages by offset, with the total for the pager', async () => {
    const newest = await table({ s: 'NEWEST', n: 5, o: 0 });
    expect(newest.page.pageInfo.hasNextPage).toBe(true);
    const oldest = await table({ s: 'OLDEST', n: 100 });
    expect(oldest.ids[0]).not.toBe(newest.ids[0]);
    const pages: string[] = [];
    for (let o = 0; o < 12; o += 5) pages.push(...(await table({ s: 'NEWEST', n: 5, o })).ids);
    expect(pages).toHaveLength(12);
    expect(new Set(pages).size).toBe(12);
    const last = await table({ s: 'NEWEST', n: 5, o: 10 });
    expect(last.page.pageInfo.hasNextPage).toBe(false);
    for (const bad of [{ n: 0 }, { n: 101 }, { o: -1 }]) expect((await table(bad)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows contact numbers to the community’s staff, and reads a page of 100 in a fixed number of statements', async () => {
    const page = (await table({ n: 100 })).page;
    expect(page.edges[0].node.contactPhone).toBe('13800138000');
    const count = async (n: number) => {
      // The first read warms the caller's session (cached for a few seconds): only the list's own statements are counted.
      await table({ n });
      statements.length = 0;
      await table({ n });
      return statements.filter((q) => /\b(select|insert|update|delete)\b/i.test(q)).length;
    };
    expect(await count(100)).toBe(await count(2));
  });
});

describe('the audit log', () => {
  const LOG = `query($f: AuditFilter, $n: Int, $o: Int) { auditEntries(filter: $f, first: $n, offset: $o) { totalCount nodes { id action actorName matterId details } } }`;

  it('shows staff the rows of their communities and their own, filtered, and checks the chain', async () => {
    const mine = await app.gql(LOG, { n: 100 }, tokens['office-a']);
    const actions = mine.data.auditEntries.nodes.map((n: { action: string }) => n.action);
    expect(actions).toContain('triageMatter');
    expect(actions).not.toContain('importHomes');
    const other = await app.gql(LOG, { n: 100 }, tokens['office-b']);
    expect(other.data.auditEntries.totalCount).toBe(0);
    const all = await app.gql(LOG, { n: 100 }, tokens.street);
    expect(all.data.auditEntries.nodes.map((n: { action: string }) => n.action)).toEqual(expect.arrayContaining(['importHomes', 'triageMatter']));
    const filtered = await app.gql(LOG, { f: { action: 'triageMatter', matterId: raisedA[3].id, actor: '甲书' } }, tokens.street);
    expect(filtered.data.auditEntries.nodes).toHaveLength(1);
    expect(JSON.parse(filtered.data.auditEntries.nodes[0].details)).toMatchObject({ decision: 'DELIBERATE' });
    expect((await app.gql(LOG, { f: { actor: '%' } }, tokens.street)).data.auditEntries.totalCount).toBe(0);
    expect((await app.gql(LOG, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const check = await app.gql('{ auditChain { sound soundRows brokenAt } }', {}, tokens['office-a']);
    expect(check.data.auditChain).toEqual({ sound: true, soundRows: all.data.auditEntries.totalCount, brokenAt: null });
    await app.orm.em.fork().execute("update audit_entry set details = '{}' where action = 'importHomes'");
    const broken = await app.gql('{ auditChain { sound brokenAt reason } }', {}, tokens['office-a']);
    expect(broken.data.auditChain.sound).toBe(false);
    expect(broken.data.auditChain.brokenAt).toBeTruthy();
  });
});

describe('the register in the console', () => {
  it('tells which homes have a credential, in one statement for a unit’s homes', async () => {
    const tree = await app.gql(
      'query($id: ID!) { pavilion(id: $id) { community { estates { buildings { units { homes { id } } } } } } }',
      {
        id: String(seed.pavilionA),
      },
      tokens['office-a'],
    );
    const homes = tree.data.pavilion.community.estates[0].buildings[0].units[0].homes as Array<{ id: string }>;
    await app.gql('mutation($id: ID!) { issueHomeCredential(homeId: $id) { homeCode } }', { id: homes[0].id }, tokens['office-a']);
    const Q = 'query($id: ID!) { pavilion(id: $id) { community { estates { buildings { units { homes { id credentialIssuedAt } } } } } } }';
    statements.length = 0;
    const res = await app.gql(Q, { id: String(seed.pavilionA) }, tokens['office-a']);
    const listed = res.data.pavilion.community.estates[0].buildings[0].units[0].homes as Array<{ id: string; credentialIssuedAt: string | null }>;
    expect(listed.filter((h) => h.credentialIssuedAt).map((h) => h.id)).toEqual([homes[0].id]);
    expect(statements.filter((q) => /home_credential/.test(q))).toHaveLength(1);
    const anonymous = await app.gql(Q, { id: String(seed.pavilionA) });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
