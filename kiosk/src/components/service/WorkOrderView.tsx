'use client';

import { Star } from 'lucide-react';
import { useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql, useFragment } from '../../gql';
import { formatTime, formatTrackingCode } from '../../lib/format';
import { errorText, usePrefs } from '../../lib/i18n';
import type { WorkOrderAction } from '../../gql/graphql';

export const WorkOrderDetails = graphql(`
  fragment WorkOrderDetails on WorkOrder {
    id
    trackingCode
    status
    note
    reason
    reportedAt
    respondBy
    resolveBy
    acknowledgedAt
    doneAt
    overdue
    reporterCount
    urgeCount
    reworkCount
    ratingSpeed
    ratingQuality
    allowedActions
    item {
      code
      name
      standard
      respondMinutes
      resolveMinutes
    }
    building {
      id
      name
    }
    team {
      id
      name
    }
    timeline {
      at
      kind
      note
      by
    }
  }
`);

const OrderQuery = graphql(`
  query WorkOrderByCode($code: String!) {
    workOrderByTrackingCode(code: $code) {
      id
      ...WorkOrderDetails
    }
  }
`);

const OrderUpdates = graphql(`
  subscription WorkOrderLive($code: String!) {
    workOrderUpdated(trackingCode: $code) {
      id
      ...WorkOrderDetails
    }
  }
`);

const Urge = graphql(`
  mutation UrgeWorkOrder($code: String!) {
    urgeWorkOrder(trackingCode: $code) {
      id
      ...WorkOrderDetails
    }
  }
`);

const Reopen = graphql(`
  mutation ReopenWorkOrder($code: String!, $note: String!) {
    reopenWorkOrder(trackingCode: $code, note: $note) {
      id
      ...WorkOrderDetails
    }
  }
`);

const Rate = graphql(`
  mutation RateWorkOrder($code: String!, $speed: Int!, $quality: Int!) {
    rateWorkOrder(trackingCode: $code, speed: $speed, quality: $quality) {
      id
      ...WorkOrderDetails
    }
  }
`);

function Stars({ label, value, onChange, starLabel }: { label: string; value: number; onChange(n: number): void; starLabel(n: number): string }) {
  return (
    <div className="stars" role="radiogroup" aria-label={label}>
      <span className="stars-label">{label}</span>
      {[1, 2, 3, 4, 5].map((n) => (
        <button
          key={n}
          type="button"
          role="radio"
          aria-checked={value === n}
          aria-label={`${label} ${starLabel(n)}`}
          onClick={() => onChange(n)}
          className={value >= n ? 'on' : ''}
        >
          <Star aria-hidden="true" focusable="false" size={36} fill={value >= n ? 'currentColor' : 'none'} />
        </button>
      ))}
    </div>
  );
}

