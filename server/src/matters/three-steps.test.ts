import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, StaffViewer } from '../common/actor';
import { Meeting } from '../meetings';
import { seedTwoCommunities, staffViewerOf, startTestApp, type TestApp } from '../test/harness';
import { MatterCategory, MatterEventKind, MatterStatus, ResolutionOutcome, TriageDecision } from './enums';
import { Matter } from './matter.entity';

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;
let secretary: StaffViewer;
let office: StaffViewer;
let otherSecretary: StaffViewer;
const anonymous: Actor = { kind: 'anonymous', sessionEnded: false };

beforeAll(async () => {
  app = await startTestApp();
  seed = await seedTwoCommunities(app);
  secretary = await staffViewerOf(app, 'secretary-a');
  office = await staffViewerOf(app, 'office-a');
  otherSecretary = await staffViewerOf(app, 'secretary-b');
});
afterAll(() => app?.close());

/** 一事三步法 through the matters' and meetings' services on a real database: no HTTP. */
describe('a matter through its three steps, through the services', () => {
  it('is raised, triaged, put on a meeting, resolved, carried out and completed, with its timeline; wrong roles and steps are refused', async () => {
    const em = () => app.orm.em.fork();
    const { raising, deliberation, execution } = app.services.matters;
    const m = await raising.raise(em(), anonymous, {
      pavilionId: seed.pavilionA,
      category: MatterCategory.PARKING,
      title: '小区停车位不够',
      description: '晚上车停满了消防通道',
    });
    expect(m.status).toBe(MatterStatus.SUBMITTED);

    // Only the community's own branch triages; the office does not.
    await expect(deliberation.triage(em(), otherSecretary, m.id, TriageDecision.DELIBERATE)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(deliberation.triage(em(), office, m.id, TriageDecision.DELIBERATE)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // A resolution before deliberation names the status it is in.
    await expect(deliberation.recordResolution(em(), secretary, m.id, { summary: '划定临时车位', outcome: ResolutionOutcome.EXECUTE })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await deliberation.triage(em(), secretary, m.id, TriageDecision.DELIBERATE);

    const meeting = await app.services.meetings.schedule(em(), secretary, {
      pavilionId: seed.pavilionA,
      title: '十二月议事会',
      startsAt: new Date('2026-12-10T11:30:00Z'),
      matterIds: [m.id],
    });
    await app.services.meetings.recordMinutes(em(), secretary, meeting.id, 18, '同意划定临时车位');
    expect(await em().findOneOrFail(Meeting, meeting.id)).toMatchObject({ attendance: 18, minutes: '同意划定临时车位' });

    await deliberation.recordResolution(em(), secretary, m.id, { summary: '划定临时车位，清理消防通道', outcome: ResolutionOutcome.EXECUTE });
    await expect(execution.reportProgress(em(), office, m.id, 101, '已完成')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await execution.reportProgress(em(), office, m.id, 50, '已划线二十个车位');
    const done = await execution.complete(em(), office, m.id, '车位划定，通道畅通');
    expect(done.status).toBe(MatterStatus.COMPLETED);
    await expect(execution.complete(em(), office, m.id, '再次办结')).rejects.toMatchObject({ code: 'CONFLICT' });
    await execution.rate(em(), m.trackingCode, 5, '很及时');

    const saved = await em().findOneOrFail(Matter, m.id, { populate: ['events'] });
    const kinds = saved.events
      .getItems()
      .sort((a, b) => a.id - b.id)
      .map((e) => e.kind);
    expect(kinds).toEqual([
      MatterEventKind.RAISED,
      MatterEventKind.TRIAGED,
      MatterEventKind.SCHEDULED,
      MatterEventKind.RESOLVED,
      MatterEventKind.PROGRESS,
      MatterEventKind.COMPLETED,
      MatterEventKind.RATED,
    ]);
    // The meeting's time as residents read it on the public timeline.
    expect(saved.events.getItems().find((e) => e.kind === MatterEventKind.SCHEDULED)!.note).toBe('十二月议事会 · 2026年12月10日 19:30');
  });
});
