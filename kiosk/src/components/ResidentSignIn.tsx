'use client';

import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { errorText, usePrefs } from '../lib/i18n';
import { Keypad } from './Keypad';
import { Alert } from './Notice';

const SignIn = graphql(`
  mutation KioskResidentLogin($homeCode: String!, $pin: String!) {
    residentLogin(homeCode: $homeCode, pin: $pin) {
      token
      expiresAt
    }
  }
`);

/** Home code and PIN on an on-screen keypad; hands the session token to the caller. */
export function ResidentSignIn({ onSignedIn, title }: { onSignedIn(token: string): void; title: string }) {
  const { t } = usePrefs();
  const [field, setField] = useState<'homeCode' | 'pin'>('homeCode');
  const [homeCode, setHomeCode] = useState('');
  const [pin, setPin] = useState('');
  const [state, signIn] = useMutation(SignIn);
  const value = field === 'homeCode' ? homeCode : pin;
  const set = field === 'homeCode' ? setHomeCode : setPin;
  const max = field === 'homeCode' ? 8 : 6;
  return (
    <section className="signin">
      <h2>{title}</h2>
      <p>{t.vote.signIn}</p>
      <div className="fields">
        <button
          type="button"
          className={`field ${field === 'homeCode' ? 'active' : ''}`}
          onClick={() => setField('homeCode')}
          aria-pressed={field === 'homeCode'}
          data-testid="home-code"
        >
          <span>{t.vote.homeCode}</span>
          <strong>{homeCode || '\u00a0'}</strong>
        </button>
        <button
          type="button"
          className={`field ${field === 'pin' ? 'active' : ''}`}
          onClick={() => setField('pin')}
          aria-pressed={field === 'pin'}
          data-testid="pin"
        >
          <span>{t.vote.pin}</span>
          <strong>{pin.replace(/./g, '●') || '\u00a0'}</strong>
        </button>
      </div>
      <Keypad
        onDigit={(d) => {
          if (value.length < max) set(value + d);
          if (field === 'homeCode' && value.length + 1 === max) setField('pin');
        }}
        onDelete={() => set(value.slice(0, -1))}
        onClear={() => set('')}
      />
      <Alert text={errorText(state.error, t)} />
      <button
        type="button"
        className="primary wide"
        disabled={homeCode.length !== 8 || pin.length !== 6 || state.fetching}
        onClick={async () => {
          const res = await signIn({ homeCode, pin });
          setPin('');
          if (res.data) onSignedIn(res.data.residentLogin.token);
        }}
      >
        {t.vote.signInButton}
      </button>
    </section>
  );
}
