'use client';

import dynamic from 'next/dynamic';
import { usePavilion } from '../KioskShell';

// Loaded when first touched, and only in the browser, like the raise wizard.
const RepairWizard = dynamic(() => import('./RepairWizard').then((m) => m.RepairWizard), { ssr: false });

/** /p/<id>/repair: reporting a repair at this pavilion. */
export function RepairScreen() {
  return <RepairWizard pavilionId={usePavilion().pavilionId} />;
}
