'use client';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { errorText, usePrefs } from '../../lib/i18n';
import { Alert } from '../Notice';
import type { ConsoleCommunity } from './ConsoleApp';
import { RegisterPicker } from './RegisterPicker';

const InExecution = graphql(`
  query ConsoleInExecution {
    mattersInExecution {
      id
      trackingCode
      title
      category
      progress
      contactPhone
      resolution {
        summary
      }
    }
  }
`);

const Report = graphql(`
  mutation ConsoleReport($id: ID!, $percent: Int!, $note: String!) {
    reportProgress(matterId: $id, percent: $percent, note: $note) {
      id
      progress
    }
  }
`);

const Complete = graphql(`
  mutation ConsoleComplete($id: ID!, $note: String!) {
    completeMatter(matterId: $id, note: $note) {
      id
      status
    }
  }
`);

export function ExecutionTab() {
  const { t } = usePrefs();
  const [{ data, error }, refetch] = useQuery({ query: InExecution, requestPolicy: 'network-only' });
  const [reportState, report] = useMutation(Report);
  const [completeState, complete] = useMutation(Complete);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [percent, setPercent] = useState<Record<string, number>>({});
  const done = () => refetch({ requestPolicy: 'network-only' });
  return (
    <div>
      <Alert text={errorText(error ?? reportState.error ?? completeState.error, t)} />
      {(data?.mattersInExecution ?? []).length === 0 ? <p>{t.console.empty}</p> : null}
      <ul className="rows">
        {(data?.mattersInExecution ?? []).map((m) => (
          <li key={m.id}>
            <div>
              <strong>{m.title}</strong> · {t.categories[m.category]} · {m.trackingCode} · {t.progress(m.progress)}{' '}
              {m.contactPhone ? `· ☎ ${m.contactPhone}` : ''}
              {m.resolution ? <p className="meta">{m.resolution.summary}</p> : null}
            </div>
            <div className="row-actions">
              <input
                aria-label={t.console.percent}
                type="number"
                min={0}
                max={100}
                value={percent[m.id] ?? m.progress}
                onChange={(e) => setPercent({ ...percent, [m.id]: Number(e.target.value) })}
              />
              <input
                aria-label={t.console.progressNote}
                placeholder={t.console.progressNote}
                value={notes[m.id] ?? ''}
                onChange={(e) => setNotes({ ...notes, [m.id]: e.target.value })}
              />
              <button
                type="button"
                disabled={!notes[m.id]?.trim()}
                onClick={async () => (await report({ id: m.id, percent: percent[m.id] ?? m.progress, note: notes[m.id] })).data && done()}
              >
                {t.console.report}
              </button>
              <button type="button" disabled={!notes[m.id]?.trim()} onClick={async () => (await complete({ id: m.id, note: notes[m.id] })).data && done()}>
                {t.console.complete}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

const FollowUps = graphql(`
  query ConsoleFollowUps {
    followUps {
      id
      trackingCode
      title
      rating
      ratingComment
      contactPhone
    }
  }
`);

const ResolveFollowUp = graphql(`
  mutation ConsoleResolveFollowUp($id: ID!, $note: String!) {
    resolveFollowUp(matterId: $id, note: $note) {
      id
    }
  }
`);

export function FollowUpsTab() {
  const { t } = usePrefs();
  const [{ data, error }, refetch] = useQuery({ query: FollowUps, requestPolicy: 'network-only' });
  const [state, resolve] = useMutation(ResolveFollowUp);
  const [notes, setNotes] = useState<Record<string, string>>({});
  return (
    <div>
      <Alert text={errorText(error ?? state.error, t)} />
      {(data?.followUps ?? []).length === 0 ? <p>{t.console.empty}</p> : null}
      <ul className="rows">
        {(data?.followUps ?? []).map((m) => (
          <li key={m.id}>
            <div>
              <strong>{m.title}</strong> · {m.trackingCode} · {'★'.repeat(m.rating ?? 0)} {m.ratingComment ? `「${m.ratingComment}」` : ''}{' '}
              {m.contactPhone ? `· ☎ ${m.contactPhone}` : ''}
            </div>
            <div className="row-actions">
              <input
                aria-label={t.console.followUpNote}
                placeholder={t.console.followUpNote}
                value={notes[m.id] ?? ''}
                onChange={(e) => setNotes({ ...notes, [m.id]: e.target.value })}
              />
              <button
                type="button"
                disabled={!notes[m.id]?.trim()}
                onClick={async () => (await resolve({ id: m.id, note: notes[m.id] })).data && refetch({ requestPolicy: 'network-only' })}
              >
                {t.console.resolveFollowUp}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

const Import = graphql(`
  mutation ConsoleImport($csv: String!) {
    importHomes(csv: $csv) {
      created
      updated
      errors {
        line
        message
      }
    }
  }
`);

const ImportColumns = graphql(`
  query ConsoleImportColumns {
    homeImportColumns
  }
`);

export function RegisterTab() {
  const { t } = usePrefs();
  const [state, run] = useMutation(Import);
  const [columns] = useQuery({ query: ImportColumns });
  const report = state.data?.importHomes;
  return (
    <div>
      <label className="file">
        {t.console.importCsv}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) await run({ csv: await file.text() });
            e.target.value = '';
          }}
        />
      </label>
      <p className="meta">{columns.data?.homeImportColumns.join(',')}</p>
      <Alert text={errorText(state.error, t)} />
      {report && report.errors.length === 0 ? <p role="status">{t.console.imported(report.created, report.updated)}</p> : null}
      {report && report.errors.length ? (
        <table className="errors">
          <tbody>
            {report.errors.map((er) => (
              <tr key={er.line}>
                <th scope="row">{er.line}</th>
                <td>{er.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

const Issue = graphql(`
  mutation ConsoleIssueCredential($homeId: ID!) {
    issueHomeCredential(homeId: $homeId) {
      homeCode
      pin
    }
  }
`);

/** Issues a home code and PIN, shown once, on a letter to print and hand over. */
export function CredentialsTab({ communities }: { communities: ConsoleCommunity[] }) {
  const { t } = usePrefs();
  const [home, setHome] = useState<{ id: string; label: string } | null>(null);
  const [state, issue] = useMutation(Issue);
  const cred = state.data?.issueHomeCredential;
  return (
    <div>
      <RegisterPicker communities={communities} homes onChange={(c) => setHome(c.home)} />
      <button type="button" className="primary" disabled={!home} onClick={() => home && issue({ homeId: home.id })}>
        {t.console.issue}
      </button>
      <Alert text={errorText(state.error, t)} />
      {cred && home ? (
        <div className="letter printable print-this">
          <h3>{t.console.pinLetter}</h3>
          <p>{home.label}</p>
          <p>
            {t.vote.homeCode}: <strong>{cred.homeCode}</strong>
          </p>
          <p>
            {t.vote.pin}: <strong>{cred.pin}</strong>
          </p>
          <p className="meta">{t.console.pinLetterHint}</p>
          <button type="button" className="no-print" onClick={() => window.print()}>
            {t.console.print}
          </button>
        </div>
      ) : null}
    </div>
  );
}
