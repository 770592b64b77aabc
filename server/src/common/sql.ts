/** A number from a plain SQL row: drivers answer counts and sums as numbers or (PostgreSQL) strings. */
export const num = (v: unknown): number => Number(v ?? 0);
