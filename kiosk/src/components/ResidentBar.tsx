'use client';

import { LogOut, UserRound } from 'lucide-react';
import { useCallback, useEffect } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { usePrefs } from '../lib/i18n';
import { useSession } from '../lib/urql-provider';
import styles from './ResidentBar.module.css';

const Me = graphql(`
  query ResidentBarMe {
    me {
      displayName
    }
  }
`);

const SignOut = graphql(`
  mutation ResidentSignOut {
    signOut
  }
`);

/** A resident signed in on a public screen is signed out after this long without a touch. */
export const RESIDENT_IDLE_MS = 60_000;

/** Ends the resident's session on the server, then forgets the token on this screen. */
export function useResidentSignOut() {
  const { token, setToken } = useSession();
  const [, signOut] = useMutation(SignOut);
  return useCallback(async () => {
    if (token) await signOut({}).catch(() => undefined);
    setToken(null);
  }, [token, signOut, setToken]);
}

/**
 * One sign-in per visit: once a resident has signed in (to vote, rate, support or second), every
 * screen of the kiosk serves them until they sign out or leave the screen alone for a minute,
 * and this bar says who is signed in and how to leave.
 */
export function ResidentBar() {
  const { t } = usePrefs();
  const { token } = useSession();
  const leave = useResidentSignOut();
  const [{ data }] = useQuery({ query: Me, pause: !token });

  useEffect(() => {
    if (!token) return;
    let timer = setTimeout(leave, RESIDENT_IDLE_MS);
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(leave, RESIDENT_IDLE_MS);
    };
    const events = ['pointerdown', 'keydown'] as const;
    for (const e of events) window.addEventListener(e, arm, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, arm);
    };
  }, [token, leave]);

  if (!token) return null;
  return (
    <div className={styles.bar} role="status" data-testid="resident-bar">
      <UserRound aria-hidden size={24} />
      <p>
        <strong>{data?.me?.displayName ?? ''}</strong> · {t.vote.signedOutSoon}
      </p>
      <button type="button" className={styles.leave} onClick={leave}>
        <LogOut aria-hidden size={22} /> {t.vote.signOut}
      </button>
    </div>
  );
}
