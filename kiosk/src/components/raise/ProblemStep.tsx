'use client';

import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MatterCategory } from '../../gql/graphql';
import { usePrefs } from '../../lib/i18n';
import { CategoryIcon } from '../icons';

const ProblemsQuery = graphql(`
  query KioskCommonProblems($category: MatterCategory!) {
    commonProblems(category: $category) {
      id
      title
      titleEn
      general
    }
  }
`);

export interface ChosenProblem {
  id: string;
  title: string;
  general: boolean;
}

/** Step 2: one tap on a common problem of the category; the last one is "something else". */
export function ProblemStep({ category, onChoose }: { category: MatterCategory; onChoose(p: ChosenProblem): void }) {
  const { t, locale } = usePrefs();
  const [{ data, error }] = useQuery({ query: ProblemsQuery, variables: { category } });
  if (error) return <p role="alert">{t.loadFailed}</p>;
  if (!data) return <p aria-busy="true">{t.loading}</p>;
  return (
    <>
      <p>{t.raise.chooseProblem}</p>
      <div className="choice-grid">
        {data.commonProblems.map((p) => {
          const title = locale === 'en' ? p.titleEn : p.title;
          return (
            <button key={p.id} type="button" className={p.general ? 'general' : ''} onClick={() => onChoose({ id: p.id, title, general: p.general })}>
              {p.general ? (
                <span className="icon">
                  <CategoryIcon category={category} size={32} />
                </span>
              ) : null}
              {title}
            </button>
          );
        })}
      </div>
    </>
  );
}
