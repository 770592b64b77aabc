'use client';

import { ExplainedButton } from './ExplainedButton';
import { DateTimeField } from './DateTimeField';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { beijingLocalIn, formatYuan, shanghai } from '../../lib/format';
import { errorDetail, errorText, usePrefs } from '../../lib/i18n';
import { Alert, Card, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { VoteRule } from '../../gql/graphql';
import type { ConsoleCommunity } from './staff-context';
import { RegisterPicker, type RegisterChoice } from './RegisterPicker';

const OpenVote = graphql(`
  mutation ConsoleOpenVote($input: OpenVoteInput!) {
    openVote(input: $input) {
      id
      status
    }
  }
`);

const CostShare = graphql(`
  mutation ConsoleCostShare($input: CostShareInput!) {
    calculateCostShare(input: $input) {
      netCostFen
      shares {
        homeId
        room
        floor
        coefficientPermille
        shareFen
      }
    }
  }
`);

const VOTE_RULES = Object.values(VoteRule);

const defaultClose = () => beijingLocalIn(14);

export function OpenVoteForm({
  matter,
  community,
  onOpened,
}: {
  matter: { id: string; title: string; category: string };
  community: ConsoleCommunity;
  onOpened(): void;
}) {
  const { t, locale } = usePrefs();
  const [question, setQuestion] = useState(t.console.defaultQuestion(matter.title));
  const [rule, setRule] = useState<VoteRule>(matter.category === 'ELEVATOR' || matter.category === 'FUNDRAISING' ? 'OWNERS_MAJOR' : 'OWNERS_ORDINARY');
  const [place, setPlace] = useState<RegisterChoice | null>(null);
  const [closesAt, setClosesAt] = useState(defaultClose());
  const [total, setTotal] = useState<number | null>(null);
  const [subsidy, setSubsidy] = useState<number | null>(0);
  const [openState, open] = useMutation(OpenVote);
  const [shareState, share] = useMutation(CostShare);
  // The deepest level chosen is the scope.
  const scope = place?.unitId
    ? { scopeKind: 'UNIT' as const, scopeId: place.unitId }
    : place?.buildingId
      ? { scopeKind: 'BUILDING' as const, scopeId: place.buildingId }
      : place?.estateId
        ? { scopeKind: 'ESTATE' as const, scopeId: place.estateId }
        : null;
  const fen = (yuan: number | null) => Math.round((yuan ?? 0) * 100);

  return (
    <Space orientation="vertical" style={{ width: '100%' }} className="open-vote">
      <label className="field">
        <span>{t.console.question}</span>
        <Input name="question" value={question} onChange={(e) => setQuestion(e.target.value)} />
      </label>
      <label className="field">
        <span>{t.console.rule}</span>
        <Select
          aria-label={t.console.rule}
          value={rule}
          onChange={setRule}
          options={VOTE_RULES.map((r) => ({ value: r, label: t.console.rules[r] }))}
          style={{ width: '100%' }}
        />
      </label>
      <div className="field">
        <span>{t.console.scope}</span>
        <RegisterPicker communities={[community]} onChange={setPlace} />
      </div>
      <label className="field">
        <span>{t.console.closesAt}</span>
        <DateTimeField id="closesAt" value={closesAt} onChange={setClosesAt} style={{ maxWidth: 260 }} />
      </label>
      {matter.category === 'ELEVATOR' && scope && scope.scopeKind !== 'ESTATE' ? (
        <Card size="small" title={t.console.costShare}>
          <Space wrap>
            <InputNumber aria-label={t.console.totalCost} placeholder={t.console.totalCost} min={0} value={total} onChange={setTotal} style={{ width: 180 }} />
            <InputNumber aria-label={t.console.subsidy} placeholder={t.console.subsidy} min={0} value={subsidy} onChange={setSubsidy} style={{ width: 180 }} />
            <ExplainedButton
              why={!total && t.admin.why.needs(t.console.totalCost)}
              loading={shareState.fetching}
              onClick={() => share({ input: { matterId: matter.id, ...scope, totalCostFen: fen(total), subsidyFen: fen(subsidy) } })}
            >
              {t.console.calculate}
            </ExplainedButton>
          </Space>
          {shareState.error ? <Typography.Paragraph type="danger">{errorText(shareState.error, t)}</Typography.Paragraph> : null}
          {shareState.data ? (
            <Table
              size="small"
              rowKey="homeId"
              style={{ marginTop: 12 }}
              pagination={{ pageSize: 20 }}
              dataSource={shareState.data.calculateCostShare.shares}
              columns={[
                { title: t.admin.matter.room, dataIndex: 'room' },
                { title: t.admin.register.floor, dataIndex: 'floor' },
                { title: t.console.coefficient, dataIndex: 'coefficientPermille', render: (p: number) => (p / 1000).toFixed(1) },
                { title: t.admin.matter.share, dataIndex: 'shareFen', render: (f: number) => formatYuan(f, locale) },
              ]}
            />
          ) : null}
        </Card>
      ) : null}
      {openState.error ? <Alert type="error" showIcon title={errorDetail(openState.error, t)} role="alert" /> : null}
      <ExplainedButton
        type="primary"
        why={!scope && t.admin.why.choose(t.console.scope)}
        loading={openState.fetching}
        onClick={async () => {
          if (!scope) return;
          const res = await open({ input: { matterId: matter.id, question, rule, ...scope, closesAt: shanghai(closesAt) } });
          if (res.data) onOpened();
        }}
      >
        {t.console.openVote}
      </ExplainedButton>
    </Space>
  );
}
