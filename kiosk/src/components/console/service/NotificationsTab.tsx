'use client';

import { Alert, Button, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { formatTime } from '../../../lib/format';
import { errorDetail, usePrefs } from '../../../lib/i18n';

const NotificationsQuery = graphql(`
  query ConsoleNotifications($communityId: ID) {
    notifications(communityId: $communityId, first: 100) {
      id
      createdAt
      sentAt
      phone
      text
      status
      attempts
      lastError
    }
  }
`);

const Retry = graphql(`
  mutation ConsoleRetryNotification($id: ID!) {
    retryNotification(id: $id) {
      id
      status
      attempts
      lastError
    }
  }
`);

const COLORS = { PENDING: 'blue', SENT: 'green', FAILED: 'red' } as const;

/** What the outbox sent to residents' phones, and what it could not; a failed message can be sent again. */
export function NotificationsTab({ communityId }: { communityId: string }) {
  const { t, locale } = usePrefs();
  const s = t.service.console;
  const [{ data, error, fetching }] = useQuery({ query: NotificationsQuery, variables: { communityId }, requestPolicy: 'cache-and-network' });
  const [retryState, retry] = useMutation(Retry);
  if (error) return <Alert type="error" showIcon title={errorDetail(error, t)} />;
  return (
    <>
      {retryState.error ? <Alert type="error" showIcon title={errorDetail(retryState.error, t)} /> : null}
      <Table
        size="small"
        rowKey="id"
        loading={fetching && !data}
        dataSource={data?.notifications ?? []}
        columns={[
          { title: t.service.console.columns.reportedAt, render: (_, n) => formatTime(n.createdAt, locale) },
          { title: t.service.teamPage.contact, dataIndex: 'phone' },
          { title: s.notifications, render: (_, n) => <Typography.Text>{n.text}</Typography.Text> },
          { title: t.service.console.columns.status, render: (_, n) => <Tag color={COLORS[n.status]}>{s.deliveries[n.status]}</Tag> },
          { title: s.attempts, dataIndex: 'attempts' },
          { title: s.lastError, render: (_, n) => n.lastError ?? '—' },
          {
            title: '',
            render: (_, n) =>
              n.status === 'FAILED' ? (
                <Button size="small" loading={retryState.fetching} onClick={() => retry({ id: n.id })}>
                  {s.retry}
                </Button>
              ) : null,
          },
        ]}
      />
    </>
  );
}
