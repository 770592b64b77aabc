'use client';

import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { errorText, usePrefs } from '../../lib/i18n';
import { Alert } from '../Notice';
import { raiseErrorText } from './raise-error';
import { Receipt } from './Receipt';

const DraftQuery = graphql(`
  query PhoneRaiseDraft($code: String!) {
    raiseDraft(code: $code) {
      code
      pavilionId
      category
      problemId
      buildingId
      unitId
      place
      title
      description
      sent
    }
    commonProblems {
      id
      title
      titleEn
    }
  }
`);

const RaiseFromDraft = graphql(`
  mutation PhoneRaise($input: RaiseMatterInput!) {
    raiseMatter(input: $input) {
      id
      trackingCode
    }
  }
`);

/** On the resident's phone: what was chosen at the kiosk, words typed with the phone's own input method, sent once. */
export function PhoneDraft({ code }: { code: string }) {
  const { t, locale } = usePrefs();
  const [{ data, error }] = useQuery({ query: DraftQuery, variables: { code } });
  const [result, raise] = useMutation(RaiseFromDraft);
  const [title, setTitle] = useState<string | null>(null);
  const [description, setDescription] = useState<string | null>(null);
  const [phone, setPhone] = useState('');

  if (result.data) return <Receipt trackingCode={result.data.raiseMatter.trackingCode} />;
  if (error) return <Alert text={error.graphQLErrors[0]?.extensions?.code === 'NOT_FOUND' ? t.raise.draftGone : errorText(error, t)} />;
  if (!data) return <p aria-busy="true">{t.loading}</p>;
  const draft = data.raiseDraft;
  if (draft.sent) return <Alert text={t.raise.draftSent} />;
  const problem = data.commonProblems.find((p) => p.id === draft.problemId);
  const titleValue = title ?? draft.title ?? '';
  const descriptionValue = description ?? draft.description ?? '';

  return (
    <section className="wizard">
      <h2>{t.raise.draftTitle}</h2>
      <dl className="review">
        <dt>{t.raise.chooseCategory}</dt>
        <dd>{t.categories[draft.category]}</dd>
        {problem ? (
          <>
            <dt>{t.raise.problem}</dt>
            <dd>{locale === 'en' ? problem.titleEn : problem.title}</dd>
          </>
        ) : null}
        <dt>{t.raise.place}</dt>
        <dd>{draft.place ?? t.raise.noPlaceChosen}</dd>
      </dl>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          await raise({
            input: {
              pavilionId: draft.pavilionId,
              category: draft.category,
              problemId: draft.problemId,
              buildingId: draft.buildingId,
              unitId: draft.unitId,
              title: titleValue.trim() || null,
              description: descriptionValue.trim() || null,
              contactPhone: phone.trim() || null,
              draftCode: draft.code,
            },
          });
        }}
      >
        <label>
          {t.raise.titleOptional}
          <input name="title" value={titleValue} maxLength={60} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t.raise.descriptionLabel}
          <textarea name="description" value={descriptionValue} maxLength={2000} rows={5} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <label>
          {t.raise.phoneLabel}
          <input name="phone" type="tel" inputMode="tel" autoComplete="tel" value={phone} maxLength={20} onChange={(e) => setPhone(e.target.value)} />
        </label>
        <Alert text={raiseErrorText(result.error, t)} />
        <div className="actions">
          <button type="submit" className="primary" disabled={result.fetching}>
            {t.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
