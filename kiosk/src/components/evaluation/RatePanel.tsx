'use client';

import { Star } from 'lucide-react';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ComplaintTopic } from '../../gql/graphql';
import { errorText, usePrefs } from '../../lib/i18n';
import { useSession } from '../../lib/urql-provider';
import { Alert } from '../Notice';
import { ResidentSignIn } from '../ResidentSignIn';
import { StandardQuery } from './StandardExplainer';

const MyRating = graphql(`
  query KioskMyPropertyRating {
    myEstate {
      name
      propertyCompany
    }
    myPropertyRating {
      month
      scores {
        code
        points
      }
    }
  }
`);

const Rate = graphql(`
  mutation KioskRateProperty($scores: [IndicatorPointsInput!]!) {
    rateProperty(scores: $scores) {
      period
      total
    }
  }
`);

const Complain = graphql(`
  mutation KioskComplain($topic: ComplaintTopic!) {
    complainAboutProperty(topic: $topic) {
      id
    }
  }
`);

const TOPICS: ComplaintTopic[] = ['CLEANING', 'REPAIRS', 'SAFETY', 'FEES', 'ATTITUDE', 'NOISE_PARKING'];

/**
 * Rating and one-click complaints, after signing in with the home code: big star buttons, one row
 * per question, no typing. The server finds the home's estate and company; nothing here says which.
 */
export function RatePanel({ mode, onDone }: { mode: 'rate' | 'complain'; onDone(): void }) {
  const { t } = usePrefs();
  const e = t.evaluation;
  const { token, setToken } = useSession();
  const [{ data: standard }] = useQuery({ query: StandardQuery });
  const [{ data: mine }] = useQuery({ query: MyRating, pause: !token || mode !== 'rate', requestPolicy: 'network-only' });
  const [stars, setStars] = useState<Record<string, number>>({});
  const [rateState, rate] = useMutation(Rate);
  const [complainState, complain] = useMutation(Complain);
  const [sent, setSent] = useState<string | null>(null);
  if (!token) return <ResidentSignIn title={e.signInTitle} onSignedIn={setToken} />;
  const questions = (standard?.evaluationStandard.dimensions ?? []).flatMap((d) => d.indicators).filter((i) => i.source === 'RESIDENT_RATING');
  const current = (code: string) => stars[code] ?? mine?.myPropertyRating?.scores.find((s) => s.code === code)?.points ?? 0;
  const error = errorText(rateState.error ?? complainState.error, t);
  // The resident stays signed in for their other steps; the bar above signs them out.
  const finish = onDone;
  if (sent)
    return (
      <section className="rate-panel" aria-live="polite">
        <p className="done" role="status">
          {sent}
        </p>
        <button type="button" className="primary" onClick={finish}>
          {e.done}
        </button>
      </section>
    );
  if (mode === 'complain')
    return (
      <section className="rate-panel">
        <h3>{e.complainTitle}</h3>
        <p>{e.complainHint}</p>
        <Alert text={error} />
        <div className="topic-grid">
          {TOPICS.map((topic) => (
            <button
              key={topic}
              type="button"
              disabled={complainState.fetching}
              onClick={async () => {
                const res = await complain({ topic });
                if (!res.error) setSent(e.complained);
              }}
            >
              {e.topics[topic]}
            </button>
          ))}
        </div>
        <button type="button" onClick={finish}>
          {t.back}
        </button>
      </section>
    );
  const complete = questions.every((q) => current(q.code) > 0);
  return (
    <section className="rate-panel">
      <h3>{mine?.myPropertyRating ? e.changeRating : e.rateTitle}</h3>
      {mine?.myEstate ? (
        <p className="meta" data-testid="rating-target">
          {e.ratingTarget(mine.myEstate.name, mine.myEstate.propertyCompany ?? e.noCompanyShort)}
        </p>
      ) : null}
      <p>{e.rateHint}</p>
      <Alert text={error} />
      <fieldset className="stars all-stars">
        <legend>{e.rateAll}</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <button key={n} type="button" aria-label={e.allStars(n)} onClick={() => setStars(Object.fromEntries(questions.map((q) => [q.code, n])))}>
            {n}
            <Star aria-hidden="true" focusable="false" size={28} />
          </button>
        ))}
      </fieldset>
      {questions.map((q) => (
        <fieldset key={q.code} className="stars">
          <legend>{q.question}</legend>
          {[1, 2, 3, 4, 5].map((n) => (
            <button
              key={n}
              type="button"
              aria-label={e.stars(n)}
              aria-pressed={current(q.code) === n}
              className={current(q.code) >= n ? 'on' : undefined}
              onClick={() => setStars((s) => ({ ...s, [q.code]: n }))}
            >
              <Star aria-hidden="true" focusable="false" size={36} />
            </button>
          ))}
        </fieldset>
      ))}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!complete || rateState.fetching}
          onClick={async () => {
            const res = await rate({ scores: questions.map((q) => ({ code: q.code, points: current(q.code) })) });
            if (!res.error) setSent(e.rated);
          }}
        >
          {e.sendRating}
        </button>
        <button type="button" onClick={finish}>
          {t.back}
        </button>
      </div>
    </section>
  );
}
