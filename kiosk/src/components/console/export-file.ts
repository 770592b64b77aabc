import writeXlsxFile from 'write-excel-file/browser';

/** One column of an export: its heading and how a row gives its value. */
export interface ExportColumn<Row> {
  title: string;
  value(row: Row): string | number;
}

export type ExportFormat = 'csv' | 'xlsx';

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
const csvField = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Writes the rows as CSV (with a byte-order mark, so spreadsheet programs read the Chinese) or XLSX, and downloads it. */
export async function exportRows<Row>(rows: Row[], columns: Array<ExportColumn<Row>>, format: ExportFormat, baseName: string) {
  if (format === 'csv') {
    const lines = [columns.map((c) => csvField(c.title)).join(','), ...rows.map((r) => columns.map((c) => csvField(c.value(r))).join(','))];
    download(new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' }), `${baseName}.csv`);
    return;
  }
  const sheet = [
    columns.map((c) => ({ value: c.title, fontWeight: 'bold' as const })),
    ...rows.map((r) =>
      columns.map((c) => {
        const value = c.value(r);
        return typeof value === 'number' ? { value, type: Number } : { value, type: String };
      }),
    ),
  ];
  download(await writeXlsxFile(sheet).toBlob(), `${baseName}.xlsx`);
}
