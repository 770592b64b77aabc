'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { usePrefs } from '../../lib/i18n';
import { usePavilion } from '../KioskShell';
import { Qr } from '../Qr';
import styles from './Receipt.module.css';

/**
 * Every receipt a resident takes away: the code in large type, a QR code that opens the code's
 * phone page, and the next steps: at a kiosk, the code's page here (查看进度 or 核验选票) and the
 * board; on a phone, the code's page.
 */
export function Receipt({
  title,
  children,
  code,
  codeTestId,
  phonePath,
  kioskPath,
  viewLabel,
  scanLabel,
}: {
  title: string;
  children?: ReactNode;
  /** As it is shown: grouped for reading aloud. */
  code: string;
  codeTestId: string;
  /** The phone page of the code, which the QR code opens (/m/…, /w/…, /v/…). */
  phonePath: string;
  /** The kiosk page of the code under /p/<id> (track?code=…, verify?receipt=…). */
  kioskPath: string;
  viewLabel: string;
  scanLabel: string;
}) {
  const { t } = usePrefs();
  const { pavilionId } = usePavilion();
  return (
    <section className={`receipt ${styles.receipt}`} aria-live="polite">
      <h2>{title}</h2>
      {children}
      <p className={styles.code} data-testid={codeTestId}>
        {code}
      </p>
      <Qr text={`${window.location.origin}${phonePath}`} label={scanLabel} />
      <p>{scanLabel}</p>
      <nav className={styles.next} aria-label={title}>
        {pavilionId ? (
          <>
            <Link className="button primary" href={`/p/${pavilionId}/${kioskPath}`}>
              {viewLabel}
            </Link>
            <Link className="button" href={`/p/${pavilionId}`}>
              {t.home}
            </Link>
          </>
        ) : (
          <Link className="button primary" href={phonePath}>
            {viewLabel}
          </Link>
        )}
      </nav>
    </section>
  );
}
