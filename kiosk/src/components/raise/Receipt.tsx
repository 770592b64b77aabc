'use client';

import { formatTrackingCode } from '../../lib/format';
import { usePrefs } from '../../lib/i18n';
import { Receipt as CodeReceipt } from '../codes/Receipt';

/** The receipt of a raised matter: its tracking code, and a QR code to follow it on a phone. */
export function Receipt({ trackingCode }: { trackingCode: string }) {
  const { t } = usePrefs();
  return (
    <CodeReceipt
      title={t.raise.done}
      code={formatTrackingCode(trackingCode)}
      codeTestId="tracking-code"
      phonePath={`/m/${trackingCode}`}
      kioskPath={`track?code=${trackingCode}`}
      viewLabel={t.track.view}
      scanLabel={t.raise.scan}
    >
      <p>{t.raise.receipt}</p>
    </CodeReceipt>
  );
}
