import { execFile } from 'node:child_process';
import { codePattern, TRACKING_CODE_LENGTH } from '../common/codes';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { AuditEntry } from '../audit';
import { randomUUID } from 'node:crypto';
import { loginAs, raise, residentsOf, seedTwoCommunities, PATIENCE_MS, startTestApp, untilLive, type TestApp } from '../test/harness';
import { Matter } from './matter.entity';
import { ScopeKind, VoteRule, Vote } from '../votes';

const run = promisify(execFile);

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;
let secretary: string;
let office: string;
let residents: Array<{ homeId: string; token: string }>;

const MATTER = `query($id: ID!) { matter(id: $id) { id status step progress secondCount rating contactPhone declineReason
  resolution { summary outcome decidedAt } mergedInto { trackingCode } timeline { at status kind note progress } pavilion { name } } }`;

beforeAll(async () => {
  app = await startTestApp();
  seed = await seedTwoCommunities(app);
  secretary = await loginAs(app, 'secretary-a');
  office = await loginAs(app, 'office-a');
  residents = await residentsOf(app, '甲社区', 4);
});
afterAll(() => app?.close());

const get = async (id: string, token?: string) => (await app.gql(MATTER, { id }, token)).data.matter;

describe('the three steps over HTTP', () => {
  it('raise → triage → meeting → resolution → progress → completion → rating', async () => {
    const raised = await raise(app, seed.pavilionA, { title: '  加装电梯  ', contactPhone: '138 0013 8000', category: 'ELEVATOR' });
    expect(raised.trackingCode).toMatch(codePattern(TRACKING_CODE_LENGTH));
    expect(raised).toMatchObject({ status: 'SUBMITTED', step: 'RAISE' });
    expect((await get(raised.id)).contactPhone).toBeNull();
    expect((await get(raised.id, office)).contactPhone).toBe('13800138000');
    expect((await get(raised.id, await loginAs(app, 'office-b'))).contactPhone).toBeNull();

    const inbox = await app.gql('{ inbox { id waitingMinutes overdue } }', {}, secretary);
    expect(inbox.data.inbox.map((m: { id: string }) => m.id)).toContain(raised.id);

    const triaged = await app.gql('mutation($id: ID!) { triageMatter(id: $id, decision: DELIBERATE) { status step } }', { id: raised.id }, secretary);
    expect(triaged.data.triageMatter).toEqual({ status: 'ON_AGENDA', step: 'DELIBERATE' });

    const meeting = await app.gql(
      'mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id title agenda { id } pavilion { name } } }',
      { input: { pavilionId: String(seed.pavilionA), title: '十一月议事会', startsAt: '2026-12-01T02:00:00Z', matterIds: [raised.id] } },
      secretary,
    );
    expect(meeting.data.scheduleMeeting.agenda).toEqual([{ id: raised.id }]);
    const minutes = await app.gql(
      'mutation($id: ID!) { recordMeetingMinutes(meetingId: $id, attendance: 23, minutes: "同意加装") { attendance minutes } }',
      { id: meeting.data.scheduleMeeting.id },
      secretary,
    );
    expect(minutes.data.recordMeetingMinutes).toEqual({ attendance: 23, minutes: '同意加装' });

    const resolved = await app.gql(
      'mutation($id: ID!) { recordResolution(matterId: $id, input: { summary: "由社区办组织实施", outcome: EXECUTE }) { status resolution { summary outcome } } }',
      { id: raised.id },
      secretary,
    );
    expect(resolved.data.recordResolution).toEqual({ status: 'IN_EXECUTION', resolution: { summary: '由社区办组织实施', outcome: 'EXECUTE' } });
    const notices = await app.gql('query($c: ID) { notices(communityId: $c) { kind body matter { id } publishedAt } }', { c: String(seed.communityA) });
    expect(notices.data.notices[0]).toMatchObject({ kind: 'RESOLUTION', body: '由社区办组织实施', matter: { id: raised.id } });

    const progress = await app.gql(
      'mutation($id: ID!) { reportProgress(matterId: $id, percent: 40, note: "已联系施工队") { progress status } }',
      { id: raised.id },
      office,
    );
    expect(progress.data.reportProgress).toEqual({ progress: 40, status: 'IN_EXECUTION' });
    const done = await app.gql(
      'mutation($id: ID!) { completeMatter(matterId: $id, note: "电梯已投入使用") { status step progress } }',
      { id: raised.id },
      office,
    );
    expect(done.data.completeMatter).toEqual({ status: 'COMPLETED', step: 'DONE', progress: 100 });

    const rated = await app.gql('mutation($c: String!) { rateMatter(trackingCode: $c, stars: 2, comment: "太慢了") { rating } }', {
      c: raised.trackingCode.toLowerCase(),
    });
    expect(rated.data.rateMatter.rating).toBe(2);
    const again = await app.gql('mutation($c: String!) { rateMatter(trackingCode: $c, stars: 5) { rating } }', { c: raised.trackingCode });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const followUps = await app.gql('{ followUps { id ratingComment } }', {}, office);
    expect(followUps.data.followUps).toContainEqual({ id: raised.id, ratingComment: '太慢了' });
    const closed = await app.gql('mutation($id: ID!) { resolveFollowUp(matterId: $id, note: "已回访") { id } }', { id: raised.id }, office);
    expect(closed.errors).toBeUndefined();

    const m = await get(raised.id);
    // The public timeline names the meeting's time as residents read it, in Beijing time (02:00 UTC is 10:00).
    expect(m.timeline.find((e: { kind: string }) => e.kind === 'SCHEDULED').note).toBe('十一月议事会 · 2026年12月1日 10:00');
    expect(m.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'RAISED',
      'TRIAGED',
      'SCHEDULED',
      'RESOLVED',
      'PROGRESS',
      'COMPLETED',
      'RATED',
      'FOLLOWED_UP',
    ]);
    expect(m.timeline.map((e: { status: string }) => e.status)).toEqual([
      'SUBMITTED',
      'ON_AGENDA',
      'ON_AGENDA',
      'IN_EXECUTION',
      'IN_EXECUTION',
      'COMPLETED',
      'COMPLETED',
      'COMPLETED',
    ]);
    expect(JSON.stringify(m)).not.toContain('13800138000');
    expect(JSON.stringify(m)).not.toContain('太慢了');
    const byCode = await app.gql('query($c: String!) { matterByTrackingCode(code: $c) { id } }', {
      c: `${raised.trackingCode.slice(0, 4)}-${raised.trackingCode.slice(4)}`,
    });
    expect(byCode.data.matterByTrackingCode.id).toBe(raised.id);
  });

  it('answers CONFLICT naming the status for an illegal transition', async () => {
    const raised = await raise(app, seed.pavilionA);
    const res = await app.gql('mutation($id: ID!) { completeMatter(matterId: $id, note: "x") { id } }', { id: raised.id }, office);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', status: 'SUBMITTED' } });
    expect(res.errors?.[0].message).toContain('SUBMITTED');
  });

  it('declines only with a public reason, and routes small jobs to the office', async () => {
    const a = await raise(app, seed.pavilionA);
    const noReason = await app.gql('mutation($id: ID!) { triageMatter(id: $id, decision: DECLINE) { id } }', { id: a.id }, secretary);
    expect(noReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const declined = await app.gql(
      'mutation($id: ID!) { triageMatter(id: $id, decision: DECLINE, reason: "属于物业公司职责") { status declineReason } }',
      { id: a.id },
      secretary,
    );
    expect(declined.data.triageMatter).toEqual({ status: 'DECLINED', declineReason: '属于物业公司职责' });
    const b = await raise(app, seed.pavilionA);
    const routed = await app.gql('mutation($id: ID!) { triageMatter(id: $id, decision: ROUTE_TO_OFFICE) { status step } }', { id: b.id }, secretary);
    expect(routed.data.triageMatter).toEqual({ status: 'IN_EXECUTION', step: 'EXECUTE' });
  });

  it('seconds once per home, while SUBMITTED or ON_AGENDA, within the community', async () => {
    const m = await raise(app, seed.pavilionA);
    const SECOND = 'mutation($id: ID!) { secondMatter(id: $id) { secondCount } }';
    expect((await app.gql(SECOND, { id: m.id }, residents[0].token)).data.secondMatter.secondCount).toBe(1);
    expect((await app.gql(SECOND, { id: m.id }, residents[0].token)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await app.gql(SECOND, { id: m.id }, residents[1].token)).data.secondMatter.secondCount).toBe(2);
    expect((await app.gql(SECOND, { id: m.id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(SECOND, { id: m.id }, office)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const other = await raise(app, seed.pavilionB);
    expect((await app.gql(SECOND, { id: other.id }, residents[0].token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await app.gql('mutation($id: ID!) { triageMatter(id: $id, decision: DECLINE, reason: "重复") { id } }', { id: m.id }, secretary);
    expect((await app.gql(SECOND, { id: m.id }, residents[2].token)).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('merges a duplicate: its seconds and raiser carry over, and it points to the one it joined', async () => {
    const original = await raise(app, seed.pavilionA, {}, residents[0].token);
    const duplicate = await raise(app, seed.pavilionA, {}, residents[1].token);
    await app.gql('mutation($id: ID!) { secondMatter(id: $id) { id } }', { id: duplicate.id }, residents[2].token);
    await app.gql('mutation($id: ID!) { secondMatter(id: $id) { id } }', { id: duplicate.id }, residents[0].token);
    const merged = await app.gql(
      'mutation($a: ID!, $b: ID!) { mergeMatter(id: $a, intoId: $b) { status mergedInto { trackingCode } } }',
      { a: duplicate.id, b: original.id },
      secretary,
    );
    expect(merged.data.mergeMatter).toEqual({ status: 'MERGED', mergedInto: { trackingCode: original.trackingCode } });
    // residents[1] raised the duplicate, residents[2] seconded it; residents[0] raised the original.
    expect((await get(original.id)).secondCount).toBe(2);
    const self = await app.gql('mutation($a: ID!) { mergeMatter(id: $a, intoId: $a) { id } }', { a: original.id }, secretary);
    expect(self.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const across = await raise(app, seed.pavilionB);
    const cross = await app.gql(
      'mutation($a: ID!, $b: ID!) { mergeMatter(id: $a, intoId: $b) { id } }',
      { a: across.id, b: original.id },
      await loginAs(app, 'street'),
    );
    expect(cross.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('validates what residents type', async () => {
    const bad = async (overrides: Record<string, unknown>) => {
      const res = await app.gql('mutation($input: RaiseMatterInput!) { raiseMatter(input: $input) { id } }', {
        input: { pavilionId: String(seed.pavilionB), title: '小区停车难', description: '', category: 'PARKING', ...overrides },
      });
      return res.errors?.[0];
    };
    expect((await bad({ title: '灯坏' }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await bad({ title: 'x'.repeat(61) }))?.message).toMatch(/60/);
    expect((await bad({ title: '停车\u0007难题' }))?.message).toMatch(/control/);
    expect((await bad({ description: 'x'.repeat(2001) }))?.message).toMatch(/2000/);
    expect((await bad({ contactPhone: '12345' }))?.message).toMatch(/mobile/);
    expect((await bad({ pavilionId: '9999' }))?.extensions?.code).toBe('NOT_FOUND');
    expect((await bad({ category: 'NOPE' }))?.extensions?.code).toBe('BAD_USER_INPUT');
    const ok = await app.gql('mutation($input: RaiseMatterInput!) { raiseMatter(input: $input) { title description } }', {
      input: { pavilionId: String(seed.pavilionB), title: 'Cafe\u0301 门口', description: '第一行\r\n第二行', category: 'OTHER' },
    });
    expect(ok.data.raiseMatter).toEqual({ title: 'Café 门口', description: '第一行\n第二行' });
  });

  it('pages newest first with stable cursors and a total', async () => {
    const PAGE =
      'query($f: MatterFilter, $after: String) { matters(filter: $f, first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id createdAt } } } }';
    const filter = { pavilionId: String(seed.pavilionA) };
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 50; i++) {
      const res: { data?: { matters: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string } }> } } } =
        await app.gql(PAGE, { f: filter, after });
      const page = res.data!.matters;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    const ids = seen.map(Number);
    const em = app.orm.em.fork();
    const all = await em.find(Matter, { pavilion: seed.pavilionA }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
    expect(ids).toEqual(all.map((m) => m.id));
    const bad = await app.gql(PAGE, { f: filter, after: 'garbage' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const steps = await app.gql('query { matters(filter: { step: DONE }, first: 100) { edges { node { step } } } }');
    expect(new Set(steps.data.matters.edges.map((e: { node: { step: string } }) => e.node.step))).toEqual(new Set(['DONE']));
  });

  it('limits raising per pavilion per minute', async () => {
    const limited = await startTestApp({}, { settings: { raisePerPavilionPerMinute: 5, raisePerHomePerHour: 10 } });
    try {
      const s = await seedTwoCommunities(limited);
      const codes: Array<string | undefined> = [];
      for (let i = 0; i < 6; i++) {
        const res = await limited.gql('mutation($input: RaiseMatterInput!) { raiseMatter(input: $input) { id } }', {
          input: { pavilionId: String(s.pavilionA), title: `第${i}件事情`, description: '', category: 'OTHER' },
        });
        codes.push(res.errors?.[0].extensions?.code as string | undefined);
      }
      expect(codes).toEqual([undefined, undefined, undefined, undefined, undefined, 'RATE_LIMITED']);
    } finally {
      await limited.close();
    }
  });
});

describe('the kiosk board', () => {
  it('runs a fixed number of SQL statements whatever the page size', async () => {
    const statements: string[] = [];
    // The vote scheduler polls every 2 s; an hour here keeps its statements out of the counts.
    const counted = await startTestApp({}, { ormHooks: { onQuery: (sql) => statements.push(sql) }, votePollMs: 3_600_000 });
    try {
      const s = await seedTwoCommunities(counted);
      const BOARD = `query($p: ID!, $n: Int!) { matters(filter: { pavilionId: $p }, first: $n) { totalCount edges { node {
        id title status step progress secondCount createdAt pavilion { id name } timeline { at status kind note } resolution { summary }
        vote { id status closesAt tally { eligibleOwners participatingOwners participatingAreaM2 } result { passed } } } } } }`;
      const countFor = async (n: number) => {
        statements.length = 0;
        const res = await counted.gql(BOARD, { p: String(s.pavilionA), n });
        expect(res.errors).toBeUndefined();
        expect(res.data.matters.edges).toHaveLength(n);
        expect(res.data.matters.edges.some((e: { node: { vote: unknown } }) => e.node.vote)).toBe(true);
        return statements.filter((q) => /\b(select|insert|update|delete)\b/i.test(q)).length;
      };
      for (let i = 0; i < 50; i++) await raise(counted, s.pavilionA, { title: `板上第${i}件事` });
      // Every third matter has a vote, so the page sizes compared both load votes.
      const em = counted.orm.em.fork();
      for (const m of await em.find(Matter, { pavilion: s.pavilionA })) {
        if (m.id % 3) continue;
        const v = em.create(Vote, {
          matter: m,
          community: m.community,
          question: '是否同意？',
          rule: VoteRule.OWNERS_ORDINARY,
          scopeKind: ScopeKind.UNIT,
          scopeId: 1,
          scopeName: '1单元',
          closesAt: new Date(Date.now() + 86_400_000),
          eligibleVoters: 10,
          eligibleAreaCentiM2: 100_000,
          eligibleHomes: 10,
        });
        m.vote = v as never;
      }
      await em.flush();
      // The shared answers look up a pavilion's community once per process: not part of the count.
      await counted.gql(BOARD, { p: String(s.pavilionA), n: 1 });
      const few = await countFor(5);
      const many = await countFor(50);
      // No statement per matter; a page that holds every match needs no count.
      expect(many).toBeLessThanOrEqual(few);
      expect(few).toBeLessThanOrEqual(6);
    } finally {
      await counted.close();
    }
  });
});

describe('live updates', () => {
  it('delivers matterUpdated over a real WebSocket on every change', async () => {
    const ws = createClient({ url: app.url.replace('http', 'ws'), webSocketImpl: WebSocket, lazy: false });
    const received: Array<{ id: string; status: string }> = [];
    const unsubscribe = ws.subscribe(
      { query: 'subscription($p: ID) { matterUpdated(pavilionId: $p) { id status timeline { kind } } }', variables: { p: String(seed.pavilionA) } },
      {
        next: (msg) => received.push((msg.data as { matterUpdated: { id: string; status: string } }).matterUpdated),
        error: (e) => {
          throw e;
        },
        complete: () => undefined,
      },
    );
    // A probe event on this pavilion shows the subscription is live.
    const probe = await raise(app, seed.pavilionA, { title: '探针事项' });
    await untilLive(
      () =>
        app.services.pubSub.publish('MATTER_UPDATED', {
          eventId: randomUUID(),
          matterId: Number(probe.id),
          pavilionId: seed.pavilionA,
          communityId: seed.communityA,
        }),
      () => received.length,
    );
    await raise(app, seed.pavilionB); // another pavilion: filtered out
    const m = await raise(app, seed.pavilionA);
    await app.gql('mutation($id: ID!) { triageMatter(id: $id, decision: DELIBERATE) { id } }', { id: m.id }, secretary);
    const deadline = Date.now() + PATIENCE_MS;
    while (received.filter((r) => r.id === m.id).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    unsubscribe();
    await ws.dispose();
    expect(received.some((r) => r.id !== probe.id && r.id !== m.id)).toBe(false);
    expect(received.filter((r) => r.id === m.id).map((r) => [r.id, r.status])).toEqual([
      [m.id, 'SUBMITTED'],
      [m.id, 'ON_AGENDA'],
    ]);
  });
});

describe('audit', () => {
  it('records every staff mutation in a hash chain that catches tampering', async () => {
    const em = app.orm.em.fork();
    const rows = await em.find(AuditEntry, {}, { orderBy: { id: 'asc' } });
    const actions = new Set(rows.map((r) => r.action));
    for (const a of [
      'importHomes',
      'issueHomeCredential',
      'triageMatter',
      'scheduleMeeting',
      'recordMeetingMinutes',
      'recordResolution',
      'reportProgress',
      'completeMatter',
      'mergeMatter',
      'resolveFollowUp',
    ]) {
      expect(actions).toContain(a);
    }
    const triage = rows.find((r) => r.action === 'triageMatter')!;
    expect(triage.actorName).toBe('甲书记');
    expect(triage.matterId).toBeGreaterThan(0);
    expect(await app.services.audit.verify(app.orm.em.fork())).toEqual({ rows: rows.length, broken: null });

    const script = join(__dirname, '../../../build/scripts/audit-verify.js');
    const env = { ...process.env, DATABASE_URL: app.databaseUrl };
    expect((await run(process.execPath, [script], { env })).stdout).toContain(`Audit log sound: ${rows.length} rows`);

    const victim = rows[Math.floor(rows.length / 2)];
    await em.nativeUpdate(AuditEntry, { id: victim.id }, { actorName: '别人' });
    expect((await app.services.audit.verify(app.orm.em.fork())).broken).toMatchObject({ id: victim.id, reason: expect.stringMatching(/changed/) });
    const caught = await run(process.execPath, [script], { env }).catch((e) => e);
    expect(caught.code).toBe(1);
    expect(caught.stderr).toContain(`BROKEN at row ${victim.id}`);
    await em.nativeUpdate(AuditEntry, { id: victim.id }, { actorName: victim.actorName });
    expect((await app.services.audit.verify(app.orm.em.fork())).broken).toBeNull();
    await em.nativeDelete(AuditEntry, { id: victim.id });
    expect((await app.services.audit.verify(app.orm.em.fork())).broken?.id).toBe(rows[rows.indexOf(victim) + 1].id);
  });
});

describe('stats', () => {
  it('counts matters, durations, ratings and participation', async () => {
    const s = await startTestApp();
    try {
      const seeded = await seedTwoCommunities(s);
      const people = await residentsOf(s, '甲社区', 4);
      const sec = await loginAs(s, 'secretary-a');
      const off = await loginAs(s, 'office-a');
      const a = await raise(s, seeded.pavilionA, { category: 'REPAIR' }, people[0].token);
      const b = await raise(s, seeded.pavilionA, { category: 'ELEVATOR' });
      await raise(s, seeded.pavilionB, { category: 'PARKING' });
      await s.gql('mutation($id: ID!) { secondMatter(id: $id) { id } }', { id: b.id }, people[1].token);
      await s.gql('mutation($id: ID!) { triageMatter(id: $id, decision: ROUTE_TO_OFFICE) { id } }', { id: a.id }, sec);
      await s.gql('mutation($id: ID!) { completeMatter(matterId: $id, note: "修好了") { id } }', { id: a.id }, off);
      await s.gql('mutation($c: String!) { rateMatter(trackingCode: $c, stars: 4) { id } }', { c: a.trackingCode });
      // Back-date the triage by 3 hours so the durations are not all zero.
      const em = s.orm.em.fork();
      const matter = await em.findOneOrFail(Matter, Number(a.id));
      await em.nativeUpdate(Matter, { id: matter.id }, { createdAt: new Date(matter.createdAt.getTime() - 3 * 3600_000) });

      const res = await s.gql(
        `query($c: ID) { stats(communityId: $c) { raised resolved byStep { step count } byCategory { category raised resolved }
        triage { count medianMinutes p90Minutes } triagedWithinTarget completion { count medianMinutes } meanRating ratings participation { homes homesInScope rate } } }`,
        { c: String(seeded.communityA) },
      );
      const st = res.data.stats;
      expect(st.raised).toBe(2);
      expect(st.resolved).toBe(1);
      expect(st.byStep).toEqual([
        { step: 'RAISE', count: 1 },
        { step: 'DELIBERATE', count: 0 },
        { step: 'EXECUTE', count: 0 },
        { step: 'DONE', count: 1 },
      ]);
      expect(st.byCategory).toContainEqual({ category: 'REPAIR', raised: 1, resolved: 1 });
      expect(st.triage.count).toBe(1);
      expect(st.triage.medianMinutes).toBeGreaterThanOrEqual(179);
      expect(st.triagedWithinTarget).toBe(0);
      expect(st.completion.count).toBe(1);
      expect(st.meanRating).toBe(4);
      expect(st.participation).toEqual({ homes: 2, homesInScope: 4, rate: 0.5 });
      const all = await s.gql('{ stats { raised } }');
      expect(all.data.stats.raised).toBe(3);
      const bad = await s.gql('{ stats(from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { raised } }');
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await s.close();
    }
  });
});
