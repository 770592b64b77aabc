import { badInput } from './errors';

const DIGITS = /^[1-9]\d{0,15}$/;

/**
 * The one way an id from outside becomes a number: a positive whole number within the safe
 * integer range, or BAD_USER_INPUT before any query runs (`Infinity`, `1e400`, `-1`, `1.5`, `abc`).
 */
export function parseId(value: string | number, field = 'id'): number {
  const text = typeof value === 'number' ? String(value) : value;
  if (DIGITS.test(text)) {
    const n = Number(text);
    if (Number.isSafeInteger(n)) return n;
  }
  throw badInput(`${field} is not an id`, { field });
}

export function parseOptionalId(value: string | number | null | undefined, field = 'id'): number | null {
  return value === null || value === undefined || value === '' ? null : parseId(value, field);
}
