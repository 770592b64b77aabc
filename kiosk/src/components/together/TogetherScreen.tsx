'use client';

import dynamic from 'next/dynamic';

// The sign-in keypad and the keyboard render only in the browser.
const TogetherView = dynamic(() => import('./TogetherView').then((m) => m.TogetherView), { ssr: false });

export function TogetherScreen() {
  return <TogetherView />;
}
