'use client';

import dynamic from 'next/dynamic';

// The rating keypad renders only in the browser, like the vote's.
const PropertyView = dynamic(() => import('./PropertyView').then((m) => m.PropertyView), { ssr: false });

/** /p/<id>/property: how the property companies of this community are scored, and rating them. */
export function PropertyScreen() {
  return <PropertyView />;
}
