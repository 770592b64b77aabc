import { randomInt } from 'node:crypto';

/**
 * Tracking codes and ballot receipts: letters and digits a person can read aloud and type without
 * confusion (no 0/O/1/I/L), shown in groups of four and typed in any case, with or without spaces
 * and dashes. Everything about them lives here.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const TRACKING_CODE_LENGTH = 8;
export const RECEIPT_LENGTH = 12;

/** A pattern of exactly `length` code characters, built from the alphabet itself. */
export function codePattern(length: number, grouped = false): RegExp {
  const one = `[${CODE_ALPHABET}]`;
  if (!grouped) return new RegExp(`^${one}{${length}}$`);
  const groups = Array.from({ length: Math.ceil(length / 4) }, (_, i) => `${one}{${Math.min(4, length - i * 4)}}`);
  return new RegExp(`^${groups.join('-')}$`);
}

export function newCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return out;
}

/** What a person typed, as the code it names: no spaces or dashes, upper case. */
export function normaliseCode(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}

/** A code that can exist: the right length, and only characters of the alphabet. */
export function isCode(text: string, length: number): boolean {
  return codePattern(length).test(text);
}

/** Groups of four joined by dashes, as printed on receipts. */
export function formatCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1-');
}
