'use client';

import { Alert, Button, Card, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { ShieldCheck } from 'lucide-react';
import Link from 'next/link';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AuditFilter } from '../../gql/graphql';
import { actionWords, detailLines, roleWords } from '../../lib/audit-words';
import { formatTime, shanghai } from '../../lib/format';
import { errorDetail, usePrefs } from '../../lib/i18n';

const AuditQuery = graphql(`
  query ConsoleAudit($filter: AuditFilter, $first: Int, $offset: Int) {
    auditEntries(filter: $filter, first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        at
        actorName
        actorRole
        action
        matterId
        details
      }
    }
  }
`);

const ChainCheck = graphql(`
  query ConsoleAuditChain {
    auditChain {
      sound
      soundRows
      brokenAt
      reason
    }
  }
`);

/** The audit log: browse and filter it, and check from here that no row has been changed or removed. */
export function AuditLog() {
  const { t, locale } = usePrefs();
  const client = useClient();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState({ current: 1, size: 20 });
  const [{ data, fetching, error }] = useQuery({ query: AuditQuery, variables: { filter, first: page.size, offset: (page.current - 1) * page.size } });
  const [check, setCheck] = useState<{ running: boolean; text: string | null; sound: boolean }>({ running: false, text: null, sound: true });
  const narrow = (changes: AuditFilter) => {
    setFilter((f) => ({ ...f, ...changes }));
    setPage((p) => ({ ...p, current: 1 }));
  };
  const day = (d: Dayjs | null | undefined, plus = 0) => (d ? shanghai(`${d.add(plus, 'day').format('YYYY-MM-DD')}T00:00`) : null);

  return (
    <Card
      title={t.admin.menu.audit}
      extra={
        <Button
          icon={<ShieldCheck size={16} aria-hidden="true" />}
          loading={check.running}
          onClick={async () => {
            setCheck({ running: true, text: null, sound: true });
            const res = await client.query(ChainCheck, {}, { requestPolicy: 'network-only' }).toPromise();
            const c = res.data?.auditChain;
            setCheck({
              running: false,
              sound: !!c?.sound,
              text: c ? (c.sound ? t.admin.audit.sound(c.soundRows) : t.admin.audit.broken(String(c.brokenAt), c.reason ?? '')) : errorDetail(res.error, t),
            });
          }}
        >
          {check.running ? t.admin.audit.verifying : t.admin.audit.verify}
        </Button>
      }
    >
      {check.text ? <Alert type={check.sound ? 'success' : 'error'} showIcon title={check.text} role="status" style={{ marginBottom: 16 }} /> : null}
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t.admin.audit.action}
          placeholder={t.admin.audit.action}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 220 }}
          onChange={(v: string | undefined) => narrow({ action: v ?? null })}
          options={[...Object.keys(t.audit.actions), ...Object.keys(t.service.events).map((k) => `workOrder.${k.toLowerCase()}`)].map((a) => ({
            value: a,
            label: actionWords(a, t),
          }))}
        />
        <Input.Search aria-label={t.admin.audit.actor} placeholder={t.admin.audit.actor} allowClear onSearch={(v) => narrow({ actor: v.trim() || null })} />
        <DatePicker.RangePicker aria-label={t.admin.audit.at} onChange={(r) => narrow({ from: day(r?.[0]), to: day(r?.[1], 1) })} />
      </Space>
      {error ? (
        <Typography.Paragraph type="danger" role="alert">
          {errorDetail(error, t)}
        </Typography.Paragraph>
      ) : null}
      <Table
        size="small"
        rowKey="id"
        loading={fetching && !data}
        dataSource={data?.auditEntries.nodes ?? []}
        onChange={(p) => setPage({ current: p.current ?? 1, size: p.pageSize ?? 20 })}
        pagination={{ current: page.current, pageSize: page.size, total: data?.auditEntries.totalCount ?? 0, showTotal: (n) => t.admin.total(n) }}
        columns={[
          { title: '#', dataIndex: 'id', width: 70 },
          { title: t.admin.audit.at, dataIndex: 'at', render: (at: string) => formatTime(at, locale) },
          { title: t.admin.audit.actor, dataIndex: 'actorName' },
          { title: t.admin.audit.role, dataIndex: 'actorRole', render: (r: string) => roleWords(r, t) },
          { title: t.admin.audit.action, dataIndex: 'action', render: (a: string) => actionWords(a, t) },
          {
            title: t.admin.audit.matter,
            dataIndex: 'matterId',
            render: (id: string | null) => (id ? <Link href={`/console/matters/${id}`}>{id}</Link> : '—'),
          },
          {
            title: t.admin.audit.details,
            dataIndex: 'details',
            render: (d: string) => (
              <ul className="audit-details">
                {detailLines(d, t, (iso) => formatTime(iso, locale)).map((l) => (
                  <li key={l.label}>
                    <Typography.Text type="secondary">{l.label}</Typography.Text> {l.value}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </Card>
  );
}
