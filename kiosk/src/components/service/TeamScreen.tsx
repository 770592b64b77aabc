'use client';

import dynamic from 'next/dynamic';

// Signed in per tab (sessionStorage), so drawn only in the browser.
const TeamOrders = dynamic(() => import('./TeamOrders').then((m) => m.TeamOrders), { ssr: false });

export function TeamScreen() {
  return <TeamOrders />;
}
