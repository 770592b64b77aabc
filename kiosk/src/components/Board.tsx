'use client';

import { ChevronsUpDown } from 'lucide-react';
import { useCallback } from 'react';
import { useQuery, useSubscription } from 'urql';
import type { KioskBoardQuery } from '../gql/graphql';
import { errorText, usePrefs } from '../lib/i18n';
import { formatMinutes } from '../lib/format';
import { BoardMatterUpdates, BoardQuery, BoardVoteUpdates } from './board/board-documents';
import { MatterCard } from './board/MatterCard';
import { Alert } from './Notice';
import { ServiceLevelsStrip } from './service/ServiceLevelsStrip';

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
  // Changes arrive whole: the normalised cache updates the cards and places new matters, with no request.
  useSubscription({ query: BoardMatterUpdates, variables: { communityId } });
  useSubscription({ query: BoardVoteUpdates, variables: { communityId } });

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
      <ServiceLevelsStrip communityId={communityId} />
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
                    <MatterCard pavilionId={pavilionId} matter={m} />
                  </li>
                ))}
              </ul>
              {inStep.length > 3 ? (
                <p className="scroll-cue" aria-hidden="true">
                  <ChevronsUpDown size={18} aria-hidden="true" focusable="false" /> {t.board.scrollCue}
                </p>
              ) : null}
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
