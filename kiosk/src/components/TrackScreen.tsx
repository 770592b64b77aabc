'use client';

import dynamic from 'next/dynamic';

const TrackForm = dynamic(() => import('./TrackForm').then((m) => m.TrackForm), { ssr: false });

/** /p/<id>/track: a matter's page by its tracking code. */
export function TrackScreen({ code }: { code: string | null }) {
  return <TrackForm initialCode={code} />;
}
