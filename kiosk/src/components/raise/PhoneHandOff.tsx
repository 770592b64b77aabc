'use client';

import { useEffect } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { RaiseChoiceInput } from '../../gql/graphql';
import { errorText, usePrefs } from '../../lib/i18n';
import { Alert } from '../Notice';
import { Qr } from '../Qr';

const SaveDraft = graphql(`
  mutation KioskSaveRaiseDraft($input: RaiseChoiceInput!) {
    saveRaiseDraft(input: $input) {
      code
    }
  }
`);

/** "Continue on my phone": the choice so far becomes a draft, and its QR code opens it on the phone. */
export function PhoneHandOff({ choice }: { choice: RaiseChoiceInput }) {
  const { t } = usePrefs();
  const [result, save] = useMutation(SaveDraft);
  const key = JSON.stringify(choice);
  useEffect(() => {
    void save({ input: JSON.parse(key) as RaiseChoiceInput });
  }, [key, save]);
  const code = result.data?.saveRaiseDraft.code;
  return (
    <section className="handoff" aria-live="polite">
      <Alert text={errorText(result.error, t)} />
      {code ? (
        <>
          <Qr text={`${window.location.origin}/r/${code}`} label={t.raise.phoneScan} />
          <p>{t.raise.phoneScan}</p>
          {/* For a phone that cannot scan: the address to type. */}
          <p className="meta" data-testid="draft-link">{`${window.location.host}/r/${code}`}</p>
          <p className="meta">{t.raise.phoneExpires}</p>
        </>
      ) : result.fetching ? (
        <p aria-busy="true">{t.loading}</p>
      ) : null}
    </section>
  );
}
