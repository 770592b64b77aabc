'use client';

import { useState } from 'react';
import { useClient, useMutation, useQuery, useSubscription } from 'urql';
import { graphql, useFragment } from '../gql';
import { formatTime } from '../lib/format';
import { errorText, usePrefs } from '../lib/i18n';
import { Star, ThumbsUp } from 'lucide-react';
import { CategoryIcon } from './icons';
import { Alert } from './Notice';
import { ResidentSignIn } from './ResidentSignIn';

const MatterDetailsFragment = graphql(`
  fragment MatterDetails on Matter {
    id
    place
    trackingCode
    title
    description
    category
    status
    step
    progress
    secondCount
    rating
    declineReason
    createdAt
    allowedActions
    pavilion {
      id
    }
    mergedInto {
      trackingCode
      title
    }
    resolution {
      summary
      outcome
      decidedAt
    }
    timeline {
      at
      status
      kind
      note
      progress
    }
    vote {
      ...MatterVote
    }
  }
`);

/** What the page shows of the matter's vote; its subscription carries the same, so participation follows. */
const MatterVoteFragment = graphql(`
  fragment MatterVote on Vote {
    id
    question
    status
    closesAt
    tally {
      eligibleOwners
      participatingOwners
    }
    result {
      passed
      summary
    }
  }
`);

const MatterQuery = graphql(`
  query MatterPage($code: String!) {
    matterByTrackingCode(code: $code) {
      id
      ...MatterDetails
    }
  }
`);

/**
 * Each change of the pavilion's matters arrives whole; the cache updates this page with no request.
 * It carries a board card's fields too, since the cache places every change on a board it holds.
 */
const MatterUpdates = graphql(`
  subscription MatterPageUpdates($pavilionId: ID) {
    matterUpdated(pavilionId: $pavilionId) {
      id
      step
      community {
        id
      }
      ...BoardCard
      ...MatterDetails
    }
  }
`);

/** Participation in the matter's vote, ballot by ballot. */
const VoteUpdates = graphql(`
  subscription MatterPageVote($voteId: ID!) {
    voteUpdated(voteId: $voteId) {
      ...MatterVote
    }
  }
`);

const SecondMutation = graphql(`
  mutation KioskSecond($id: ID!) {
    secondMatter(id: $id) {
      id
      secondCount
    }
  }
`);

const EndSession = graphql(`
  mutation KioskEndSession {
    signOut
  }
`);

/** Support (附议) by a resident: signs in for this one act, seconds, and signs out again. */
function SecondPanel({ matterId }: { matterId: string }) {
  const { t } = usePrefs();
  const client = useClient();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (message)
    return (
      <p role="status" data-testid="second-result">
        {message}
      </p>
    );
  if (!open) {
    return (
      <p>
        <button type="button" className="primary" onClick={() => setOpen(true)}>
          <ThumbsUp aria-hidden="true" focusable="false" size={28} /> {t.second.button}
        </button>{' '}
        <span className="meta">{t.second.hint}</span>
      </p>
    );
  }
  return (
    <ResidentSignIn
      title={t.second.button}
      onSignedIn={async (token) => {
        const auth = { fetchOptions: { headers: { authorization: `Bearer ${token}` } } };
        const res = await client.mutation(SecondMutation, { id: matterId }, auth).toPromise();
        await client.mutation(EndSession, {}, auth).toPromise();
        const code = res.error?.graphQLErrors[0]?.extensions?.code;
        setMessage(res.data ? t.second.done : code === 'CONFLICT' ? t.second.already : (errorText(res.error, t) ?? t.errors.unknown));
      }}
    />
  );
}

const RateMutation = graphql(`
  mutation RateMatter($code: String!, $stars: Int!, $comment: String) {
    rateMatter(trackingCode: $code, stars: $stars, comment: $comment) {
      id
      rating
    }
  }
`);

