import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, StaffViewer } from '../common/actor';
import { StaffUser } from '../auth';
import { residentsOf, seedTwoCommunities, startTestApp, type TestApp } from '../test/harness';
import { ConventionStage } from './enums';
import { allowedConventionActions, ConventionAction } from './lifecycle';

/** The conventions' clock: moved past a consultation's date instead of waiting. */
let now = new Date();
let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;
let secretaryA: StaffViewer;
let secretaryB: StaffViewer;

beforeAll(async () => {
  app = await startTestApp({}, { settings: { raisePerPavilionPerMinute: 1000, raisePerHomePerHour: 1000, now: () => now } });
  seed = await seedTwoCommunities(app);
  await residentsOf(app, '甲社区', 2, '甲小区');
  const viewer = async (username: string) => {
    const em = app.orm.em.fork();
    const user = await em.findOneOrFail(StaffUser, { username });
    return app.services.auth.staffViewer(em, { ...user, communityId: user.community?.id ?? null, branchId: user.branch?.id ?? null });
  };
  secretaryA = await viewer('secretary-a');
  secretaryB = await viewer('secretary-b');
});
afterAll(() => app?.close());

/** The services themselves on a real database: no HTTP, no GraphQL. */
describe("a convention's lifecycle, through its services", () => {
  it('moves DRAFTING → CONSULTATION → VOTING by the one table, refuses what the stage does not allow, and offers what it allows', async () => {
    const { drafting } = app.services.conventions;
    const em = () => app.orm.em.fork();
    const c = await drafting.draft(em(), secretaryA, { title: '甲社区文明公约', communityIds: [seed.communityA], articles: ['文明养犬。'] });
    expect(c.stage).toBe(ConventionStage.DRAFTING);
    const offered = (actor: Actor) => allowedConventionActions(c, [seed.communityA], actor, now);
    expect(offered(secretaryA)).toEqual([ConventionAction.OPEN_CONSULTATION]);
    expect(offered(secretaryB)).toEqual([]);
    expect(offered({ kind: 'anonymous', sessionEnded: false })).toEqual([]);
    // What the stage does not allow is CONFLICT naming the stage.
    await expect(drafting.publish(em(), secretaryA, c.id)).rejects.toMatchObject({ code: 'CONFLICT', details: { stage: 'DRAFTING' } });

    const open = await drafting.openConsultation(em(), secretaryA, c.id, new Date(now.getTime() + 3_600_000));
    expect(open.stage).toBe(ConventionStage.CONSULTATION);
    expect(allowedConventionActions(open, [seed.communityA], secretaryA, now)).toEqual([ConventionAction.DECIDE_AMENDMENTS, ConventionAction.PUBLISH_VERSION]);
    await expect(drafting.openConsultation(em(), secretaryA, c.id, new Date(now.getTime() + 7_200_000))).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { stage: 'CONSULTATION' },
    });
    // Still open: the vote waits for the consultation's date, and is offered after it.
    await expect(drafting.putToVote(em(), secretaryA, c.id, new Date(Date.now() + 86_400_000))).rejects.toMatchObject({ code: 'CONFLICT' });
    now = new Date(now.getTime() + 2 * 3_600_000);
    expect(allowedConventionActions(open, [seed.communityA], secretaryA, now)).toContain(ConventionAction.PUT_TO_VOTE);
    const voting = await drafting.putToVote(em(), secretaryA, c.id, new Date(Date.now() + 86_400_000));
    expect(voting.stage).toBe(ConventionStage.VOTING);
    expect(allowedConventionActions(voting, [seed.communityA], secretaryA, now)).toEqual([]);
  });
});
