'use client';

import { Alert, Input, Space, Switch, Table, Tag, Select } from 'antd';
import { useCallback, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { WorkOrderStatus } from '../../../gql/graphql';
// The generated reader of a fragment's fields, which is no React hook.
import { useFragment as rowOf } from '../../../gql';
import { ConsoleOrderRow, OrdersLive, OrdersQuery, type ConsoleOrder } from './order-documents';
import { OPEN_ORDER_STATUSES } from '../../service/order-documents';
import { formatTime, formatTrackingCode } from '../../../lib/format';
import { errorDetail, usePrefs } from '../../../lib/i18n';
import { OrderActions } from './OrderActions';
import { PhoneReport } from './PhoneReport';

/** The community's orders, nearest deadline first, with what the office may do to each. */
export function OrdersTab({ communityId }: { communityId: string }) {
  const { t, locale } = usePrefs();
  const s = t.service;
  const [status, setStatus] = useState<WorkOrderStatus[]>(OPEN_ORDER_STATUSES);
  const [overdue, setOverdue] = useState(false);
  const [followUp, setFollowUp] = useState(false);
  const [code, setCode] = useState('');
  const [page, setPage] = useState({ current: 1, size: 20 });
  // A caller reads out their code: that one order, whatever its status.
  const filter = code
    ? { communityId, trackingCode: code }
    : { communityId, status, ...(overdue ? { overdue: true } : {}), ...(followUp ? { followUp: true } : {}) };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OrdersQuery,
    variables: { filter, first: page.size, offset: (page.current - 1) * page.size },
  });
  // After the office's own change: its answer may move the order between pages.
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  // Each event carries the whole row; the normalised cache places it on the cached pages.
  useSubscription({ query: OrdersLive, variables: { communityId } });

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <PhoneReport communityId={communityId} onReported={reload} />
        <Select
          mode="multiple"
          aria-label={s.console.filterStatus}
          placeholder={s.console.filterStatus}
          style={{ minWidth: 320 }}
          disabled={!!code}
          value={status}
          onChange={(v: WorkOrderStatus[]) => {
            setStatus(v);
            setPage((p) => ({ ...p, current: 1 }));
          }}
          options={Object.values(WorkOrderStatus).map((v) => ({ value: v, label: s.statuses[v] }))}
        />
        <Input.Search
          aria-label={s.console.findByCode}
          placeholder={s.console.findByCode}
          allowClear
          maxLength={12}
          style={{ width: 220 }}
          onSearch={(v) => {
            setCode(v.trim());
            setPage((p) => ({ ...p, current: 1 }));
          }}
        />
        <Space>
          <Switch aria-label={s.console.onlyOverdue} disabled={!!code} checked={overdue} onChange={setOverdue} /> {s.console.onlyOverdue}
        </Space>
        <Space>
          <Switch aria-label={s.console.onlyFollowUp} disabled={!!code} checked={followUp} onChange={setFollowUp} /> {s.console.onlyFollowUp}
        </Space>
      </Space>
      {error ? <Alert type="error" showIcon title={errorDetail(error, t)} /> : null}
      <Table<ConsoleOrder>
        rowKey="id"
        size="small"
        loading={fetching && !data}
        dataSource={data?.workOrders.edges.map((e) => rowOf(ConsoleOrderRow, e.node)) ?? []}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: data?.workOrders.totalCount ?? 0,
          onChange: (current, size) => setPage({ current, size }),
        }}
        expandable={{ expandedRowRender: (o) => <OrderActions order={o} communityId={communityId} onDone={reload} />, expandRowByClick: true }}
        columns={[
          { title: s.console.columns.code, dataIndex: 'trackingCode', render: (c: string) => <span className="code">{formatTrackingCode(c)}</span> },
          { title: s.console.columns.item, render: (_, o) => o.item.name },
          { title: s.console.columns.place, render: (_, o) => o.building?.name ?? s.noPlace },
          {
            title: s.console.columns.status,
            render: (_, o) => (
              <Space size={4} wrap>
                <Tag color="magenta">{s.statuses[o.status]}</Tag>
                {o.overdue ? <Tag color="red">{s.overdue}</Tag> : o.dueSoon ? <Tag color="orange">{s.dueSoon}</Tag> : null}
                {o.followUp ? <Tag color="orange">{s.console.onlyFollowUp}</Tag> : null}
              </Space>
            ),
          },
          { title: s.console.columns.team, render: (_, o) => o.team?.name ?? s.noTeam },
          { title: s.console.columns.reportedAt, render: (_, o) => formatTime(o.reportedAt, locale) },
          {
            title: s.console.columns.due,
            render: (_, o) => formatTime(o.status === 'REPORTED' || o.status === 'DISPATCHED' ? o.respondBy : o.resolveBy, locale),
          },
        ]}
      />
    </Space>
  );
}
