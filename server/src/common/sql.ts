/** A number from a plain SQL row: drivers answer counts and sums as numbers or (PostgreSQL) strings. */
export const num = (v: unknown): number => Number(v ?? 0);

/** A time from a plain SQL row: SQLite answers epoch milliseconds, PostgreSQL a Date. */
export const dateOf = (v: unknown): Date => new Date(v as string | number | Date);

export const optionalDateOf = (v: unknown): Date | null => (v == null ? null : dateOf(v));

/**
 * A `like` pattern for words a person typed, in which `%` and `_` stand for themselves; use it
 * with `like ? escape '\'` (SQLite has no escape character unless told).
 */
export const likePattern = (text: string, { prefix = false } = {}): string => {
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return prefix ? `${escaped}%` : `%${escaped}%`;
};
