'use client';

import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { usePrefs } from '../../lib/i18n';

export const StandardQuery = graphql(`
  query KioskEvaluationStandard {
    evaluationStandard {
      version
      title
      dimensions {
        code
        name
        weight
        indicators {
          code
          name
          weight
          source
          method
          question
        }
      }
      grades {
        grade
        name
        min
        consequence
        feeFloat
        renewalWarning
      }
    }
  }
`);

/** "How your property company is scored": the published standard, dimension by dimension, in plain words. */
export function StandardExplainer() {
  const { t } = usePrefs();
  const e = t.evaluation;
  const [{ data }] = useQuery({ query: StandardQuery });
  const s = data?.evaluationStandard;
  if (!s) return null;
  return (
    <section className="standard" aria-labelledby="how-scored">
      <h3 id="how-scored">{e.howScored}</h3>
      <p>{e.howScoredHint(s.title)}</p>
      {s.dimensions.map((d) => (
        <details key={d.code}>
          <summary>
            {d.name} · {d.weight}
          </summary>
          <ul>
            {d.indicators.map((i) => (
              <li key={i.code}>
                <strong>
                  {i.name}（{i.weight}）
                </strong>{' '}
                <span className="muted">{e.sources[i.source]}</span>
                <p>{i.method}</p>
              </li>
            ))}
          </ul>
        </details>
      ))}
      <h4>{e.grades}</h4>
      <ul className="grades">
        {s.grades.map((g) => (
          <li key={g.grade}>
            <strong>
              {g.grade} {g.name} ≥ {g.min}
            </strong>
            ：{g.consequence}；{e.feeFloat} {g.feeFloat}
          </li>
        ))}
      </ul>
    </section>
  );
}
