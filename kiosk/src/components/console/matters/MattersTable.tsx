'use client';

import { Button, Card, Checkbox, DatePicker, Dropdown, Input, Modal, Progress, Select, Space, Table, Tag, Typography, Tooltip } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import { Download } from 'lucide-react';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { MatterCategory, MatterSort, MatterStatus, MatterStep, type ConsoleMattersQuery, type StaffMatterFilter } from '../../../gql/graphql';
import { CATEGORIES_IN_ORDER } from '../../../lib/categories';
import { PAGE_SIZES, useUrlTableState } from '../../../lib/url-table-state';
import { formatTime, shanghai } from '../../../lib/format';
import { errorDetail, usePrefs } from '../../../lib/i18n';
import { exportRows, type ExportColumn, type ExportFormat } from '../export-file';
import { useStaff } from '../staff-context';
import { MATTER_STATUS_COLOURS } from '../status-colours';

const MattersQuery = graphql(`
  query ConsoleMatters($filter: StaffMatterFilter, $sort: MatterSort, $first: Int, $offset: Int) {
    staffMatters(filter: $filter, sort: $sort, first: $first, offset: $offset) {
      totalCount
      edges {
        node {
          id
          trackingCode
          title
          place
          category
          status
          step
          createdAt
          secondCount
          progress
          overdue
          followUp
          contactPhone
          community {
            id
            name
          }
        }
      }
    }
  }
`);

type Row = ConsoleMattersQuery['staffMatters']['edges'][number]['node'];

const EXPORT_PAGE = 100;

/** The table's state lives in the address, so the back button and a shared link keep the filters. */
function useTableState() {
  const url = useUrlTableState();
  const state = {
    search: url.text('q') ?? '',
    communityId: url.text('community'),
    status: url.listOf('status', Object.values(MatterStatus)),
    category: url.listOf('category', Object.values(MatterCategory)),
    step: (url.text('step') as MatterStep | null) ?? null,
    overdue: url.flag('overdue'),
    followUp: url.flag('followUp'),
    from: url.text('from'),
    to: url.text('to'),
    sort: (url.text('sort') as MatterSort | null) ?? MatterSort.Newest,
    page: url.page,
    size: url.size,
  };
  return { state, set: url.set, reset: url.reset };
}

