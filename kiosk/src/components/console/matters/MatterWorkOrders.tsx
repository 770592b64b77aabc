'use client';

import { ExplainedButton } from '../ExplainedButton';
import { ORDER_STATUS_COLOURS } from '../status-colours';
import { Alert, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { formatTrackingCode } from '../../../lib/format';
import { errorDetail, usePrefs } from '../../../lib/i18n';
import { ServiceItemSelect } from '../service/ServiceItemSelect';

const OrdersOfMatter = graphql(`
  query ConsoleMatterWorkOrders($id: ID!) {
    matter(id: $id) {
      id
      workOrders {
        id
        trackingCode
        status
        overdue
        item {
          name
        }
        team {
          id
          name
        }
      }
    }
  }
`);

const CreateOrder = graphql(`
  mutation ConsoleCreateWorkOrder($input: CreateWorkOrderInput!) {
    createWorkOrder(input: $input) {
      id
      trackingCode
      status
    }
  }
`);

/**
 * The work orders that carry a matter out, and (while it is in execution) a new one for a team:
 * the matter completes only once they are done.
 */
export function MatterWorkOrders({ matterId, canCreate }: { matterId: string; canCreate: boolean }) {
  const { t } = usePrefs();
  const s = t.service;
  const [{ data, error }, refetch] = useQuery({ query: OrdersOfMatter, variables: { id: matterId } });
  const [itemCode, setItemCode] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [created, create] = useMutation(CreateOrder);
  if (error) return <Alert type="error" showIcon title={errorDetail(error, t)} />;
  const orders = data?.matter?.workOrders ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {orders.length ? (
        <List
          size="small"
          dataSource={orders}
          renderItem={(o) => (
            <List.Item>
              <Space wrap>
                <a href={`/w/${o.trackingCode}`} target="_blank" rel="noreferrer">
                  {formatTrackingCode(o.trackingCode)}
                </a>
                {o.item.name}
                <Tag variant="solid" color={ORDER_STATUS_COLOURS[o.status]}>
                  {s.statuses[o.status]}
                </Tag>
                {o.overdue ? <Tag color="red">{s.overdue}</Tag> : null}
                <Typography.Text type="secondary">{o.team?.name ?? s.noTeam}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      ) : (
        <Typography.Text type="secondary">{s.console.noOrders}</Typography.Text>
      )}
      {canCreate && data ? (
        <Space wrap>
          <ServiceItemSelect value={itemCode} onChange={setItemCode} style={{ minWidth: 240 }} />
          <Input
            aria-label={s.console.notePlaceholder}
            placeholder={s.console.notePlaceholder}
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
          />
          <ExplainedButton
            type="primary"
            why={!itemCode && t.admin.why.choose(t.service.item)}
            loading={created.fetching}
            onClick={async () => {
              const res = await create({ input: { matterId, itemCode: itemCode!, note: note || null } });
              if (res.data) {
                setNote('');
                setItemCode(null);
                refetch({ requestPolicy: 'network-only' });
              }
            }}
          >
            {s.console.createOrder}
          </ExplainedButton>
        </Space>
      ) : null}
      {created.error ? <Alert type="error" showIcon title={errorDetail(created.error, t)} role="alert" /> : null}
    </Space>
  );
}
