'use client';

import { ExplainedButton } from '../ExplainedButton';
import { Alert, Button, Divider, Input, InputNumber, Select, Space, Typography } from 'antd';
import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { useClient, useMutation } from 'urql';
import { graphql } from '../../../gql';
import { ResolutionOutcome, type MatterActionKind, type MatterCategory } from '../../../gql/graphql';
import { errorDetail, usePrefs } from '../../../lib/i18n';
import { OpenVoteForm } from '../OpenVoteForm';
import { useStaff } from '../staff-context';

const Triage = graphql(`
  mutation ConsoleTriage($id: ID!, $decision: TriageDecision!, $reason: String) {
    triageMatter(id: $id, decision: $decision, reason: $reason) {
      id
      status
      allowedActions
    }
  }
`);

const FindByCode = graphql(`
  query ConsoleFindByCode($code: String!) {
    matterByTrackingCode(code: $code) {
      id
    }
  }
`);

const Merge = graphql(`
  mutation ConsoleMerge($id: ID!, $intoId: ID!) {
    mergeMatter(id: $id, intoId: $intoId) {
      id
      status
      allowedActions
    }
  }
`);

const Resolve = graphql(`
  mutation ConsoleMatterResolve($id: ID!, $summary: String!, $outcome: ResolutionOutcome!) {
    recordResolution(matterId: $id, input: { summary: $summary, outcome: $outcome }) {
      id
      status
      allowedActions
    }
  }
`);

const Report = graphql(`
  mutation ConsoleReport($id: ID!, $percent: Int!, $note: String!) {
    reportProgress(matterId: $id, percent: $percent, note: $note) {
      id
      progress
      allowedActions
    }
  }
`);

const Complete = graphql(`
  mutation ConsoleComplete($id: ID!, $note: String!) {
    completeMatter(matterId: $id, note: $note) {
      id
      status
      allowedActions
    }
  }
`);

const ResolveFollowUp = graphql(`
  mutation ConsoleResolveFollowUp($id: ID!, $note: String!) {
    resolveFollowUp(matterId: $id, note: $note) {
      id
      followUp
      allowedActions
    }
  }
`);

/** What this page offers; seconding and rating are residents' acts, and cost shares go with opening a vote. */
const STAFF_ACTIONS: readonly MatterActionKind[] = [
  'TRIAGE',
  'MERGE',
  'SCHEDULE',
  'RESOLVE',
  'OPEN_VOTE',
  'REPORT_PROGRESS',
  'COMPLETE',
  'RESOLVE_FOLLOW_UP',
  'CREATE_WORK_ORDER',
];

interface ActionMatter {
  id: string;
  title: string;
  category: MatterCategory;
  progress: number;
  allowedActions: MatterActionKind[];
  community: { id: string };
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <Divider titlePlacement="start" plain>
        {title}
      </Divider>
      {children}
    </section>
  );
}