/** A work order for the resident holding its code: who has it, both deadlines, the timeline; urge, rework and rating. Live. */
export function WorkOrderView({ code }: { code: string }) {
  const { t, locale } = usePrefs();
  const s = t.service;
  const [{ data, error, fetching }] = useQuery({ query: OrderQuery, variables: { code } });
  useSubscription({ query: OrderUpdates, variables: { code }, pause: !data?.workOrderByTrackingCode });
  const o = useFragment(WorkOrderDetails, data?.workOrderByTrackingCode);
  const [urgeState, urge] = useMutation(Urge);
  const [reopenState, reopen] = useMutation(Reopen);
  const [rateState, rate] = useMutation(Rate);
  const [reworkNote, setReworkNote] = useState('');
  const [speed, setSpeed] = useState(0);
  const [quality, setQuality] = useState(0);

  if (!data) return error ? <p role="alert">{errorText(error, t)}</p> : <p>{fetching ? t.loading : ''}</p>;
  if (!o) return <p role="alert">{s.notFound}</p>;
  const time = (iso: string | null | undefined) => (iso ? formatTime(iso, locale) : '—');
  const can = (a: WorkOrderAction) => o.allowedActions.includes(a);

  return (
    <article className="matter work-order">
      <p className="cat">
        {s.title} · {formatTrackingCode(o.trackingCode)}
      </p>
      <h2>{o.item.name}</h2>
      <p className="meta">{o.building?.name ?? s.noPlace}</p>
      <p className="state" data-testid="order-status">
        {s.statuses[o.status]}
        {o.overdue ? <span className="flag overdue"> · {s.overdue}</span> : null}
      </p>
      <dl className="review">
        <dt>{s.team}</dt>
        <dd data-testid="order-team">{o.team?.name ?? s.noTeam}</dd>
        <dt>{s.respondBy}</dt>
        <dd>{o.acknowledgedAt ? `${s.acknowledgedAt} ${time(o.acknowledgedAt)}` : time(o.respondBy)}</dd>
        <dt>{s.resolveBy}</dt>
        <dd>{o.doneAt ? `${s.doneAt} ${time(o.doneAt)}` : time(o.resolveBy)}</dd>
      </dl>
      <p className="meta">
        {s.wallClock} · {o.item.standard}
      </p>
      <p className="meta">
        {s.reporters(o.reporterCount)}
        {o.urgeCount ? ` · ${s.urges(o.urgeCount)}` : ''}
      </p>
      {o.reason ? (
        <p>
          {o.status === 'CANCELLED' ? s.cancelReason : s.ledgerReason}: {o.reason}
        </p>
      ) : null}
      {can('URGE') ? (
        <div className="actions">
          <button type="button" className="primary" disabled={urgeState.fetching || !!urgeState.data} onClick={() => urge({ code: o.trackingCode })}>
            {s.urge}
          </button>
        </div>
      ) : null}
      {urgeState.data ? <p aria-live="polite">{s.urged}</p> : null}
      {urgeState.error ? <p role="alert">{errorText(urgeState.error, t)}</p> : null}
      <section>
        <h3>{s.timeline}</h3>
        <ol className="timeline">
          {o.timeline.map((e, i) => (
            <li key={i}>
              <time dateTime={e.at}>{time(e.at)}</time> <strong>{s.events[e.kind]}</strong>
              {e.note ? ` · ${e.note}` : ''}
              {e.by ? <span className="meta"> · {e.by}</span> : null}
            </li>
          ))}
        </ol>
      </section>
      {can('RATE') ? (
        <section className="rate">
          <h3>{s.rate}</h3>
          <Stars label={s.speed} value={speed} onChange={setSpeed} starLabel={s.stars} />
          <Stars label={s.quality} value={quality} onChange={setQuality} starLabel={s.stars} />
          <button
            type="button"
            className="primary"
            disabled={!speed || !quality || rateState.fetching}
            onClick={() => rate({ code: o.trackingCode, speed, quality })}
          >
            {t.submit}
          </button>
          {rateState.error ? <p role="alert">{errorText(rateState.error, t)}</p> : null}
        </section>
      ) : null}
      {o.ratingSpeed != null && o.ratingQuality != null ? (
        <p data-testid="order-rating">{rateState.data ? s.rated : s.yourRating(o.ratingSpeed, o.ratingQuality)}</p>
      ) : null}
      {can('REOPEN') ? (
        <section>
          <h3>{s.reopen}</h3>
          <label>
            {s.reopenHint}
            <textarea value={reworkNote} maxLength={500} onChange={(e) => setReworkNote(e.target.value)} />
          </label>
          <button
            type="button"
            disabled={reworkNote.trim().length < 2 || reopenState.fetching}
            onClick={() => reopen({ code: o.trackingCode, note: reworkNote })}
          >
            {s.reopen}
          </button>
          {reopenState.error ? <p role="alert">{errorText(reopenState.error, t)}</p> : null}
        </section>
      ) : null}
      {reopenState.data ? <p aria-live="polite">{s.reopened}</p> : null}
    </article>
  );
}
