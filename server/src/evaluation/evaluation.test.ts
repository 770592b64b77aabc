import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Estate } from '../register';
import { Notice } from '../matters';
import { homesCsv, loginAs, residentsOf, seedTwoCommunities, startTestApp, type TestApp } from '../test/harness';
import { FeeCollectionRow } from './fee-collection.entity';
import { Inspection } from './inspection.entity';
import { PropertyRating } from './rating.entity';
import { ThirdPartyScore } from './third-party-score.entity';

/** The evaluation's clock: 10:00 on 10 November 2026, Beijing time; October is over. */
const now = new Date('2026-11-10T02:00:00Z');

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedTwoCommunities>>;
let residents: Array<{ homeId: string; token: string }>;
let residentB: { homeId: string; token: string };
let estateA: string;
let estateB: string;
let companyA: string;
let companyB: string;
const tokens: Record<string, string> = {};

const CARD = `kind period total grade gradeName renewalWarning rank final residentRatings standardVersion company { id name }
  dimensions { code name weight points indicators { code name weight points basis scored } }`;
const RATE = `mutation($s: [IndicatorPointsInput!]!, $c: String) { rateProperty(scores: $s, comment: $c) { ${CARD} } }`;
const INSPECT = `mutation($c: ID!, $m: String!, $s: [IndicatorPointsInput!]!, $n: String) { recordInspection(companyId: $c, month: $m, scores: $s, note: $n) { ${CARD} } }`;
const THIRD = 'mutation($csv: String!) { importThirdPartyScores(csv: $csv) { created updated errors { line message } } }';
const FEES = 'mutation($csv: String!) { importFeeCollection(csv: $csv) { created updated errors { line message } } }';
const CLOSE = `mutation($k: EvaluationPeriodKind!, $p: String!) { closeEvaluationPeriod(kind: $k, period: $p) { ${CARD} } }`;
const CARDS = `query($k: EvaluationPeriodKind!, $p: String!) { scorecards(kind: $k, period: $p) { ${CARD} } }`;
const stars = (n: number) => ['R4', 'S4', 'E4', 'M1'].map((code) => ({ code, points: n }));
const code = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;
const indicator = (card: { dimensions: Array<{ indicators: Array<{ code: string }> }> }, c: string) =>
  card.dimensions.flatMap((d) => d.indicators).find((i) => i.code === c) as { code: string; points: number; basis: string; scored: boolean };
const count = async (entity: Parameters<TestApp['orm']['em']['count']>[0]) => app.orm.em.fork().count(entity);

beforeAll(async () => {
  app = await startTestApp({}, { settings: { raisePerPavilionPerMinute: 1000, raisePerHomePerHour: 1000, now: () => now } });
  seed = await seedTwoCommunities(app);
  residents = await residentsOf(app, '甲社区', 12, '甲小区');
  [residentB] = await residentsOf(app, '乙社区', 1, '乙小区');
  for (const u of ['street', 'office-a', 'office-b', 'secretary-a', 'secretary-b']) tokens[u] = await loginAs(app, u);
  const em = app.orm.em.fork();
  estateA = String((await em.findOneOrFail(Estate, { name: '甲小区' })).id);
  estateB = String((await em.findOneOrFail(Estate, { name: '乙小区' })).id);
});
afterAll(() => app?.close());

describe('the standard', () => {
  it('has 5 dimensions and 20 indicators of 100 points, each with its source and method in words', async () => {
    const res = await app.gql(
      '{ evaluationStandard { version title dimensions { code name weight indicators { code weight source method question } } grades { grade min renewalWarning } } }',
    );
    const s = res.data.evaluationStandard;
    expect(s.version).toBe(1);
    expect(s.dimensions.map((d: { name: string }) => d.name)).toEqual(['履约能力', '响应速度', '公共安全', '环境维护', '居民满意度']);
    const all = s.dimensions.flatMap((d: { indicators: unknown[] }) => d.indicators);
    expect(all).toHaveLength(20);
    expect(all.reduce((t: number, i: { weight: number }) => t + i.weight, 0)).toBe(100);
    for (const d of s.dimensions) expect(d.weight).toBe(d.indicators.reduce((t: number, i: { weight: number }) => t + i.weight, 0));
    expect(new Set(all.map((i: { source: string }) => i.source))).toEqual(
      new Set(['INSPECTION', 'RESIDENT_RATING', 'THIRD_PARTY', 'WORK_ORDERS', 'COMPLAINTS', 'FEES']),
    );
    expect(all.filter((i: { source: string; question: string | null }) => i.source === 'RESIDENT_RATING' && i.question)).toHaveLength(4);
    expect(s.grades.find((g: { renewalWarning: boolean }) => g.renewalWarning).grade).toBe('D');
  });
});

