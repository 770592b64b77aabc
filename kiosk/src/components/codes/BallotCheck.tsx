'use client';

import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { usePrefs } from '../../lib/i18n';
import { Alert } from '../Notice';
import { CodeEntry } from './CodeEntry';

const Verify = graphql(`
  query BallotCheck($receipt: String!) {
    verifyBallot(receipt: $receipt) {
      found
      choice
      voteStatus
    }
  }
`);

function Verdict({ receipt }: { receipt: string }) {
  const { t } = usePrefs();
  const [{ data, error }] = useQuery({ query: Verify, variables: { receipt } });
  if (error) return <Alert text={t.errors.unknown} />;
  if (!data) return <p>{t.loading}</p>;
  const v = data.verifyBallot;
  if (!v.found) return <Alert text={t.verify.notFound} />;
  return (
    <div className="notice" role="status" data-testid="ballot-verdict">
      <p>
        <strong>{t.verify.counted}</strong>
      </p>
      {v.choice ? (
        <p>
          {t.verify.choiceWas}：{t.vote.choices[v.choice]}
        </p>
      ) : null}
      <p>{v.voteStatus === 'OPEN' ? t.verify.open : t.verify.closed}</p>
    </div>
  );
}

/** Whether a ballot was counted, by its receipt: typed by taps at the kiosk, or from the receipt's QR on a phone. */
export function BallotCheck({ initialReceipt }: { initialReceipt: string | null }) {
  const { t } = usePrefs();
  const [receipt, setReceipt] = useState<string | null>(initialReceipt ? initialReceipt.replace(/[\s-]/g, '').toUpperCase() : null);
  return (
    <section>
      <h2>{t.verify.title}</h2>
      {receipt ? (
        <>
          <Verdict key={receipt} receipt={receipt} />
          <div className="actions">
            <button type="button" onClick={() => setReceipt(null)}>
              {t.track.again}
            </button>
          </div>
        </>
      ) : (
        <CodeEntry kind="receipt" label={t.verify.codeLabel} onComplete={setReceipt} />
      )}
    </section>
  );
}
