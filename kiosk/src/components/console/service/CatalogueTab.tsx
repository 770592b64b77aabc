'use client';

import { Alert, Button, Input, InputNumber, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { errorDetail, usePrefs } from '../../../lib/i18n';

const CatalogueQuery = graphql(`
  query ConsoleServiceCatalogue {
    serviceCatalogue {
      code
      name
      items {
        code
        version
        name
        standard
        respondMinutes
        resolveMinutes
        paid
        teamKind
      }
    }
  }
`);

const UpdateItem = graphql(`
  mutation ConsoleUpdateServiceItem($code: String!, $change: ServiceItemChange!) {
    updateServiceItem(code: $code, change: $change) {
      code
      version
    }
  }
`);

interface Draft {
  standard: string;
  respondMinutes: number | null;
  resolveMinutes: number | null;
  paid: boolean;
}

/** The catalogue for sub-district staff: each save makes a new version, and orders already reported keep their promise. */
export function CatalogueTab() {
  const { t } = usePrefs();
  const s = t.service;
  const [{ data, error }, refetch] = useQuery({ query: CatalogueQuery });
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [state, update] = useMutation(UpdateItem);
  if (error) return <Alert type="error" showIcon title={errorDetail(error, t)} />;
  const rows = (data?.serviceCatalogue ?? []).flatMap((c) => c.items.map((i) => ({ ...i, category: c.name })));
  const draftOf = (i: (typeof rows)[number]): Draft =>
    drafts[i.code] ?? { standard: i.standard, respondMinutes: i.respondMinutes, resolveMinutes: i.resolveMinutes, paid: i.paid };
  const edit = (code: string, base: Draft, change: Partial<Draft>) => setDrafts((d) => ({ ...d, [code]: { ...base, ...change } }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{s.console.catalogueHint}</Typography.Text>
      {state.error ? <Alert type="error" showIcon title={errorDetail(state.error, t)} role="alert" /> : null}
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        loading={!data}
        dataSource={rows}
        columns={[
          { title: s.console.category, dataIndex: 'category' },
          { title: s.item, render: (_, i) => `${i.name} · v${i.version}` },
          {
            title: s.console.standard,
            render: (_, i) => (
              <Input.TextArea
                aria-label={`${i.name} ${s.console.standard}`}
                autoSize
                maxLength={300}
                value={draftOf(i).standard}
                onChange={(e) => edit(i.code, draftOf(i), { standard: e.target.value })}
              />
            ),
          },
          {
            title: s.respondBy,
            render: (_, i) => (
              <InputNumber
                aria-label={`${i.name} ${s.respondBy}`}
                min={5}
                max={10080}
                value={draftOf(i).respondMinutes}
                suffix={s.levels.unit}
                onChange={(v) => edit(i.code, draftOf(i), { respondMinutes: v })}
              />
            ),
          },
          {
            title: s.resolveBy,
            render: (_, i) => (
              <InputNumber
                aria-label={`${i.name} ${s.resolveBy}`}
                min={5}
                max={10080}
                value={draftOf(i).resolveMinutes}
                suffix={s.levels.unit}
                onChange={(v) => edit(i.code, draftOf(i), { resolveMinutes: v })}
              />
            ),
          },
          {
            title: s.paid,
            render: (_, i) => <Switch aria-label={`${i.name} ${s.paid}`} checked={draftOf(i).paid} onChange={(v) => edit(i.code, draftOf(i), { paid: v })} />,
          },
          { title: s.team, render: (_, i) => <Tag>{s.teamKinds[i.teamKind]}</Tag> },
          {
            title: '',
            render: (_, i) => (
              <Button
                disabled={!drafts[i.code]}
                loading={state.fetching}
                onClick={async () => {
                  const d = drafts[i.code];
                  const res = await update({ code: i.code, change: d });
                  if (res.data) {
                    setDrafts(({ [i.code]: _saved, ...rest }) => rest);
                    refetch({ requestPolicy: 'network-only' });
                  }
                }}
              >
                {s.console.saveVersion}
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}