describe('companies', () => {
  it('are set per estate by the sub-district or the estate’s office, never another office', async () => {
    const SET = 'mutation($e: ID!, $n: String) { setEstateCompany(estateId: $e, companyName: $n) { id propertyCompany company { id name } } }';
    expect(code(await app.gql(SET, { e: estateA, n: '甲物业' }, tokens['office-b']))).toBe('FORBIDDEN');
    expect(code(await app.gql(SET, { e: estateA, n: '甲物业' }))).toBe('UNAUTHENTICATED');
    const a = await app.gql(SET, { e: estateA, n: '甲物业' }, tokens['office-a']);
    expect(a.data.setEstateCompany).toMatchObject({ propertyCompany: '甲物业', company: { name: '甲物业' } });
    companyA = a.data.setEstateCompany.company.id;
    companyB = (await app.gql(SET, { e: estateB, n: '乙物业' }, tokens.street)).data.setEstateCompany.company.id;
    const list = await app.gql('{ propertyCompanies { name estates { name } } }');
    expect(list.data.propertyCompanies).toEqual([
      { name: '乙物业', estates: [{ name: '乙小区' }] },
      { name: '甲物业', estates: [{ name: '甲小区' }] },
    ]);
  });
});

describe("residents' ratings", () => {
  it('need a signed-in home of an estate with a company, and every question answered with 1 to 5 stars', async () => {
    expect(code(await app.gql(RATE, { s: stars(4) }))).toBe('UNAUTHENTICATED');
    expect(code(await app.gql(RATE, { s: stars(4) }, tokens['office-a']))).toBe('FORBIDDEN');
    expect(code(await app.gql(RATE, { s: stars(6) }, residents[0].token))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(RATE, { s: stars(4).slice(1) }, residents[0].token))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(RATE, { s: [...stars(4), { code: 'C1', points: 3 }] }, residents[0].token))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(RATE, { s: [...stars(4).slice(1), { code: 'R4', points: 2.5 }] }, residents[0].token))).toBe('BAD_USER_INPUT');
    expect(await count(PropertyRating)).toBe(0);
  });

  it('count once per home per month: rating again changes the rating', async () => {
    const first = await app.gql(RATE, { s: stars(2), c: '保洁不错' }, residents[0].token);
    expect(first.errors).toBeUndefined();
    expect(first.data.rateProperty).toMatchObject({ kind: 'MONTH', period: '2026-11', final: false, company: { name: '甲物业' } });
    const again = await app.gql(RATE, { s: stars(5) }, residents[0].token);
    expect(again.errors).toBeUndefined();
    expect(await count(PropertyRating)).toBe(1);
    const mine = await app.gql('{ myPropertyRating { month comment scores { code points } } }', {}, residents[0].token);
    expect(mine.data.myPropertyRating).toMatchObject({ month: '2026-11', comment: null });
    expect(mine.data.myPropertyRating.scores.every((s: { points: number }) => s.points === 5)).toBe(true);
  });

  it('are neither scored nor shown below 10 homes', async () => {
    for (const r of residents.slice(1, 9)) await app.gql(RATE, { s: stars(4) }, r.token);
    const nine = (await app.gql(CARDS, { k: 'MONTH', p: '2026-11' })).data.scorecards.find((c: { company: { id: string } }) => c.company.id === companyA);
    expect(nine.residentRatings).toBe(0);
    expect(indicator(nine, 'M1')).toMatchObject({ scored: false });
    expect(indicator(nine, 'M1').basis).toContain('不足10户');
    const trend = await app.gql('query($c: ID!) { propertyTrend(companyId: $c, months: 2) { month satisfaction ratingHomes } }', { c: companyA });
    expect(trend.data.propertyTrend.at(-1)).toEqual({ month: '2026-11', satisfaction: null, ratingHomes: null });

    const tenth = await app.gql(RATE, { s: stars(4) }, residents[9].token);
    const card = tenth.data.rateProperty;
    expect(card.residentRatings).toBe(10);
    // Nine homes gave 4 stars and one 5: 4.1 stars, (4.1 - 1) / 4 of the weight.
    expect(indicator(card, 'M1')).toMatchObject({ scored: true, points: Math.round(6 * (3.1 / 4) * 100) / 100 });
    expect(indicator(card, 'M1').basis).toBe('10户评价，平均4.10颗星');
    const shown = await app.gql('query($c: ID!) { propertyTrend(companyId: $c, months: 1) { satisfaction ratingHomes } }', { c: companyA });
    expect(shown.data.propertyTrend[0]).toEqual({ satisfaction: 82, ratingHomes: 10 });
  });
});

