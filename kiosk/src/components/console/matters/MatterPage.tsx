'use client';

import { MATTER_STATUS_COLOURS } from '../status-colours';
import { Card, Col, Descriptions, Empty, Progress, Result, Row, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { Star } from 'lucide-react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../../../gql';
import { formatTime, formatYuan } from '../../../lib/format';
import { errorDetail, usePrefs } from '../../../lib/i18n';
import { useCrumb } from '../staff-context';
import { MatterActions } from './MatterActions';
import { MatterWorkOrders } from './MatterWorkOrders';

const StaffMatterQuery = graphql(`
  query ConsoleMatter($id: ID!) {
    matter(id: $id) {
      id
      trackingCode
      title
      description
      category
      status
      step
      place
      createdAt
      triagedAt
      completedAt
      progress
      secondCount
      contactPhone
      rating
      ratingComment
      followUp
      overdue
      waitingMinutes
      declineReason
      allowedActions
      pavilion {
        id
        name
      }
      community {
        id
        name
      }
      mergedInto {
        id
        trackingCode
        title
      }
      resolution {
        summary
        outcome
        decidedAt
      }
      timeline {
        at
        status
        kind
        note
        progress
      }
      vote {
        id
        question
        rule
        status
        scopeName
        openedAt
        closesAt
        tally {
          eligibleOwners
          participatingOwners
          eligibleAreaM2
          participatingAreaM2
        }
        result {
          passed
          summary
        }
      }
    }
    costSharePlan(matterId: $id) {
      totalCostFen
      subsidyFen
      netCostFen
      calculatedAt
      shares {
        homeId
        room
        floor
        areaM2
        shareFen
      }
    }
  }
`);

/** Live: each change of the matter, and its vote's participation, update the page through the cache. */
const StaffMatterUpdates = graphql(`
  subscription ConsoleMatterUpdates($communityId: ID) {
    matterUpdated(communityId: $communityId) {
      id
      status
      step
      progress
      secondCount
      rating
      followUp
      allowedActions
      timeline {
        at
        status
        kind
        note
        progress
      }
    }
  }
`);

/** Everything about one matter for the staff of its community, with the actions it allows them now. */
export function MatterPage({ id }: { id: string }) {
  const { t, locale } = usePrefs();
  const [{ data, error, fetching }, refetch] = useQuery({ query: StaffMatterQuery, variables: { id } });
  const m = data?.matter;
  useCrumb(m ? `${m.trackingCode} ${m.title}` : null);
  useSubscription({ query: StaffMatterUpdates, variables: { communityId: m?.community.id ?? null }, pause: !m });

  if (!data) return fetching ? <Spin /> : <Result status="error" title={errorDetail(error, t)} />;
  if (!m) return <Result status="404" title={t.admin.notFound} />;
  const time = (iso: string | null | undefined) => (iso ? formatTime(iso, locale) : '—');
  const plan = data.costSharePlan;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <span>{m.title}</span>
            <Tag variant="solid" color={MATTER_STATUS_COLOURS[m.status]}>
              {t.status[m.status]}
            </Tag>
            {m.overdue ? <Tag color="red">{t.console.overdue}</Tag> : null}
            {m.followUp ? <Tag color="orange">{t.admin.matter.onFollowUp}</Tag> : null}
          </Space>
        }
        extra={<Typography.Text copyable>{m.trackingCode}</Typography.Text>}
      >
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t.admin.columns.category}>{t.categories[m.category]}</Descriptions.Item>
          <Descriptions.Item label={t.admin.step}>{t.steps[m.step]}</Descriptions.Item>
          <Descriptions.Item label={t.admin.community}>{m.community.name}</Descriptions.Item>
          <Descriptions.Item label={t.admin.matter.pavilion}>{m.pavilion.name}</Descriptions.Item>
          <Descriptions.Item label={t.admin.matter.place}>{m.place ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t.admin.matter.contact}>
            {m.contactPhone ? <a href={`tel:${m.contactPhone}`}>{m.contactPhone}</a> : t.admin.matter.noContact}
          </Descriptions.Item>
          <Descriptions.Item label={t.admin.matter.raisedAt}>{time(m.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t.admin.matter.triagedAt}>{m.triagedAt ? time(m.triagedAt) : t.console.waiting(m.waitingMinutes)}</Descriptions.Item>
          <Descriptions.Item label={t.admin.matter.completedAt}>{time(m.completedAt)}</Descriptions.Item>
          <Descriptions.Item label={t.admin.matter.seconds}>{m.secondCount}</Descriptions.Item>
          <Descriptions.Item label={t.admin.columns.progress}>
            <Progress percent={m.progress} size="small" style={{ width: 160 }} aria-label={t.admin.columns.progress} />
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph style={{ marginTop: 12, whiteSpace: 'pre-wrap' }}>{m.description || t.admin.matter.none}</Typography.Paragraph>
        {m.declineReason ? <Typography.Paragraph type="warning">{m.declineReason}</Typography.Paragraph> : null}
        {m.mergedInto ? (
          <Typography.Paragraph>
            {t.matter.mergedInto}: <a href={`/console/matters/${m.mergedInto.id}`}>{`${m.mergedInto.trackingCode} ${m.mergedInto.title}`}</a>
          </Typography.Paragraph>
        ) : null}
      </Card>

      <Row gutter={[24, 24]}>
        <Col xs={24} xl={14}>
          <Card title={t.admin.matter.actions}>
            <MatterActions matter={m} onDone={() => refetch({ requestPolicy: 'network-only' })} />
          </Card>
          <Card title={t.service.console.orders} style={{ marginTop: 24 }}>
            <MatterWorkOrders key={m.status} matterId={m.id} canCreate={m.allowedActions.includes('CREATE_WORK_ORDER')} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t.matter.timeline}>
            <Timeline
              items={m.timeline.map((e) => ({
                content: (
                  <>
                    <Typography.Text strong>{t.eventKinds[e.kind]}</Typography.Text> <Typography.Text type="secondary">{time(e.at)}</Typography.Text>
                    {e.note ? <div>{e.note}</div> : null}
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>

      {m.resolution ? (
        <Card title={t.matter.resolution}>
          <Typography.Paragraph>{m.resolution.summary}</Typography.Paragraph>
          <Typography.Text type="secondary">
            {t.console.outcomes[m.resolution.outcome]} · {time(m.resolution.decidedAt)}
          </Typography.Text>
        </Card>
      ) : null}

      {m.vote ? (
        <Card title={t.admin.matter.vote} data-testid="staff-vote">
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t.console.question}>{m.vote.question}</Descriptions.Item>
            <Descriptions.Item label={t.console.rule}>{t.console.rules[m.vote.rule]}</Descriptions.Item>
            <Descriptions.Item label={t.console.scope}>{m.vote.scopeName}</Descriptions.Item>
            <Descriptions.Item label={t.console.closesAt}>{time(m.vote.closesAt)}</Descriptions.Item>
            <Descriptions.Item label={`${t.admin.matter.participating} / ${t.admin.matter.eligible} · ${t.admin.matter.owners}`}>
              {m.vote.tally.participatingOwners} / {m.vote.tally.eligibleOwners}
            </Descriptions.Item>
            <Descriptions.Item label={`${t.admin.matter.participating} / ${t.admin.matter.eligible} · ${t.admin.matter.area}`}>
              {m.vote.tally.participatingAreaM2} / {m.vote.tally.eligibleAreaM2}
            </Descriptions.Item>
            {m.vote.result ? (
              <Descriptions.Item label={t.matter.voteResult}>
                <Tag color={m.vote.result.passed ? 'green' : 'red'}>{m.vote.result.passed ? t.matter.passed : t.matter.failed}</Tag> {m.vote.result.summary}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
      ) : null}

      {plan ? (
        <Card title={t.admin.matter.costShares}>
          <Typography.Paragraph>
            {t.console.totalCost}: {formatYuan(plan.totalCostFen, locale)} · {t.console.subsidy}: {formatYuan(plan.subsidyFen, locale)} ·{' '}
            {time(plan.calculatedAt)}
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey="homeId"
            dataSource={plan.shares}
            pagination={{ pageSize: 20 }}
            columns={[
              { title: t.admin.matter.room, dataIndex: 'room' },
              { title: t.admin.register.floor, dataIndex: 'floor' },
              { title: t.admin.matter.area, dataIndex: 'areaM2' },
              { title: t.admin.matter.share, dataIndex: 'shareFen', render: (fen: number) => formatYuan(fen, locale) },
            ]}
          />
        </Card>
      ) : null}

      <Card title={t.admin.matter.rating}>
        {m.rating ? (
          <Space orientation="vertical">
            <Space aria-label={t.matter.rated(m.rating)}>
              {[1, 2, 3, 4, 5].map((n) => (
                <Star key={n} size={20} aria-hidden="true" fill={n <= m.rating! ? '#c2185b' : 'none'} color="#c2185b" />
              ))}
            </Space>
            {m.ratingComment ? <Typography.Text>{m.ratingComment}</Typography.Text> : null}
          </Space>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.admin.matter.none} />
        )}
      </Card>
    </Space>
  );
}
