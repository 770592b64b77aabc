'use client';

import { useEffect } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from '../../gql';
import { formatTime } from '../../lib/format';
import { errorDetail, errorText, usePrefs } from '../../lib/i18n';
import { Alert } from '../Notice';
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
  return (
    <p className="meta" data-testid={`tally-${voteId}`}>
      {t.console.participation}: {tally.participatingOwners} / {initial.eligibleOwners} · {tally.participatingAreaM2} / {initial.eligibleAreaM2} ㎡
    </p>
  );
}

/** Any change of a vote or matter refreshes the list, also while it is empty (a vote opened a moment ago). */
const VOTING_CONTEXT = { additionalTypenames: ['Vote', 'Matter'] };

export function VotesTab({ communities }: { communities: ConsoleCommunity[] }) {
  const { t, locale } = usePrefs();
  const [{ data, error }, refetch] = useQuery({
    query: Voting,
    variables: { communityId: communities.length === 1 ? communities[0].id : null },
    requestPolicy: 'network-only',
    context: VOTING_CONTEXT,
  });
  const [closeState, close] = useMutation(Close);
  const items = data?.matters.edges.map((e) => e.node).filter((m) => m.vote) ?? [];
  return (
    <div>
      <Alert text={errorDetail(closeState.error, t) ?? errorText(error, t)} />
      {items.length === 0 ? <p>{t.console.empty}</p> : null}
      <ul className="rows">
        {items.map((m) => (
          <li key={m.id}>
            <div>
              <strong>{m.title}</strong> · {m.vote!.question}
              <div className="meta">
                {t.console.rules[m.vote!.rule]} · {m.vote!.scopeName} · {t.matter.voteClosesAt} {formatTime(m.vote!.closesAt, locale)}
              </div>
              <LiveTally voteId={m.vote!.id} initial={m.vote!.tally} />
              <PaperBallots voteId={m.vote!.id} />
            </div>
            <div className="row-actions">
              <button
                type="button"
                disabled={closeState.fetching}
                aria-busy={closeState.fetching}
                onClick={async () => (await close({ voteId: m.vote!.id })).data && refetch({ requestPolicy: 'network-only' })}
              >
                {closeState.fetching ? t.console.counting : t.console.close}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

const Notices = graphql(`
  query ConsoleNotices($communityId: ID) {
    notices(communityId: $communityId, first: 50) {
      id
      kind
      title
      body
      publishedAt
    }
  }
`);

/** Public notices (公示), each printable on its own for the notice board. */
export function NoticesTab({ communities }: { communities: ConsoleCommunity[] }) {
  const { t, locale } = usePrefs();
  const [{ data }] = useQuery({
    query: Notices,
    variables: { communityId: communities.length === 1 ? communities[0].id : null },
    requestPolicy: 'network-only',
  });
  useEffect(() => undefined, []);
  return (
    <ul className="rows notices-print">
      {(data?.notices ?? []).map((n) => (
        <li key={n.id} className="printable">
          <div>
            <h3>{t.console.noticeHeading(n.title)}</h3>
            <p>{n.body}</p>
            <p className="meta">{formatTime(n.publishedAt, locale)}</p>
          </div>
          <button
            type="button"
            className="no-print"
            onClick={(e) => {
              const li = (e.currentTarget as HTMLElement).closest('li');
              li?.classList.add('print-this');
              window.print();
              li?.classList.remove('print-this');
            }}
          >
            {t.console.print}
          </button>
        </li>
      ))}
    </ul>
  );
}