describe('complaints', () => {
  it('are one click for a signed-in resident, count toward the company, and are limited per home per day', async () => {
    const COMPLAIN = 'mutation($t: ComplaintTopic!) { complainAboutProperty(topic: $t) { id topic } }';
    expect(code(await app.gql(COMPLAIN, { t: 'CLEANING' }))).toBe('UNAUTHENTICATED');
    for (let i = 0; i < 3; i++) expect((await app.gql(COMPLAIN, { t: 'CLEANING' }, residents[11].token)).errors).toBeUndefined();
    expect(code(await app.gql(COMPLAIN, { t: 'FEES' }, residents[11].token))).toBe('RATE_LIMITED');
    const card = (await app.gql(CARDS, { k: 'MONTH', p: '2026-11' })).data.scorecards.find((c: { company: { id: string } }) => c.company.id === companyA);
    expect(indicator(card, 'M2').basis).toMatch(/^3件投诉，12户/);
  });
});

describe('inspections', () => {
  it('are recorded by the office of the estate or the sub-district, within each indicator’s weight', async () => {
    const scores = [
      { code: 'C1', points: 5 },
      { code: 'S1', points: 4.5 },
    ];
    expect(code(await app.gql(INSPECT, { c: companyA, m: '2026-11', s: scores }, tokens['office-b']))).toBe('FORBIDDEN');
    expect(code(await app.gql(INSPECT, { c: companyA, m: '2026-11', s: scores }, tokens['secretary-a']))).toBe('FORBIDDEN');
    expect(code(await app.gql(INSPECT, { c: companyA, m: '2026-11', s: [{ code: 'C1', points: 5.5 }] }, tokens['office-a']))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(INSPECT, { c: companyA, m: '2026-11', s: [{ code: 'C1', points: -1 }] }, tokens['office-a']))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(INSPECT, { c: companyA, m: '2026-11', s: [{ code: 'R4', points: 1 }] }, tokens['office-a']))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(INSPECT, { c: companyA, m: '2026-11', s: [{ code: 'X9', points: 1 }] }, tokens['office-a']))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(INSPECT, { c: companyA, m: '2026-12', s: scores }, tokens['office-a']))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(INSPECT, { c: companyA, m: '2026-13', s: scores }, tokens['office-a']))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(INSPECT, { c: '999', m: '2026-11', s: scores }, tokens['office-a']))).toBe('NOT_FOUND');
    expect(await count(Inspection)).toBe(0);

    const res = await app.gql(INSPECT, { c: companyA, m: '2026-11', s: scores, n: '消防通道畅通' }, tokens['office-a']);
    expect(res.errors).toBeUndefined();
    expect(indicator(res.data.recordInspection, 'C1')).toMatchObject({ points: 5, scored: true, basis: '1次检查，平均5分（满分5分）' });
    expect(indicator(res.data.recordInspection, 'S1')).toMatchObject({ points: 4.5 });
    const street = await app.gql(INSPECT, { c: companyA, m: '2026-11', s: [{ code: 'S1', points: 3.5 }] }, tokens.street);
    expect(indicator(street.data.recordInspection, 'S1')).toMatchObject({ points: 4, basis: '2次检查，平均4分（满分6分）' });
    // The office records again: its own check is replaced, not added.
    await app.gql(INSPECT, { c: companyA, m: '2026-11', s: [{ code: 'S1', points: 5.5 }] }, tokens['office-a']);
    expect(await count(Inspection)).toBe(2);
  });
});

