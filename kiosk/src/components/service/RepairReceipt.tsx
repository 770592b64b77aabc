'use client';

import { formatTrackingCode } from '../../lib/format';
import { usePrefs } from '../../lib/i18n';
import { Qr } from '../Qr';

/** The receipt of a repair report: its code, and a QR code to follow, urge and rate it on a phone. */
export function RepairReceipt({ trackingCode, reporterCount }: { trackingCode: string; reporterCount: number }) {
  const { t } = usePrefs();
  const s = t.service;
  return (
    <section className="receipt" aria-live="polite">
      <h2>{s.receiptTitle}</h2>
      {reporterCount > 1 ? <p>{s.folded(reporterCount)}</p> : null}
      <p>{s.receipt}</p>
      <p className="code" data-testid="order-code">
        {formatTrackingCode(trackingCode)}
      </p>
      <Qr text={`${window.location.origin}/w/${trackingCode}`} label={s.scan} />
      <p>{s.scan}</p>
    </section>
  );
}
