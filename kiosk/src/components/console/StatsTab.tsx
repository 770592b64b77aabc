'use client';

import { Card, Col, Row } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import { usePrefs } from '../../lib/i18n';
import type { ConsoleCommunity } from './staff-context';

const MonthStats = graphql(`
  query ConsoleMonthStats($communityId: ID, $from: DateTime!, $to: DateTime!) {
    stats(communityId: $communityId, from: $from, to: $to) {
      raised
      resolved
      triage {
        medianMinutes
      }
      participation {
        rate
      }
    }
  }
`);

/** Months of Shanghai time, oldest first: [label, from, to]. */
function lastMonths(n: number): Array<[string, string, string]> {
  const now = new Date(Date.now() + 8 * 3_600_000);
  const out: Array<[string, string, string]> = [];
  for (let i = n - 1; i >= 0; i--) {
    const y = now.getUTCFullYear();
    const m = now.getUTCMonth() - i;
    const from = new Date(Date.UTC(y, m, 1) - 8 * 3_600_000);
    const to = new Date(Date.UTC(y, m + 1, 1) - 8 * 3_600_000);
    const label = `${new Date(Date.UTC(y, m, 1)).getUTCFullYear()}-${String(new Date(Date.UTC(y, m, 1)).getUTCMonth() + 1).padStart(2, '0')}`;
    out.push([label, from.toISOString(), to.toISOString()]);
  }
  return out;
}

/** Charts by month and by community; ECharts is loaded only when this tab opens. */
export function StatsTab({ communities }: { communities: ConsoleCommunity[] }) {
  const { t } = usePrefs();
  const client = useClient();
  const monthRef = useRef<HTMLDivElement>(null);
  const communityRef = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let disposed = false;
    const charts: Array<{ dispose(): void }> = [];
    (async () => {
      const months = lastMonths(6);
      const monthly = await Promise.all(
        months.map(([, from, to]) => client.query(MonthStats, { communityId: communities.length === 1 ? communities[0].id : null, from, to }).toPromise()),
      );
      const year = lastMonths(1)[0];
      const yearFrom = new Date(Date.UTC(new Date().getUTCFullYear(), 0, 1) - 8 * 3_600_000).toISOString();
      const perCommunity = await Promise.all(communities.map((c) => client.query(MonthStats, { communityId: c.id, from: yearFrom, to: year[2] }).toPromise()));
      const echarts = await import('echarts');
      if (disposed || !monthRef.current || !communityRef.current) return;
      const a = echarts.init(monthRef.current);
      a.setOption({
        tooltip: {},
        legend: { data: [t.figures.raised, t.figures.resolved] },
        xAxis: { type: 'category', data: months.map(([label]) => label) },
        yAxis: { type: 'value' },
        series: [
          { name: t.figures.raised, type: 'bar', data: monthly.map((r) => r.data?.stats.raised ?? 0) },
          { name: t.figures.resolved, type: 'bar', data: monthly.map((r) => r.data?.stats.resolved ?? 0) },
        ],
      });
      const b = echarts.init(communityRef.current);
      b.setOption({
        tooltip: {},
        legend: { data: [t.figures.raised, t.figures.resolved] },
        xAxis: { type: 'category', data: communities.map((c) => c.name), axisLabel: { interval: 0, rotate: 30 } },
        yAxis: { type: 'value' },
        series: [
          { name: t.figures.raised, type: 'bar', data: perCommunity.map((r) => r.data?.stats.raised ?? 0) },
          { name: t.figures.resolved, type: 'bar', data: perCommunity.map((r) => r.data?.stats.resolved ?? 0) },
        ],
      });
      charts.push(a, b);
      setReady(true);
    })();
    return () => {
      disposed = true;
      for (const c of charts) c.dispose();
    };
  }, [client, communities, t]);

  return (
    <div>
      <h2>{t.console.statsTitle}</h2>
      {!ready ? <p>{t.loading}</p> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t.console.charts.months} size="small">
            <div ref={monthRef} className="chart" data-testid="chart-months" role="img" aria-label={t.console.charts.months} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t.console.charts.communities} size="small">
            <div ref={communityRef} className="chart" data-testid="chart-communities" role="img" aria-label={t.console.charts.communities} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
