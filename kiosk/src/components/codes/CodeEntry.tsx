'use client';

import { Delete } from 'lucide-react';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { usePrefs } from '../../lib/i18n';
import styles from './CodeEntry.module.css';

const Rules = graphql(`
  query KioskCodeRules {
    codeRules {
      alphabet
      trackingCodeLength
      receiptLength
    }
  }
`);

export type CodeKind = 'tracking' | 'receipt';

/**
 * A code typed by taps on a public screen that has no keyboard: the keys are the code alphabet
 * the server uses (no 0/O/1/I/L), so nobody can type a character that no code holds. The code
 * is handed on as soon as it is complete.
 */
export function CodeEntry({ kind, label, onComplete }: { kind: CodeKind; label: string; onComplete(code: string): void }) {
  const { t } = usePrefs();
  const [{ data }] = useQuery({ query: Rules });
  const [typed, setTyped] = useState('');
  const rules = data?.codeRules;
  if (!rules) return <p>{t.loading}</p>;
  const length = kind === 'tracking' ? rules.trackingCodeLength : rules.receiptLength;
  const press = (c: string) => {
    if (typed.length >= length) return;
    const next = typed + c;
    setTyped(next);
    if (next.length === length) onComplete(next);
  };
  return (
    <div className={styles.entry}>
      <p id={`code-${kind}-label`}>{label}</p>
      <output className={styles.display} aria-labelledby={`code-${kind}-label`} data-testid="code-typed">
        {Array.from({ length }, (_, i) => (
          <span key={i} className={`${styles.cell} ${i % 4 === 0 && i > 0 ? styles.groupStart : ''}`}>
            {typed[i] ?? ''}
          </span>
        ))}
      </output>
      <p className={styles.count} aria-live="polite">
        {t.codes.typed(typed.length, length)}
      </p>
      <div className={styles.keys} role="group" aria-label={t.codes.keypad}>
        {[...rules.alphabet].map((c) => (
          <button key={c} type="button" className={styles.key} onClick={() => press(c)}>
            {c}
          </button>
        ))}
        <button type="button" className={`${styles.key} ${styles.wide}`} onClick={() => setTyped('')}>
          {t.codes.clear}
        </button>
        <button type="button" className={`${styles.key} ${styles.wide}`} onClick={() => setTyped(typed.slice(0, -1))} aria-label={t.codes.delete}>
          <Delete aria-hidden size={28} />
        </button>
      </div>
    </div>
  );
}
