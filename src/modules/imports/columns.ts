import { PROGRAMS } from '../../domain/programs.js';
import type { Cell, SheetRow } from './parse/sheet.js';

/**
 * The import's columns: how a header names them (Indonesian, with English aliases), which are
 * required, and how one spreadsheet row becomes one batch record. The rules of a record (what a
 * valid NIK, segment, program or date is) are the batch pipeline's; this only reads cells into
 * the shape a batch takes. A cell that cannot be read (a NIK stored as a number, a date in no
 * known form) becomes a value the pipeline rejects, so every row is counted by the same rules.
 */

export const COLUMNS = ['nik', 'segmen', 'program', 'tanggal_terdaftar', 'kota', 'kpj', 'ref'] as const;
export type Column = (typeof COLUMNS)[number];
/** One Y/N column per program, instead of (or beside) `program`. */
export const PROGRAM_FLAG_COLUMNS = PROGRAMS.map((p) => p.toLowerCase()) as readonly string[];

const ALIASES: Record<Column, readonly string[]> = {
  nik: ['nik', 'no_nik', 'nomor_nik', 'nik_ktp', 'national_id'],
  segmen: ['segmen', 'segment', 'segmen_peserta', 'kategori'],
  program: ['program', 'programs', 'program_jamsostek'],
  tanggal_terdaftar: [
    'tanggal_terdaftar',
    'tgl_terdaftar',
    'tanggal_daftar',
    'tanggal',
    'enrolled_on',
    'enrolledon',
    'enrollment_date',
    'date_enrolled',
  ],
  kota: ['kota', 'city', 'kota_domisili', 'kabupaten_kota'],
  kpj: ['kpj', 'no_kpj', 'nomor_kpj'],
  ref: ['ref', 'referensi', 'reference', 'external_ref', 'no', 'nomor'],
};

const BY_ALIAS = new Map<string, Column>(COLUMNS.flatMap((column) => ALIASES[column].map((alias) => [alias, column] as const)));

export const normaliseHeader = (value: Cell): string =>
  String(value ?? '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

export interface ColumnMap {
  /** The header row's number (a title row may come first). */
  headerRow: number;
  /** Cell index of each column found. */
  columns: Partial<Record<Column, number>>;
  /** Cell index of each Y/N program column found, by program code. */
  programFlags: Partial<Record<string, number>>;
}

export type HeaderProblem = { code: 'header-missing' } | { code: 'columns-missing'; missing: string[] };

/** The header among the first rows: the first row naming a NIK column. */
export function findHeader(rows: readonly SheetRow[]): ColumnMap | undefined {
  for (const row of rows) {
    const columns: Partial<Record<Column, number>> = {};
    const programFlags: Partial<Record<string, number>> = {};
    row.cells.forEach((cell, index) => {
      const name = normaliseHeader(cell);
      const column = BY_ALIAS.get(name);
      if (column && columns[column] === undefined) columns[column] = index;
      else if (PROGRAM_FLAG_COLUMNS.includes(name) && programFlags[name.toUpperCase()] === undefined) {
        programFlags[name.toUpperCase()] = index;
      }
    });
    if (columns.nik !== undefined) return { headerRow: row.rowNumber, columns, programFlags };
  }
  return undefined;
}

/** The required columns the header lacks (canonical names). */
export function missingColumns(map: ColumnMap): string[] {
  const missing: string[] = [];
  for (const column of ['nik', 'segmen', 'tanggal_terdaftar'] as const) if (map.columns[column] === undefined) missing.push(column);
  const flags = map.programFlags.JKK !== undefined && map.programFlags.JKM !== undefined;
  if (map.columns.program === undefined && !flags) missing.push('program');
  return missing;
}

/** An import's own finding about a row, beside the pipeline's: a NIK cell that holds a number. */
export interface RowError {
  column: string;
  code: 'nik_numeric';
}

/** Excel's scientific display of a long number, as it lands in a CSV: `3,17101E+15`, `3.171E15`. */
const SCIENTIFIC = /^[0-9]+([.,][0-9]+)?e\+?[0-9]+$/i;
/** A number with a decimal part (`3171014501900001.0`, `3171014501900001,00`): a number cell exported. */
const DECIMAL = /^[0-9]{6,}[.,][0-9]+$/;

export const isBlank = (cell: Cell | undefined) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

export function text(cell: Cell | undefined): string | undefined {
  if (isBlank(cell)) return undefined;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * The readings of the cell texts a file repeats on every row (dates, program lists), kept so each
 * is read once. Bounded: past `limit` entries it starts over, so a file of all-distinct cells
 * costs no more than reading them.
 */
class Readings<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly limit: number) {}
  get(key: string): T | undefined {
    return this.map.get(key);
  }
  set(key: string, value: T): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
  }
}
const DATES = new Readings<string | null>(4096);
/** Frozen: one list is shared by every record whose cell reads the same. */
const PROGRAM_LISTS = new Readings<readonly string[]>(1024);

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included); serials count days from there. */
function fromSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const SERIAL_TEXT = /^\d{1,7}(?:[.,]\d+)?$/;

/**
 * A date cell as `YYYY-MM-DD` (not checked for being a real date: the pipeline does), or null.
 * Dates as Excel dates, Excel serials, `dd/mm/yyyy`, `d-m-yyyy`, `dd.mm.yyyy` (day first, as in
 * Indonesia) and ISO.
 */
