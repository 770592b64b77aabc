import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffViewer } from '../common/actor';
import { seedTwoCommunities, staffViewerOf, startTestApp, type TestApp } from '../test/harness';
import { JointUnitKind } from './enums';

let app: TestApp;
let street: StaffViewer;
let office: StaffViewer;
let now = new Date('2026-11-20T02:00:00Z');

beforeAll(async () => {
  app = await startTestApp({}, { settings: { now: () => now } });
  await seedTwoCommunities(app);
  street = await staffViewerOf(app, 'street');
  office = await staffViewerOf(app, 'office-a');
});
afterAll(() => app?.close());

/** Joint meetings' main use case through their service on a real database: units meet, take on a problem, and solve it on time. */
describe('a joint meeting, through its service', () => {
  it('records the meeting of the units, a problem led by one of them, its solution, and the figures per unit', async () => {
    const em = () => app.orm.em.fork();
    const joint = app.services.joint;
    await expect(joint.addUnit(em(), office, '甲社区', JointUnitKind.COMMUNITY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const community = await joint.addUnit(em(), street, '甲社区', JointUnitKind.COMMUNITY);
    const school = await joint.addUnit(em(), street, '莲花小学', JointUnitKind.SCHOOL);
    await expect(joint.addUnit(em(), street, '莲花小学', JointUnitKind.SCHOOL)).rejects.toMatchObject({ code: 'CONFLICT' });

    await expect(joint.recordMeeting(em(), street, '2026-Q4', new Date('2026-11-19T06:00:00Z'), [community.id])).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'attendeeIds' },
    });
    const meeting = await joint.recordMeeting(em(), street, '2026-Q4', new Date('2026-11-19T06:00:00Z'), [community.id, school.id], '上学路段拥堵');
    const problem = await joint.addProblem(em(), street, {
      meetingId: meeting.id,
      title: '上学时段校门口拥堵',
      leadUnitId: school.id,
      partnerIds: [community.id],
      dueBy: new Date('2026-12-19T06:00:00Z'),
    });
    now = new Date('2026-12-01T02:00:00Z');
    const solved = await joint.solve(em(), street, problem.id, '错峰放学，社区志愿者疏导');
    expect(solved.solvedAt).toEqual(now);
    await expect(joint.solve(em(), street, problem.id, '再解决一次')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await joint.figures(em())).toEqual([{ unitId: school.id, raised: 1, solved: 1, solvedOnTime: 1 }]);
  });
});
