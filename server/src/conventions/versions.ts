/** One article's change between two versions: added (before null), removed (after null) or reworded. */
export interface ArticleChangeRow {
  number: number;
  before: string | null;
  after: string | null;
}

/** What changed from one version's articles to the next, article by article, in number order. */
export function changesBetween(before: readonly string[], after: readonly string[]): ArticleChangeRow[] {
  const out: ArticleChangeRow[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const b = before[i] ?? null;
    const a = after[i] ?? null;
    if (b !== a) out.push({ number: i + 1, before: b, after: a });
  }
  return out;
}
