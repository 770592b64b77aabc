/** A number from a plain SQL row: drivers answer counts and sums as numbers or (PostgreSQL) strings. */
export const num = (v: unknown): number => Number(v ?? 0);

/** A time from a plain SQL row: SQLite answers epoch milliseconds, PostgreSQL a Date. */
export const dateOf = (v: unknown): Date => new Date(v as string | number | Date);

export const optionalDateOf = (v: unknown): Date | null => (v == null ? null : dateOf(v));
