'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { en } from '../messages/en';
import { zhCN, type Messages } from '../messages/zh-CN';

type Locale = 'zh-CN' | 'en';
interface Prefs {
  locale: Locale;
  t: Messages;
  largeText: boolean;
  setLocale(l: Locale): void;
  setLargeText(on: boolean): void;
}

const PrefsContext = createContext<Prefs | null>(null);

export function PrefsProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>('zh-CN');
  const [largeText, setLargeText] = useState(false);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dataset.largeText = largeText ? 'on' : 'off';
  }, [locale, largeText]);
  return (
    <PrefsContext.Provider value={{ locale, t: locale === 'en' ? en : zhCN, largeText, setLocale, setLargeText }}>{children}</PrefsContext.Provider>
  );
}

export function usePrefs(): Prefs {
  const prefs = useContext(PrefsContext);
  if (!prefs) throw new Error('usePrefs outside PrefsProvider');
  return prefs;
}