/** The staff's table of matters: search, filters, sorting, pages from the server, and export of what is shown. */
export function MattersTable() {
  const { t, locale } = usePrefs();
  const { communities } = useStaff();
  const client = useClient();
  const { state, set, reset } = useTableState();
  const [exporting, setExporting] = useState<{ done: number; total: number } | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  // The address is the state: lists are compared by their text, so the filter is rebuilt only
  // when one of its parts changes.
  const statusKey = state.status.join(',');
  const categoryKey = state.category.join(',');
  const filter = useMemo<StaffMatterFilter>(
    () => ({
      search: state.search || null,
      communityId: state.communityId,
      status: statusKey ? (statusKey.split(',') as MatterStatus[]) : null,
      category: categoryKey ? (categoryKey.split(',') as MatterCategory[]) : null,
      step: state.step,
      overdue: state.overdue,
      followUp: state.followUp,
      // A day picked in the console is a day in Shanghai.
      createdFrom: state.from ? shanghai(`${state.from}T00:00`) : null,
      createdTo: state.to ? shanghai(`${dayjs(state.to).add(1, 'day').format('YYYY-MM-DD')}T00:00`) : null,
    }),
    [state.search, state.communityId, statusKey, categoryKey, state.step, state.overdue, state.followUp, state.from, state.to],
  );
  const [{ data, fetching, error }] = useQuery({
    query: MattersQuery,
    variables: { filter, sort: state.sort, first: state.size, offset: (state.page - 1) * state.size },
  });
  const rows = data?.staffMatters.edges.map((e) => e.node) ?? [];
  const total = data?.staffMatters.totalCount ?? 0;

  const exportColumns: Array<ExportColumn<Row>> = [
    { title: t.admin.columns.trackingCode, value: (r) => r.trackingCode },
    { title: t.admin.columns.title, value: (r) => r.title },
    { title: t.admin.community, value: (r) => r.community.name },
    { title: t.admin.columns.place, value: (r) => r.place ?? '' },
    { title: t.admin.columns.category, value: (r) => t.categories[r.category] },
    { title: t.admin.columns.status, value: (r) => t.status[r.status] },
    { title: t.admin.columns.createdAt, value: (r) => formatTime(r.createdAt, locale) },
    { title: t.admin.columns.seconds, value: (r) => r.secondCount },
    { title: t.admin.columns.progress, value: (r) => r.progress },
    { title: t.admin.matter.contact, value: (r) => r.contactPhone ?? '' },
  ];

  /** Every row of the current filter and order, a page at a time, with progress. */
  const runExport = async (format: ExportFormat) => {
    setExportError(null);
    setExporting({ done: 0, total });
    const all: Row[] = [];
    try {
      for (let offset = 0; offset === 0 || offset < total; offset += EXPORT_PAGE) {
        const res = await client.query(MattersQuery, { filter, sort: state.sort, first: EXPORT_PAGE, offset }, { requestPolicy: 'network-only' }).toPromise();
        if (!res.data) throw new Error(errorDetail(res.error, t) ?? t.errors.unknown);
        all.push(...res.data.staffMatters.edges.map((e) => e.node));
        setExporting({ done: all.length, total: res.data.staffMatters.totalCount });
        if (res.data.staffMatters.edges.length < EXPORT_PAGE) break;
      }
      await exportRows(all, exportColumns, format, `matters-${dayjs().format('YYYYMMDD-HHmm')}`);
      setExporting(null);
    } catch (e) {
      setExporting(null);
      setExportError((e as Error).message);
    }
  };

  const sortOrder = (sort: MatterSort) => (state.sort === sort ? ('descend' as const) : null);
  const columns: TableProps<Row>['columns'] = [
    {
      title: t.admin.columns.trackingCode,
      dataIndex: 'trackingCode',
      render: (code: string, r) => (
        <Link href={`/console/matters/${r.id}`} data-testid={`open-${r.id}`}>
          {code}
        </Link>
      ),
    },
    {
      title: t.admin.columns.title,
      dataIndex: 'title',
      render: (title: string, r) => (
        <Space size={4} wrap>
          <Link href={`/console/matters/${r.id}`}>{title}</Link>
          {r.overdue ? <Tag color="red">{t.console.overdue}</Tag> : null}
          {r.followUp ? <Tag color="orange">{t.admin.followUp}</Tag> : null}
        </Space>
      ),
    },
    { title: t.admin.columns.place, dataIndex: 'place', render: (p: string | null) => p ?? '—' },
    ...(communities.length > 1 ? [{ title: t.admin.community, key: 'community', render: (_: unknown, r: Row) => r.community.name }] : []),
    { title: t.admin.columns.category, dataIndex: 'category', render: (c: MatterCategory) => t.categories[c] },
    {
      title: t.admin.columns.status,
      dataIndex: 'status',
      render: (s: MatterStatus) => (
        <Tag variant="solid" color={MATTER_STATUS_COLOURS[s]}>
          {t.status[s]}
        </Tag>
      ),
    },
    {
      title: t.admin.columns.createdAt,
      dataIndex: 'createdAt',
      key: MatterSort.Newest,
      sorter: true,
      sortOrder: state.sort === MatterSort.Newest ? 'descend' : state.sort === MatterSort.Oldest ? 'ascend' : null,
      render: (at: string) => formatTime(at, locale),
    },
    { title: t.admin.columns.seconds, dataIndex: 'secondCount', key: MatterSort.MostSeconded, sorter: true, sortOrder: sortOrder(MatterSort.MostSeconded) },
    {
      title: t.admin.columns.progress,
      dataIndex: 'progress',
      key: MatterSort.LeastProgress,
      sorter: true,
      sortOrder: state.sort === MatterSort.LeastProgress ? 'ascend' : null,
      render: (p: number) => `${p}%`,
    },
  ];

  return (
    <Card title={t.admin.menu.matters} extra={<Typography.Text type="secondary">{t.admin.total(total)}</Typography.Text>}>
      <Space wrap style={{ marginBottom: 16 }} align="center">
        <Input.Search
          aria-label={t.admin.search}
          placeholder={t.admin.search}
          defaultValue={state.search}
          allowClear
          style={{ width: 260 }}
          onSearch={(q) => set({ q })}
        />
        {communities.length > 1 ? (
          <Select
            aria-label={t.admin.community}
            placeholder={t.admin.community}
            allowClear
            style={{ width: 160 }}
            value={state.communityId ?? undefined}
            onChange={(v) => set({ community: v })}
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
          />
        ) : null}
        <Select
          aria-label={t.admin.status}
          placeholder={t.admin.status}
          mode="multiple"
          allowClear
          style={{ minWidth: 160 }}
          value={state.status}
          onChange={(v: string[]) => set({ status: v.join(',') })}
          options={Object.values(MatterStatus).map((s) => ({ value: s, label: t.status[s] }))}
        />
        <Select
          aria-label={t.admin.category}
          placeholder={t.admin.category}
          mode="multiple"
          allowClear
          style={{ minWidth: 160 }}
          value={state.category}
          onChange={(v: string[]) => set({ category: v.join(',') })}
          options={CATEGORIES_IN_ORDER.map((c) => ({ value: c, label: t.categories[c] }))}
        />
        <Select
          aria-label={t.admin.step}
          placeholder={t.admin.step}
          allowClear
          style={{ width: 120 }}
          value={state.step ?? undefined}
          onChange={(v) => set({ step: v })}
          options={Object.values(MatterStep).map((s) => ({ value: s, label: t.steps[s] }))}
        />
        <DatePicker.RangePicker
          aria-label={t.admin.createdRange}
          value={state.from && state.to ? [dayjs(state.from), dayjs(state.to)] : null}
          onChange={(range) => set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
        />
        <Checkbox checked={!!state.overdue} onChange={(e) => set({ overdue: e.target.checked ? 1 : null })}>
          {t.admin.overdue}
        </Checkbox>
        <Checkbox checked={!!state.followUp} onChange={(e) => set({ followUp: e.target.checked ? 1 : null })}>
          {t.admin.followUp}
        </Checkbox>
        <Select
          aria-label={t.admin.sort}
          style={{ width: 130 }}
          value={state.sort}
          onChange={(v) => set({ sort: v })}
          options={Object.values(MatterSort).map((s) => ({ value: s, label: t.admin.sorts[s] }))}
        />
        <Button onClick={reset}>{t.admin.reset}</Button>
        <Tooltip title={total ? null : t.admin.why.nothingToExport}>
          <span style={{ display: 'inline-block' }}>
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'csv', label: t.admin.exportCsv },
                  { key: 'xlsx', label: t.admin.exportXlsx },
                ],
                onClick: ({ key }) => void runExport(key as ExportFormat),
              }}
            >
              <Button icon={<Download size={16} aria-hidden="true" />} disabled={!total}>
                {t.admin.exportCsv} / Excel
              </Button>
            </Dropdown>
          </span>
        </Tooltip>
      </Space>
      {error || exportError ? (
        <Typography.Paragraph type="danger" role="alert">
          {exportError ?? errorDetail(error, t)}
        </Typography.Paragraph>
      ) : null}
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={fetching && !data}
        columns={columns}
        dataSource={rows}
        rowClassName={(r) => (r.overdue ? 'row-overdue' : '')}
        onChange={(pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          // The time column sorts both ways; the others one way each, as their key says.
          const key = s?.order ? (s.columnKey as MatterSort) : null;
          const sort = key === MatterSort.Newest && s.order === 'ascend' ? MatterSort.Oldest : (key ?? MatterSort.Newest);
          const changedSort = sort !== state.sort;
          set({ page: changedSort ? null : pagination.current, size: pagination.pageSize, sort: sort !== MatterSort.Newest ? sort : null }, !changedSort);
        }}
        pagination={{
          current: state.page,
          pageSize: state.size,
          total,
          pageSizeOptions: PAGE_SIZES,
          showSizeChanger: true,
          showTotal: (n) => t.admin.total(n),
        }}
      />
      <Modal open={!!exporting} title={t.admin.exporting} footer={null} closable={false}>
        <Progress percent={exporting?.total ? Math.round((exporting.done / exporting.total) * 100) : 0} />
        <Typography.Text>{exporting ? `${exporting.done} / ${exporting.total}` : ''}</Typography.Text>
      </Modal>
    </Card>
  );
}
