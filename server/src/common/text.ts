import { badInput } from './errors';

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Trimmed, NFC-normalised text of `min` to `max` characters (code points, so a Chinese character
 * counts once). Control characters are refused; line breaks only where `multiline`.
 */
export function cleanText(value: string | null | undefined, field: string, opts: { min?: number; max: number; multiline?: boolean }): string {
  const text = (value ?? '').replace(/\r\n?/g, '\n').normalize('NFC').trim();
  if (CONTROL.test(text) || (!opts.multiline && /[\n\t]/.test(text))) throw badInput(`${field} contains control characters`, { field });
  const length = [...text].length;
  if (length < (opts.min ?? 0)) throw badInput(opts.min === 1 ? `${field} is required` : `${field} needs at least ${opts.min} characters`, { field });
  if (length > opts.max) throw badInput(`${field} has more than ${opts.max} characters`, { field });
  return text;
}

/** A mainland China mobile number as 11 digits, accepting spaces, dashes and +86. */
export function cleanMobile(value: string | null | undefined, field = 'contactPhone'): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const digits = value.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
  if (!/^1[3-9]\d{9}$/.test(digits)) throw badInput(`${field} is not a mainland mobile number (11 digits starting with 13-19)`, { field });
  return digits;
}

const SHANGHAI_WORDS = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as a resident reads it in a stored text (a timeline note, a message): 2026年12月5日 19:30, Beijing time. */
export function shanghaiWords(at: Date): string {
  return SHANGHAI_WORDS.format(at);
}
