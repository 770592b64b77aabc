'use client';

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { en } from '../messages/en';
import { zhCN, type Messages } from '../messages/zh-CN';

type Locale = 'zh-CN' | 'en';
interface Prefs {
  locale: Locale;
  t: Messages;
  largeText: boolean;
  setLocale(l: Locale): void;
  setLargeText(on: boolean): void;
  /** Back to the defaults, as a public device must be after someone leaves it. */
  reset(): void;
}

const PrefsContext = createContext<Prefs | null>(null);

export function PrefsProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>('zh-CN');
  const [largeText, setLargeText] = useState(false);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dataset.largeText = largeText ? 'on' : 'off';
  }, [locale, largeText]);
  const reset = useCallback(() => {
    setLocale('zh-CN');
    setLargeText(false);
  }, []);
  return (
    <PrefsContext.Provider value={{ locale, t: locale === 'en' ? en : zhCN, largeText, setLocale, setLargeText, reset }}>{children}</PrefsContext.Provider>
  );
}

export function usePrefs(): Prefs {
  const prefs = useContext(PrefsContext);
  if (!prefs) throw new Error('usePrefs outside PrefsProvider');
  return prefs;
}

/** For staff: the server's own explanation (it names the status, the count...), else plain words. */
export function errorDetail(error: CombinedError | undefined | null, t: Messages): string | null {
  if (!error) return null;
  return error.graphQLErrors[0]?.message ?? errorText(error, t);
}

/** Plain words for an API error, by its extensions.code. */
export function errorText(error: CombinedError | undefined | null, t: Messages): string | null {
  if (!error) return null;
  if (error.networkError) return t.errors.network;
  const code = error.graphQLErrors[0]?.extensions?.code as string | undefined;
  return (code && t.errors[code]) || t.errors.unknown;
}
