'use client';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { errorDetail, usePrefs } from '../../lib/i18n';
import { Alert } from '../Notice';

const Electors = graphql(`
  query ConsoleElectors($voteId: ID!) {
    vote(id: $voteId) {
      id
      electors {
        homeId
        label
        floor
        areaM2
        voted
      }
    }
  }
`);

const Paper = graphql(`
  mutation ConsolePaperBallot($voteId: ID!, $homeId: ID!, $choice: BallotChoice!) {
    recordPaperBallot(voteId: $voteId, homeId: $homeId, choice: $choice) {
      receipt
    }
  }
`);

/** Door-to-door collection: the homes whose owner has not voted yet, and their paper ballots. */
export function PaperBallots({ voteId }: { voteId: string }) {
  const { t } = usePrefs();
  const [open, setOpen] = useState(false);
  const [{ data }, refetch] = useQuery({ query: Electors, variables: { voteId }, pause: !open, requestPolicy: 'network-only' });
  const [state, record] = useMutation(Paper);
  const [receipts, setReceipts] = useState<Record<string, string>>({});
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t.console.paperBallots}
      </button>
    );
  }
  const waiting = data?.vote?.electors.filter((e) => !e.voted) ?? [];
  return (
    <div className="paper">
      <h4>{t.console.paperBallots}</h4>
      <Alert text={errorDetail(state.error, t)} />
      {data && waiting.length === 0 ? <p>{t.console.allVoted}</p> : null}
      <ul>
        {Object.entries(receipts).map(([label, receipt]) => (
          <li key={label} className="meta">
            {label}: {receipt}
          </li>
        ))}
        {waiting.map((e) => (
          <li key={e.homeId}>
            {e.label} · {e.areaM2} ㎡{' '}
            {(['YES', 'NO', 'ABSTAIN'] as const).map((c) => (
              <button
                key={c}
                type="button"
                onClick={async () => {
                  const res = await record({ voteId, homeId: e.homeId, choice: c });
                  if (res.data) {
                    setReceipts({ ...receipts, [e.label]: res.data.recordPaperBallot.receipt });
                    refetch({ requestPolicy: 'network-only' });
                  }
                }}
              >
                {t.vote.choices[c]}
              </button>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
