import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { Entry } from 'unzipper';
import { loadExcelJs, loadUnzipper } from '../../../lib/lazy-modules.js';
import type { Cell, FileSource, SheetRow } from './sheet.js';
import { guarded, SourceError, UnreadableFileError } from './sheet.js';

/**
 * XLSX through exceljs's streaming reader, in two passes over the (encrypted, stored) file.
 * Excel writes the worksheets before the shared strings; given a worksheet first, exceljs's
 * reader parks it in a temporary file until the strings arrive — a plaintext copy on disk. So the
 * first pass reads only the small parts (relationships, workbook, shared strings, styles) into
 * the reader, and the second streams the worksheets with nothing left to wait for.
 *
 * Shared strings are held in memory for the second pass: a workbook of a million distinct text
 * cells costs tens of megabytes. The large imports are CSV; see the limits in the README.
 */

interface ReaderInternals {
  sharedStrings?: unknown[];
  workbookRels?: unknown[];
  model?: unknown;
  _parseRels(entry: unknown): Promise<void>;
  _parseWorkbook(entry: unknown): Promise<void>;
  _parseSharedStrings(entry: unknown): AsyncIterable<unknown>;
  _parseStyles(entry: unknown): Promise<void>;
  parse(input: Readable): AsyncIterable<{ eventType: string; value: WorksheetReader }>;
}

interface WorksheetReader extends AsyncIterable<ExcelJS.Row> {
  name?: string;
}

const READER_OPTIONS = {
  worksheets: 'emit',
  sharedStrings: 'cache',
  // Styles tell which numbers are dates (a date cell is a number with a date format).
  styles: 'cache',
  hyperlinks: 'ignore',
  entries: 'ignore',
} as const;

async function prelude(reader: ReaderInternals, source: FileSource): Promise<void> {
  const input = guarded(source);
  const unzipper = await loadUnzipper();
  const zip = Readable.from(input.pass()).pipe(unzipper.Parse({ forceStream: true }));
  try {
    for await (const entry of zip as AsyncIterable<Entry>) await preludeEntry(reader, entry);
  } catch (error) {
    throw input.failure() ?? error;
  }
  if (input.failure()) throw input.failure();
  // Present even when the workbook has none (inline strings only): nothing then waits on disk.
  reader.sharedStrings ??= [];
  reader.workbookRels ??= [];
  if (!reader.model) throw new UnreadableFileError('file-unreadable');
}

async function preludeEntry(reader: ReaderInternals, entry: Entry): Promise<void> {
  switch (entry.path) {
    case 'xl/_rels/workbook.xml.rels':
      await reader._parseRels(entry);
      break;
    case 'xl/workbook.xml':
      await reader._parseWorkbook(entry);
      break;
    case 'xl/sharedStrings.xml':
      for await (const _ of reader._parseSharedStrings(entry)) {
        // cached on the reader
      }
      break;
    case 'xl/styles.xml':
      await reader._parseStyles(entry);
      break;
    default:
      entry.autodrain();
  }
}

/** A cell as a plain value: formulas give their result, rich text its text, errors nothing. */
export function cellValue(value: ExcelJS.CellValue | undefined): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('formula' in value || 'sharedFormula' in value) return null;
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return null;
  }
  return null;
}

/**
 * The rows of the first worksheet whose first 20 rows `accept` (holds a header row): later
 * sheets, and earlier ones without a header, are not read. Rows the file omits (empty ones) are
 * not yielded; row numbers are the sheet's.
 */
export async function* readXlsx(source: FileSource, accept: (rows: SheetRow[]) => boolean = () => true): AsyncGenerator<SheetRow> {
  const Excel = await loadExcelJs();
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from([]), READER_OPTIONS) as unknown as ReaderInternals;
  const input = guarded(source);
  // The source's own failure (not the file's fault) is passed on as it is; anything else the
  // zip or XML readers throw means the file is not a readable workbook.
  const unreadable = (error: unknown) =>
    input.failure() ?? (error instanceof UnreadableFileError || error instanceof SourceError ? error : new UnreadableFileError('file-unreadable'));
  try {
    await prelude(reader, source);
  } catch (error) {
    throw unreadable(error);
  }
  let sawSheet = false;
  try {
    for await (const { eventType, value: worksheet } of reader.parse(Readable.from(input.pass()))) {
      if (eventType !== 'worksheet') continue;
      sawSheet = true;
      // A sheet whose first rows hold no header is skipped (e.g. an instructions sheet first).
      const firstRows: SheetRow[] = [];
      let accepted: boolean | undefined;
      for await (const row of worksheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellValue(values[i]));
        const sheetRow = { rowNumber: row.number, cells };
        if (accepted === undefined) {
          firstRows.push(sheetRow);
          if (accept(firstRows)) {
            accepted = true;
            yield* firstRows;
          } else if (firstRows.length >= 20) {
            accepted = false;
          }
          continue;
        }
        if (accepted) yield sheetRow;
      }
      if (accepted) return;
    }
  } catch (error) {
    throw unreadable(error);
  }
  if (input.failure()) throw input.failure();
  throw new UnreadableFileError(sawSheet ? 'no-worksheet' : 'file-unreadable');
}
