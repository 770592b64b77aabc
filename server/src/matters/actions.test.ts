import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codePattern, formatCode, isCode, newCode, normaliseCode, RECEIPT_LENGTH, TRACKING_CODE_LENGTH } from '../common/codes';
import { loginAs, raise, residentsOf, seedTwoCommunities, startTestApp, type TestApp } from '../test/harness';

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;
let tokens: Record<string, string>;

beforeAll(async () => {
  app = await startTestApp();
  seed = await seedTwoCommunities(app);
  tokens = {};
  for (const u of ['street', 'office-a', 'office-b', 'secretary-a', 'secretary-b']) tokens[u] = await loginAs(app, u);
  tokens.resident = (await residentsOf(app, '甲社区', 1))[0].token;
});
afterAll(() => app?.close());

const ACTIONS = 'query($id: ID!) { matter(id: $id) { status allowedActions } }';
const actionsOf = async (id: string, token?: string) => (await app.gql(ACTIONS, { id }, token)).data.matter.allowedActions as string[];

describe('Matter.allowedActions', () => {
  it('follows the lifecycle table and the roles, for each caller', async () => {
    const m = await raise(app, seed.pavilionA, { category: 'ELEVATOR', title: '加装电梯的事情' });
    expect(await actionsOf(m.id)).toEqual(['SECOND']);
    expect(await actionsOf(m.id, tokens.resident)).toEqual(['SECOND']);
    expect(await actionsOf(m.id, tokens['secretary-a'])).toEqual(['TRIAGE', 'MERGE', 'CALCULATE_COST_SHARE']);
    expect(await actionsOf(m.id, tokens['office-a'])).toEqual(['CALCULATE_COST_SHARE']);
    expect(await actionsOf(m.id, tokens['secretary-b'])).toEqual([]);
    expect(await actionsOf(m.id, tokens.street)).toEqual(['TRIAGE', 'MERGE', 'CALCULATE_COST_SHARE']);

    await app.gql('mutation($id: ID!) { triageMatter(id: $id, decision: ROUTE_TO_OFFICE) { id } }', { id: m.id }, tokens['secretary-a']);
    expect(await actionsOf(m.id, tokens['office-a'])).toEqual(['CALCULATE_COST_SHARE', 'REPORT_PROGRESS', 'COMPLETE', 'CREATE_WORK_ORDER']);
    expect(await actionsOf(m.id, tokens.resident)).toEqual([]);
    await app.gql('mutation($id: ID!) { completeMatter(matterId: $id, note: "已完成") { id } }', { id: m.id }, tokens['office-a']);
    expect(await actionsOf(m.id)).toEqual(['RATE']);
  });

  it('offers only what the server then allows', async () => {
    const m = await raise(app, seed.pavilionA);
    for (const who of ['office-a', 'secretary-b', 'resident']) {
      const offered = (await actionsOf(m.id, tokens[who])).includes('TRIAGE');
      const res = await app.gql('mutation($id: ID!) { triageMatter(id: $id, decision: DELIBERATE) { id } }', { id: m.id }, tokens[who]);
      expect(offered).toBe(!res.errors);
    }
    expect(await actionsOf(m.id, tokens['secretary-a'])).toContain('TRIAGE');
  });
});

describe('boards read as plain rows', () => {
  it('show each change to the very next read (the read connection keeps no old snapshot)', async () => {
    const BOARD = 'query($c: ID!) { matters(filter: { communityId: $c }, first: 100) { totalCount edges { node { id status } } } }';
    const count = async () => (await app.gql(BOARD, { c: String(seed.communityB) }, tokens['secretary-b'])).data.matters.totalCount as number;
    let expected = await count();
    for (let i = 0; i < 15; i++) {
      const m = await raise(app, seed.pavilionB, { title: `第${i}件新事项` });
      expect(await count()).toBe(++expected);
      await app.gql('mutation($id: ID!) { triageMatter(id: $id, decision: DELIBERATE) { id } }', { id: m.id }, tokens['secretary-b']);
      const board = await app.gql(BOARD, { c: String(seed.communityB) }, tokens['secretary-b']);
      expect(board.data.matters.edges.find((e: { node: { id: string } }) => e.node.id === m.id).node.status).toBe('ON_AGENDA');
      // A question not asked before (other statuses, other SQL) sees the change too.
      const statuses = ['ON_AGENDA', 'VOTING', 'IN_EXECUTION', 'COMPLETED'].slice(0, 1 + (i % 4));
      const onAgenda = await app.gql(
        'query($c: ID!, $s: [MatterStatus!]) { matters(filter: { communityId: $c, status: $s }, first: 100) { edges { node { id } } } }',
        {
          c: String(seed.communityB),
          s: statuses,
        },
      );
      expect(onAgenda.data.matters.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(m.id);
    }
  });
});

describe('ids from outside', () => {
  it('answer BAD_USER_INPUT for anything but a positive whole number, before any query', async () => {
    for (const id of ['Infinity', '1e400', '-1', '1.5', 'abc', '0', '99999999999999999999']) {
      const res = await app.gql('query($id: ID!) { matter(id: $id) { id } }', { id });
      expect(res.errors?.[0].extensions?.code, id).toBe('BAD_USER_INPUT');
    }
    expect((await app.gql('query($id: ID!) { matter(id: $id) { id } }', { id: '987654' })).data.matter).toBeNull();
  });
});

describe('pavilion(id)', () => {
  it('gives a kiosk its pavilion and community in one question', async () => {
    const res = await app.gql('query($id: ID!) { pavilion(id: $id) { id name community { id name } } }', { id: String(seed.pavilionA) });
    expect(res.data.pavilion).toEqual({ id: String(seed.pavilionA), name: '甲1号莲心亭', community: { id: String(seed.communityA), name: '甲社区' } });
    expect((await app.gql('query { pavilion(id: "424242") { id } }')).data.pavilion).toBeNull();
  });
});

describe('codes', () => {
  it('come from one alphabet without look-alikes, and read back however typed', () => {
    for (let i = 0; i < 200; i++) {
      const code = newCode(RECEIPT_LENGTH);
      expect(code).not.toMatch(/[01OIL]/);
      expect(isCode(normaliseCode(formatCode(code).toLowerCase().replace(/-/g, ' - ')), RECEIPT_LENGTH)).toBe(true);
      expect(formatCode(code)).toMatch(codePattern(RECEIPT_LENGTH, true));
    }
    expect(isCode('ABCDEFGL', TRACKING_CODE_LENGTH)).toBe(false);
    expect(isCode('ABCDEFGH', TRACKING_CODE_LENGTH)).toBe(true);
  });
});