/** What the signed-in staff member may do to this matter now: exactly what the server's allowedActions offers. */
export function MatterActions({ matter, onDone }: { matter: ActionMatter; onDone(): void }) {
  const { t } = usePrefs();
  const { communities } = useStaff();
  const client = useClient();
  const [triage, runTriage] = useMutation(Triage);
  const [merge, runMerge] = useMutation(Merge);
  const [resolve, runResolve] = useMutation(Resolve);
  const [report, runReport] = useMutation(Report);
  const [complete, runComplete] = useMutation(Complete);
  const [followUp, runFollowUp] = useMutation(ResolveFollowUp);
  const [reason, setReason] = useState('');
  const [mergeCode, setMergeCode] = useState('');
  const [mergeError, setMergeError] = useState<string | null>(null);
  const [summary, setSummary] = useState('');
  const [outcome, setOutcome] = useState<ResolutionOutcome>(ResolutionOutcome.Execute);
  const [percent, setPercent] = useState<number>(matter.progress);
  const [note, setNote] = useState('');
  const can = (a: MatterActionKind) => matter.allowedActions.includes(a);
  const after = async (p: Promise<{ data?: unknown }>) => {
    if ((await p).data) {
      setNote('');
      onDone();
    }
  };
  const error = triage.error ?? merge.error ?? resolve.error ?? report.error ?? complete.error ?? followUp.error;
  const community = communities.find((c) => c.id === matter.community.id);
  const offered = matter.allowedActions.filter((a) => STAFF_ACTIONS.includes(a));

  if (offered.length === 0) return <Typography.Text type="secondary">{t.admin.matter.noActions}</Typography.Text>;
  return (
    <div>
      {error || mergeError ? <Alert type="error" showIcon title={mergeError ?? errorDetail(error, t)} role="alert" /> : null}
      {can('TRIAGE') ? (
        <Block title={t.console.tabs.inbox}>
          <Space wrap>
            <Button type="primary" loading={triage.fetching} onClick={() => after(runTriage({ id: matter.id, decision: 'DELIBERATE' }))}>
              {t.console.deliberate}
            </Button>
            <Button loading={triage.fetching} onClick={() => after(runTriage({ id: matter.id, decision: 'ROUTE_TO_OFFICE' }))}>
              {t.console.route}
            </Button>
            <Input aria-label={t.console.reason} placeholder={t.console.reason} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
            <ExplainedButton
              danger
              why={!reason.trim() && t.admin.why.needs(t.console.reason)}
              onClick={() => after(runTriage({ id: matter.id, decision: 'DECLINE', reason }))}
            >
              {t.console.decline}
            </ExplainedButton>
          </Space>
        </Block>
      ) : null}
      {can('MERGE') ? (
        <Block title={t.console.merge}>
          <Space wrap>
            <Input
              aria-label={t.admin.matter.mergeInto}
              placeholder={t.admin.matter.mergeInto}
              value={mergeCode}
              onChange={(e) => setMergeCode(e.target.value)}
            />
            <ExplainedButton
              why={!mergeCode.trim() && t.admin.why.needs(t.admin.matter.mergeInto)}
              onClick={async () => {
                setMergeError(null);
                const found = await client.query(FindByCode, { code: mergeCode }, { requestPolicy: 'network-only' }).toPromise();
                const intoId = found.data?.matterByTrackingCode?.id;
                if (!intoId) return setMergeError(t.track.notFound);
                await after(runMerge({ id: matter.id, intoId }));
              }}
            >
              {t.console.merge}
            </ExplainedButton>
          </Space>
        </Block>
      ) : null}
      {can('SCHEDULE') ? (
        <Block title={t.console.schedule}>
          <Link href="/console/meetings">{t.admin.matter.scheduleHint}</Link>
        </Block>
      ) : null}
      {can('RESOLVE') ? (
        <Block title={t.console.record}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Input.TextArea
              aria-label={t.console.resolution}
              placeholder={t.console.resolution}
              rows={3}
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
            />
            <Space>
              <Select
                aria-label={t.console.outcome}
                style={{ width: 200 }}
                value={outcome}
                onChange={setOutcome}
                options={Object.values(ResolutionOutcome).map((o) => ({ value: o, label: t.console.outcomes[o] }))}
              />
              <ExplainedButton
                type="primary"
                why={!summary.trim() && t.admin.why.needs(t.console.resolution)}
                loading={resolve.fetching}
                onClick={() => after(runResolve({ id: matter.id, summary, outcome }))}
              >
                {t.console.record}
              </ExplainedButton>
            </Space>
          </Space>
        </Block>
      ) : null}
      {can('OPEN_VOTE') && community ? (
        <Block title={t.console.openVote}>
          <OpenVoteForm matter={matter} community={community} onOpened={onDone} />
        </Block>
      ) : null}
      {can('REPORT_PROGRESS') ? (
        <Block title={t.console.report}>
          <Space wrap>
            <InputNumber aria-label={t.console.percent} min={0} max={100} value={percent} onChange={(v) => setPercent(v ?? 0)} suffix="%" />
            <Input aria-label={t.console.progressNote} placeholder={t.console.progressNote} value={note} onChange={(e) => setNote(e.target.value)} />
            <ExplainedButton
              why={!note.trim() && t.admin.why.needs(t.console.progressNote)}
              loading={report.fetching}
              onClick={() => after(runReport({ id: matter.id, percent, note }))}
            >
              {t.console.report}
            </ExplainedButton>
            {can('COMPLETE') ? (
              <ExplainedButton
                type="primary"
                why={!note.trim() && t.admin.why.needs(t.console.progressNote)}
                loading={complete.fetching}
                onClick={() => after(runComplete({ id: matter.id, note }))}
              >
                {t.console.complete}
              </ExplainedButton>
            ) : null}
          </Space>
        </Block>
      ) : null}
      {can('RESOLVE_FOLLOW_UP') ? (
        <Block title={t.console.resolveFollowUp}>
          <Space wrap>
            <Input aria-label={t.console.followUpNote} placeholder={t.console.followUpNote} value={note} onChange={(e) => setNote(e.target.value)} />
            <ExplainedButton
              type="primary"
              why={!note.trim() && t.admin.why.needs(t.console.followUpNote)}
              loading={followUp.fetching}
              onClick={() => after(runFollowUp({ id: matter.id, note }))}
            >
              {t.console.resolveFollowUp}
            </ExplainedButton>
          </Space>
        </Block>
      ) : null}
    </div>
  );
}
