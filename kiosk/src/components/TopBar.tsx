'use client';

import { usePrefs } from '../lib/i18n';

export function TopBar() {
  const { t, locale, setLocale, largeText, setLargeText } = usePrefs();
  return (
    <header className="top">
      <div>
        <h1>{t.appName}</h1>
        <p>
          {t.subDistrict} · {t.tagline}
        </p>
      </div>
      <div className="tools">
        <button type="button" onClick={() => setLargeText(!largeText)} aria-pressed={largeText}>
          {largeText ? t.normalText : t.largeText}
        </button>
        <button type="button" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
          {t.switchLanguage}
        </button>
      </div>
    </header>
  );
}
