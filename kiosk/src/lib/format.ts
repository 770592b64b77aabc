const TIME_FORMATS = {
  zh: new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }),
};

/** Times are stored in UTC and shown in Asia/Shanghai, as people write them: 2026年12月5日 19:30. */
export function formatTime(iso: string, locale: string): string {
  return TIME_FORMATS[locale === 'en' ? 'en' : 'zh'].format(new Date(iso));
}

const DATE_FORMATS = {
  zh: new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'short', day: 'numeric' }),
};

/** The day of a moment in Beijing: 2026年11月19日. */
export function formatDate(iso: string, locale: string): string {
  return DATE_FORMATS[locale === 'en' ? 'en' : 'zh'].format(new Date(iso));
}

export function formatYuan(fen: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { style: 'currency', currency: 'CNY' }).format(fen / 100);
}

export function formatMinutes(minutes: number | null | undefined, t: { minutes(n: number): string; hours(n: number): string }): string {
  if (minutes == null) return '—';
  return minutes < 90 ? t.minutes(Math.round(minutes)) : t.hours(Math.round((minutes / 60) * 10) / 10);
}

/** A wall-clock time typed in Shanghai (from an <input type="datetime-local">), as a UTC instant. */
export function shanghai(local: string): string {
  return new Date(`${local}:00+08:00`).toISOString();
}

/** A code as people read it aloud: two groups of four. */
export function formatTrackingCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

/** A rate of 0..1 as a percentage with at most one decimal (93.6%). */
export function formatPercent(rate: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** A datetime-local value (Beijing time) `days` from now, for a form's default deadline; `shanghai` reads it back. */
export function beijingLocalIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 16);
}

const QUARTERS_ZH = ['一', '二', '三', '四'];

/**
 * A period of the evaluation as people say it: 2026年10月, 2026年第三季度, 2026年度 (English:
 * October 2026, Q3 2026, 2026). Periods travel as the API names them (2026-10, 2026-Q3, 2026).
 */
export function formatPeriod(period: string, locale: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return locale === 'en' ? `Q${quarter[2]} ${quarter[1]}` : `${quarter[1]}年第${QUARTERS_ZH[Number(quarter[2]) - 1]}季度`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    if (locale !== 'en') return `${month[1]}年${Number(month[2])}月`;
    return new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${period}-01T00:00:00Z`));
  }
  if (/^\d{4}$/.test(period)) return locale === 'en' ? period : `${period}年度`;
  return period;
}

/** Whole minutes from now until a moment: negative once it has passed. */
export function minutesUntil(iso: string, now = Date.now()): number {
  return Math.round((new Date(iso).getTime() - now) / 60_000);
}
