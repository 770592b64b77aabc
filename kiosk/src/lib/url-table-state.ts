'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';

export const PAGE_SIZES = [20, 50, 100];

/**
 * A console table's state in the address: filters, sort and page survive the back button and a
 * shared link, and a workbench can link straight to a filtered table. Each table reads its own
 * keys; changing a filter goes back to the first page.
 */
export function useUrlTableState() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const text = (k: string) => params.get(k);
  const list = (k: string) => params.get(k)?.split(',').filter(Boolean) ?? [];
  /** Only the listed values, for an enum: a stale or hand-made address cannot send anything else. */
  const listOf = <T extends string>(k: string, allowed: readonly T[]): T[] => list(k).filter((s): s is T => (allowed as readonly string[]).includes(s));
  const flag = (k: string) => (params.get(k) === '1' ? true : null);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const size = PAGE_SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : PAGE_SIZES[0];
  const set = (changes: Record<string, string | number | boolean | readonly string[] | null | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params.toString());
    for (const [k, v] of Object.entries(changes)) {
      const value = Array.isArray(v) ? v.join(',') : v === true ? '1' : v === false ? null : v;
      if (value === null || value === undefined || value === '') next.delete(k);
      else next.set(k, String(value));
    }
    if (!keepPage) next.delete('page');
    router.replace(`${pathname}?${next.toString()}`);
  };
  return { text, list, listOf, flag, page, size, set, has: (k: string) => params.has(k), reset: () => router.replace(pathname) };
}
