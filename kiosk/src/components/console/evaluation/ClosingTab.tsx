'use client';

import { ExplainedButton } from '../ExplainedButton';
import { Alert, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { errorDetail, usePrefs } from '../../../lib/i18n';
import { formatPeriod } from '../../../lib/format';
import { recentPeriods } from '../../../lib/periods';
import { latestPast, PeriodPicker, type PeriodChoice } from './PeriodPicker';

const Closed = graphql(`
  query ConsoleClosedPeriods {
    months: closedEvaluationPeriods(kind: MONTH)
    quarters: closedEvaluationPeriods(kind: QUARTER)
    years: closedEvaluationPeriods(kind: YEAR)
  }
`);

const Close = graphql(`
  mutation ConsoleClosePeriod($kind: EvaluationPeriodKind!, $period: String!) {
    closeEvaluationPeriod(kind: $kind, period: $period) {
      rank
      total
      gradeName
      renewalWarning
      company {
        id
        name
      }
    }
  }
`);

/** The sub-district closes a period that is over: its cards freeze and every community's board shows the ranking. */
export function ClosingTab() {
  const { t, locale } = usePrefs();
  const e = t.evaluation;
  // The period this closing closed, kept: the picker moves on to the next one still open.
  const [done, setDone] = useState<PeriodChoice | null>(null);
  const [picked, setChoice] = useState<PeriodChoice | null>(null);
  const [{ data }, refetch] = useQuery({ query: Closed, requestPolicy: 'cache-and-network' });
  const [state, close] = useMutation(Close);
  const closed = data ? [...data.years, ...data.quarters, ...data.months] : [];
  // Until someone picks, the latest past month still open.
  const due = recentPeriods('MONTH', 24)
    .slice(1)
    .find((m) => !closed.includes(m));
  const choice: PeriodChoice = picked ?? (due ? { kind: 'MONTH', period: due } : latestPast('MONTH'));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {e.console.closedPeriods}: {closed.map((p) => formatPeriod(p, locale)).join('、') || '—'}
      </Typography.Text>
      <PeriodPicker value={choice} onChange={setChoice} past />
      <Popconfirm
        title={e.console.closeConfirm(formatPeriod(choice.period, locale))}
        onConfirm={async () => {
          const closing = choice;
          const res = await close(closing);
          if (res.data) setDone(closing);
          refetch({ requestPolicy: 'network-only' });
        }}
      >
        <ExplainedButton
          type="primary"
          danger
          why={!data ? t.loading : closed.includes(choice.period) ? e.console.alreadyClosed(formatPeriod(choice.period, locale)) : null}
          loading={state.fetching}
        >
          {e.console.closeNamed(formatPeriod(choice.period, locale))}
        </ExplainedButton>
      </Popconfirm>
      {state.error ? <Alert type="error" showIcon title={errorDetail(state.error, t)} role="alert" /> : null}
      {state.data && done ? (
        <>
          <Alert type="success" showIcon role="status" title={e.console.closedNamed(formatPeriod(done.period, locale))} />
          <Table
            size="small"
            rowKey={(c) => c.company.id}
            pagination={false}
            dataSource={state.data.closeEvaluationPeriod}
            columns={[
              { title: '#', dataIndex: 'rank', width: 48 },
              { title: e.company, render: (_, c) => c.company.name },
              { title: e.score, dataIndex: 'total' },
              { title: e.grade, render: (_, c) => `${c.gradeName}${c.renewalWarning ? ` · ${e.warning}` : ''}` },
            ]}
          />
        </>
      ) : null}
    </Space>
  );
}
