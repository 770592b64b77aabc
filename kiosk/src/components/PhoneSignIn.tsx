'use client';

import { useCallback, useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { errorText, usePrefs } from '../lib/i18n';
import { useSession } from '../lib/urql-provider';

const PhoneLogin = graphql(`
  mutation PhoneLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      role
    }
  }
`);

/** Staff on a phone (a team member, a patrol): user name and password, the phone's own keyboard. */
export function PhoneSignIn({ title, onToken }: { title: string; onToken(token: string): void }) {
  const { t } = usePrefs();
  const s = t.service.teamPage;
  const [state, login] = useMutation(PhoneLogin);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  return (
    <form
      className="stack"
      onSubmit={async (e) => {
        e.preventDefault();
        const res = await login({ username, password });
        if (res.data) onToken(res.data.login.token);
      }}
    >
      <h2>{title}</h2>
      <label>
        {s.username}
        <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
      </label>
      <label>
        {s.password}
        <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      {state.error ? <p role="alert">{errorText(state.error, t)}</p> : null}
      <button type="submit" className="primary" disabled={!username || !password || state.fetching}>
        {t.confirm}
      </button>
    </form>
  );
}

/**
 * A staff session on a phone, kept per browser tab (sessionStorage under `key`), so that a reload
 * keeps the member signed in. `ready` is false until the stored token has been read.
 */
export function usePhoneSession(key: string): { token: string | null; ready: boolean; keep(next: string | null): void } {
  const { token, setToken } = useSession();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const saved = sessionStorage.getItem(key);
    if (saved) setToken(saved);
    // The server renders without the tab's storage: it is read once the page is in the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReady(true);
  }, [key, setToken]);
  const keep = useCallback(
    (next: string | null) => {
      if (next) sessionStorage.setItem(key, next);
      else sessionStorage.removeItem(key);
      setToken(next);
    },
    [key, setToken],
  );
  return { token, ready, keep };
}
