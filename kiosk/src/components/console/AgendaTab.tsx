'use client';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { errorText, usePrefs } from '../../lib/i18n';
import { Alert } from '../Notice';
import type { ConsoleCommunity } from './staff-context';
import { MeetingsPanel } from './MeetingsPanel';
import { OpenVoteForm } from './OpenVoteForm';

const OnAgenda = graphql(`
  query ConsoleOnAgenda($communityId: ID) {
    matters(filter: { communityId: $communityId, status: [ON_AGENDA] }, first: 100) {
      edges {
        node {
          id
          trackingCode
          title
          category
          resolution {
            summary
            outcome
          }
          pavilion {
            community {
              id
            }
          }
        }
      }
    }
  }
`);

const Resolve = graphql(`
  mutation ConsoleResolve($id: ID!, $summary: String!, $outcome: ResolutionOutcome!) {
    recordResolution(matterId: $id, input: { summary: $summary, outcome: $outcome }) {
      id
      status
    }
  }
`);

export function AgendaTab({ communities }: { communities: ConsoleCommunity[] }) {
  const { t } = usePrefs();
  const [{ data, error }, refetch] = useQuery({
    query: OnAgenda,
    variables: { communityId: communities.length === 1 ? communities[0].id : null },
    requestPolicy: 'network-only',
  });
  const [state, resolve] = useMutation(Resolve);
  const [summary, setSummary] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Record<string, string>>({});
  const done = () => refetch({ requestPolicy: 'network-only' });
  const items = data?.matters.edges.map((e) => e.node) ?? [];
  return (
    <div>
      <Alert text={errorText(error ?? state.error, t)} />
      {items.length === 0 ? <p>{t.console.empty}</p> : null}
      <ul className="rows">
        {items.map((m) => (
          <li key={m.id} data-testid={`agenda-${m.id}`}>
            <div>
              <strong>{m.title}</strong> · {t.categories[m.category]} · {m.trackingCode}
              {m.resolution ? (
                <p className="meta">
                  {t.console.outcomes[m.resolution.outcome]}: {m.resolution.summary}
                </p>
              ) : null}
            </div>
            {m.resolution?.outcome === 'PUT_TO_VOTE' ? (
              <OpenVoteForm matter={m} community={communities.find((c) => c.id === m.pavilion.community.id) ?? communities[0]} onOpened={done} />
            ) : (
              <div className="row-actions">
                <input
                  aria-label={t.console.resolution}
                  placeholder={t.console.resolution}
                  value={summary[m.id] ?? ''}
                  onChange={(e) => setSummary({ ...summary, [m.id]: e.target.value })}
                />
                <select
                  aria-label={t.console.resolution}
                  value={outcome[m.id] ?? 'EXECUTE'}
                  onChange={(e) => setOutcome({ ...outcome, [m.id]: e.target.value })}
                >
                  {(['EXECUTE', 'PUT_TO_VOTE', 'DECLINE'] as const).map((o) => (
                    <option key={o} value={o}>
                      {t.console.outcomes[o]}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  disabled={!summary[m.id]?.trim()}
                  onClick={async () =>
                    (await resolve({ id: m.id, summary: summary[m.id], outcome: (outcome[m.id] ?? 'EXECUTE') as 'EXECUTE' | 'PUT_TO_VOTE' | 'DECLINE' }))
                      .data && done()
                  }
                >
                  {t.console.record}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {communities.map((c) => (
        <MeetingsPanel key={c.id} community={c} onAgenda={items.filter((m) => m.pavilion.community.id === c.id)} />
      ))}
    </div>
  );
}
