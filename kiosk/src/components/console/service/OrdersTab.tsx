'use client';

import { Alert, Input, Space, Switch, Table, Tag, Select } from 'antd';
import { useCallback } from 'react';
import { useQuery, useSubscription } from 'urql';
import { WorkOrderStatus } from '../../../gql/graphql';
// The generated reader of a fragment's fields, which is no React hook.
import { useFragment as rowOf } from '../../../gql';
import { ConsoleOrderRow, OrdersLive, OrdersQuery, type ConsoleOrder } from './order-documents';
import { OPEN_ORDER_STATUSES } from '../../service/order-documents';
import { formatTime, formatTrackingCode } from '../../../lib/format';
import { errorDetail, usePrefs } from '../../../lib/i18n';
import { useUrlTableState } from '../../../lib/url-table-state';
import { ORDER_STATUS_COLOURS } from '../status-colours';
import { OrderActions } from './OrderActions';
import { PhoneReport } from './PhoneReport';

/** Every status, chosen by clearing the status filter (no key in the address means the open ones). */
const ALL = 'all';

/** The community's orders, nearest deadline first, with what the office may do to each. */
export function OrdersTab({ communityId }: { communityId: string }) {
  const { t, locale } = usePrefs();
  const s = t.service;
  // In the address: the back button, a shared link and the workbench's counts land on the same rows.
  const url = useUrlTableState();
  const status = url.text('status') === ALL ? [] : url.has('status') ? url.listOf('status', Object.values(WorkOrderStatus)) : OPEN_ORDER_STATUSES;
  const overdue = !!url.flag('overdue');
  const followUp = !!url.flag('followUp');
  const code = url.text('code') ?? '';
  const page = { current: url.page, size: url.size };
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
          onChange={(v: WorkOrderStatus[]) => url.set({ status: v.length ? v : ALL })}
          options={Object.values(WorkOrderStatus).map((v) => ({ value: v, label: s.statuses[v] }))}
        />
        <Input.Search
          aria-label={s.console.findByCode}
          placeholder={s.console.findByCode}
          allowClear
          maxLength={12}
          style={{ width: 220 }}
          defaultValue={code}
          onSearch={(v) => url.set({ code: v.trim() })}
        />
        <Space>
          <Switch aria-label={s.console.onlyOverdue} disabled={!!code} checked={overdue} onChange={(on) => url.set({ overdue: on })} /> {s.console.onlyOverdue}
        </Space>
        <Space>
          <Switch aria-label={s.console.onlyFollowUp} disabled={!!code} checked={followUp} onChange={(on) => url.set({ followUp: on })} />{' '}
          {s.console.onlyFollowUp}
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
          onChange: (current, size) => url.set({ page: current, size }, true),
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
                <Tag variant="solid" color={ORDER_STATUS_COLOURS[o.status]}>
                  {s.statuses[o.status]}
                </Tag>
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
