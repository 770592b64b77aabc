'use client';

import { ExplainedButton } from '../ExplainedButton';
import { Alert, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { errorDetail, usePrefs } from '../../../lib/i18n';
import { recentPeriods } from '../../../lib/periods';
import { useStaff } from '../staff-context';

const Setup = graphql(`
  query ConsoleInspectionSetup($communityId: ID) {
    propertyCompanies(communityId: $communityId) {
      id
      name
    }
    evaluationStandard {
      dimensions {
        name
        indicators {
          code
          name
          weight
          source
          method
        }
      }
    }
  }
`);

const Record = graphql(`
  mutation ConsoleRecordInspection($companyId: ID!, $month: String!, $scores: [IndicatorPointsInput!]!, $note: String) {
    recordInspection(companyId: $companyId, month: $month, scores: $scores, note: $note) {
      total
      gradeName
    }
  }
`);

/** A monthly check: points per checked indicator, within its weight; saving again replaces one's own check. */
export function InspectionTab() {
  const { t } = usePrefs();
  const e = t.evaluation;
  const { role, communities } = useStaff();
  // An office checks the companies of its own community's estates; the sub-district, all of them.
  const [{ data }] = useQuery({ query: Setup, variables: { communityId: role === 'STREET_ADMIN' ? null : (communities[0]?.id ?? null) } });
  const [state, record] = useMutation(Record);
  const [picked, setCompanyId] = useState<string | null>(null);
  const [month, setMonth] = useState(recentPeriods('MONTH', 1)[0]);
  const [points, setPoints] = useState<Record<string, number | null>>({});
  const [note, setNote] = useState('');
  // The first company until another is picked: an office often checks the one serving its estates.
  const companyId = picked ?? data?.propertyCompanies[0]?.id ?? null;
  const indicators = (data?.evaluationStandard.dimensions ?? [])
    .flatMap((d) => d.indicators.map((i) => ({ ...i, dimension: d.name })))
    .filter((i) => i.source === 'INSPECTION');
  const scores = indicators.flatMap((i) => (points[i.code] == null ? [] : [{ code: i.code, points: points[i.code]! }]));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{e.console.inspectionHint}</Typography.Text>
      <Space wrap>
        <Select
          aria-label={e.company}
          placeholder={e.company}
          style={{ minWidth: 220 }}
          value={companyId ?? undefined}
          onChange={setCompanyId}
          options={(data?.propertyCompanies ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
        <Select
          aria-label={e.console.month}
          style={{ minWidth: 130 }}
          value={month}
          onChange={setMonth}
          options={recentPeriods('MONTH', 3).map((m) => ({ value: m, label: m }))}
        />
      </Space>
      <Form layout="vertical">
        {indicators.map((i) => (
          <Form.Item key={i.code} label={`${i.dimension} · ${i.name}（${i.weight}）`} extra={i.method}>
            <InputNumber
              aria-label={i.name}
              min={0}
              max={i.weight}
              step={0.5}
              value={points[i.code] ?? null}
              onChange={(v) => setPoints((p) => ({ ...p, [i.code]: v }))}
            />
          </Form.Item>
        ))}
        <Form.Item label={e.console.note}>
          <Input.TextArea aria-label={e.console.note} maxLength={500} autoSize value={note} onChange={(ev) => setNote(ev.target.value)} />
        </Form.Item>
      </Form>
      {state.error ? <Alert type="error" showIcon title={errorDetail(state.error, t)} role="alert" /> : null}
      {state.data && !state.error ? (
        <Alert
          type="success"
          showIcon
          role="status"
          title={`${e.console.saved} ${e.score} ${state.data.recordInspection.total} · ${state.data.recordInspection.gradeName}`}
        />
      ) : null}
      <ExplainedButton
        type="primary"
        why={!companyId ? t.admin.why.choose(e.company) : scores.length === 0 ? t.admin.why.needs(e.score) : null}
        loading={state.fetching}
        onClick={() => record({ companyId: companyId!, month, scores, note: note || null })}
      >
        {e.console.save}
      </ExplainedButton>
    </Space>
  );
}
