'use client';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { formatTime, formatYuan } from '../lib/format';
import { errorText, usePrefs } from '../lib/i18n';
import { useSession } from '../lib/urql-provider';
import { ResidentSignIn } from './ResidentSignIn';
import { Alert } from './Notice';
import { Receipt } from './codes/Receipt';
import styles from './Ballot.module.css';

const plain = (code: string) => code.replace(/[\s-]/g, '');

const MyVotes = graphql(`
  query KioskMyVotes {
    me {
      displayName
    }
    myVotes {
      id
      question
      rule
      closesAt
      myBallotCast
      myCostShareFen
      matter {
        title
        resolution {
          summary
        }
      }
    }
  }
`);

const Cast = graphql(`
  mutation KioskCast($voteId: ID!, $choice: BallotChoice!) {
    castBallot(voteId: $voteId, choice: $choice) {
      receipt
      castAt
    }
  }
`);

type Choice = 'YES' | 'NO' | 'ABSTAIN';

export function VoteFlow() {
  const { t, locale } = usePrefs();
  const { token, setToken } = useSession();
  const [{ data, error }] = useQuery({ query: MyVotes, pause: !token, requestPolicy: 'network-only' });
  const [chosenVote, setChosenVote] = useState<string | null>(null);
  const [choice, setChoice] = useState<Choice | null>(null);
  const [castState, cast] = useMutation(Cast);
  const [receipt, setReceipt] = useState<string | null>(null);

  if (receipt) {
    return (
      <Receipt
        title={t.vote.receipt}
        code={receipt}
        codeTestId="ballot-receipt"
        phonePath={`/v/${plain(receipt)}`}
        kioskPath={`verify?receipt=${plain(receipt)}`}
        viewLabel={t.verify.view}
        scanLabel={t.vote.receiptHint}
      />
    );
  }

  if (!token) return <ResidentSignIn title={t.vote.title} onSignedIn={setToken} />;

  const votes = data?.myVotes ?? [];
  const vote = votes.find((v) => v.id === chosenVote) ?? (votes.length === 1 ? votes[0] : null);
  return (
    <section className="ballot">
      <Alert text={errorText(error, t)} />
      {data && votes.length === 0 ? <p>{t.vote.noVotes}</p> : null}
      {!vote && votes.length > 1 ? (
        <ul className="choices">
          {votes.map((v) => (
            <li key={v.id}>
              <button type="button" onClick={() => setChosenVote(v.id)}>
                {v.matter.title}：{v.question}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {vote ? (
        <div>
          <h2>{vote.matter.title}</h2>
          <p>
            {t.vote.question}：{vote.question}
          </p>
          <p className="meta">
            {t.matter.voteClosesAt} {formatTime(vote.closesAt, locale)}
          </p>
          <div className={styles.rule} data-testid="ballot-rule">
            {vote.matter.resolution ? (
              <p>
                {t.vote.resolution}：{vote.matter.resolution.summary}
              </p>
            ) : null}
            <p>
              {t.vote.rule}：{t.vote.thresholds[vote.rule]}
            </p>
          </div>
          {vote.myCostShareFen != null ? (
            <p className="share" data-testid="cost-share">
              {t.vote.yourShare}：<strong>{formatYuan(vote.myCostShareFen, locale)}</strong>
            </p>
          ) : null}
          {vote.myBallotCast ? (
            <p>{t.vote.alreadyVoted}</p>
          ) : (
            <>
              <p>{t.vote.choose}</p>
              <div className={styles.choices}>
                {(['YES', 'NO', 'ABSTAIN'] as const).map((c) => (
                  <button
                    key={c}
                    type="button"
                    data-testid={`choice-${c}`}
                    className={`${styles.choice} ${choice === c ? styles.chosen : ''}`}
                    aria-pressed={choice === c}
                    onClick={() => setChoice(c)}
                  >
                    {t.vote.choices[c]}
                  </button>
                ))}
              </div>
              {choice ? (
                <div className={styles.confirm} role="alertdialog" aria-labelledby="confirm-text">
                  <p id="confirm-text">{t.vote.confirm(t.vote.choices[choice])}</p>
                  <div className={styles.confirmActions}>
                    <button type="button" onClick={() => setChoice(null)}>
                      {t.cancel}
                    </button>
                    <button
                      type="button"
                      className="primary"
                      disabled={castState.fetching}
                      onClick={async () => {
                        const res = await cast({ voteId: vote.id, choice });
                        // The resident stays signed in for their other steps (rating, support) until they leave or the screen idles.
                        if (res.data) setReceipt(res.data.castBallot.receipt);
                      }}
                    >
                      {t.confirm}
                    </button>
                  </div>
                </div>
              ) : null}
              <Alert text={errorText(castState.error, t)} />
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
