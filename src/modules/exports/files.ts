import { loadExcelJs } from '../../lib/lazy-modules.js';
import type { ExportCell, ExportColumn, ExportSheet } from './schemas.js';

/**
 * CSV for a spreadsheet in Indonesian locale: Excel there splits on `;` and reads `,` as the
 * decimal mark, and needs the UTF-8 byte-order mark to read the file as UTF-8. (A `sep=` line is
 * not used: with it Excel ignores the BOM.) Lines end in CRLF (RFC 4180).
 */
const BOM = '\uFEFF';
const DELIMITER = ';';

/**
 * A cell that starts with = + - @ (or a tab or carriage return) is a formula to a spreadsheet;
 * text from the database (an agency's name, say) is prefixed with an apostrophe so it stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvText(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

function csvCell(value: ExportCell, column: ExportColumn): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    // Whole numbers plainly, without thousands separators; decimals with a comma.
    return column.kind === 'int' ? String(Math.trunc(value)) : String(value).replace('.', ',');
  }
  return column.kind === 'date' ? value : csvText(value);
}

export function toCsv(sheet: ExportSheet): Buffer {
  const lines = [
    sheet.columns.map((c) => csvText(c.header)).join(DELIMITER),
    ...sheet.rows.map((row) => row.map((value, i) => csvCell(value, sheet.columns[i] as ExportColumn)).join(DELIMITER)),
    '',
    ...sheet.notes.map((note) => csvText(note)),
  ];
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}

const NUMBER_FORMATS: Record<ExportColumn['kind'], string | undefined> = {
  text: undefined,
  int: '#,##0',
  decimal: '0.0',
  date: 'yyyy-mm-dd',
};

/** A workbook with the table on its first sheet and the notes (no personal data, source, time) on a second. */
export async function toXlsx(sheet: ExportSheet): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sinergi';
  const table = workbook.addWorksheet(sheet.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  table.columns = sheet.columns.map((c) => ({
    header: c.header,
    width: Math.max(12, c.header.length + 2, c.kind === 'text' ? 28 : 0),
    style: NUMBER_FORMATS[c.kind] ? { numFmt: NUMBER_FORMATS[c.kind] } : {},
  }));
  table.getRow(1).font = { bold: true };
  for (const row of sheet.rows) {
    table.addRow(
      row.map((value, i) => {
        const column = sheet.columns[i] as ExportColumn;
        // Dates as real dates (midnight UTC, which Excel shows as that calendar day).
        if (column.kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
        return value;
      }),
    );
  }
  const notes = workbook.addWorksheet('Catatan');
  notes.getColumn(1).width = 110;
  for (const note of sheet.notes) notes.addRow([note]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
