'use client';

import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { usePrefs } from '../../lib/i18n';
import { recentPeriods } from '../../lib/periods';

const CountsQuery = graphql(`
  query KioskBreachCounts($conventionId: ID!) {
    breachCounts(conventionId: $conventionId) {
      articleNumber
      month
      count
    }
  }
`);

const W = 480;
const H = 120;

/** 践约: breaches the patrols persuaded, month by month over two years, and this year against the last. */
export function BreachTrend({ conventionId }: { conventionId: string }) {
  const { t } = usePrefs();
  const g = t.together;
  const [{ data }] = useQuery({ query: CountsQuery, variables: { conventionId } });
  const rows = data?.breachCounts ?? [];
  if (!rows.length) return null;
  const months = recentPeriods('MONTH', 24).reverse();
  const perMonth = months.map((m) => rows.filter((r) => r.month === m).reduce((s, r) => s + r.count, 0));
  const last = perMonth.slice(12).reduce((a, b) => a + b, 0);
  const before = perMonth.slice(0, 12).reduce((a, b) => a + b, 0);
  const max = Math.max(1, ...perMonth);
  const bar = (W - 16) / perMonth.length;
  const recent = new Set(months.slice(12));
  const byArticle = new Map<number, number>();
  for (const r of rows) if (recent.has(r.month)) byArticle.set(r.articleNumber, (byArticle.get(r.articleNumber) ?? 0) + r.count);
  return (
    <section className="breaches" aria-labelledby="breaches">
      <h3 id="breaches">{g.breaches}</h3>
      <p className="muted">{g.breachesHint}</p>
      <p>
        <strong data-testid="breach-year">{g.breachesYear(last, before)}</strong>
        {before ? ` · ${g.change(Math.round(((last - before) / before) * 100))}` : ''}
      </p>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${g.breaches}: ${g.breachesYear(last, before)}`} className="bars">
        {perMonth.map((n, i) => (
          <rect
            key={months[i]}
            x={8 + i * bar + 1}
            width={bar - 2}
            y={H - 20 - (n / max) * (H - 30)}
            height={(n / max) * (H - 30)}
            className={i >= 12 ? 'recent' : undefined}
          />
        ))}
        <text x="8" y={H - 4}>
          {months[0]}
        </text>
        <text x={W - 8} y={H - 4} textAnchor="end">
          {months[months.length - 1]}
        </text>
      </svg>
      <h4>{g.byArticle}</h4>
      <ul className="by-article">
        {[...byArticle]
          .sort((a, b) => b[1] - a[1])
          .map(([n, count]) => (
            <li key={n}>
              {g.article(n)}: {count}
            </li>
          ))}
      </ul>
    </section>
  );
}
