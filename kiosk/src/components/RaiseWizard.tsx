'use client';

import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { errorText, usePrefs } from '../lib/i18n';
import { useSession } from '../lib/urql-provider';
import { CategoryIcon } from './icons';
import { Alert } from './Notice';
import { Qr } from './Qr';

const RaiseMutation = graphql(`
  mutation KioskRaise($input: RaiseMatterInput!) {
    raiseMatter(input: $input) {
      id
      trackingCode
    }
  }
`);

const CATEGORIES = ['ELEVATOR', 'PARKING', 'FEES', 'FUNDRAISING', 'ENVIRONMENT', 'SAFETY', 'REPAIR', 'NEIGHBOURS', 'CONVENTION', 'OTHER'] as const;

export function RaiseWizard({ pavilionId }: { pavilionId: string }) {
  const { t } = usePrefs();
  useSession();
  const [step, setStep] = useState<'category' | 'describe' | 'review' | 'done'>('category');
  const [category, setCategory] = useState<(typeof CATEGORIES)[number] | null>(null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [phone, setPhone] = useState('');
  const [result, raise] = useMutation(RaiseMutation);
  const titleOk = [...title.trim()].length >= 4 && [...title.trim()].length <= 60;

  if (step === 'done' && result.data) {
    const code = result.data.raiseMatter.trackingCode;
    const phoneUrl = `${window.location.origin}/m/${code}`;
    return (
      <section className="receipt" aria-live="polite">
        <h2>{t.raise.done}</h2>
        <p>{t.raise.receipt}</p>
        <p className="code" data-testid="tracking-code">
          {code.slice(0, 4)} {code.slice(4)}
        </p>
        <Qr text={phoneUrl} label={t.raise.scan} />
        <p>{t.raise.scan}</p>
      </section>
    );
  }

  return (
    <section className="wizard">
      <h2>{t.raise.title}</h2>
      {step === 'category' ? (
        <>
          <p>{t.raise.chooseCategory}</p>
          <div className="category-grid">
            {CATEGORIES.map((c) => (
              <button
                key={c}
                type="button"
                className={category === c ? 'chosen' : ''}
                aria-pressed={category === c}
                onClick={() => {
                  setCategory(c);
                  setStep('describe');
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
      {step === 'describe' ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (titleOk) setStep('review');
          }}
        >
          <p>{t.raise.describe}</p>
          <label>
            {t.raise.titleLabel}
            <input name="title" value={title} maxLength={60} onChange={(e) => setTitle(e.target.value)} required />
          </label>
          <label>
            {t.raise.descriptionLabel}
            <textarea name="description" value={description} maxLength={2000} rows={4} onChange={(e) => setDescription(e.target.value)} />
          </label>
          <label>
            {t.raise.phoneLabel}
            <input name="phone" inputMode="tel" value={phone} maxLength={20} onChange={(e) => setPhone(e.target.value)} aria-describedby="phone-hint" />
          </label>
          <p id="phone-hint" className="meta">
            {t.raise.phoneHint}
          </p>
          {!titleOk && title ? <p className="meta">{t.raise.tooShort}</p> : null}
          <div className="actions">
            <button type="button" onClick={() => setStep('category')}>
              {t.back}
            </button>
            <button type="submit" className="primary" disabled={!titleOk}>
              {t.next}
            </button>
          </div>
        </form>
      ) : null}
      {step === 'review' && category ? (
        <div>
          <p>{t.raise.review}</p>
          <dl className="review">
            <dt>{t.raise.chooseCategory}</dt>
            <dd>{t.categories[category]}</dd>
            <dt>{t.raise.titleLabel}</dt>
            <dd>{title.trim()}</dd>
            {description.trim() ? (
              <>
                <dt>{t.raise.descriptionLabel}</dt>
                <dd>{description.trim()}</dd>
              </>
            ) : null}
            {phone.trim() ? (
              <>
                <dt>{t.raise.phoneLabel}</dt>
                <dd>{phone.trim()}</dd>
              </>
            ) : null}
          </dl>
          <Alert text={errorText(result.error, t)} />
          <div className="actions">
            <button type="button" onClick={() => setStep('describe')}>
              {t.back}
            </button>
            <button
              type="button"
              className="primary"
              disabled={result.fetching}
              onClick={async () => {
                const res = await raise({
                  input: { pavilionId, category, title: title.trim(), description: description.trim(), contactPhone: phone.trim() || null },
                });
                if (res.data) setStep('done');
              }}
            >
              {t.submit}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
