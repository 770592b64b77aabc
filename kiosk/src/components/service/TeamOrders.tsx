'use client';

import { useEffect, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { TeamOrderFragment, TeamOrderList, TeamOrderLive, teamListVariables } from './order-documents';
import type { WorkOrderAction } from '../../gql/graphql';
import { formatMinutes, formatTime, minutesUntil } from '../../lib/format';
import { errorText, usePrefs } from '../../lib/i18n';
import { PhoneSignIn, usePhoneSession } from '../PhoneSignIn';

const TOKEN_KEY = 'pavilion-team-token';

const TeamMe = graphql(`
  query TeamMe {
    me {
      displayName
      role
      teams {
        id
        name
      }
    }
  }
`);

const Acknowledge = graphql(`
  mutation TeamAcknowledge($id: ID!) {
    acknowledgeWorkOrder(id: $id) {
      ...TeamOrder
    }
  }
`);

const Note = graphql(`
  mutation TeamNote($id: ID!, $note: String!) {
    noteWorkOrder(id: $id, note: $note) {
      ...TeamOrder
    }
  }
`);

const Finish = graphql(`
  mutation TeamFinish($id: ID!, $note: String!) {
    finishWorkOrder(id: $id, note: $note) {
      ...TeamOrder
    }
  }
`);

/** Now, to the minute: the clocks on the cards count down without a reload. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The list in the order the member first saw it: an action re-sorts the server's list (an
 * acknowledged order's deadline changes), but the card under the thumb stays where it was.
 * Orders that arrive later go on top; orders that leave the list are dropped.
 */
function useStableOrder<T extends { id: string }>(items: T[]): T[] {
  const [order, setOrder] = useState<string[]>([]);
  const ids = new Set(items.map((i) => i.id));
  const kept = order.filter((id) => ids.has(id));
  const next = [...items.filter((i) => !kept.includes(i.id)).map((i) => i.id), ...kept];
  // Adjusted while rendering, as React advises for state derived from props: no extra paint.
  if (next.length !== order.length || next.some((id, i) => id !== order[i])) setOrder(next);
  const byId = new Map(items.map((i) => [i.id, i]));
  return next.map((id) => byId.get(id)!);
}

function OrderCard({ data, now }: { data: FragmentType<typeof TeamOrderFragment>; now: number }) {
  const order = useFragment(TeamOrderFragment, data);
  const { t, locale } = usePrefs();
  const s = t.service;
  const [ackState, acknowledge] = useMutation(Acknowledge);
  const [noteState, note] = useMutation(Note);
  const [finishState, finish] = useMutation(Finish);
  const [text, setText] = useState('');
  const can = (a: WorkOrderAction) => order.allowedActions.includes(a);
  const awaitingResponse = order.status === 'REPORTED' || order.status === 'DISPATCHED';
  const clock = (iso: string, left: (d: string) => string, late: (d: string) => string) => {
    const m = minutesUntil(iso, now);
    return m >= 0 ? left(formatMinutes(m, t)) : late(formatMinutes(-m, t));
  };
  const error = ackState.error ?? noteState.error ?? finishState.error;
  return (
    <li className={order.overdue ? 'late' : ''} data-testid="team-order" aria-label={`${order.item.name} ${order.building?.name ?? ''}`}>
      <h3>
        {order.item.name} · {order.building?.name ?? s.noPlace}
      </h3>
      <p>
        <strong>{s.statuses[order.status]}</strong>
        {order.overdue ? <span className="flag overdue"> · {s.overdue}</span> : order.dueSoon ? <span className="flag overdue"> · {s.dueSoon}</span> : null}
      </p>
      <p className="clocks" data-testid="order-clocks">
        {awaitingResponse ? clock(order.respondBy, s.teamPage.respondLeft, s.teamPage.respondLate) : s.teamPage.responded}
        {' · '}
        {order.status === 'AWAITING_CHECK' ? s.teamPage.waitingCheck : clock(order.resolveBy, s.teamPage.resolveLeft, s.teamPage.resolveLate)}
      </p>
      <p className="meta">
        {s.teamPage.reportedAt} {formatTime(order.reportedAt, locale)} · {s.reporters(order.reporterCount)}
        {order.urgeCount ? ` · ${s.urges(order.urgeCount)}` : ''}
      </p>
      {order.note ? <p>{order.note}</p> : null}
      {order.contactPhone ? (
        <p>
          {s.teamPage.contact}: <a href={`tel:${order.contactPhone}`}>{order.contactPhone}</a>
        </p>
      ) : null}
      {can('ACKNOWLEDGE') ? (
        <button type="button" className="primary" disabled={ackState.fetching} onClick={() => acknowledge({ id: order.id })}>
          {s.actions.ACKNOWLEDGE}
        </button>
      ) : null}
      {/* A finished order waits for the community's check: nothing left to write on it here. */}
      {can('FINISH') ? (
        <div className="stack">
          <textarea
            aria-label={s.teamPage.notePlaceholder}
            placeholder={s.teamPage.notePlaceholder}
            maxLength={500}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="actions">
            {can('NOTE') ? (
              <button
                type="button"
                disabled={!text.trim() || noteState.fetching}
                onClick={() => note({ id: order.id, note: text }).then((r) => r.data && setText(''))}
              >
                {s.actions.NOTE}
              </button>
            ) : null}
            {can('FINISH') ? (
              <button
                type="button"
                className="primary"
                disabled={!text.trim() || finishState.fetching}
                onClick={() => finish({ id: order.id, note: text }).then((r) => r.data && setText(''))}
              >
                {s.actions.FINISH}
              </button>
            ) : null}
          </div>
          {can('FINISH') ? <p className="meta">{s.teamPage.finishHint}</p> : null}
        </div>
      ) : null}
      {error ? <p role="alert">{errorText(error, t)}</p> : null}
    </li>
  );
}

/** The team's orders, live: each event updates the normalised cache, which places the order in the list. */
function TeamLive({ teamId }: { teamId: string }) {
  useSubscription({ query: TeamOrderLive, variables: { teamId } });
  return null;
}

/** /team: a team member's phone. Their team's open orders, nearest deadline first, to take, note and finish; live. */
export function TeamOrders() {
  const { t } = usePrefs();
  const s = t.service.teamPage;
  const { token, ready, keep } = usePhoneSession(TOKEN_KEY);
  const [me] = useQuery({ query: TeamMe, pause: !token });
  const [list] = useQuery({ query: TeamOrderList, variables: teamListVariables, pause: !token || me.data?.me?.role !== 'SERVICE_STAFF' });
  const stable = useStableOrder(list.data?.workOrders.edges.map((e) => e.node) ?? []);
  const now = useMinuteClock();

  if (!ready) return null;
  if (!token || (me.data && !me.data.me)) return <PhoneSignIn title={s.signIn} onToken={keep} />;
  if (me.error) return <p role="alert">{errorText(me.error, t)}</p>;
  if (!me.data) return <p>{t.loading}</p>;
  const orders = stable;
  return (
    <section>
      <h2>{s.title}</h2>
      <p className="meta">
        {me.data.me!.displayName} · {me.data.me!.teams.map((x) => x.name).join('、')}{' '}
        <button type="button" onClick={() => keep(null)}>
          {s.signOut}
        </button>
      </p>
      {me.data.me!.teams.map((team) => (
        <TeamLive key={team.id} teamId={team.id} />
      ))}
      {list.error ? <p role="alert">{errorText(list.error, t)}</p> : null}
      <h3>
        {s.open} ({list.data?.workOrders.totalCount ?? 0})
      </h3>
      {orders.length === 0 && list.data ? <p>{s.none}</p> : null}
      <ul className="team-orders">
        {orders.map((o) => (
          <OrderCard key={o.id} data={o} now={now} />
        ))}
      </ul>
    </section>
  );
}
