'use client';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { errorText, usePrefs } from '../../lib/i18n';
import { PlaceStep, type ChosenPlace } from '../raise/PlaceStep';
import { RepairReceipt } from './RepairReceipt';
import { ServiceCategoryIcon } from './service-icons';

const CatalogueQuery = graphql(`
  query KioskServiceCatalogue {
    serviceCatalogue {
      code
      name
      items {
        code
        name
        standard
        respondMinutes
        resolveMinutes
        paid
      }
    }
  }
`);

const ReportMutation = graphql(`
  mutation KioskReportRepair($input: ReportRepairInput!) {
    reportRepair(input: $input) {
      id
      trackingCode
      reporterCount
    }
  }
`);

type Step = 'category' | 'item' | 'place' | 'review';
type Item = { code: string; name: string; standard: string; respondMinutes: number; resolveMinutes: number; paid: boolean };

/**
 * A repair in four taps: kind, item, building, send. The catalogue says what the centre promises
 * for each item; the receipt's code follows it on a phone.
 */
export function RepairWizard({ pavilionId }: { pavilionId: string }) {
  const { t } = usePrefs();
  const s = t.service;
  const [{ data, error }] = useQuery({ query: CatalogueQuery });
  const [step, setStep] = useState<Step>('category');
  const [categoryCode, setCategoryCode] = useState<string | null>(null);
  const [item, setItem] = useState<Item | null>(null);
  const [place, setPlace] = useState<ChosenPlace | null>(null);
  const [sent, send] = useMutation(ReportMutation);

  if (sent.data) return <RepairReceipt trackingCode={sent.data.reportRepair.trackingCode} reporterCount={sent.data.reportRepair.reporterCount} />;
  if (error) return <p role="alert">{t.loadFailed}</p>;
  if (!data) return <p aria-busy="true">{t.loading}</p>;
  const category = data.serviceCatalogue.find((c) => c.code === categoryCode);

  return (
    <section className="wizard">
      <h2>{s.title}</h2>
      {step === 'category' ? (
        <>
          <p>{s.chooseCategory}</p>
          <div className="category-grid">
            {data.serviceCatalogue.map((c) => (
              <button
                key={c.code}
                type="button"
                onClick={() => {
                  setCategoryCode(c.code);
                  setStep('item');
                }}
              >
                <span className="icon">
                  <ServiceCategoryIcon code={c.code} />
                </span>
                {c.name}
              </button>
            ))}
          </div>
        </>
      ) : null}
      {step === 'item' && category ? (
        <>
          <p>{s.chooseItem}</p>
          <div className="item-list">
            {category.items.map((i) => (
              <button
                key={i.code}
                type="button"
                onClick={() => {
                  setItem(i);
                  setStep('place');
                }}
              >
                <strong>{i.name}</strong>
                <span className="standard">{i.standard}</span>
                <span className="promise">
                  {s.promise(i.respondMinutes, s.minutes(i.resolveMinutes))}
                  {i.paid ? ` · ${s.paid}` : ''}
                </span>
              </button>
            ))}
          </div>
          <div className="actions">
            <button type="button" onClick={() => setStep('category')}>
              {t.back}
            </button>
          </div>
        </>
      ) : null}
      {step === 'place' ? (
        <>
          <h3>{s.where}</h3>
          <PlaceStep
            pavilionId={pavilionId}
            onChoose={(p) => {
              setPlace(p);
              setStep('review');
            }}
          />
          <div className="actions">
            <button type="button" onClick={() => setStep('item')}>
              {t.back}
            </button>
          </div>
        </>
      ) : null}
      {step === 'review' && item ? (
        <>
          <h3>{s.review}</h3>
          <dl className="review">
            <dt>{s.item}</dt>
            <dd>{item.name}</dd>
            <dt>{s.place}</dt>
            <dd>{place?.text ?? s.noPlace}</dd>
            <dt>{s.respondBy}</dt>
            <dd>
              {s.promise(item.respondMinutes, s.minutes(item.resolveMinutes))}
              <br />
              <small>{s.wallClock}</small>
            </dd>
          </dl>
          {sent.error ? <p role="alert">{errorText(sent.error, t)}</p> : null}
          <div className="actions">
            <button type="button" onClick={() => setStep('place')}>
              {t.back}
            </button>
            <button
              type="button"
              className="primary"
              disabled={sent.fetching}
              onClick={() => send({ input: { pavilionId, itemCode: item.code, buildingId: place?.buildingId ?? null } })}
            >
              {sent.fetching ? s.sending : s.send}
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}
