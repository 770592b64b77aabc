'use client';

import { Languages, Type } from 'lucide-react';
import { usePrefs } from '../lib/i18n';
import styles from './PhoneHeader.module.css';

/** A phone's header: one slim row, so the page itself fills the first screen. */
export function PhoneHeader({ title }: { title?: string }) {
  const { t, locale, setLocale, largeText, setLargeText } = usePrefs();
  return (
    <header className={styles.header}>
      <p className={styles.name}>
        <strong>{t.appName}</strong>
        {title ? <span> · {title}</span> : null}
      </p>
      <button
        type="button"
        className={styles.tool}
        onClick={() => setLargeText(!largeText)}
        aria-pressed={largeText}
        aria-label={largeText ? t.normalText : t.largeText}
      >
        <Type aria-hidden size={22} />
      </button>
      <button type="button" className={styles.tool} onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')} aria-label={t.switchLanguage}>
        <Languages aria-hidden size={22} />
      </button>
    </header>
  );
}
