'use client';

import { graphql } from '../../gql';
import { useQuery } from 'urql';
import { formatPercent } from '../../lib/format';
import { usePrefs } from '../../lib/i18n';

const TrendQuery = graphql(`
  query KioskPropertyTrend($companyId: ID!) {
    propertyTrend(companyId: $companyId, months: 24) {
      month
      complaints
      satisfaction
      feeRate
    }
  }
`);

const W = 320;
const H = 120;

/** A line over the months; gaps where a month has no figure (fewer than 10 ratings, no fee figures). */
function Line({ title, values, months, format }: { title: string; values: Array<number | null>; months: string[]; format(v: number): string }) {
  const known = values.filter((v): v is number => v !== null);
  if (!known.length) return null;
  const max = Math.max(...known);
  const min = Math.min(0, ...known);
  const x = (i: number) => 8 + (i / Math.max(1, values.length - 1)) * (W - 16);
  const y = (v: number) => H - 20 - ((v - min) / Math.max(1e-9, max - min)) * (H - 36);
  const segments: string[] = [];
  let open = false;
  values.forEach((v, i) => {
    if (v === null) return void (open = false);
    segments.push(`${open ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    open = true;
  });
  const first = known[0];
  const last = known[known.length - 1];
  return (
    <figure className="trend">
      <figcaption>
        {title}: {format(first)} → <strong>{format(last)}</strong>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title} ${months[0]} ${format(first)}, ${months[months.length - 1]} ${format(last)}`}>
        <line x1="8" x2={W - 8} y1={H - 20} y2={H - 20} className="axis" />
        <path d={segments.join(' ')} />
        <text x="8" y={H - 4}>
          {months[0]}
        </text>
        <text x={W - 8} y={H - 4} textAnchor="end">
          {months[months.length - 1]}
        </text>
      </svg>
    </figure>
  );
}

/** The article's three figures for a company over two years: complaints, satisfaction and fee collection. */
export function TrendCharts({ companyId }: { companyId: string }) {
  const { t, locale } = usePrefs();
  const e = t.evaluation;
  const [{ data }] = useQuery({ query: TrendQuery, variables: { companyId } });
  const months = data?.propertyTrend ?? [];
  if (!months.length) return null;
  const labels = months.map((m) => m.month);
  return (
    <section className="trends" aria-label={e.trend}>
      <h3>{e.trend}</h3>
      <div className="trend-grid">
        <Line title={e.complaints} values={months.map((m) => m.complaints)} months={labels} format={(v) => String(v)} />
        <Line title={e.satisfaction} values={months.map((m) => m.satisfaction ?? null)} months={labels} format={(v) => String(Math.round(v))} />
        <Line title={e.feeRate} values={months.map((m) => m.feeRate ?? null)} months={labels} format={(v) => formatPercent(v, locale)} />
      </div>
    </section>
  );
}
