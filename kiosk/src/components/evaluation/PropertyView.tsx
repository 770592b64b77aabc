'use client';

import { formatPeriod } from '../../lib/format';
import Link from 'next/link';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { EvaluationPeriodKind } from '../../gql/graphql';
import { usePrefs } from '../../lib/i18n';
import { beijingMonth } from '../../lib/periods';
import { usePavilion } from '../KioskShell';
import { RatePanel } from './RatePanel';
import { ScorecardView } from './ScorecardView';
import { StandardExplainer } from './StandardExplainer';
import { TrendCharts } from './TrendCharts';

const CompaniesQuery = graphql(`
  query KioskPropertyCompanies($communityId: ID!) {
    propertyCompanies(communityId: $communityId) {
      id
      name
      estates(communityId: $communityId) {
        id
        name
      }
    }
    months: closedEvaluationPeriods(kind: MONTH)
    quarters: closedEvaluationPeriods(kind: QUARTER)
    years: closedEvaluationPeriods(kind: YEAR)
  }
`);

const CardsQuery = graphql(`
  query KioskScorecards($kind: EvaluationPeriodKind!, $period: String!) {
    scorecards(kind: $kind, period: $period) {
      company {
        id
        name
      }
      total
      gradeName
      ...KioskScorecard
    }
  }
`);

const keyOf = (p: { kind: string; period: string }) => `${p.kind}-${p.period}`;

/**
 * /p/<id>/property: the scorecard of the property company of an estate of this community, the
 * ranking of all companies, the trend of complaints, satisfaction and fees, how it is scored, and
 * rating or complaining after signing in with the home code.
 */
export function PropertyView() {
  const { t, locale } = usePrefs();
  const e = t.evaluation;
  const { communityId, pavilionId } = usePavilion();
  const [{ data }] = useQuery({ query: CompaniesQuery, variables: { communityId: communityId ?? '' }, pause: !communityId });
  const [companyId, setCompanyId] = useState<string | null>(null);
  const [choice, setChoice] = useState<{ kind: EvaluationPeriodKind; period: string } | null>(null);
  const [panel, setPanel] = useState<'rate' | 'complain' | null>(null);
  const companies = data?.propertyCompanies ?? [];
  const periods: Array<{ kind: EvaluationPeriodKind; period: string; label: string }> = [
    { kind: 'MONTH', period: beijingMonth(), label: e.thisMonth },
    ...(data?.months[0] ? [{ kind: 'MONTH' as const, period: data.months[0], label: formatPeriod(data.months[0], locale) }] : []),
    ...(data?.quarters[0] ? [{ kind: 'QUARTER' as const, period: data.quarters[0], label: formatPeriod(data.quarters[0], locale) }] : []),
    ...(data?.years[0] ? [{ kind: 'YEAR' as const, period: data.years[0], label: formatPeriod(data.years[0], locale) }] : []),
  ];
  const selected = choice ?? periods[1] ?? periods[0];
  const [{ data: cards }] = useQuery({
    query: CardsQuery,
    variables: { kind: selected.kind, period: selected.period },
    pause: !data,
    requestPolicy: 'cache-and-network',
  });
  if (!data) return null;
  if (!companies.length)
    return (
      <section className="property">
        <h2>{e.title}</h2>
        <p>{e.noCompany}</p>
        <Link className="button primary" href={`/p/${pavilionId}/repair`}>
          {e.toRepair}
        </Link>
      </section>
    );
  const company = companies.find((c) => c.id === companyId) ?? companies[0];
  const all = cards?.scorecards ?? [];
  const card = all.find((c) => c.company.id === company.id);
  return (
    <section className="property">
      <h2>{e.title}</h2>
      <div className="chips" role="group" aria-label={e.estate}>
        {companies.flatMap((c) =>
          c.estates.map((estate) => (
            <button key={estate.id} type="button" aria-pressed={c.id === company.id} onClick={() => setCompanyId(c.id)}>
              {estate.name} · {c.name}
            </button>
          )),
        )}
      </div>
      <div className="chips" role="group" aria-label={e.grade}>
        {periods.map((p) => (
          <button key={keyOf(p)} type="button" aria-pressed={keyOf(p) === keyOf(selected)} onClick={() => setChoice(p)}>
            {p.label}
          </button>
        ))}
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={() => setPanel('rate')}>
          {e.rate}
        </button>
        <button type="button" onClick={() => setPanel('complain')}>
          {e.complain}
        </button>
      </div>
      {panel ? <RatePanel key={panel} mode={panel} onDone={() => setPanel(null)} /> : null}
      {card ? <ScorecardView card={card} companies={all.length} /> : null}
      <TrendCharts companyId={company.id} />
      <section className="ranking" aria-labelledby="ranking">
        <h3 id="ranking">{e.ranking}</h3>
        <ol>
          {all.map((c) => (
            <li key={c.company.id} className={c.company.id === company.id ? 'mine' : undefined}>
              <span>{c.company.name}</span>
              <strong>{c.total}</strong>
              <span>{c.gradeName}</span>
            </li>
          ))}
        </ol>
      </section>
      <StandardExplainer />
    </section>
  );
}