/** One matter's public page: the same on the kiosk and on a phone, following changes live. */
export function MatterView({ code }: { code: string }) {
  const { t, locale } = usePrefs();
  const [{ data, error, fetching }] = useQuery({ query: MatterQuery, variables: { code } });
  const m = useFragment(MatterDetailsFragment, data?.matterByTrackingCode);
  useSubscription({ query: MatterUpdates, variables: { pavilionId: m?.pavilion.id ?? null }, pause: !m });
  const vote = useFragment(MatterVoteFragment, m?.vote);
  useSubscription({ query: VoteUpdates, variables: { voteId: vote?.id ?? '' }, pause: !vote || !!vote.result });
  const [rateState, rate] = useMutation(RateMutation);
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');

  if (!data) return error ? <Alert text={errorText(error, t)} /> : <p>{fetching ? t.loading : ''}</p>;
  if (!m) return <Alert text={t.track.notFound} />;
  return (
    <article className="matter">
      <p className="cat">
        <CategoryIcon category={m.category} size={22} /> {t.categories[m.category]} · {m.trackingCode}
      </p>
      <h2>{m.title}</h2>
      {m.place ? <p className="meta">{m.place}</p> : null}
      {m.description ? <p className="description">{m.description}</p> : null}
      <ol className="stepper" aria-label={t.matter.timeline}>
        {(['RAISE', 'DELIBERATE', 'EXECUTE', 'DONE'] as const).map((s, i, all) => (
          <li
            key={s}
            className={s === m.step ? 'current' : all.indexOf(m.step as (typeof all)[number]) > i ? 'past' : ''}
            aria-current={s === m.step ? 'step' : undefined}
          >
            {t.steps[s]}
          </li>
        ))}
      </ol>
      <p className="state" data-testid="matter-status">
        {t.status[m.status]}
      </p>
      {m.step === 'EXECUTE' || m.status === 'COMPLETED' ? (
        <p>
          <span className="bar" role="progressbar" aria-valuenow={m.progress} aria-valuemin={0} aria-valuemax={100} aria-label={t.progress(m.progress)}>
            <span style={{ width: `${m.progress}%` }} />
          </span>{' '}
          {t.progress(m.progress)}
        </p>
      ) : null}
      {m.allowedActions.includes('SECOND') ? (
        <>
          <p className="meta">{t.seconds(m.secondCount)}</p>
          <SecondPanel matterId={m.id} />
        </>
      ) : null}
      {m.mergedInto ? (
        <p>
          {t.matter.mergedInto}: {m.mergedInto.title} ({m.mergedInto.trackingCode})
        </p>
      ) : null}
      {m.declineReason ? (
        <section>
          <h3>{t.matter.declined}</h3>
          <p>{m.declineReason}</p>
        </section>
      ) : null}
      {m.resolution ? (
        <section>
          <h3>{t.matter.resolution}</h3>
          <p>{m.resolution.summary}</p>
          <p className="meta">{formatTime(m.resolution.decidedAt, locale)}</p>
        </section>
      ) : null}
      {vote ? (
        <section data-testid="vote-section">
          <h3>{t.matter.vote}</h3>
          <p>{vote.question}</p>
          {vote.result ? (
            <p>
              <strong>
                {t.matter.voteResult}: {vote.result.passed ? t.matter.passed : t.matter.failed}
              </strong>
              <br />
              {vote.result.summary}
            </p>
          ) : (
            <p>
              {t.matter.voteOpen(vote.tally.participatingOwners, vote.tally.eligibleOwners)} · {t.matter.voteClosesAt} {formatTime(vote.closesAt, locale)}
            </p>
          )}
        </section>
      ) : null}
      <section>
        <h3>{t.matter.timeline}</h3>
        <ol className="timeline">
          {m.timeline.map((e, i) => (
            <li key={i}>
              <time dateTime={e.at}>{formatTime(e.at, locale)}</time> <strong>{t.eventKinds[e.kind]}</strong>
              {e.note ? ` · ${e.note}` : ''}
            </li>
          ))}
        </ol>
      </section>
      {m.allowedActions.includes('RATE') && !rateState.data ? (
        <section className="rate">
          <h3>{t.matter.rate}</h3>
          <div className="stars" role="radiogroup" aria-label={t.matter.rate}>
            {[1, 2, 3, 4, 5].map((n) => (
              <button
                key={n}
                type="button"
                role="radio"
                aria-checked={stars === n}
                aria-label={t.matter.stars(n)}
                onClick={() => setStars(n)}
                className={stars >= n ? 'on' : ''}
              >
                <Star aria-hidden="true" focusable="false" size={36} fill={stars >= n ? 'currentColor' : 'none'} />
              </button>
            ))}
          </div>
          <label>
            {t.matter.comment}
            <textarea value={comment} maxLength={500} onChange={(e) => setComment(e.target.value)} />
          </label>
          <button
            type="button"
            className="primary"
            disabled={!stars || rateState.fetching}
            onClick={() => rate({ code: m.trackingCode, stars, comment: comment || null })}
          >
            {t.submit}
          </button>
          <Alert text={errorText(rateState.error, t)} />
        </section>
      ) : null}
      {m.rating != null || rateState.data ? <p>{rateState.data ? t.matter.thanks : t.matter.rated(m.rating!)}</p> : null}
    </article>
  );
}
