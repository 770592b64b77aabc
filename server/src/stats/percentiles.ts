/** Nearest-rank percentile of already sorted numbers; null for none. */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The first instant of the year, in Asia/Shanghai (UTC+8, no daylight saving), of a moment. */
export function startOfShanghaiYear(at: Date): Date {
  const shanghai = new Date(at.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(shanghai.getUTCFullYear(), 0, 1) - 8 * 3600_000);
}
