'use client';

import { formatPeriod } from '../../lib/format';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { usePrefs } from '../../lib/i18n';

export const ScorecardFragment = graphql(`
  fragment KioskScorecard on Scorecard {
    kind
    period
    total
    grade
    gradeName
    consequence
    feeFloat
    renewalWarning
    rank
    final
    residentRatings
    company {
      id
      name
    }
    dimensions {
      code
      name
      weight
      points
      indicators {
        code
        name
        weight
        points
        basis
        scored
      }
    }
  }
`);

/** One company's card: the total and grade in large type, each dimension as a bar, each indicator with where its number comes from. */
export function ScorecardView({ card: masked, companies }: { card: FragmentType<typeof ScorecardFragment>; companies: number }) {
  const { t, locale } = usePrefs();
  const e = t.evaluation;
  const card = useFragment(ScorecardFragment, masked);
  return (
    <section className="scorecard" aria-label={`${card.company.name} ${formatPeriod(card.period, locale)}`} data-testid="scorecard">
      <header>
        <div className={`grade grade-${card.grade}`} aria-label={`${e.grade} ${card.gradeName}`}>
          <strong>{card.grade}</strong>
          <span>{card.gradeName}</span>
        </div>
        <div>
          <h3>{card.company.name}</h3>
          <p className="total">
            <strong data-testid="scorecard-total">{card.total}</strong> {e.score} · {e.rank(card.rank, companies)}
          </p>
          <p className="muted">
            {formatPeriod(card.period, locale)} · {card.final ? e.final : e.provisional} · {e.residentRatings(card.residentRatings)}
          </p>
        </div>
      </header>
      {card.renewalWarning ? (
        <p className="warning" role="status">
          {e.warning}
        </p>
      ) : null}
      <p>
        {e.consequence}：{card.consequence} · {e.feeFloat}：{card.feeFloat}
      </p>
      <ul className="dimensions">
        {card.dimensions.map((d) => (
          <li key={d.code}>
            <details>
              <summary>
                <span className="name">{d.name}</span>
                <span className="bar" aria-hidden="true">
                  <span style={{ width: `${(d.points / d.weight) * 100}%` }} />
                </span>
                <span className="points">{e.points(d.points, d.weight)}</span>
              </summary>
              <ul>
                {d.indicators.map((i) => (
                  <li key={i.code} className={i.scored ? undefined : 'unscored'}>
                    <strong>
                      {i.name} {e.points(i.points, i.weight)}
                    </strong>
                    <span>
                      {e.basis}：{i.basis}
                    </span>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
