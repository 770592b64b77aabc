import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffViewer } from '../common/actor';
import { Estate, IMPORT_HEADER } from '../register';
import { everyone, seedTwoCommunities, staffViewerOf, startTestApp, type TestApp } from '../test/harness';
import { EvaluationPeriodKind } from './enums';

let app: TestApp;
let street: StaffViewer;
let officeA: StaffViewer;
let officeB: StaffViewer;
let estateId: number;
let now = new Date('2026-11-20T02:00:00Z');

beforeAll(async () => {
  app = await startTestApp({}, { settings: { now: () => now } });
  await seedTwoCommunities(app);
  const csv = [IMPORT_HEADER, '甲社区,考评小区,1栋,1单元,1,101,80,P1'].join('\n');
  expect((await app.services.register.importHomes(app.orm.em.fork(), everyone, csv)).errors).toEqual([]);
  const em = app.orm.em.fork();
  estateId = (await em.findOneOrFail(Estate, { name: '考评小区' })).id;
  const viewer = (username: string) => staffViewerOf(app, username);
  street = await viewer('street');
  officeA = await viewer('office-a');
  officeB = await viewer('office-b');
});
afterAll(() => app?.close());

/** The evaluation's main use case through its services on a real database: a company, a month's check, its live card, the closing that freezes it. */
describe("a month of a property company's evaluation, through the services", () => {
  it('sets the company of an estate, scores a check, shows the live card, closes the month and then refuses changes to it', async () => {
    const em = () => app.orm.em.fork();
    const { companies, inspections, scorecards } = app.services.evaluation;
    await app.services.evaluation.standards.ensureSeeded(em());
    await expect(companies.setEstateCompany(em(), officeB, estateId, '考评物业')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const estate = await companies.setEstateCompany(em(), officeA, estateId, '考评物业');
    const companyId = estate.company!.id;

    // A check is recorded for this month or one before, never ahead.
    await expect(inspections.record(em(), officeA, companyId, '2026-12', [{ code: 'C1', points: 5 }])).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await inspections.record(em(), officeA, companyId, '2026-10', [{ code: 'C1', points: 5 }], '人员在岗');
    const live = await scorecards.scorecard(em(), companyId, EvaluationPeriodKind.MONTH, '2026-10');
    expect(live).toMatchObject({ companyId, final: false, rank: 1 });
    const c1 = live!.card.dimensions.flatMap((d) => d.indicators).find((i) => i.code === 'C1');
    expect(c1).toMatchObject({ points: 5, scored: true });

    // Only the sub-district closes a period; closing freezes the card and refuses a second closing and later checks.
    await expect(scorecards.close(em(), officeA, EvaluationPeriodKind.MONTH, '2026-10')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const closed = await scorecards.close(em(), street, EvaluationPeriodKind.MONTH, '2026-10');
    expect(closed.map((c) => [c.companyId, c.final])).toEqual([[companyId, true]]);
    await expect(scorecards.close(em(), street, EvaluationPeriodKind.MONTH, '2026-10')).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(inspections.record(em(), officeA, companyId, '2026-10', [{ code: 'C1', points: 1 }])).rejects.toMatchObject({ code: 'CONFLICT' });
    now = new Date('2026-12-02T02:00:00Z');
    const frozen = await scorecards.scorecard(em(), companyId, EvaluationPeriodKind.MONTH, '2026-10');
    expect(frozen).toMatchObject({ final: true, card: { total: live!.card.total } });
  });
});
