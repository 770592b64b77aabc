'use client';

import dynamic from 'next/dynamic';

// Signed in per tab (sessionStorage), so drawn only in the browser.
const PatrolRecord = dynamic(() => import('./PatrolRecord').then((m) => m.PatrolRecord), { ssr: false });

export function PatrolScreen() {
  return <PatrolRecord />;
}
