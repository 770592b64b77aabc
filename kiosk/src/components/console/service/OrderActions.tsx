'use client';

import { Alert, Button, Descriptions, Select, Space, Timeline, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { WorkOrderAction } from '../../../gql/graphql';
import { formatTime } from '../../../lib/format';
import { errorDetail, usePrefs } from '../../../lib/i18n';
import { ReasonAction } from '../ReasonAction';
import type { ConsoleOrder } from './order-documents';

const Teams = graphql(`
  query ConsoleServiceTeams($communityId: ID) {
    serviceTeams(communityId: $communityId) {
      id
      name
      kind
      onDuty
    }
  }
`);

const Dispatch = graphql(`
  mutation ConsoleDispatchOrder($id: ID!, $teamId: ID!) {
    dispatchWorkOrder(id: $id, teamId: $teamId) {
      id
      status
      allowedActions
    }
  }
`);

const Check = graphql(`
  mutation ConsoleCheckOrder($id: ID!, $accepted: Boolean!, $note: String) {
    checkWorkOrder(id: $id, accepted: $accepted, note: $note) {
      id
      status
      allowedActions
    }
  }
`);

const Ledger = graphql(`
  mutation ConsoleLedgerOrder($id: ID!, $reason: String!) {
    putWorkOrderOnLedger(id: $id, reason: $reason) {
      id
      status
      allowedActions
    }
  }
`);

const ToBranch = graphql(`
  mutation ConsoleOrderToBranch($id: ID!) {
    sendWorkOrderToBranch(id: $id) {
      id
      status
      allowedActions
      matter {
        id
        trackingCode
      }
    }
  }
`);

const Cancel = graphql(`
  mutation ConsoleCancelOrder($id: ID!, $reason: String!) {
    cancelWorkOrder(id: $id, reason: $reason) {
      id
      status
      allowedActions
    }
  }
`);

const Note = graphql(`
  mutation ConsoleNoteOrder($id: ID!, $note: String!) {
    noteWorkOrder(id: $id, note: $note) {
      id
      allowedActions
    }
  }
`);

const FollowUp = graphql(`
  mutation ConsoleOrderFollowUp($id: ID!, $note: String!) {
    resolveWorkOrderFollowUp(id: $id, note: $note) {
      id
      followUp
      allowedActions
    }
  }
`);

/** One order for the office: its details and timeline, and exactly the actions the server allows now. */
export function OrderActions({ order: o, communityId, onDone }: { order: ConsoleOrder; communityId: string; onDone(): void }) {
  const { t, locale } = usePrefs();
  const s = t.service;
  const can = (a: WorkOrderAction) => o.allowedActions.includes(a);
  const [{ data: teams }] = useQuery({ query: Teams, variables: { communityId }, pause: !can('DISPATCH') });
  const [teamId, setTeamId] = useState<string | null>(o.team?.id ?? null);
  const [dispatchState, dispatch] = useMutation(Dispatch);
  const [checkState, check] = useMutation(Check);
  const [ledgerState, ledger] = useMutation(Ledger);
  const [cancelState, cancel] = useMutation(Cancel);
  const [noteState, note_] = useMutation(Note);
  const [followState, follow] = useMutation(FollowUp);
  const [branchState, toBranch] = useMutation(ToBranch);
  const error = dispatchState.error ?? checkState.error ?? ledgerState.error ?? cancelState.error ?? noteState.error ?? followState.error ?? branchState.error;
  const after = async (p: Promise<{ data?: unknown }>) => {
    const done = !!(await p).data;
    if (done) onDone();
    return done;
  };
  const busy =
    dispatchState.fetching ||
    checkState.fetching ||
    ledgerState.fetching ||
    cancelState.fetching ||
    noteState.fetching ||
    followState.fetching ||
    branchState.fetching;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} className="order-actions" data-testid="order-actions">
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={s.respondBy}>{formatTime(o.respondBy, locale)}</Descriptions.Item>
        <Descriptions.Item label={s.resolveBy}>{formatTime(o.resolveBy, locale)}</Descriptions.Item>
        <Descriptions.Item label={s.teamPage.contact}>{o.contactPhone ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={s.reporters(o.reporterCount)}>{o.urgeCount ? s.urges(o.urgeCount) : '—'}</Descriptions.Item>
        <Descriptions.Item label={s.console.columns.rating}>
          {o.ratingSpeed != null ? `${s.yourRating(o.ratingSpeed, o.ratingQuality ?? 0)}${o.ratingComment ? ` · ${o.ratingComment}` : ''}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={s.ledgerReason}>{o.reason ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary">{s.wallClock}</Typography.Text>
      {o.note ? <Typography.Paragraph>{o.note}</Typography.Paragraph> : null}
      <Timeline
        items={o.timeline.map((e) => ({
          content: (
            <>
              <Typography.Text strong>{s.events[e.kind]}</Typography.Text> <Typography.Text type="secondary">{formatTime(e.at, locale)}</Typography.Text>
              {e.note ? <div>{e.note}</div> : null}
              {e.by ? <Typography.Text type="secondary">{e.by}</Typography.Text> : null}
            </>
          ),
        }))}
      />
      {can('DISPATCH') ? (
        <Space wrap>
          <Select
            aria-label={s.console.chooseTeam}
            placeholder={s.console.chooseTeam}
            style={{ minWidth: 220 }}
            value={teamId}
            onChange={setTeamId}
            options={(teams?.serviceTeams ?? []).map((x) => ({ value: x.id, label: `${x.name}（${s.teamKinds[x.kind]}）` }))}
          />
          <Tooltip title={!teamId ? s.console.chooseTeamFirst : teamId === o.team?.id ? s.console.sameTeam : null}>
            <span>
              <Button
                type="primary"
                disabled={!teamId || teamId === o.team?.id}
                loading={dispatchState.fetching}
                onClick={() => after(dispatch({ id: o.id, teamId: teamId! }))}
              >
                {s.actions.DISPATCH}
              </Button>
            </span>
          </Tooltip>
        </Space>
      ) : null}
      {can('CHECK') ? (
        <Space wrap>
          <Button type="primary" disabled={busy} onClick={() => after(check({ id: o.id, accepted: true, note: null }))}>
            {s.console.accept}
          </Button>
          <ReasonAction
            label={s.console.boxes.sendBack}
            button={s.console.sendBack}
            danger
            busy={busy}
            onSubmit={(note) => after(check({ id: o.id, accepted: false, note }))}
          />
        </Space>
      ) : null}
      {can('NOTE') ? (
        <ReasonAction label={s.console.boxes.note} button={s.actions.NOTE} busy={busy} onSubmit={(note) => after(note_({ id: o.id, note }))} />
      ) : null}
      {can('PUT_ON_LEDGER') ? (
        <ReasonAction
          label={s.console.boxes.ledger}
          button={s.actions.PUT_ON_LEDGER}
          minLength={4}
          busy={busy}
          onSubmit={(reason) => after(ledger({ id: o.id, reason }))}
        />
      ) : null}
      {can('CANCEL') ? (
        <ReasonAction
          label={s.console.boxes.cancel}
          button={s.actions.CANCEL}
          minLength={2}
          danger
          busy={busy}
          onSubmit={(reason) => after(cancel({ id: o.id, reason }))}
        />
      ) : null}
      {can('RESOLVE_FOLLOW_UP') ? (
        <ReasonAction
          label={s.console.boxes.followUp}
          button={s.actions.RESOLVE_FOLLOW_UP}
          busy={busy}
          onSubmit={(note) => after(follow({ id: o.id, note }))}
        />
      ) : null}
      {can('TO_BRANCH') ? (
        <Space wrap>
          <Typography.Text type="secondary">{s.console.toBranchHint}</Typography.Text>
          <Button disabled={busy} onClick={() => after(toBranch({ id: o.id }))}>
            {s.actions.TO_BRANCH}
          </Button>
        </Space>
      ) : null}
      {error ? <Alert type="error" showIcon title={errorDetail(error, t)} role="alert" /> : null}
    </Space>
  );
}
