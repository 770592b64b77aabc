import { badInput } from '../common/errors';
import { EvaluationPeriodKind } from './enums';

/** Beijing time has no daylight saving: a month begins at 16:00 UTC of the day before. */
const BEIJING_OFFSET_MS = 8 * 3600_000;

/** A month, quarter or year of the evaluation, in Beijing time. */
export interface Period {
  kind: EvaluationPeriodKind;
  /** 2026-11, 2026-Q4 or 2026. */
  label: string;
  /** Its months, e.g. ['2026-10', '2026-11', '2026-12']. */
  months: string[];
  start: Date;
  /** The first moment after the period. */
  end: Date;
}

const PATTERNS: Record<EvaluationPeriodKind, RegExp> = {
  [EvaluationPeriodKind.MONTH]: /^(\d{4})-(0[1-9]|1[0-2])$/,
  [EvaluationPeriodKind.QUARTER]: /^(\d{4})-Q([1-4])$/,
  [EvaluationPeriodKind.YEAR]: /^(\d{4})$/,
};
const EXAMPLE: Record<EvaluationPeriodKind, string> = {
  [EvaluationPeriodKind.MONTH]: '2026-11',
  [EvaluationPeriodKind.QUARTER]: '2026-Q4',
  [EvaluationPeriodKind.YEAR]: '2026',
};

const monthLabel = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;
const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1) - BEIJING_OFFSET_MS);

function build(kind: EvaluationPeriodKind, label: string, year: number, firstMonth: number, count: number): Period {
  const months = Array.from({ length: count }, (_, i) => monthLabel(year, firstMonth + i));
  return { kind, label, months, start: monthStart(year, firstMonth), end: monthStart(year, firstMonth + count) };
}

/** Reads a period's label; a label that does not fit its kind is BAD_USER_INPUT. */
export function parsePeriod(kind: EvaluationPeriodKind, label: string, field = 'period'): Period {
  const m = PATTERNS[kind].exec(label.trim());
  const year = m ? Number(m[1]) : NaN;
  if (!m || year < 2000 || year > 2100) throw badInput(`${field} is written like ${EXAMPLE[kind]}`, { field });
  if (kind === EvaluationPeriodKind.MONTH) return build(kind, m[0], year, Number(m[2]), 1);
  if (kind === EvaluationPeriodKind.QUARTER) return build(kind, m[0], year, (Number(m[2]) - 1) * 3 + 1, 3);
  return build(kind, m[0], year, 1, 12);
}

/** A label of any kind (CSV lines carry months, quarters or years). */
export function parseAnyPeriod(label: string, field = 'period'): Period {
  const text = label.trim();
  for (const kind of Object.values(EvaluationPeriodKind)) if (PATTERNS[kind].test(text)) return parsePeriod(kind, text, field);
  throw badInput(`${field} is a month (2026-11), a quarter (2026-Q4) or a year (2026)`, { field });
}

/** The month (Beijing time) a moment falls in. */
export function monthOf(at: Date): string {
  const b = new Date(at.getTime() + BEIJING_OFFSET_MS);
  return monthLabel(b.getUTCFullYear(), b.getUTCMonth() + 1);
}

/** The month, quarter and year a month belongs to. */
export function periodsOfMonth(month: string): Period[] {
  const m = parsePeriod(EvaluationPeriodKind.MONTH, month, 'month');
  const [year, mm] = month.split('-').map(Number);
  return [m, parsePeriod(EvaluationPeriodKind.QUARTER, `${year}-Q${Math.ceil(mm / 3)}`), parsePeriod(EvaluationPeriodKind.YEAR, String(year))];
}

export function overlaps(a: Period, b: Period): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The periods of each kind that a period touches: its own, what contains it and what it contains. */
export function touchingLabels(p: Period): string[] {
  const labels = new Set<string>();
  for (const month of p.months) for (const q of periodsOfMonth(month)) labels.add(q.label);
  return [...labels];
}

/**
 * The periods whose cards a score of this period counts in: its own and those that contain it
 * (a month's, its quarter's and its year's; a quarter's, its year's). Closing any of them
 * freezes the score; closing a shorter period inside it does not, so a quarter's assessment
 * can be entered after its months have been closed month by month.
 */
export function containingLabels(p: Period): string[] {
  const [, quarter, year] = periodsOfMonth(p.months[0]);
  if (p.kind === EvaluationPeriodKind.MONTH) return [p.label, quarter.label, year.label];
  if (p.kind === EvaluationPeriodKind.QUARTER) return [p.label, year.label];
  return [p.label];
}

/** The months a period spans, counted for annual rates. */
export const monthsIn = (p: Period) => p.months.length;
