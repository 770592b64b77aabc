'use client';

import { useState } from 'react';
import type { MatterCategory } from '../../gql/graphql';
import { CATEGORIES_IN_ORDER } from '../../lib/categories';
import { usePrefs } from '../../lib/i18n';
import { CategoryIcon } from '../icons';
import { PlaceStep, type ChosenPlace } from './PlaceStep';
import { ProblemStep, type ChosenProblem } from './ProblemStep';
import { Receipt } from './Receipt';
import { ReviewStep } from './ReviewStep';

type Step = 'category' | 'problem' | 'place' | 'review' | 'done';

/**
 * Raising a matter with taps only: category, common problem, place, send. Words are optional and
 * the on-screen keyboard or the resident's own phone supplies them.
 */
export function RaiseWizard({ pavilionId }: { pavilionId: string }) {
  const { t } = usePrefs();
  const [step, setStep] = useState<Step>('category');
  const [category, setCategory] = useState<MatterCategory | null>(null);
  const [problem, setProblem] = useState<ChosenProblem | null>(null);
  const [place, setPlace] = useState<ChosenPlace | null>(null);
  const [trackingCode, setTrackingCode] = useState<string | null>(null);

  if (step === 'done' && trackingCode) return <Receipt trackingCode={trackingCode} />;

  return (
    <section className="wizard">
      <h2>{t.raise.title}</h2>
      {step === 'category' ? (
        <>
          <p>{t.raise.chooseCategory}</p>
          <p className="meta">{t.raise.smallRepairs}</p>
          <div className="category-grid">
            {CATEGORIES_IN_ORDER.map((c) => (
              <button
                key={c}
                type="button"
                onClick={() => {
                  setCategory(c);
                  setStep('problem');
                }}
              >
                <span className="icon">
                  <CategoryIcon category={c} size={48} />
                </span>
                {t.categories[c]}
              </button>
            ))}
          </div>
        </>
      ) : null}
      {step === 'problem' && category ? (
        <>
          <ProblemStep
            category={category}
            onChoose={(p) => {
              setProblem(p);
              setStep('place');
            }}
          />
          <div className="actions">
            <button type="button" onClick={() => setStep('category')}>
              {t.back}
            </button>
          </div>
        </>
      ) : null}
      {step === 'place' ? (
        <>
          <h3>{t.raise.where}</h3>
          <PlaceStep
            pavilionId={pavilionId}
            onChoose={(p) => {
              setPlace(p);
              setStep('review');
            }}
          />
          <div className="actions">
            <button type="button" onClick={() => setStep('problem')}>
              {t.back}
            </button>
          </div>
        </>
      ) : null}
      {step === 'review' && category && problem ? (
        <ReviewStep
          pavilionId={pavilionId}
          category={category}
          problem={problem}
          place={place}
          onBack={() => setStep('place')}
          onRaised={(code) => {
            setTrackingCode(code);
            setStep('done');
          }}
        />
      ) : null}
    </section>
  );
}
