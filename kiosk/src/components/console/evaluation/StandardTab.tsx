'use client';

import { ExplainedButton } from '../ExplainedButton';
import { Alert, Input, InputNumber, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { errorDetail, usePrefs } from '../../../lib/i18n';

const Standard = graphql(`
  query ConsoleEvaluationStandard {
    evaluationStandard {
      version
      title
      dimensions {
        code
        name
        indicators {
          code
          name
          weight
          source
          method
          question
          measure
        }
      }
      grades {
        grade
        name
        min
        consequence
        feeFloat
        renewalWarning
      }
    }
  }
`);

const Publish = graphql(`
  mutation ConsolePublishStandard($input: EvaluationStandardInput!) {
    publishEvaluationStandard(input: $input) {
      version
    }
  }
`);

type Edit = { weight: number; method: string };

/** The sub-district revises the standard: weights and methods per indicator, published whole as the next version. */
export function StandardTab() {
  const { t } = usePrefs();
  const e = t.evaluation;
  const [{ data, error }, refetch] = useQuery({ query: Standard, requestPolicy: 'cache-and-network' });
  const [state, publish] = useMutation(Publish);
  const [edits, setEdits] = useState<Record<string, Edit>>({});
  const s = data?.evaluationStandard;
  if (error) return <Alert type="error" showIcon title={errorDetail(error, t)} />;
  if (!s) return null;
  const rows = s.dimensions.flatMap((d) => d.indicators.map((i) => ({ ...i, dimension: d.name })));
  const edited = (i: (typeof rows)[number]): Edit => edits[i.code] ?? { weight: i.weight, method: i.method };
  const total = rows.reduce((sum, i) => sum + edited(i).weight, 0);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {s.title} · v{s.version} · {e.console.standardHint}
      </Typography.Text>
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: e.dimension, dataIndex: 'dimension', width: 100 },
          { title: e.console.indicator, render: (_, i) => `${i.code} ${i.name}`, width: 160 },
          { title: e.console.source, render: (_, i) => e.sources[i.source], width: 150 },
          {
            title: e.score,
            width: 110,
            render: (_, i) => (
              <InputNumber
                aria-label={`${i.name} ${e.score}`}
                min={1}
                max={40}
                precision={0}
                value={edited(i).weight}
                onChange={(v) => setEdits({ ...edits, [i.code]: { ...edited(i), weight: v ?? 0 } })}
              />
            ),
          },
          {
            title: e.basis,
            render: (_, i) => (
              <Input.TextArea
                aria-label={`${i.name} ${e.basis}`}
                autoSize
                maxLength={200}
                value={edited(i).method}
                onChange={(ev) => setEdits({ ...edits, [i.code]: { ...edited(i), method: ev.target.value } })}
              />
            ),
          },
        ]}
      />
      <Typography.Text strong type={total === 100 ? undefined : 'danger'}>
        {e.console.total(total)}
      </Typography.Text>
      {state.error ? <Alert type="error" showIcon title={errorDetail(state.error, t)} role="alert" /> : null}
      {state.data ? <Alert type="success" showIcon role="status" title={e.console.published(state.data.publishEvaluationStandard.version)} /> : null}
      <ExplainedButton
        type="primary"
        why={total !== 100 ? t.admin.why.totalNot100(total) : !Object.keys(edits).length ? t.admin.why.noChanges : null}
        loading={state.fetching}
        onClick={async () => {
          const res = await publish({
            input: {
              title: s.title,
              // Plain fields only: the cache adds __typename to what it read.
              grades: s.grades.map(({ grade, name, min, consequence, feeFloat, renewalWarning }) => ({
                grade,
                name,
                min,
                consequence,
                feeFloat,
                renewalWarning,
              })),
              dimensions: s.dimensions.map((d) => ({
                code: d.code,
                name: d.name,
                indicators: d.indicators.map((i) => ({
                  code: i.code,
                  name: i.name,
                  source: i.source,
                  question: i.question,
                  measure: i.measure,
                  ...edited({ ...i, dimension: d.name }),
                })),
              })),
            },
          });
          if (res.data) {
            setEdits({});
            refetch({ requestPolicy: 'network-only' });
          }
        }}
      >
        {e.console.publishStandard}
      </ExplainedButton>
    </Space>
  );
}
