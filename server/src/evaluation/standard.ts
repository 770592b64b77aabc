import { IndicatorSource } from './enums';
import type { GradeSpec, IndicatorSpec, StandardBody } from './standard-seed';

/** The most the standard gives in all: indicator weights add up to this. */
export const TOTAL_POINTS = 100;

/** An indicator with the dimension it belongs to. */
export interface PlacedIndicator extends IndicatorSpec {
  dimension: string;
}

/** Why a standard cannot be used, or null: weights of whole points adding to 100, unique codes, grades from 0. */
export function standardProblem(body: StandardBody): string | null {
  const codes = new Set<string>();
  let total = 0;
  for (const d of body.dimensions) {
    if (!d.indicators.length) return `dimension ${d.code} has no indicators`;
    for (const i of d.indicators) {
      if (codes.has(i.code)) return `indicator ${i.code} appears twice`;
      codes.add(i.code);
      if (!Number.isInteger(i.weight) || i.weight <= 0) return `indicator ${i.code} needs a weight of whole points`;
      if (i.source === IndicatorSource.RESIDENT_RATING && !i.question) return `indicator ${i.code} needs a question for residents`;
      if (i.source === IndicatorSource.WORK_ORDERS && !i.measure) return `indicator ${i.code} needs the measure of orders it takes`;
      total += i.weight;
    }
  }
  if (total !== TOTAL_POINTS) return `weights add up to ${total}, not ${TOTAL_POINTS}`;
  const mins = body.grades.map((g) => g.min);
  if (!mins.includes(0) || new Set(mins).size !== mins.length) return 'grades need distinct lower bounds, one of them 0';
  return null;
}

export const dimensionWeight = (d: StandardBody['dimensions'][number]) => d.indicators.reduce((s, i) => s + i.weight, 0);

export function indicatorsOf(body: StandardBody): PlacedIndicator[] {
  return body.dimensions.flatMap((d) => d.indicators.map((i) => ({ ...i, dimension: d.code })));
}

/** The grade a total earns: the band with the highest lower bound at or below it. */
export function gradeOf(body: StandardBody, total: number): GradeSpec {
  return [...body.grades].sort((a, b) => b.min - a.min).find((g) => total >= g.min)!;
}
