'use client';

import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { formatDate, formatPeriod } from '../../lib/format';
import { usePrefs } from '../../lib/i18n';

const ProblemsQuery = graphql(`
  query KioskJointProblems {
    jointProblems {
      id
      title
      status
      dueBy
      carriedOver
      solvedAt
      leadUnit {
        id
        name
      }
      raisedAt {
        id
        quarter
      }
    }
  }
`);

/** The joint meetings' problems, public: those in hand first, then those solved. */
export function JointPanel() {
  const { t, locale } = usePrefs();
  const g = t.together;
  const [{ data }] = useQuery({ query: ProblemsQuery });
  const problems = data?.jointProblems ?? [];
  const solved = problems.filter((p) => p.status === 'SOLVED').length;
  return (
    <section aria-labelledby="joint">
      <h3 id="joint">{g.joint}</h3>
      <p className="muted">
        {g.jointHint} · {g.problemStatus.SOLVED} {solved}
      </p>
      <ul className="joint-list">
        {problems.map((p) => (
          <li key={p.id} className={p.status === 'OPEN' ? 'open' : undefined} data-testid="joint-problem">
            <strong>{p.title}</strong>
            <span className={`status status-${p.status}`}>{g.problemStatus[p.status]}</span>
            <span className="muted">
              {formatPeriod(p.raisedAt.quarter, locale)} · {g.lead}：{p.leadUnit.name} ·{' '}
              {p.status === 'SOLVED' && p.solvedAt ? formatDate(p.solvedAt, locale) : `${g.due} ${formatDate(p.dueBy, locale)}`}
              {p.carriedOver ? ` · ${g.carried(p.carriedOver)}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
