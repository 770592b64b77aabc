import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffViewer } from '../common/actor';
import { seedTwoCommunities, staffViewerOf, startTestApp, type TestApp } from '../test/harness';
import { ServiceTeamKind, WorkOrderAction, WorkOrderStatus } from './enums';
import { allowedOrderActions } from './allowed-actions';
import { createTeam } from './team-setup';

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;
let office: StaffViewer;
let member: StaffViewer;
let otherOffice: StaffViewer;
const now = () => app.services.serviceCentre.clock();

/** A staff member's viewer as sign-in makes it (teams and communities from the database). */
const viewer = (username: string): Promise<StaffViewer> => staffViewerOf(app, username);

beforeAll(async () => {
  app = await startTestApp();
  seed = await seedTwoCommunities(app);
  await createTeam(app.orm.em.fork(), app.services.auth, {
    communityId: seed.communityA,
    name: '甲设施维修队',
    kind: ServiceTeamKind.REPAIR,
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    members: [{ username: 'fix-a', displayName: '维修员', password: 'team-pass-1' }],
  });
  [office, member, otherOffice] = await Promise.all([viewer('office-a'), viewer('fix-a'), viewer('office-b')]);
});
afterAll(() => app?.close());

/** The service centre's main use case through its services on a real database: no HTTP, no GraphQL. */
describe('the work-order loop, through its services', () => {
  it('reports, dispatches to the team on duty, is taken, finished, sent back once, checked, and rated by code; each step only when allowed', async () => {
    const { reporting, flow, byCode } = app.services.serviceCentre;
    const em = () => app.orm.em.fork();
    const reported = await reporting.report(
      em(),
      { kind: 'anonymous', sessionEnded: false },
      { pavilionId: seed.pavilionA, itemCode: 'FAC-01', note: '楼道灯不亮' },
    );
    expect(reported.status).toBe(WorkOrderStatus.DISPATCHED);
    const id = reported.id;
    expect(allowedOrderActions(reported, member, now())).toEqual(
      expect.arrayContaining([WorkOrderAction.ACKNOWLEDGE, WorkOrderAction.NOTE, WorkOrderAction.URGE]),
    );
    expect(allowedOrderActions(reported, otherOffice, now())).toEqual([WorkOrderAction.URGE]);

    // Out of order: CONFLICT naming the status; another community's office: FORBIDDEN.
    await expect(flow.finish(em(), member, id, '修好了')).rejects.toMatchObject({ code: 'CONFLICT', details: { status: 'DISPATCHED' } });
    await expect(flow.check(em(), otherOffice, id, true)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    expect((await flow.acknowledge(em(), member, id)).status).toBe(WorkOrderStatus.ACKNOWLEDGED);
    expect((await flow.finish(em(), member, id, '换了灯泡')).status).toBe(WorkOrderStatus.AWAITING_CHECK);
    expect((await flow.check(em(), office, id, false, '还是不亮')).status).toBe(WorkOrderStatus.ACKNOWLEDGED);
    await flow.finish(em(), member, id, '换了镇流器');
    const done = await flow.check(em(), office, id, true);
    expect(done.status).toBe(WorkOrderStatus.DONE);
    expect(allowedOrderActions(done, office, now())).toEqual(expect.arrayContaining([WorkOrderAction.REOPEN, WorkOrderAction.RATE]));

    const rated = await byCode.rate(em(), reported.trackingCode, 4, 5);
    expect(rated).toMatchObject({ ratingSpeed: 4, ratingQuality: 5 });
    await expect(byCode.rate(em(), reported.trackingCode, 5, 5)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