describe('imports', () => {
  it("take the assessor's scores all or nothing, reporting every bad line", async () => {
    const bad = [
      'company,period,indicator_code,points',
      '甲物业,2026-Q3,S3,4.5',
      '无此物业,2026-Q3,S3,4',
      '甲物业,2026-Q3,C1,4',
      '甲物业,2026-Q3,E3,9',
      '甲物业,2027-Q1,E3,3',
      '甲物业,2026-Q3,ZZ,1',
      '甲物业,2026-Q3,S3,4',
    ];
    const res = await app.gql(THIRD, { csv: bad.join('\n') }, tokens.street);
    expect(res.data.importThirdPartyScores.errors.map((e: { line: number }) => e.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(await count(ThirdPartyScore)).toBe(0);
    expect(code(await app.gql(THIRD, { csv: bad.slice(0, 2).join('\n') }, tokens['office-a']))).toBe('FORBIDDEN');
    const good = ['company,period,indicator_code,points', '甲物业,2026-Q3,S3,4.5', '乙物业,2026-Q3,S3,2', '甲物业,2026-10,M3,4'].join('\n');
    expect((await app.gql(THIRD, { csv: good }, tokens.street)).data.importThirdPartyScores).toEqual({ created: 3, updated: 0, errors: [] });
    expect((await app.gql(THIRD, { csv: good }, tokens.street)).data.importThirdPartyScores).toEqual({ created: 0, updated: 3, errors: [] });
  });

  it('take fee collection per estate and month; an office only for its communities', async () => {
    const header = 'community,estate,month,billed_homes,paid_homes';
    const bad = [
      header,
      '甲社区,甲小区,2026-10,12,13',
      '乙社区,乙小区,2026-10,2,1',
      '甲社区,无此小区,2026-10,5,5',
      '甲社区,甲小区,2026-10,0,0',
      '甲社区,甲小区,2026-9,12,10',
    ];
    const res = await app.gql(FEES, { csv: bad.join('\n') }, tokens['office-a']);
    expect(res.data.importFeeCollection.errors.map((e: { line: number }) => e.line)).toEqual([2, 3, 4, 5, 6]);
    expect(await count(FeeCollectionRow)).toBe(0);
    const good = [header, '甲社区,甲小区,2026-09,12,3', '甲社区,甲小区,2026-10,12,11'].join('\n');
    expect((await app.gql(FEES, { csv: good }, tokens['office-a'])).data.importFeeCollection).toEqual({ created: 2, updated: 0, errors: [] });
    const fees = await app.gql('query($e: ID!) { feeCollection(estateId: $e, from: "2026-09") { month billedHomes paidHomes rate } }', { e: estateA });
    expect(fees.data.feeCollection).toEqual([
      { month: '2026-09', billedHomes: 12, paidHomes: 3, rate: 0.25 },
      { month: '2026-10', billedHomes: 12, paidHomes: 11, rate: 0.9167 },
    ]);
  });
});

describe('closing a period', () => {
  it('is for STREET_ADMIN, once the period is over; it freezes the cards and publishes the ranking', async () => {
    // September: a poor check and poor fees for 甲物业, a good one for 乙物业.
    const allInspection = ['C1', 'C2', 'C3', 'R3', 'S1', 'S2', 'E1', 'E2'];
    await app.gql(INSPECT, { c: companyA, m: '2026-09', s: allInspection.map((c) => ({ code: c, points: 1 })) }, tokens.street);
    const weights: Record<string, number> = { C1: 5, C2: 5, C3: 4, R3: 3, S1: 6, S2: 5, E1: 6, E2: 4 };
    await app.gql(INSPECT, { c: companyB, m: '2026-09', s: allInspection.map((c) => ({ code: c, points: weights[c] })) }, tokens.street);
    expect(code(await app.gql(CLOSE, { k: 'MONTH', p: '2026-09' }, tokens['office-a']))).toBe('FORBIDDEN');
    expect(code(await app.gql(CLOSE, { k: 'MONTH', p: '2026-11' }, tokens.street))).toBe('CONFLICT');
    expect(code(await app.gql(CLOSE, { k: 'QUARTER', p: '2026-Q4' }, tokens.street))).toBe('CONFLICT');
    expect(code(await app.gql(CLOSE, { k: 'MONTH', p: '2026-Q3' }, tokens.street))).toBe('BAD_USER_INPUT');
    const noticesBefore = await count(Notice);

    const closed = await app.gql(CLOSE, { k: 'MONTH', p: '2026-09' }, tokens.street);
    expect(closed.errors).toBeUndefined();
    const cards = closed.data.closeEvaluationPeriod;
    expect(cards.map((c: { company: { name: string } }) => c.company.name)).toEqual(['乙物业', '甲物业']);
    expect(cards.map((c: { rank: number }) => c.rank)).toEqual([1, 2]);
    expect(cards.every((c: { final: boolean }) => c.final)).toBe(true);
    expect(cards[1]).toMatchObject({ grade: 'D', renewalWarning: true });
    expect(await count(Notice)).toBe(noticesBefore + 2);
    const notices = await app.gql('query($c: ID!) { notices(communityId: $c) { kind title body matter { id } } }', { c: String(seed.communityA) });
    expect(notices.data.notices[0]).toMatchObject({ kind: 'EVALUATION', title: '2026年9月物业服务考评结果', matter: null });
    expect(notices.data.notices[0].body).toContain('续约预警：甲物业');

    expect(code(await app.gql(CLOSE, { k: 'MONTH', p: '2026-09' }, tokens.street))).toBe('CONFLICT');
    // Frozen: a later check, fee line or assessor's score for September changes nothing.
    expect(code(await app.gql(INSPECT, { c: companyA, m: '2026-09', s: [{ code: 'C1', points: 5 }] }, tokens.street))).toBe('CONFLICT');
    const fee = await app.gql(FEES, { csv: 'community,estate,month,billed_homes,paid_homes\n甲社区,甲小区,2026-09,12,12' }, tokens.street);
    expect(fee.data.importFeeCollection.errors[0].message).toContain('closed');
    const monthly = await app.gql(THIRD, { csv: 'company,period,indicator_code,points\n甲物业,2026-09,E3,5' }, tokens.street);
    expect(monthly.data.importThirdPartyScores.errors[0].message).toContain('2026-09 is closed');
    // A quarter's assessment belongs to the quarter's card: closing its months one by one leaves it open.
    const quarterly = await app.gql(THIRD, { csv: 'company,period,indicator_code,points\n甲物业,2026-Q3,E3,5' }, tokens.street);
    expect(quarterly.data.importThirdPartyScores.errors).toEqual([]);
    const again = (await app.gql(CARDS, { k: 'MONTH', p: '2026-09' })).data.scorecards;
    expect(again).toEqual(cards);
  });

  it("freezes a quarter's assessment, and the scores of the months inside it, when the quarter closes", async () => {
    const closed = await app.gql(CLOSE, { k: 'QUARTER', p: '2026-Q3' }, tokens.street);
    expect(closed.errors).toBeUndefined();
    const E3 = indicator(
      closed.data.closeEvaluationPeriod.find((c: { company: { name: string } }) => c.company.name === '甲物业'),
      'E3',
    );
    expect(E3.basis).toContain('第三方评估');
    for (const line of ['甲物业,2026-Q3,E3,4', '甲物业,2026-08,E3,4']) {
      const res = await app.gql(THIRD, { csv: `company,period,indicator_code,points\n${line}` }, tokens.street);
      expect(res.data.importThirdPartyScores.errors[0].message).toContain('2026-Q3 is closed');
    }
  });

  it('lets a warning grade go to the owners of the estate as a matter, with the scorecard attached', async () => {
    const OPEN = `mutation($c: ID!, $e: ID!, $k: EvaluationPeriodKind!, $p: String!) {
      openPropertyReview(companyId: $c, estateId: $e, kind: $k, period: $p) { id title category status propertyScorecard { grade total period company { name } } } }`;
    const vars = { c: companyA, e: estateA, k: 'MONTH', p: '2026-09' };
    expect(code(await app.gql(OPEN, vars, tokens['secretary-b']))).toBe('FORBIDDEN');
    expect(code(await app.gql(OPEN, { ...vars, c: companyB, e: estateB }, tokens['office-b']))).toBe('CONFLICT');
    expect(code(await app.gql(OPEN, { ...vars, e: estateB }, tokens.street))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(OPEN, { ...vars, p: '2026-08' }, tokens['secretary-a']))).toBe('CONFLICT');
    const res = await app.gql(OPEN, vars, tokens['secretary-a']);
    expect(res.errors).toBeUndefined();
    expect(res.data.openPropertyReview).toMatchObject({
      title: '是否续聘甲物业（甲小区）',
      category: 'PROPERTY',
      status: 'SUBMITTED',
      propertyScorecard: { grade: 'D', period: '2026-09', company: { name: '甲物业' } },
    });
    const matter = await app.gql('query($id: ID!) { matter(id: $id) { allowedActions } }', { id: res.data.openPropertyReview.id }, tokens['secretary-a']);
    expect(matter.data.matter.allowedActions).toContain('TRIAGE');
    expect(code(await app.gql(OPEN, vars, tokens['office-a']))).toBe('CONFLICT');
  });
});

describe('the public scorecards', () => {
  it('are served from the response cache until something changes', async () => {
    const q = 'query { scorecards(kind: QUARTER, period: "2026-Q4") { total company { name } } }';
    const first = await app.gql(q);
    const hits = app.publicCache.hits;
    expect((await app.gql(q)).data).toEqual(first.data);
    expect(app.publicCache.hits).toBe(hits + 1);
    await app.gql(RATE, { s: stars(1) }, residents[10].token);
    const after = await app.gql(q);
    expect(app.publicCache.hits).toBe(hits + 1);
    expect(after.data).not.toEqual(first.data);
  });

  it('refuse a period that has not begun or is not written like its kind', async () => {
    expect(code(await app.gql(CARDS, { k: 'YEAR', p: '2027' }))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(CARDS, { k: 'QUARTER', p: '2026-Q5' }))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(CARDS, { k: 'MONTH', p: '2026-1' }))).toBe('BAD_USER_INPUT');
  });

  it('a resident of an estate without a company cannot rate', async () => {
    const em = app.orm.em.fork();
    await em.nativeUpdate(Estate, { id: Number(estateB) }, { company: null });
    expect(code(await app.gql(RATE, { s: stars(3) }, residentB.token))).toBe('BAD_USER_INPUT');
  });
});

