'use client';

import { formatTrackingCode } from '../../lib/format';
import { usePrefs } from '../../lib/i18n';
import { Qr } from '../Qr';

/** The receipt of a raised matter: its tracking code, and a QR code to follow it on a phone. */
export function Receipt({ trackingCode }: { trackingCode: string }) {
  const { t } = usePrefs();
  const phoneUrl = `${window.location.origin}/m/${trackingCode}`;
  return (
    <section className="receipt" aria-live="polite">
      <h2>{t.raise.done}</h2>
      <p>{t.raise.receipt}</p>
      <p className="code" data-testid="tracking-code">
        {formatTrackingCode(trackingCode)}
      </p>
      <Qr text={phoneUrl} label={t.raise.scan} />
      <p>{t.raise.scan}</p>
    </section>
  );
}
