'use client';

import dynamic from 'next/dynamic';
import { usePavilion } from './KioskShell';

// Loaded when first touched, and only in the browser: a form drawn before it can respond would swallow the first taps.
const RaiseWizard = dynamic(() => import('./raise/RaiseWizard').then((m) => m.RaiseWizard), { ssr: false });

/** /p/<id>/raise: raising a matter at this pavilion. */
export function RaiseScreen() {
  return <RaiseWizard pavilionId={usePavilion().pavilionId} />;
}
