import { parse } from 'csv-parse/sync';

export interface CsvLineError {
  line: number;
  message: string;
}

export interface CsvLine<C extends string> {
  line: number;
  /** The cell of a column, NFC-normalised and trimmed ('' when absent). */
  get(column: C): string;
}

/** Most lines an import reads at once, unless it says otherwise (a sub-district's register is larger). */
export const CSV_MAX_LINES = 50_000;

/**
 * Reads a CSV file whose first line names the columns (in any order, case-insensitive); each line
 * knows its line number in the file, so every bad line can be reported where it is.
 */
export function readCsvTable<C extends string>(
  csv: string,
  columns: readonly C[],
  opts: { maxLines?: number } = {},
): { lines: CsvLine<C>[]; errors: CsvLineError[] } {
  const maxLines = opts.maxLines ?? CSV_MAX_LINES;
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(csv, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as typeof records;
  } catch (e) {
    return { lines: [], errors: [{ line: (e as { lines?: number }).lines ?? 1, message: `Not a readable CSV file: ${(e as Error).message}` }] };
  }
  if (records.length < 2) return { lines: [], errors: [{ line: 1, message: 'The file has no lines after its header' }] };
  if (records.length > maxLines + 1) return { lines: [], errors: [{ line: maxLines + 2, message: `At most ${maxLines} lines at once` }] };
  const header = records[0].record.map((h) => h.trim().toLowerCase());
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length) return { lines: [], errors: [{ line: records[0].info.lines, message: `Header lacks column(s): ${missing.join(', ')}` }] };
  const at = new Map(columns.map((c) => [c, header.indexOf(c)]));
  return {
    lines: records.slice(1).map(({ record, info }) => ({
      line: info.lines,
      get: (c: C) => (record[at.get(c)!] ?? '').normalize('NFC').trim(),
    })),
    errors: [],
  };
}

/** Rows in groups small enough for one insert statement on every driver. */
export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
