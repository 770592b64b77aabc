/** Times are stored in UTC and shown in Asia/Shanghai. */
export function formatTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
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
