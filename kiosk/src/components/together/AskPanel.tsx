'use client';

import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { usePrefs } from '../../lib/i18n';

const GridQuery = graphql(`
  query KioskGrid($communityId: ID!) {
    grid(communityId: $communityId) {
      id
      role
      name
      area
      building {
        id
        name
      }
      parent {
        id
      }
    }
  }
`);

/** "Who to ask": for each building, its building head and the grid head above them. */
export function AskPanel({ communityId }: { communityId: string }) {
  const { t } = usePrefs();
  const g = t.together;
  const [{ data }] = useQuery({ query: GridQuery, variables: { communityId } });
  const posts = data?.grid ?? [];
  const byId = new Map(posts.map((p) => [p.id, p]));
  const gridHeadOf = (id: string | undefined): string | null => {
    for (let p = id ? byId.get(id) : undefined; p; p = p.parent ? byId.get(p.parent.id) : undefined) if (p.role === 'GRID_HEAD') return p.name;
    return null;
  };
  const heads = posts.filter((p) => p.role === 'BUILDING_HEAD' && p.building);
  if (data && !heads.length) return <p>{g.noGrid}</p>;
  return (
    <section aria-labelledby="ask">
      <h3 id="ask">{g.ask}</h3>
      <p className="muted">{g.askHint}</p>
      <ul className="ask-list">
        {heads.map((h) => (
          <li key={h.id} data-testid="building-head">
            <strong>{h.building!.name}</strong>
            <span>
              {g.roles.BUILDING_HEAD}：{h.name}
            </span>
            <span>
              {g.roles.GRID_HEAD}：{gridHeadOf(h.parent?.id) ?? '—'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
