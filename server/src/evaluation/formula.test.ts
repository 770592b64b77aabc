import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EvaluationPeriodKind, IndicatorSource } from './enums';
import { monthOf, parsePeriod, touchingLabels } from './period';
import { MIN_RATING_HOMES, rank, scoreCard, type Evidence, type Sum } from './scoring';
import { gradeOf, indicatorsOf, standardProblem, TOTAL_POINTS } from './standard';
import { STANDARD_V1 } from './standard-seed';

const indicators = indicatorsOf(STANDARD_V1);
const codesOf = (source: IndicatorSource) => indicators.filter((i) => i.source === source);

/** Any evidence a period may hold, including none at all and extreme values. */
const sumOf = (lo: number, hi: number) =>
  fc.option(
    fc.integer({ min: 1, max: 500 }).chain((count) => fc.integer({ min: lo * count, max: hi * count }).map((sum): Sum => ({ sum, count }))),
    { nil: undefined },
  );
const evidence: fc.Arbitrary<Evidence> = fc
  .record({
    ratings: fc.tuple(...codesOf(IndicatorSource.RESIDENT_RATING).map(() => sumOf(1, 5))),
    ratingHomes: fc.integer({ min: 0, max: 2000 }),
    inspections: fc.tuple(...codesOf(IndicatorSource.INSPECTION).map((i) => sumOf(0, i.weight * 100))),
    thirdParty: fc.tuple(...codesOf(IndicatorSource.THIRD_PARTY).map((i) => sumOf(0, i.weight * 100))),
    orders: fc.record({ reported: fc.nat(400), done: fc.nat(400), rated: fc.nat(400) }).chain((o) =>
      fc.record({
        reported: fc.constant(o.reported),
        respondedOnTime: fc.integer({ min: 0, max: o.reported }),
        done: fc.constant(o.done),
        doneOnTime: fc.integer({ min: 0, max: o.done }),
        rated: fc.constant(o.rated),
        ratingSum: fc.integer({ min: o.rated, max: o.rated * 5 }),
      }),
    ),
    complaints: fc.nat(500),
    homes: fc.nat(3000),
    fees: fc.nat(3000).chain((billed) => fc.record({ billed: fc.constant(billed), paid: fc.integer({ min: 0, max: billed }) })),
  })
  .map((r) => {
    const toMap = (source: IndicatorSource, values: Array<Sum | undefined>) =>
      new Map(codesOf(source).flatMap((i, k) => (values[k] ? [[i.code, values[k]!] as [string, Sum]] : [])));
    return {
      ...r,
      ratings: toMap(IndicatorSource.RESIDENT_RATING, r.ratings),
      inspections: toMap(IndicatorSource.INSPECTION, r.inspections),
      thirdParty: toMap(IndicatorSource.THIRD_PARTY, r.thirdParty),
    };
  });
const months = fc.constantFrom(1, 3, 12);

describe('the formula', () => {
  it('has weights of whole points adding to 100 in 5 dimensions and 20 indicators', () => {
    expect(standardProblem(STANDARD_V1)).toBeNull();
    expect(STANDARD_V1.dimensions).toHaveLength(5);
    expect(indicators).toHaveLength(20);
    expect(indicators.reduce((t, i) => t + i.weight, 0)).toBe(TOTAL_POINTS);
    expect(standardProblem({ ...STANDARD_V1, dimensions: STANDARD_V1.dimensions.slice(1) })).toMatch(/weights add up to 80/);
  });

  it('never gives an indicator less than 0 or more than its weight, nor a total above 100', () => {
    fc.assert(
      fc.property(evidence, months, (e, m) => {
        const card = scoreCard(STANDARD_V1, e, m);
        for (const [d, dim] of card.dimensions.entries()) {
          const spec = STANDARD_V1.dimensions[d];
          for (const [k, i] of dim.indicators.entries()) {
            expect(i.points).toBeGreaterThanOrEqual(0);
            expect(i.points).toBeLessThanOrEqual(spec.indicators[k].weight);
          }
          expect(dim.points).toBeLessThanOrEqual(spec.indicators.reduce((t, i) => t + i.weight, 0));
        }
        expect(card.total).toBeGreaterThanOrEqual(0);
        expect(card.total).toBeLessThanOrEqual(100);
        expect(card.grade).toBe(gradeOf(STANDARD_V1, card.total).grade);
      }),
      { numRuns: 500 },
    );
  });

  it('never scores or shows the ratings of fewer than 10 homes', () => {
    fc.assert(
      fc.property(evidence, fc.integer({ min: 0, max: MIN_RATING_HOMES - 1 }), (e, homes) => {
        const card = scoreCard(STANDARD_V1, { ...e, ratingHomes: homes }, 1);
        expect(card.residentRatings).toBe(0);
        for (const i of card.dimensions.flatMap((d) => d.indicators).filter((x) => codesOf(IndicatorSource.RESIDENT_RATING).some((r) => r.code === x.code)))
          expect(i.scored).toBe(false);
      }),
    );
  });

  it('ranks the same companies the same way whatever order they come in', () => {
    fc.assert(
      fc.property(fc.array(evidence, { minLength: 1, maxLength: 12 }), fc.integer(), (list, seed) => {
        const cards = list.map((e, k) => ({ companyId: k + 1, card: scoreCard(STANDARD_V1, e, 1) }));
        const shuffled = [...cards].sort((a, b) => ((a.companyId * 7919 + seed) % 13) - ((b.companyId * 7919 + seed) % 13));
        expect(rank(shuffled).map((c) => c.companyId)).toEqual(rank(cards).map((c) => c.companyId));
        const totals = rank(cards).map((c) => c.card.total);
        expect(totals).toEqual([...totals].sort((a, b) => b - a));
      }),
    );
  });

  it('counts an indicator without a basis at the rate the company earned on the others', () => {
    const e: Evidence = {
      ratings: new Map(),
      ratingHomes: 0,
      inspections: new Map(codesOf(IndicatorSource.INSPECTION).map((i) => [i.code, { sum: i.weight * 50, count: 1 }])),
      thirdParty: new Map(),
      orders: { reported: 0, respondedOnTime: 0, done: 0, doneOnTime: 0, rated: 0, ratingSum: 0 },
      complaints: 0,
      homes: 0,
      fees: { billed: 0, paid: 0 },
    };
    const card = scoreCard(STANDARD_V1, e, 1);
    expect(card.total).toBe(50);
    expect(card.dimensions.flatMap((d) => d.indicators).find((i) => i.code === 'M1')).toMatchObject({ points: 3, scored: false });
  });
});

describe('periods', () => {
  it('are months, quarters and years of Beijing time', () => {
    const q = parsePeriod(EvaluationPeriodKind.QUARTER, '2026-Q4');
    expect(q.months).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(q.start.toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(q.end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(monthOf(new Date('2026-10-31T16:30:00Z'))).toBe('2026-11');
    expect(touchingLabels(parsePeriod(EvaluationPeriodKind.MONTH, '2026-11'))).toEqual(['2026-11', '2026-Q4', '2026']);
    expect(() => parsePeriod(EvaluationPeriodKind.YEAR, '26')).toThrow(/written like 2026/);
  });
});