describe('a revised standard', () => {
  const STANDARD = `{ evaluationStandard { version title dimensions { code name indicators { code name weight source method question measure } } grades { grade name min consequence feeFloat renewalWarning } } }`;
  const PUBLISH = 'mutation($i: EvaluationStandardInput!) { publishEvaluationStandard(input: $i) { version dimensions { indicators { code weight } } } }';

  it('is published by STREET_ADMIN as the next version, whole and adding to 100; closed periods keep theirs', async () => {
    const current = (await app.gql(STANDARD)).data.evaluationStandard;
    const input = {
      title: current.title,
      grades: current.grades,
      dimensions: current.dimensions.map((d: { code: string; name: string; indicators: Array<Record<string, unknown>> }) => ({
        code: d.code,
        name: d.name,
        indicators: d.indicators.map((i) => ({ ...i, weight: i.code === 'C1' ? 4 : i.code === 'C4' ? 7 : i.weight })),
      })),
    };
    type DimensionIn = { code: string; name: string; indicators: Array<Record<string, unknown>> };
    const unbalanced = {
      ...input,
      dimensions: (input.dimensions as DimensionIn[]).map((d) =>
        d.code === 'CONTRACT' ? { ...d, indicators: d.indicators.map((i) => (i.code === 'C4' ? { ...i, weight: 6 } : i)) } : d,
      ),
    };
    expect(code(await app.gql(PUBLISH, { i: input }, tokens['office-a']))).toBe('FORBIDDEN');
    const bad = await app.gql(PUBLISH, { i: unbalanced }, tokens.street);
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toContain('weights add up to 99');
    const res = await app.gql(PUBLISH, { i: input }, tokens.street);
    expect(res.errors).toBeUndefined();
    expect(res.data.publishEvaluationStandard.version).toBe(2);
    const open = (await app.gql(CARDS, { k: 'MONTH', p: '2026-11' })).data.scorecards[0];
    expect(open.standardVersion).toBe(2);
    expect(open.dimensions[0].indicators.find((i: { code: string }) => i.code === 'C4').weight).toBe(7);
    const closed = (await app.gql(CARDS, { k: 'MONTH', p: '2026-09' })).data.scorecards[0];
    expect(closed.standardVersion).toBe(1);
    expect(closed.dimensions[0].indicators.find((i: { code: string }) => i.code === 'C4').weight).toBe(6);
  });
});

