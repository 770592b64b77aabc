import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, raise, residentsOf, seedTwoCommunities, startTestApp, type TestApp } from '../test/harness';

/**
 * Every mutation of the three steps, by every kind of caller: allowed, FORBIDDEN or
 * UNAUTHENTICATED as designed. Each case gets a matter of community 甲 in the state it needs.
 */
type Caller = 'anonymous' | 'resident-a' | 'resident-b' | 'office-a' | 'office-b' | 'secretary-a' | 'secretary-b' | 'street';
const CALLERS: Caller[] = ['anonymous', 'resident-a', 'resident-b', 'office-a', 'office-b', 'secretary-a', 'secretary-b', 'street'];

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;
const tokens: Partial<Record<Caller, string>> = {};
let secretary: string;
let office: string;

beforeAll(async () => {
  app = await startTestApp();
  seed = await seedTwoCommunities(app);
  for (const c of CALLERS) {
    if (c === 'anonymous' || c.startsWith('resident')) continue;
    tokens[c] = await loginAs(app, c);
  }
  tokens['resident-a'] = (await residentsOf(app, '甲社区', 1))[0].token;
  tokens['resident-b'] = (await residentsOf(app, '乙社区', 1))[0].token;
  secretary = tokens['secretary-a']!;
  office = tokens['office-a']!;
});
afterAll(() => app?.close());

async function matterIn(state: 'SUBMITTED' | 'ON_AGENDA' | 'IN_EXECUTION' | 'COMPLETED') {
  const m = await raise(app, seed.pavilionA);
  if (state === 'SUBMITTED') return m;
  await app.gql('mutation($id: ID!) { triageMatter(id: $id, decision: DELIBERATE) { id } }', { id: m.id }, secretary);
  if (state === 'ON_AGENDA') return m;
  await app.gql('mutation($id: ID!) { recordResolution(matterId: $id, input: { summary: "执行", outcome: EXECUTE }) { id } }', { id: m.id }, secretary);
  if (state === 'IN_EXECUTION') return m;
  await app.gql('mutation($id: ID!) { completeMatter(matterId: $id, note: "完成") { id } }', { id: m.id }, office);
  return m;
}

type Expect = 'ok' | 'FORBIDDEN' | 'UNAUTHENTICATED';
interface Case {
  name: string;
  run: (token: string | undefined) => Promise<{ errors?: Array<{ extensions?: { code?: string } }> }>;
  expect: Record<Caller, Expect>;
}

const secretaryOnly: Record<Caller, Expect> = {
  anonymous: 'UNAUTHENTICATED',
  'resident-a': 'FORBIDDEN',
  'resident-b': 'FORBIDDEN',
  'office-a': 'FORBIDDEN',
  'office-b': 'FORBIDDEN',
  'secretary-a': 'ok',
  'secretary-b': 'FORBIDDEN',
  street: 'ok',
};
const officeOnly: Record<Caller, Expect> = { ...secretaryOnly, 'office-a': 'ok', 'secretary-a': 'FORBIDDEN' };
const everyone: Record<Caller, Expect> = Object.fromEntries(CALLERS.map((c) => [c, 'ok'])) as Record<Caller, Expect>;

const cases: Case[] = [
  {
    name: 'raiseMatter',
    run: (t) =>
      app.gql(
        'mutation($p: ID!) { raiseMatter(input: { pavilionId: $p, title: "路灯不亮了", description: "", category: REPAIR }) { id } }',
        { p: String(seed.pavilionA) },
        t,
      ),
    expect: everyone,
  },
  {
    name: 'secondMatter',
    run: async (t) => app.gql('mutation($id: ID!) { secondMatter(id: $id) { id } }', { id: (await matterIn('SUBMITTED')).id }, t),
    expect: { ...secretaryOnly, 'resident-a': 'ok', 'secretary-a': 'FORBIDDEN', street: 'FORBIDDEN' },
  },
  {
    name: 'triageMatter',
    run: async (t) => app.gql('mutation($id: ID!) { triageMatter(id: $id, decision: DELIBERATE) { id } }', { id: (await matterIn('SUBMITTED')).id }, t),
    expect: secretaryOnly,
  },
  {
    name: 'mergeMatter',
    run: async (t) =>
      app.gql(
        'mutation($a: ID!, $b: ID!) { mergeMatter(id: $a, intoId: $b) { id } }',
        { a: (await matterIn('SUBMITTED')).id, b: (await matterIn('SUBMITTED')).id },
        t,
      ),
    expect: secretaryOnly,
  },
  {
    name: 'scheduleMeeting',
    run: async (t) =>
      app.gql(
        'mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
        {
          input: { pavilionId: String(seed.pavilionA), title: '议事会', startsAt: '2026-12-01T02:00:00Z', matterIds: [(await matterIn('ON_AGENDA')).id] },
        },
        t,
      ),
    expect: secretaryOnly,
  },
  {
    name: 'recordResolution',
    run: async (t) =>
      app.gql(
        'mutation($id: ID!) { recordResolution(matterId: $id, input: { summary: "执行", outcome: EXECUTE }) { id } }',
        { id: (await matterIn('ON_AGENDA')).id },
        t,
      ),
    expect: secretaryOnly,
  },
  {
    name: 'reportProgress',
    run: async (t) =>
      app.gql('mutation($id: ID!) { reportProgress(matterId: $id, percent: 50, note: "进行中") { id } }', { id: (await matterIn('IN_EXECUTION')).id }, t),
    expect: officeOnly,
  },
  {
    name: 'completeMatter',
    run: async (t) => app.gql('mutation($id: ID!) { completeMatter(matterId: $id, note: "完成") { id } }', { id: (await matterIn('IN_EXECUTION')).id }, t),
    expect: officeOnly,
  },
  {
    name: 'rateMatter',
    run: async (t) => app.gql('mutation($c: String!) { rateMatter(trackingCode: $c, stars: 5) { id } }', { c: (await matterIn('COMPLETED')).trackingCode }, t),
    expect: everyone,
  },
];

describe('authorisation of the three steps', () => {
  for (const c of cases) {
    it.each(CALLERS)(`${c.name} by %s`, async (caller) => {
      const res = await c.run(tokens[caller]);
      const want = c.expect[caller];
      if (want === 'ok') expect(res.errors).toBeUndefined();
      else expect(res.errors?.[0].extensions?.code).toBe(want);
    });
  }

  it('scheduleMeeting refuses a recordMeetingMinutes by another branch', async () => {
    const m = await matterIn('ON_AGENDA');
    const meeting = await app.gql(
      'mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
      {
        input: { pavilionId: String(seed.pavilionA), title: '议事会', startsAt: '2026-12-01T02:00:00Z', matterIds: [m.id] },
      },
      secretary,
    );
    const res = await app.gql(
      'mutation($id: ID!) { recordMeetingMinutes(meetingId: $id, attendance: 3, minutes: "x") { id } }',
      { id: meeting.data.scheduleMeeting.id },
      tokens['secretary-b'],
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('staff lists answer for staff only, and only their communities', async () => {
    await matterIn('SUBMITTED');
    expect((await app.gql('{ inbox { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql('{ inbox { id } }', {}, tokens['resident-a'])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql('{ inbox { id } }', {}, tokens['secretary-b'])).data.inbox).toEqual([]);
    expect((await app.gql('{ inbox { id } }', {}, secretary)).data.inbox.length).toBeGreaterThan(0);
  });
});
