import { IndicatorSource, OrderMeasure } from './enums';
import type { IndicatorSpec, StandardBody } from './standard-seed';
import { dimensionWeight, gradeOf } from './standard';

/** The ratings of fewer homes than this are neither scored nor shown. */
export const MIN_RATING_HOMES = 10;
/** Fee collection at or above this earns full points, at or below FEE_ZERO none. */
export const FEE_FULL = 0.95;
export const FEE_ZERO = 0.6;
/** Complaints per 100 homes per year at which the complaints indicator earns nothing. */
export const COMPLAINTS_ZERO = 3;

export interface Sum {
  sum: number;
  count: number;
}

/** What a company's scorecard for a period is computed from. */
export interface Evidence {
  /** Stars per RESIDENT_RATING indicator, and how many homes rated. */
  ratings: Map<string, Sum>;
  ratingHomes: number;
  /** Hundredths of points per INSPECTION indicator over the period's checks. */
  inspections: Map<string, Sum>;
  thirdParty: Map<string, Sum>;
  orders: { reported: number; respondedOnTime: number; done: number; doneOnTime: number; rated: number; ratingSum: number };
  complaints: number;
  homes: number;
  fees: { billed: number; paid: number };
}

export const emptyEvidence = (): Evidence => ({
  ratings: new Map(),
  ratingHomes: 0,
  inspections: new Map(),
  thirdParty: new Map(),
  orders: { reported: 0, respondedOnTime: 0, done: 0, doneOnTime: 0, rated: 0, ratingSum: 0 },
  complaints: 0,
  homes: 0,
  fees: { billed: 0, paid: 0 },
});

export interface ScoredIndicator {
  code: string;
  points: number;
  basis: string;
  /** False when the period had no basis for it and it counts at the rate of the others. */
  scored: boolean;
}

export interface ScoredDimension {
  code: string;
  points: number;
  indicators: ScoredIndicator[];
}

export interface ScoredCard {
  total: number;
  grade: string;
  gradeName: string;
  consequence: string;
  feeFloat: string;
  renewalWarning: boolean;
  residentRatings: number;
  dimensions: ScoredDimension[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const clamp01 = (n: number) => Math.min(1, Math.max(0, n));
const pct = (n: number) => `${round2(n * 100)}%`;
const stars = (s: Sum) => round2(s.sum / s.count).toFixed(2);

/** An indicator's share of its weight (0..1) and its basis in words, or null without a basis. */
function share(i: IndicatorSpec, e: Evidence, months: number): { share: number; basis: string } | null {
  const { code, source } = i;
  switch (source) {
    case IndicatorSource.RESIDENT_RATING: {
      const s = e.ratings.get(code);
      if (e.ratingHomes < MIN_RATING_HOMES || !s?.count) return null;
      return { share: clamp01((s.sum / s.count - 1) / 4), basis: `${e.ratingHomes}户评价，平均${stars(s)}颗星` };
    }
    case IndicatorSource.INSPECTION:
    case IndicatorSource.THIRD_PARTY: {
      const s = (source === IndicatorSource.INSPECTION ? e.inspections : e.thirdParty).get(code);
      if (!s?.count) return null;
      const avg = s.sum / s.count / 100;
      const who = source === IndicatorSource.INSPECTION ? `${s.count}次检查` : `第三方评估${s.count}次`;
      return { share: clamp01(avg / i.weight), basis: `${who}，平均${round2(avg)}分（满分${i.weight}分）` };
    }
    case IndicatorSource.WORK_ORDERS: {
      const o = e.orders;
      if (i.measure === OrderMeasure.RESPOND_ON_TIME) {
        if (!o.reported) return null;
        return { share: o.respondedOnTime / o.reported, basis: `${o.reported}单报修中${o.respondedOnTime}单按时响应` };
      }
      if (i.measure === OrderMeasure.RESOLVE_ON_TIME) {
        if (!o.done) return null;
        return { share: o.doneOnTime / o.done, basis: `${o.done}单办结中${o.doneOnTime}单按时办结` };
      }
      if (!o.rated) return null;
      return { share: clamp01((o.ratingSum / o.rated - 1) / 4), basis: `${o.rated}单报修评价，平均${round2(o.ratingSum / o.rated).toFixed(2)}颗星` };
    }
    case IndicatorSource.COMPLAINTS: {
      if (!e.homes) return null;
      const perYear = (e.complaints / e.homes) * 100 * (12 / months);
      return { share: clamp01(1 - perYear / COMPLAINTS_ZERO), basis: `${e.complaints}件投诉，${e.homes}户，折合每百户每年${round2(perYear)}件` };
    }
    case IndicatorSource.FEES: {
      if (!e.fees.billed) return null;
      const rate = e.fees.paid / e.fees.billed;
      return { share: clamp01((rate - FEE_ZERO) / (FEE_FULL - FEE_ZERO)), basis: `收缴率${pct(rate)}（${e.fees.paid}/${e.fees.billed}户次）` };
    }
  }
}

/**
 * The published formula: each indicator earns its weight times its share; an indicator without a
 * basis in the period counts at the rate the company earned on the indicators that had one, so a
 * missing inspection neither sinks nor lifts a company. Points are rounded to hundredths.
 */
export function scoreCard(standard: StandardBody, e: Evidence, months: number): ScoredCard {
  const found = standard.dimensions.map((d) => d.indicators.map((i) => ({ i, s: share(i, e, months) })));
  let earned = 0;
  let weighed = 0;
  for (const row of found)
    for (const { i, s } of row)
      if (s) {
        earned += i.weight * s.share;
        weighed += i.weight;
      }
  const rate = weighed ? earned / weighed : 0;
  const rateWords = weighed ? `按其余指标得分率${pct(rate)}计` : '本期暂无任何数据';
  const dimensions = standard.dimensions.map((d, di) => {
    const indicators = found[di].map(({ i, s }) => ({
      code: i.code,
      points: Math.min(i.weight, round2(i.weight * (s ? s.share : rate))),
      basis: s ? s.basis : `${i.source === IndicatorSource.RESIDENT_RATING ? `不足${MIN_RATING_HOMES}户评价` : '本期无数据'}，${rateWords}`,
      scored: !!s,
    }));
    return { code: d.code, points: Math.min(dimensionWeight(d), round2(indicators.reduce((t, x) => t + x.points, 0))), indicators };
  });
  const total = round2(dimensions.reduce((t, d) => t + d.points, 0));
  const grade = gradeOf(standard, total);
  return {
    total,
    grade: grade.grade,
    gradeName: grade.name,
    consequence: grade.consequence,
    feeFloat: grade.feeFloat,
    renewalWarning: grade.renewalWarning,
    residentRatings: e.ratingHomes >= MIN_RATING_HOMES ? e.ratingHomes : 0,
    dimensions,
  };
}

/** Highest total first; equal totals by the company's id, so the order never depends on input order. */
export function rank<T extends { companyId: number; card: ScoredCard }>(cards: T[]): T[] {
  return [...cards].sort((a, b) => b.card.total - a.card.total || a.companyId - b.companyId);
}
