'use client';

import dynamic from 'next/dynamic';

const BallotCheck = dynamic(() => import('./codes/BallotCheck').then((m) => m.BallotCheck), { ssr: false });

/** /p/<id>/verify and /v/<receipt>: whether a ballot was counted. */
export function BallotCheckScreen({ receipt }: { receipt: string | null }) {
  return <BallotCheck initialReceipt={receipt} />;
}
