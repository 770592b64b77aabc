'use client';

import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import Link from 'next/link';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { errorDetail, usePrefs } from '../../../lib/i18n';
import { latestPast, PeriodPicker, type PeriodChoice } from './PeriodPicker';

const Cards = graphql(`
  query ConsoleScorecards($kind: EvaluationPeriodKind!, $period: String!) {
    scorecards(kind: $kind, period: $period) {
      rank
      total
      grade
      gradeName
      final
      renewalWarning
      residentRatings
      company {
        id
        name
        estates {
          id
          name
        }
      }
      dimensions {
        code
        name
        weight
        points
        indicators {
          code
          name
          weight
          points
          basis
        }
      }
    }
  }
`);

const OpenReview = graphql(`
  mutation ConsoleOpenPropertyReview($companyId: ID!, $estateId: ID!, $kind: EvaluationPeriodKind!, $period: String!) {
    openPropertyReview(companyId: $companyId, estateId: $estateId, kind: $kind, period: $period) {
      id
      trackingCode
    }
  }
`);

/** Every company side by side for a period; a warning grade of a published period can go to the owners. */
export function ComparisonTab() {
  const { t } = usePrefs();
  const e = t.evaluation;
  const [choice, setChoice] = useState<PeriodChoice>(latestPast('MONTH'));
  const [{ data, error, fetching }] = useQuery({ query: Cards, variables: choice, requestPolicy: 'cache-and-network' });
  const [review, openReview] = useMutation(OpenReview);
  const cards = data?.scorecards ?? [];
  const dims = cards[0]?.dimensions ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <PeriodPicker value={choice} onChange={setChoice} />
      {error ? <Alert type="error" showIcon title={errorDetail(error, t)} /> : null}
      {review.error ? <Alert type="error" showIcon title={errorDetail(review.error, t)} role="alert" /> : null}
      {review.data ? (
        <Alert
          type="success"
          showIcon
          role="status"
          title={
            <>
              {e.console.reviewed}: <Link href={`/console/matters/${review.data.openPropertyReview.id}`}>{review.data.openPropertyReview.trackingCode}</Link>
            </>
          }
        />
      ) : null}
      <Table
        size="small"
        rowKey={(c) => c.company.id}
        loading={fetching && !data}
        pagination={false}
        dataSource={cards}
        scroll={{ x: true }}
        expandable={{
          expandedRowRender: (c) => (
            <ul>
              {c.dimensions.flatMap((d) =>
                d.indicators.map((i) => (
                  <li key={i.code}>
                    {d.name} · {i.name}: {e.points(i.points, i.weight)} — {i.basis}
                  </li>
                )),
              )}
            </ul>
          ),
        }}
        columns={[
          { title: '#', dataIndex: 'rank', width: 48 },
          { title: e.company, render: (_, c) => c.company.name },
          { title: e.score, dataIndex: 'total' },
          {
            title: e.grade,
            render: (_, c) => (
              <Tag color={c.grade === 'A' ? 'green' : c.grade === 'B' ? 'blue' : c.grade === 'C' ? 'gold' : 'red'}>
                {c.grade} {c.gradeName}
              </Tag>
            ),
          },
          ...dims.map((d, k) => ({ title: `${d.name} (${d.weight})`, render: (_: unknown, c: (typeof cards)[number]) => c.dimensions[k]?.points })),
          { title: e.ratingHomes, render: (_, c) => c.residentRatings || '—' },
          { title: e.console.period, render: (_, c) => (c.final ? <Tag color="green">{e.final}</Tag> : <Tag>{e.provisional}</Tag>) },
          {
            title: e.console.review,
            render: (_, c) =>
              c.final && c.renewalWarning ? (
                <Space wrap>
                  {c.company.estates.map((estate) => (
                    <Button
                      key={estate.id}
                      size="small"
                      danger
                      loading={review.fetching}
                      onClick={() => openReview({ companyId: c.company.id, estateId: estate.id, ...choice })}
                    >
                      {estate.name}
                    </Button>
                  ))}
                </Space>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
        ]}
      />
    </Space>
  );
}
