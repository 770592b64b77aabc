'use client';

import { formatPeriod } from '../../../lib/format';
import { Select, Space } from 'antd';
import type { EvaluationPeriodKind } from '../../../gql/graphql';
import { usePrefs } from '../../../lib/i18n';
import { recentPeriods } from '../../../lib/periods';

export interface PeriodChoice {
  kind: EvaluationPeriodKind;
  period: string;
}

const KINDS: EvaluationPeriodKind[] = ['MONTH', 'QUARTER', 'YEAR'];
const COUNT: Record<EvaluationPeriodKind, number> = { MONTH: 24, QUARTER: 8, YEAR: 3 };

/** A kind and one of its recent periods; `past` leaves out the period still running. */
export function PeriodPicker({ value, onChange, past = false }: { value: PeriodChoice; onChange(v: PeriodChoice): void; past?: boolean }) {
  const { t, locale } = usePrefs();
  const e = t.evaluation;
  const options = (kind: EvaluationPeriodKind) => recentPeriods(kind, COUNT[kind]).slice(past ? 1 : 0);
  return (
    <Space wrap>
      <Select
        aria-label={e.console.kind}
        style={{ minWidth: 110 }}
        value={value.kind}
        onChange={(kind: EvaluationPeriodKind) => onChange({ kind, period: options(kind)[0] })}
        options={KINDS.map((k) => ({ value: k, label: e.periods[k] }))}
      />
      <Select
        aria-label={e.console.period}
        style={{ minWidth: 130 }}
        value={value.period}
        onChange={(period: string) => onChange({ ...value, period })}
        options={options(value.kind).map((p) => ({ value: p, label: formatPeriod(p, locale) }))}
      />
    </Space>
  );
}

export const latestPast = (kind: EvaluationPeriodKind): PeriodChoice => ({ kind, period: recentPeriods(kind, 2)[1] });
