'use client';

import dynamic from 'next/dynamic';

// The keypad renders only in the browser: keys drawn before they respond would swallow the first taps.
const VoteFlow = dynamic(() => import('./VoteFlow').then((m) => m.VoteFlow), { ssr: false });

/** /p/<id>/vote: home code and PIN, the home's open votes, the ballot. */
export function VoteScreen() {
  return <VoteFlow />;
}