export function readDate(cell: Cell | undefined): string | null {
  if (isBlank(cell)) return null;
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? null : `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
  }
  if (typeof cell === 'number') return fromSerial(cell);
  if (typeof cell !== 'string') return dateOfText(String(cell));
  // A file holds a few hundred distinct dates over its rows: each is read once. Only texts a date
  // can be are kept (never 16 digits: a NIK in the wrong column is not held on to).
  if (cell.length > 10) return dateOfText(cell);
  let read = DATES.get(cell);
  if (read === undefined) {
    read = dateOfText(cell);
    DATES.set(cell, read);
  }
  return read;
}

function dateOfText(text: string): string | null {
  const value = text.trim();
  let match = ISO.exec(value);
  if (match) return `${match[1]}-${pad(match[2] as string)}-${pad(match[3] as string)}`;
  match = DAY_FIRST.exec(value);
  if (match) return `${match[3]}-${pad(match[2] as string)}-${pad(match[1] as string)}`;
  if (SERIAL_TEXT.test(value)) return fromSerial(Number(value.replace(',', '.')));
  return null;
}

const YES = new Set(['y', 'ya', 'yes', '1', 'x', 'v', 'true', '✓']);

/** The programs a row names, in its `program` column (at `column`) and its Y/N program columns; null if none. */
export function readPrograms(
  row: SheetRow,
  map: { column: number | undefined; programFlags: Partial<Record<string, number>> },
): readonly string[] | null {
  const listed = map.column === undefined ? undefined : text(row.cells[map.column]);
  let list = listed ? PROGRAM_LISTS.get(listed) : undefined;
  if (listed && list === undefined) {
    const parts = new Set<string>();
    for (const part of listed.split(/[\s,;/+&]+/)) if (part) parts.add(part.toUpperCase());
    list = Object.freeze([...parts]);
    // Program codes have no digits: a NIK in the wrong column is not held on to.
    if (!/[0-9]/.test(listed)) PROGRAM_LISTS.set(listed, list);
  }
  let flagged = false;
  for (const _program in map.programFlags) {
    flagged = true;
    break;
  }
  if (!flagged) return list && list.length > 0 ? list : null;
  const programs = new Set<string>(list);
  for (const [program, index] of Object.entries(map.programFlags)) {
    const flag = row.cells[index as number];
    if (flag === true || (typeof flag === 'number' && flag === 1) || (typeof flag === 'string' && YES.has(flag.trim().toLowerCase()))) {
      programs.add(program);
    }
  }
  return programs.size === 0 ? null : [...programs];
}

export interface RowRecord {
  /** False for a row with nothing in any known column (trailing or spacer rows): not a record. */
  present: boolean;
  record: Record<string, unknown>;
  errors: RowError[];
}

/**
 * A NIK cell as text, null when empty, or `numeric` for a NIK Excel stored as a number: it keeps
 * 15 significant digits, so the last is lost. Never repaired; the row is rejected with a code of its own.
 */
export function readNikCell(cell: Cell | undefined): string | null | 'numeric' {
  if (typeof cell === 'number') return 'numeric';
  let nik = text(cell);
  if (nik?.startsWith("'")) nik = nik.slice(1).trim();
  if (nik !== undefined && (SCIENTIFIC.test(nik) || DECIMAL.test(nik))) return 'numeric';
  return nik ?? null;
}

const KNOWN_CELLS = new WeakMap<ColumnMap, number[]>();

/** The cells of the columns a header names, program flags included. */
function knownCells(map: ColumnMap): number[] {
  let cells = KNOWN_CELLS.get(map);
  if (!cells) {
    cells = [...Object.values(map.columns), ...Object.values(map.programFlags)] as number[];
    KNOWN_CELLS.set(map, cells);
  }
  return cells;
}

/** One data row as a batch record (never holding a value the import found unreadable). */
export function rowToRecord(row: SheetRow, map: ColumnMap): RowRecord {
  const { columns } = map;
  const at = (column: Column) => (columns[column] === undefined ? undefined : row.cells[columns[column] as number]);
  let present = false;
  for (const index of knownCells(map)) {
    if (!isBlank(row.cells[index])) {
      present = true;
      break;
    }
  }
  const errors: RowError[] = [];
  if (!present) return { present, record: {}, errors };

  const record: Record<string, unknown> = {};
  const nik = readNikCell(at('nik'));
  if (nik === 'numeric') errors.push({ column: 'nik', code: 'nik_numeric' });
  record.nik = nik === 'numeric' ? null : nik;
  const segment = text(at('segmen'));
  record.segment = segment === undefined ? null : segment.toUpperCase();
  record.programs = readPrograms(row, { column: map.columns.program, programFlags: map.programFlags });
  record.enrolledOn = readDate(at('tanggal_terdaftar'));
  const kota = text(at('kota'));
  if (kota !== undefined) record.kota = kota;
  const kpjCell = at('kpj');
  const kpj = typeof kpjCell === 'number' && Number.isSafeInteger(kpjCell) ? String(kpjCell) : text(kpjCell);
  if (kpj !== undefined) record.kpj = kpj;
  const refCell = at('ref');
  const ref = typeof refCell === 'number' && Number.isSafeInteger(refCell) ? String(refCell) : text(refCell);
  if (ref !== undefined) record.ref = ref;
  return { present, record, errors };
}

/** The column a pipeline error names, in the import's terms. */
export function columnOfField(field: string): string {
  switch (field) {
    case 'nik':
      return 'nik';
    case 'segment':
      return 'segmen';
    case 'programs':
      return 'program';
    case 'enrolledOn':
      return 'tanggal_terdaftar';
    case 'kota':
      return 'kota';
    case 'kpj':
      return 'kpj';
    case 'ref':
      return 'ref';
    default:
      return '';
  }
}
