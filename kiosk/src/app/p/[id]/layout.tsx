import type { ReactNode } from 'react';
import { KioskShell } from '../../../components/KioskShell';
import { initialPavilion } from '../../../lib/server-board';

/** The pavilion shell: who we are, idle reset, large text, language, read aloud, the four destinations. */
export default async function PavilionLayout({ params, children }: { params: Promise<{ id: string }>; children: ReactNode }) {
  const { id } = await params;
  return (
    <KioskShell pavilionId={id} initialPavilion={await initialPavilion(id)}>
      {children}
    </KioskShell>
  );
}
