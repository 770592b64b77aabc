import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffUser } from '../auth';
import type { Actor, ResidentViewer, StaffViewer } from '../common/actor';
import { Role } from '../common/role';
import { Matter, MatterCategory, MatterStatus, ResolutionOutcome, TriageDecision } from '../matters';
import { Home, IMPORT_HEADER } from '../register';
import { everyone, seedTwoCommunities, startTestApp, type TestApp } from '../test/harness';
import { BallotChoice, ScopeKind, VoteRule, VoteStatus } from './enums';

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;
let secretary: StaffViewer;
let homes: ResidentViewer[];
const anonymous: Actor = { kind: 'anonymous', sessionEnded: false };

beforeAll(async () => {
  app = await startTestApp();
  seed = await seedTwoCommunities(app);
  const csv = [IMPORT_HEADER, ...['101', '102', '201', '202'].map((r, i) => `甲社区,电梯小区,1栋,1单元,${r[0]},${r},80,O${i}`)].join('\n');
  const imported = await app.services.register.importHomes(app.orm.em.fork(), everyone, csv);
  expect(imported.errors).toEqual([]);
  const em = app.orm.em.fork();
  const user = await em.findOneOrFail(StaffUser, { username: 'secretary-a' });
  secretary = await app.services.auth.staffViewer(em, { ...user, communityId: null, branchId: user.branch?.id ?? null });
  homes = (await em.find(Home, { unit: { name: '1单元', building: { estate: { name: '电梯小区' } } } }, { orderBy: { room: 'asc' } })).map((h) => ({
    kind: 'resident',
    role: Role.RESIDENT,
    sessionId: 0,
    homeId: h.id,
    communityId: seed.communityA,
    displayName: h.room,
  }));
});
afterAll(() => app?.close());

/** The owners' vote, the votes feature's main use case, through the services on a real database: no HTTP. */
describe("an owners' vote, through its services", () => {
  it('is opened on a matter the branch put to a vote, takes one ballot per owner, closes, and moves the matter on', async () => {
    const em = () => app.orm.em.fork();
    const { raising, deliberation } = app.services.matters;
    const { opening, ballots, closing } = app.services.votes;
    const m = await raising.raise(em(), anonymous, { pavilionId: seed.pavilionA, category: MatterCategory.ELEVATOR, title: '1单元加装电梯', description: '' });
    const input = {
      matterId: m.id,
      question: '是否同意加装电梯？',
      rule: VoteRule.OWNERS_ORDINARY,
      scopeKind: ScopeKind.UNIT,
      closesAt: new Date(Date.now() + 86_400_000),
    };
    const unitId = (await em().findOneOrFail(Home, { id: homes[0].homeId })).unit.id;
    // Not before the branch has resolved to put it to a vote.
    await expect(opening.open(em(), secretary, { ...input, scopeId: unitId })).rejects.toMatchObject({ code: 'CONFLICT' });
    await deliberation.triage(em(), secretary, m.id, TriageDecision.DELIBERATE);
    await deliberation.recordResolution(em(), secretary, m.id, { summary: '提交业主表决', outcome: ResolutionOutcome.PUT_TO_VOTE });
    const vote = await opening.open(em(), secretary, { ...input, scopeId: unitId });
    expect(vote.status).toBe(VoteStatus.OPEN);

    for (const h of homes.slice(0, 3)) expect((await ballots.cast(em(), h, vote.id, BallotChoice.YES)).receipt).toBeTruthy();
    await expect(ballots.cast(em(), homes[0], vote.id, BallotChoice.NO)).rejects.toMatchObject({ code: 'CONFLICT' });
    // Before its time, the branch closes it only when every owner has voted.
    await expect(closing.closeByStaff(em(), secretary, vote.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    await ballots.cast(em(), homes[3], vote.id, BallotChoice.NO);

    const closed = await closing.closeByStaff(em(), secretary, vote.id);
    expect(closed).toMatchObject({ status: VoteStatus.CLOSED, passed: true });
    expect((await em().findOneOrFail(Matter, m.id)).status).toBe(MatterStatus.IN_EXECUTION);
    await expect(ballots.cast(em(), homes[0], vote.id, BallotChoice.YES)).rejects.toMatchObject({ code: 'VOTE_CLOSED' });
  });
});
