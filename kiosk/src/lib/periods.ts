import type { EvaluationPeriodKind } from '../gql/graphql';

/** This month in Beijing time, as the server names periods (2026-11). */
export function beijingMonth(at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(at).slice(0, 7);
}

/** The latest `count` periods of a kind up to the present one, newest first. */
export function recentPeriods(kind: EvaluationPeriodKind, count: number, at = new Date()): string[] {
  const [y, m] = beijingMonth(at).split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    if (kind === 'YEAR') return String(y - i);
    if (kind === 'QUARTER') {
      const q = y * 4 + Math.ceil(m / 3) - 1 - i;
      return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
    }
    const k = y * 12 + m - 1 - i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}
