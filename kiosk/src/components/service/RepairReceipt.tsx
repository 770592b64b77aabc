'use client';

import { formatTrackingCode } from '../../lib/format';
import { usePrefs } from '../../lib/i18n';
import { Receipt } from '../codes/Receipt';

/** The receipt of a repair report: its code, and a QR code to follow, urge and rate it on a phone. */
export function RepairReceipt({ trackingCode, reporterCount }: { trackingCode: string; reporterCount: number }) {
  const { t } = usePrefs();
  const s = t.service;
  return (
    <Receipt
      title={s.receiptTitle}
      code={formatTrackingCode(trackingCode)}
      codeTestId="order-code"
      phonePath={`/w/${trackingCode}`}
      kioskPath={`track?code=${trackingCode}`}
      viewLabel={t.track.view}
      scanLabel={s.scan}
    >
      {reporterCount > 1 ? <p>{s.folded(reporterCount)}</p> : null}
      <p>{s.receipt}</p>
    </Receipt>
  );
}
