import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { PrefsProvider } from '../lib/i18n';
import { zhCN } from '../messages/zh-CN';
import { runtimeConfig } from '../lib/runtime-config';
import { GraphQLProvider } from '../lib/urql-provider';
import './globals.css';

export const metadata: Metadata = { title: `${zhCN.appName} · ${zhCN.subDistrict}`, description: zhCN.tagline };
export const viewport: Viewport = { width: 'device-width', initialScale: 1 };
// Settings are read per request, so one build serves every pavilion and any API address.
export const dynamic = 'force-dynamic';

export default function RootLayout({ children }: { children: ReactNode }) {
  const { apiUrl } = runtimeConfig();
  return (
    <html lang="zh-CN">
      <body>
        <PrefsProvider>
          <GraphQLProvider apiUrl={apiUrl}>{children}</GraphQLProvider>
        </PrefsProvider>
      </body>
    </html>
  );
}
