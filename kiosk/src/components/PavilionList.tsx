'use client';

import { useQuery } from 'urql';
import Link from 'next/link';
import { graphql } from '../gql';
import { usePrefs } from '../lib/i18n';

const PavilionsQuery = graphql(`
  query KioskPavilions {
    communities {
      id
      name
      pavilions {
        id
        name
      }
    }
  }
`);

export function PavilionList() {
  const { t } = usePrefs();
  const [{ data, error }, reexecute] = useQuery({ query: PavilionsQuery });
  if (!data && !error) return <p>{t.loading}</p>;
  if (error && !data) {
    return (
      <div className="notice" role="alert">
        <p>{t.loadFailed}</p>
        <button type="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
          {t.retry}
        </button>
      </div>
    );
  }
  const communities = data?.communities ?? [];
  const total = communities.reduce((n, c) => n + c.pavilions.length, 0);
  return (
    <>
      <p>
        {t.choosePavilion}（{t.pavilionCount(total)}）
      </p>
      {communities.map((c) => (
        <section key={c.id} className="community" aria-labelledby={`c-${c.id}`}>
          <h2 id={`c-${c.id}`}>{c.name}</h2>
          <ul className="grid">
            {c.pavilions.map((p) => (
              <li key={p.id}>
                <Link href={`/p/${p.id}`}>{p.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
