'use client';

import { Alert, Card, Col, Row, Statistic, Typography } from 'antd';
import Link from 'next/link';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { errorDetail, usePrefs } from '../../lib/i18n';
import { recentPeriods } from '../../lib/periods';
import { formatPeriod } from '../../lib/format';
import { useStaff } from './staff-context';

const Counts = graphql(`
  query ConsoleWorkbench {
    toTriage: staffMatters(filter: { status: [SUBMITTED] }, first: 1) {
      totalCount
    }
    lateTriage: staffMatters(filter: { overdue: true }, first: 1) {
      totalCount
    }
    onAgenda: staffMatters(filter: { status: [ON_AGENDA] }, first: 1) {
      totalCount
    }
    voting: staffMatters(filter: { status: [VOTING] }, first: 1) {
      totalCount
    }
    followUps: staffMatters(filter: { followUp: true }, first: 1) {
      totalCount
    }
    toDispatch: workOrders(filter: { status: [REPORTED] }, first: 1) {
      totalCount
    }
    lateOrders: workOrders(filter: { status: [REPORTED, DISPATCHED, ACKNOWLEDGED], overdue: true }, first: 1) {
      totalCount
    }
    toCheck: workOrders(filter: { status: [AWAITING_CHECK] }, first: 1) {
      totalCount
    }
    orderFollowUps: workOrders(filter: { followUp: true }, first: 1) {
      totalCount
    }
    closedMonths: closedEvaluationPeriods(kind: MONTH)
  }
`);

type CountKey = 'toTriage' | 'lateTriage' | 'onAgenda' | 'voting' | 'followUps' | 'toDispatch' | 'lateOrders' | 'toCheck' | 'orderFollowUps';

/** What each to-do opens: the table, filtered to exactly the rows counted. */
const TODOS: ReadonlyArray<{ key: CountKey; href: string; urgent?: boolean }> = [
  { key: 'toTriage', href: '/console/matters?status=SUBMITTED' },
  { key: 'lateTriage', href: '/console/matters?overdue=1', urgent: true },
  { key: 'onAgenda', href: '/console/matters?status=ON_AGENDA' },
  { key: 'voting', href: '/console/votes' },
  { key: 'followUps', href: '/console/matters?followUp=1' },
  { key: 'toDispatch', href: '/console/service?status=REPORTED' },
  { key: 'lateOrders', href: '/console/service?status=REPORTED,DISPATCHED,ACKNOWLEDGED&overdue=1', urgent: true },
  { key: 'toCheck', href: '/console/service?status=AWAITING_CHECK' },
  { key: 'orderFollowUps', href: '/console/service?followUp=1&status=all' },
];

/** 工作台: what waits for this person now, each count a link to the table that lists it. */
export function Workbench() {
  const { t, locale } = usePrefs();
  const w = t.admin.workbench;
  const { role, displayName } = useStaff();
  const [{ data, error }] = useQuery({ query: Counts, requestPolicy: 'cache-and-network' });
  const lastMonth = recentPeriods('MONTH', 2)[1];
  const monthToClose = role === 'STREET_ADMIN' && data && !data.closedMonths.includes(lastMonth) ? lastMonth : null;
  return (
    <>
      <Typography.Title level={3}>{w.title(displayName)}</Typography.Title>
      {error ? <Alert type="error" showIcon title={errorDetail(error, t)} role="alert" /> : null}
      <Row gutter={[16, 16]}>
        {TODOS.map((todo) => {
          const n = data?.[todo.key].totalCount;
          return (
            <Col key={todo.key} xs={24} sm={12} lg={8} xl={6}>
              <Link href={todo.href} data-testid={`todo-${todo.key}`}>
                <Card hoverable size="small">
                  <Statistic
                    title={w.todos[todo.key]}
                    value={n ?? '—'}
                    loading={!data && !error}
                    styles={{ content: { color: todo.urgent && n ? '#cf1322' : undefined } }}
                  />
                  <Typography.Text type="secondary">{n ? w.open : w.nothing}</Typography.Text>
                </Card>
              </Link>
            </Col>
          );
        })}
        {monthToClose ? (
          <Col xs={24} sm={12} lg={8} xl={6}>
            <Link href="/console/evaluation" data-testid="todo-closeMonth">
              <Card hoverable size="small">
                <Statistic title={w.closeMonth} value={formatPeriod(monthToClose, locale)} />
                <Typography.Text type="secondary">{w.open}</Typography.Text>
              </Card>
            </Link>
          </Col>
        ) : null}
      </Row>
    </>
  );
}
