import ExcelJS from 'exceljs';
import { syntheticNik } from '../../fixtures/nik.js';

/**
 * Spreadsheets as dinas keep them, generated as real files: XLSX written by exceljs (as Excel
 * stores it: numbers, dates, formulas, merged cells, styles) and CSV as Excel exports it.
 */

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Cells = (string | number | Date | null | undefined | { formula: string; result: string } | boolean)[];

export async function xlsxFile(
  rows: Cells[],
  options: { title?: string; mergeTitle?: string; trailingEmptyRows?: number; secondSheet?: Cells[]; firstSheet?: Cells[]; textNik?: boolean } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (options.firstSheet) {
    const before = workbook.addWorksheet('Catatan');
    for (const row of options.firstSheet) before.addRow(row);
  }
  const sheet = workbook.addWorksheet('Peserta');
  if (options.title) {
    sheet.addRow([options.title]);
    if (options.mergeTitle) sheet.mergeCells(options.mergeTitle);
  }
  for (const row of rows) sheet.addRow(row);
  // Rows Excel keeps because they were formatted once, though empty.
  for (let i = 0; i < (options.trailingEmptyRows ?? 0); i++) {
    const row = sheet.getRow(sheet.rowCount + 1);
    row.getCell(1).numFmt = '@';
    row.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    row.commit?.();
  }
  if (options.secondSheet) {
    const after = workbook.addWorksheet('Lampiran');
    for (const row of options.secondSheet) after.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A CSV as Indonesian Excel exports it: `;`, UTF-8 BOM, CRLF; fields quoted when needed. */
export function csvFile(rows: (string | number | undefined)[][], options: { delimiter?: string; bom?: boolean; eol?: string } = {}): Buffer {
  const delimiter = options.delimiter ?? ';';
  const quote = (value: string | number | undefined) => {
    const text = String(value ?? '');
    return text.includes(delimiter) || text.includes('"') || text.includes('\n') ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const body = rows.map((row) => row.map(quote).join(delimiter)).join(options.eol ?? '\r\n') + (options.eol ?? '\r\n');
  return Buffer.from((options.bom === false ? '' : '\ufeff') + body, 'utf8');
}

export const HEADER = ['nik', 'segmen', 'program', 'tanggal_terdaftar', 'kota'];

/** `count` valid rows of distinct Jakarta NIKs from `start`, as CSV cells. */
export function validRows(start: number, count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [syntheticNik(start + i), 'PU', 'JKK, JKM, JHT', '04/11/2024', 'Jakarta Pusat']);
}

/** The date 2024-11-04 as Excel stores it: serial 45600. */
export const SERIAL_2024_11_04 = 45600;
export const DATE_2024_11_04 = new Date(Date.UTC(2024, 10, 4));

/**
 * A header row and `count` placeholder rows (`x`, CRLF): a file whose row count is all that
 * matters, refused or taken by its size before any row is read as a record.
 */
export function placeholderRows(header: string[], count: number): Buffer {
  return Buffer.concat([Buffer.from(`${header.join(';')}\r\n`), Buffer.alloc(count * 3, 'x\r\n')]);
}
