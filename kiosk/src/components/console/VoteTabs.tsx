'use client';

import { Alert as AntAlert, Button, Card, Empty, Progress, Space, Table, Typography } from 'antd';
import Link from 'next/link';
import { useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from '../../gql';
import { formatTime } from '../../lib/format';
import { errorDetail, errorText, usePrefs } from '../../lib/i18n';
import type { ConsoleCommunity } from './staff-context';
import { PaperBallots } from './PaperBallots';

const Voting = graphql(`
  query ConsoleVoting($communityId: ID) {
    matters(filter: { communityId: $communityId, status: [VOTING] }, first: 100) {
      edges {
        node {
          id
          title
          vote {
            id
            question
            rule
            scopeName
            closesAt
            tally {
              eligibleOwners
              eligibleAreaM2
              participatingOwners
              participatingAreaM2
            }
          }
        }
      }
    }
  }
`);

const VoteLive = graphql(`
  subscription ConsoleVoteLive($voteId: ID!) {
    voteUpdated(voteId: $voteId) {
      id
      status
      tally {
        participatingOwners
        participatingAreaM2
      }
    }
  }
`);

const Close = graphql(`
  mutation ConsoleCloseVote($voteId: ID!) {
    closeVote(voteId: $voteId) {
      id
      status
    }
  }
`);

function LiveTally({
  voteId,
  initial,
}: {
  voteId: string;
  initial: { participatingOwners: number; participatingAreaM2: number; eligibleOwners: number; eligibleAreaM2: number };
}) {
  const { t } = usePrefs();
  const [live] = useSubscription({ query: VoteLive, variables: { voteId } });
  const tally = live.data?.voteUpdated.tally ?? initial;
  const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);
  return (
    <div data-testid={`tally-${voteId}`}>
      <Typography.Text>
        {t.console.participation}: {tally.participatingOwners} / {initial.eligibleOwners} · {tally.participatingAreaM2} / {initial.eligibleAreaM2} ㎡
      </Typography.Text>
      <Progress
        percent={percent(tally.participatingOwners, initial.eligibleOwners)}
        aria-label={`${t.console.participation} · ${t.admin.matter.owners}`}
        size="small"
      />
      <Progress
        percent={percent(tally.participatingAreaM2, initial.eligibleAreaM2)}
        aria-label={`${t.console.participation} · ${t.admin.matter.area}`}
        size="small"
      />
    </div>
  );
}

/** Open votes of the caller's communities, each with its live participation, paper ballots and closing. */
export function VotesTab({ communities }: { communities: ConsoleCommunity[] }) {
  const { t, locale } = usePrefs();
  const [{ data, error }, refetch] = useQuery({
    query: Voting,
    variables: { communityId: communities.length === 1 ? communities[0].id : null },
    requestPolicy: 'network-only',
  });
  const [closeState, close] = useMutation(Close);
  const [closing, setClosing] = useState<string | null>(null);
  const items = data?.matters.edges.map((e) => e.node).filter((m) => m.vote) ?? [];
  const problem = errorDetail(closeState.error, t) ?? errorText(error, t);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {problem ? <AntAlert type="error" showIcon title={problem} role="alert" /> : null}
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.console.next.noVotes}>
          <Link href="/console/matters?status=ON_AGENDA">{t.console.next.toAgenda}</Link>
        </Empty>
      ) : null}
      {items.map((m) => (
        <Card
          key={m.id}
          size="small"
          title={<Link href={`/console/matters/${m.id}`}>{m.title}</Link>}
          extra={
            <Button
              danger
              loading={closing === m.vote!.id}
              onClick={async () => {
                setClosing(m.vote!.id);
                const res = await close({ voteId: m.vote!.id });
                setClosing(null);
                if (res.data) refetch({ requestPolicy: 'network-only' });
              }}
            >
              {closing === m.vote!.id ? t.console.counting : t.console.close}
            </Button>
          }
        >
          <Typography.Paragraph strong>{m.vote!.question}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            {t.console.rules[m.vote!.rule]} · {m.vote!.scopeName} · {t.matter.voteClosesAt} {formatTime(m.vote!.closesAt, locale)}
          </Typography.Paragraph>
          <LiveTally voteId={m.vote!.id} initial={m.vote!.tally} />
          <div className="console">
            <PaperBallots voteId={m.vote!.id} />
          </div>
        </Card>
      ))}
    </Space>
  );
}

const Notices = graphql(`
  query ConsoleNotices($communityId: ID) {
    notices(communityId: $communityId, first: 100) {
      id
      kind
      title
      body
      publishedAt
    }
  }
`);

/** Public notices (公示), newest first, each printable on its own for the notice board. */
export function NoticesTab({ communities }: { communities: ConsoleCommunity[] }) {
  const { t, locale } = usePrefs();
  const [{ data, fetching }] = useQuery({
    query: Notices,
    variables: { communityId: communities.length === 1 ? communities[0].id : null },
    requestPolicy: 'network-only',
  });
  return (
    <Table
      size="small"
      rowKey="id"
      loading={fetching && !data}
      dataSource={data?.notices ?? []}
      pagination={{ pageSize: 10, showTotal: (n) => t.admin.total(n) }}
      rowClassName="printable"
      columns={[
        { title: t.admin.audit.at, dataIndex: 'publishedAt', width: 180, render: (at: string) => formatTime(at, locale) },
        {
          title: t.console.tabs.notices,
          key: 'notice',
          render: (_: unknown, n: { title: string; body: string }) => (
            <>
              <Typography.Text strong>{t.console.noticeHeading(n.title)}</Typography.Text>
              <div>{n.body}</div>
            </>
          ),
        },
        {
          key: 'print',
          width: 100,
          render: () => (
            <Button
              className="no-print"
              onClick={(e) => {
                const row = (e.currentTarget as HTMLElement).closest('tr');
                row?.classList.add('print-this');
                window.print();
                row?.classList.remove('print-this');
              }}
            >
              {t.console.print}
            </Button>
          ),
        },
      ]}
    />
  );
}
