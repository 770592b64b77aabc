'use client';

import Link from 'next/link';
import { useCallback, useEffect } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import type { KioskBoardQuery } from '../gql/graphql';
import { errorText, usePrefs } from '../lib/i18n';
import { formatMinutes } from '../lib/format';
import { CategoryIcon } from './icons';
import { Alert } from './Notice';

const BoardQuery = graphql(`
  query KioskBoard($communityId: ID!) {
    open: matters(filter: { communityId: $communityId, status: [SUBMITTED, ON_AGENDA, VOTING, IN_EXECUTION] }, first: 60) {
      totalCount
      edges {
        node {
          ...BoardCard
        }
      }
    }
    done: matters(filter: { communityId: $communityId, step: DONE }, first: 8) {
      totalCount
      edges {
        node {
          ...BoardCard
        }
      }
    }
    stats(communityId: $communityId) {
      raised
      resolved
      triage {
        medianMinutes
      }
      participation {
        rate
      }
    }
    notices(communityId: $communityId, first: 3) {
      id
      title
      body
      publishedAt
    }
  }

  fragment BoardCard on Matter {
    id
    trackingCode
    title
    category
    status
    step
    progress
    secondCount
    vote {
      id
      status
      tally {
        eligibleOwners
        participatingOwners
      }
      result {
        passed
      }
    }
  }
`);

const BoardUpdates = graphql(`
  subscription KioskBoardUpdates($communityId: ID!) {
    matterUpdated(communityId: $communityId) {
      id
      status
    }
  }
`);

const STEPS = ['RAISE', 'DELIBERATE', 'EXECUTE', 'DONE'] as const;

export function Board({
  pavilionId,
  communityId,
  communityName,
  initial,
}: {
  pavilionId: string;
  communityId: string;
  communityName: string;
  initial?: KioskBoardQuery | null;
}) {
  const { t } = usePrefs();
  const [{ data: live, error }, refetch] = useQuery({ query: BoardQuery, variables: { communityId } });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const [update] = useSubscription({ query: BoardUpdates, variables: { communityId } });
  useEffect(() => {
    if (update.data) reload();
  }, [update.data, reload]);

  // The server's copy paints first; urql's answer and live updates replace it.
  const data = live ?? initial ?? undefined;
  if (!data) return error ? <Alert text={errorText(error, t)} onRetry={reload} retryLabel={t.retry} /> : <p>{t.loading}</p>;
  // Open matters in full; of the done ones the latest few, with their total.
  const matters = [...data.open.edges, ...data.done.edges].map((e) => e.node);
  const s = data.stats;
  return (
    <>
      <h2 className="board-title">
        {t.board.title(communityName)} <span className="live">● {t.board.live}</span>
      </h2>
      <section className="figures" aria-label={t.figures.title}>
        <div>
          <strong data-testid="figure-raised">{s.raised}</strong>
          <span>{t.figures.raised}</span>
        </div>
        <div>
          <strong>{s.resolved}</strong>
          <span>{t.figures.resolved}</span>
        </div>
        <div>
          <strong>{formatMinutes(s.triage.medianMinutes, t)}</strong>
          <span>{t.figures.response}</span>
        </div>
        <div>
          <strong>{Math.round(s.participation.rate * 1000) / 10}%</strong>
          <span>{t.figures.participation}</span>
        </div>
      </section>
      <div className="steps">
        {STEPS.map((step) => {
          const inStep = matters.filter((m) => m.step === step);
          return (
            <section key={step} className={`step step-${step}`} aria-labelledby={`step-${step}`}>
              <h3 id={`step-${step}`}>
                {t.steps[step]} <span className="count">{step === 'DONE' ? data.done.totalCount : inStep.length}</span>
              </h3>
              <p className="hint">{t.stepHints[step]}</p>
              {inStep.length === 0 ? <p className="empty">{t.noMatters}</p> : null}
              <ul>
                {inStep.map((m) => (
                  <li key={m.id}>
                    <Link href={`/p/${pavilionId}/track?code=${m.trackingCode}`} className="card" data-testid={`matter-${m.id}`}>
                      <span className="cat">
                        <CategoryIcon category={m.category} size={22} /> {t.categories[m.category]}
                      </span>
                      <span className="card-title">{m.title}</span>
                      <span className="card-status" data-testid={`status-${m.id}`}>
                        {t.status[m.status]}
                        {m.vote?.result ? ` · ${m.vote.result.passed ? t.matter.passed : t.matter.failed}` : ''}
                      </span>
                      {m.vote && m.status === 'VOTING' ? (
                        <span className="meta">{t.matter.voteOpen(m.vote.tally.participatingOwners, m.vote.tally.eligibleOwners)}</span>
                      ) : null}
                      {m.step === 'EXECUTE' || m.step === 'DONE' ? (
                        <span
                          className="bar"
                          role="progressbar"
                          aria-valuenow={m.progress}
                          aria-valuemin={0}
                          aria-valuemax={100}
                          aria-label={t.progress(m.progress)}
                        >
                          <span style={{ width: `${m.progress}%` }} />
                        </span>
                      ) : null}
                      {m.secondCount ? <span className="meta">{t.seconds(m.secondCount)}</span> : null}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      {data.notices.length ? (
        <section className="notices" aria-labelledby="notices">
          <h3 id="notices">{t.notices}</h3>
          <ul>
            {data.notices.map((n) => (
              <li key={n.id}>
                <strong>{n.title}</strong> {n.body}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
