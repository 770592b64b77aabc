'use client';

import { Alert, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { errorDetail, usePrefs } from '../../../lib/i18n';

const LevelsQuery = graphql(`
  query ConsoleServiceLevels($communityId: ID) {
    serviceLevels(communityId: $communityId) {
      orders
      responded
      medianRespondMinutes
      p90RespondMinutes
      respondCounted
      onTimeRespondRate
      resolveCounted
      onTimeResolveRate
      done
      reworked
      reworkRate
      rated
      averageRating
    }
    serviceTeamLevels(communityId: $communityId) {
      rank
      team {
        id
        name
      }
      levels {
        orders
        medianRespondMinutes
        onTimeRespondRate
        averageRating
      }
    }
  }
`);

const pct = (r: number | null | undefined) => (r == null ? '—' : `${(r * 100).toFixed(1)}%`);

/** The last 365 days: the centre's figures with the counts behind them, and the teams ranked by median minutes to answer. */
export function LevelsTab({ communityId }: { communityId: string }) {
  const { t } = usePrefs();
  const s = t.service;
  const [{ data, error }] = useQuery({ query: LevelsQuery, variables: { communityId } });
  if (error) return <Alert type="error" showIcon title={errorDetail(error, t)} />;
  if (!data) return <Typography.Text>{t.loading}</Typography.Text>;
  const l = data.serviceLevels;
  const slowest = Math.max(1, ...data.serviceTeamLevels.map((x) => x.levels.medianRespondMinutes ?? 0));
  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={s.levels.median} value={l.medianRespondMinutes ?? '—'} suffix={s.levels.unit} />
            <Typography.Text type="secondary">
              p90 {l.p90RespondMinutes ?? '—'} · {s.levels.of(l.responded)}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={s.levels.onTime} value={pct(l.onTimeRespondRate)} />
            <Typography.Text type="secondary">{s.levels.of(l.respondCounted)}</Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={s.levels.onTimeResolve} value={pct(l.onTimeResolveRate)} />
            <Typography.Text type="secondary">{s.levels.of(l.resolveCounted)}</Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={s.levels.rating} value={l.averageRating ?? '—'} suffix="/ 5" />
            <Typography.Text type="secondary">
              {s.levels.of(l.rated)} · {s.actions.REOPEN} {pct(l.reworkRate)}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {s.wallClock}
      </Typography.Paragraph>
      <Typography.Title level={5}>{s.console.teamsTitle}</Typography.Title>
      <Table
        size="small"
        rowKey={(x) => x.team.id}
        pagination={false}
        dataSource={data.serviceTeamLevels}
        columns={[
          { title: s.console.rank, render: (_, x) => x.rank ?? <Typography.Text type="secondary">{s.console.unranked}</Typography.Text> },
          { title: s.console.columns.team, render: (_, x) => x.team.name },
          {
            title: s.levels.median,
            render: (_, x) => (
              // A bar drawn to scale: the slowest team fills the column.
              <svg width="100%" height="22" role="img" aria-label={`${x.team.name} ${x.levels.medianRespondMinutes ?? '—'}`}>
                <rect x="0" y="3" height="16" rx="3" fill="#c2185b" width={`${((x.levels.medianRespondMinutes ?? 0) / slowest) * 80}%`} />
                <text x={`${((x.levels.medianRespondMinutes ?? 0) / slowest) * 80 + 2}%`} y="16" fontSize="13" fill="#1f2328">
                  {x.levels.medianRespondMinutes ?? '—'}
                </text>
              </svg>
            ),
          },
          { title: s.levels.onTime, render: (_, x) => pct(x.levels.onTimeRespondRate) },
          { title: s.levels.rating, render: (_, x) => x.levels.averageRating ?? '—' },
          { title: s.console.ordersCount, render: (_, x) => x.levels.orders },
        ]}
      />
    </>
  );
}
