'use client';

import { Board } from './Board';
import { KioskShell } from './KioskShell';
import { RaiseWizard } from './RaiseWizard';
import { TrackForm } from './TrackForm';
import { VoteFlow } from './VoteFlow';

export function KioskPage({ pavilionId, mode, code }: { pavilionId: string; mode: 'board' | 'raise' | 'track' | 'vote'; code?: string | null }) {
  return (
    <KioskShell pavilionId={pavilionId}>
      {({ communityId, communityName }) => {
        if (mode === 'raise') return <RaiseWizard pavilionId={pavilionId} />;
        if (mode === 'track') return <TrackForm initialCode={code ?? null} />;
        if (mode === 'vote') return <VoteFlow />;
        return communityId ? <Board pavilionId={pavilionId} communityId={communityId} communityName={communityName} /> : null;
      }}
    </KioskShell>
  );
}
