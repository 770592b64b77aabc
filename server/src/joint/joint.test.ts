import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, seedTwoCommunities, startTestApp, type TestApp } from '../test/harness';
import { JointMeeting } from './joint.entity';

let app: TestApp;
const tokens: Record<string, string> = {};
const units: Record<string, string> = {};
const code = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;
const DAY = 86_400_000;
const MEETING =
  'mutation($q: String!, $at: DateTime!, $a: [ID!]!, $m: String) { recordJointMeeting(quarter: $q, heldAt: $at, attendeeIds: $a, minutes: $m) { id quarter attendees { name } problems { title carriedOver } } }';
const PROBLEM =
  'mutation($m: ID!, $t: String!, $l: ID!, $p: [ID!], $d: DateTime!) { addJointProblem(meetingId: $m, title: $t, leadUnitId: $l, partnerIds: $p, dueBy: $d) { id status leadUnit { name } partners { name } raisedAt { quarter } } }';

beforeAll(async () => {
  app = await startTestApp();
  await seedTwoCommunities(app);
  for (const u of ['street', 'office-a', 'secretary-a']) tokens[u] = await loginAs(app, u);
});
afterAll(() => app?.close());

describe('joint meetings', () => {
  it('keep the units of the area, added by the sub-district or a branch', async () => {
    const ADD = 'mutation($n: String!, $k: JointUnitKind!) { addJointUnit(name: $n, kind: $k) { id name kind } }';
    expect(code(await app.gql(ADD, { n: '云篆小学', k: 'SCHOOL' }, tokens['office-a']))).toBe('FORBIDDEN');
    for (const [n, k] of [
      ['甲社区', 'COMMUNITY'],
      ['云篆小学', 'SCHOOL'],
      ['派出所', 'POLICE'],
      ['公租房物业', 'PROPERTY_COMPANY'],
    ])
      units[n] = (await app.gql(ADD, { n, k }, tokens['secretary-a'])).data.addJointUnit.id;
    expect(code(await app.gql(ADD, { n: '派出所', k: 'POLICE' }, tokens.street))).toBe('CONFLICT');
  });

  it('carry every open problem over to the next meeting until it is solved, and count per unit', async () => {
    const t0 = Date.now() - 200 * DAY;
    const all = Object.values(units);
    expect(code(await app.gql(MEETING, { q: '2026-Q5', at: new Date(t0).toISOString(), a: all }, tokens.street))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(MEETING, { q: '2026-Q1', at: new Date(Date.now() + DAY).toISOString(), a: all }, tokens.street))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(MEETING, { q: '2026-Q1', at: new Date(t0).toISOString(), a: [all[0]] }, tokens.street))).toBe('BAD_USER_INPUT');
    expect(await app.orm.em.fork().count(JointMeeting)).toBe(0);
    const first = (await app.gql(MEETING, { q: '2026-Q1', at: new Date(t0).toISOString(), a: all, m: '通报校园周边情况' }, tokens.street)).data
      .recordJointMeeting;
    const stalls = await app.gql(
      PROBLEM,
      { m: first.id, t: '校园周边游摊', l: units['派出所'], p: [units['云篆小学'], units['派出所']], d: new Date(t0 + 30 * DAY).toISOString() },
      tokens.street,
    );
    expect(stalls.data.addJointProblem).toMatchObject({
      status: 'OPEN',
      leadUnit: { name: '派出所' },
      partners: [{ name: '云篆小学' }],
      raisedAt: { quarter: '2026-Q1' },
    });
    const lights = await app.gql(
      PROBLEM,
      { m: first.id, t: '部分区域照明不足', l: units['公租房物业'], d: new Date(t0 + 60 * DAY).toISOString() },
      tokens.street,
    );
    expect(code(await app.gql(PROBLEM, { m: first.id, t: '过期', l: units['派出所'], d: new Date(t0 - DAY).toISOString() }, tokens.street))).toBe(
      'BAD_USER_INPUT',
    );
    const SOLVE = 'mutation($id: ID!, $n: String!) { solveJointProblem(problemId: $id, note: $n) { status solvedAt } }';
    expect((await app.gql(SOLVE, { id: stalls.data.addJointProblem.id, n: '设置疏导点' }, tokens.street)).data.solveJointProblem.status).toBe('SOLVED');
    expect(code(await app.gql(SOLVE, { id: stalls.data.addJointProblem.id, n: '再次' }, tokens.street))).toBe('CONFLICT');

    const second = (await app.gql(MEETING, { q: '2026-Q2', at: new Date(t0 + 90 * DAY).toISOString(), a: all }, tokens['secretary-a'])).data.recordJointMeeting;
    expect(second.problems).toEqual([{ title: '部分区域照明不足', carriedOver: 1 }]);
    const third = (await app.gql(MEETING, { q: '2026-Q3', at: new Date(t0 + 180 * DAY).toISOString(), a: all }, tokens['secretary-a'])).data.recordJointMeeting;
    expect(third.problems).toEqual([{ title: '部分区域照明不足', carriedOver: 2 }]);

    const open = await app.gql('{ jointProblems(status: OPEN) { title carriedOver } }');
    expect(open.data.jointProblems).toEqual([{ title: '部分区域照明不足', carriedOver: 2 }]);
    const figures = await app.gql('{ jointUnitFigures { unit { name } raised solved solvedOnTime } }');
    expect(figures.data.jointUnitFigures).toEqual(
      expect.arrayContaining([
        { unit: { name: '派出所' }, raised: 1, solved: 1, solvedOnTime: 0 },
        { unit: { name: '公租房物业' }, raised: 1, solved: 0, solvedOnTime: 0 },
      ]),
    );
    const meetings = await app.gql('{ jointMeetings(first: 2) { quarter attendees { name } } }');
    expect(meetings.data.jointMeetings.map((m: { quarter: string }) => m.quarter)).toEqual(['2026-Q3', '2026-Q2']);
    expect(lights.errors).toBeUndefined();
  });
});
