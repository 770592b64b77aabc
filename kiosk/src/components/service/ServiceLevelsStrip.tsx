'use client';

import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { usePrefs } from '../../lib/i18n';

const LevelsQuery = graphql(`
  query KioskServiceLevels($communityId: ID!) {
    serviceLevels(communityId: $communityId) {
      orders
      medianRespondMinutes
      onTimeRespondRate
      averageRating
    }
  }
`);

/** The service centre's year on the board, for communities it serves: how fast, how often on time, how residents rate it. */
export function ServiceLevelsStrip({ communityId }: { communityId: string }) {
  const { t } = usePrefs();
  const s = t.service.levels;
  const [{ data }] = useQuery({ query: LevelsQuery, variables: { communityId } });
  const l = data?.serviceLevels;
  if (!l || l.orders === 0) return null;
  return (
    <section className="figures service-levels" aria-label={s.title}>
      <div>
        <strong data-testid="service-median">{l.medianRespondMinutes == null ? '—' : s.minutes(Math.round(l.medianRespondMinutes))}</strong>
        <span>
          {s.title} · {s.median}
        </span>
      </div>
      <div>
        <strong>{l.onTimeRespondRate == null ? '—' : `${Math.round(l.onTimeRespondRate * 1000) / 10}%`}</strong>
        <span>
          {s.onTime} · {s.of(l.orders)}
        </span>
      </div>
      <div>
        <strong>{l.averageRating ?? '—'}</strong>
        <span>{s.rating}</span>
      </div>
    </section>
  );
}
