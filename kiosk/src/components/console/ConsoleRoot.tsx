'use client';

import dynamic from 'next/dynamic';

// Browser-only: a sign-in form drawn before it is live would submit natively, password in the URL.
export const ConsoleRoot = dynamic(() => import('./ConsoleShell').then((m) => m.ConsoleShell), { ssr: false });
