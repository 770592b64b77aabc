import writeXlsxFile from 'write-excel-file/browser';
import { csvText, type ExportColumn } from './csv-text';

export type { ExportColumn } from './csv-text';
export type ExportFormat = 'csv' | 'xlsx';

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
    download(new Blob(['\ufeff' + csvText(rows, columns)], { type: 'text/csv;charset=utf-8' }), `${baseName}.csv`);
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