describe('imports of whole files', () => {
  /** Every month from January 2001, for `count` months. */
  const months = (count: number) => Array.from({ length: count }, (_, i) => `${2001 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

  it('take a fee file of 2,000 lines and an assessor’s file of 2,000 lines, past the 10,000-character cap of ordinary text', async () => {
    // Eight estates with a company, 250 months each.
    const estates = ['甲小区'];
    for (let i = 1; i < 8; i++) {
      const name = `费用${i}号小区`;
      const imported = await app.gql(
        'mutation($csv: String!) { importHomes(csv: $csv) { errors { message } } }',
        { csv: homesCsv('甲社区', { estate: name, floors: 1 }) },
        tokens.street,
      );
      expect(imported.data.importHomes.errors).toEqual([]);
      const id = String((await app.orm.em.fork().findOneOrFail(Estate, { name })).id);
      const set = await app.gql(
        'mutation($e: ID!, $n: String) { setEstateCompany(estateId: $e, companyName: $n) { id } }',
        { e: id, n: '甲物业' },
        tokens.street,
      );
      expect(set.errors).toBeUndefined();
      estates.push(name);
    }
    const fees = ['community,estate,month,billed_homes,paid_homes', ...estates.flatMap((e) => months(250).map((m) => `甲社区,${e},${m},100,90`))];
    expect(fees.length).toBe(2001);
    const feeRes = await app.gql(FEES, { csv: fees.join('\n') }, tokens.street);
    expect(feeRes.errors).toBeUndefined();
    expect(feeRes.data.importFeeCollection).toEqual({ created: 2000, updated: 0, errors: [] });

    // Two companies, the three assessed indicators, months and quarters of past years, none closed.
    const periods = [...Array.from({ length: 312 }, (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`)];
    periods.push(...Array.from({ length: 22 }, (_, i) => `${2000 + Math.floor(i / 4)}-Q${(i % 4) + 1}`));
    const third = ['company,period,indicator_code,points'];
    for (const company of ['甲物业', '乙物业'])
      for (const indicator of ['S3', 'E3', 'M3']) for (const p of periods) third.push(`${company},${p},${indicator},4`);
    third.length = 2001;
    const thirdRes = await app.gql(THIRD, { csv: third.join('\n') }, tokens.street);
    expect(thirdRes.errors).toBeUndefined();
    expect(thirdRes.data.importThirdPartyScores.errors.slice(0, 3)).toEqual([]);
    expect(thirdRes.data.importThirdPartyScores).toMatchObject({ created: 2000, errors: [] });
  });
});
