'use client';

import dynamic from 'next/dynamic';
import { Board } from './Board';
import type { InitialBoard } from '../lib/server-board';
import { KioskShell } from './KioskShell';

// The board is what a kiosk shows most of the time; the other screens load when first touched,
// and only in the browser: a keypad drawn before it can respond would swallow the first taps.
const RaiseWizard = dynamic(() => import('./RaiseWizard').then((m) => m.RaiseWizard), { ssr: false });
const TrackForm = dynamic(() => import('./TrackForm').then((m) => m.TrackForm), { ssr: false });
const VoteFlow = dynamic(() => import('./VoteFlow').then((m) => m.VoteFlow), { ssr: false });

export function KioskPage({
  pavilionId,
  mode,
  code,
  initial,
}: {
  pavilionId: string;
  mode: 'board' | 'raise' | 'track' | 'vote';
  code?: string | null;
  initial?: InitialBoard | null;
}) {
  return (
    <KioskShell pavilionId={pavilionId} initialPavilion={initial?.pavilion}>
      {({ communityId, communityName }) => {
        if (mode === 'raise') return <RaiseWizard pavilionId={pavilionId} />;
        if (mode === 'track') return <TrackForm initialCode={code ?? null} />;
        if (mode === 'vote') return <VoteFlow />;
        return communityId ? <Board pavilionId={pavilionId} communityId={communityId} communityName={communityName} initial={initial?.board ?? null} /> : null;
      }}
    </KioskShell>
  );
}
