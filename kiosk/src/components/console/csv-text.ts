/** One column of an export: its heading and how a row gives its value. */
export interface ExportColumn<Row> {
  title: string;
  value(row: Row): string | number;
}

/**
 * Text a spreadsheet program would run as a formula (=, +, - or @ first, or a tab or carriage
 * return that it skips before one): residents' titles reach a clerk's Excel or WPS, so such text
 * is written with a leading apostrophe, which the programs show as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV field: neutralised when it could be a formula, quoted when it holds a comma, a quote or a line break. */
export function csvField(v: string | number): string {
  const s = typeof v === 'number' ? String(v) : FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows as CSV text with a heading line, lines ended by CRLF. */
export function csvText<Row>(rows: Row[], columns: Array<ExportColumn<Row>>): string {
  const lines = [columns.map((c) => csvField(c.title)).join(','), ...rows.map((r) => columns.map((c) => csvField(c.value(r))).join(','))];
  return lines.join('\r\n') + '\r\n';
}
