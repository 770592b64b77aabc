'use client';

import { Card, Space, Table, Tag } from 'antd';
import Link from 'next/link';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MatterCategory } from '../../gql/graphql';
import { usePrefs } from '../../lib/i18n';
import { MeetingsPanel } from './MeetingsPanel';
import type { ConsoleCommunity } from './staff-context';

const OnAgenda = graphql(`
  query ConsoleOnAgenda($communityId: ID) {
    matters(filter: { communityId: $communityId, status: [ON_AGENDA] }, first: 100) {
      edges {
        node {
          id
          trackingCode
          title
          category
          resolution {
            summary
            outcome
          }
          pavilion {
            community {
              id
            }
          }
        }
      }
    }
  }
`);

/**
 * The branch's deliberation: the matters on the agenda (each opened on its page to record the
 * resolution or open the vote) and the meetings that discuss them.
 */
export function AgendaTab({ communities }: { communities: ConsoleCommunity[] }) {
  const { t } = usePrefs();
  const [{ data, fetching }] = useQuery({
    query: OnAgenda,
    variables: { communityId: communities.length === 1 ? communities[0].id : null },
    requestPolicy: 'network-only',
  });
  const items = data?.matters.edges.map((e) => e.node) ?? [];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t.console.tabs.agenda}>
        <Table
          size="small"
          rowKey="id"
          loading={fetching && !data}
          dataSource={items}
          pagination={{ pageSize: 20 }}
          columns={[
            {
              title: t.admin.columns.trackingCode,
              dataIndex: 'trackingCode',
              render: (code: string, m) => <Link href={`/console/matters/${m.id}`}>{code}</Link>,
            },
            { title: t.admin.columns.title, dataIndex: 'title', render: (title: string, m) => <Link href={`/console/matters/${m.id}`}>{title}</Link> },
            { title: t.admin.columns.category, dataIndex: 'category', render: (c: MatterCategory) => t.categories[c] },
            {
              title: t.matter.resolution,
              key: 'resolution',
              render: (_: unknown, m) => (m.resolution ? <Tag color="magenta">{t.console.outcomes[m.resolution.outcome]}</Tag> : '—'),
            },
          ]}
        />
      </Card>
      {communities.map((c) => (
        <MeetingsPanel key={c.id} community={c} onAgenda={items.filter((m) => m.pavilion.community.id === c.id)} />
      ))}
    </Space>
  );
}
