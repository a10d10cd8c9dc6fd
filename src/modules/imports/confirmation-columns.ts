import { PROGRAMS } from '../../domain/programs.js';
import { isBlank, normaliseHeader, type RowError, type RowRecord, readDate, readNikCell, readPrograms, text } from './columns.js';
import type { Cell, SheetRow } from './parse/sheet.js';

/**
 * The columns of a BPJS extract imported as confirmations (kind `confirmation`): how a header
 * names them and how a row becomes a confirmation record. The record's rules are the confirmation
 * pipeline's (domain/confirmation-record.ts); this only reads cells, as columns.ts does for
 * enrollments (whose cell readers it shares).
 */

export const CONFIRMATION_COLUMNS = ['nik', 'status', 'tanggal_data', 'tanggal_registrasi', 'segmen', 'program', 'kpj'] as const;
export type ConfirmationColumn = (typeof CONFIRMATION_COLUMNS)[number];

const ALIASES: Record<ConfirmationColumn, readonly string[]> = {
  nik: ['nik', 'no_nik', 'nomor_nik', 'nik_ktp', 'national_id'],
  status: ['status', 'status_kepesertaan', 'status_peserta', 'keaktifan'],
  tanggal_data: ['tanggal_data', 'tgl_data', 'per_tanggal', 'tanggal_ekstrak', 'as_of', 'asof'],
  tanggal_registrasi: ['tanggal_registrasi', 'tgl_registrasi', 'tanggal_kepesertaan', 'registered_on', 'registeredon'],
  segmen: ['segmen', 'segment', 'segmen_peserta'],
  program: ['program', 'programs', 'program_jamsostek'],
  kpj: ['kpj', 'no_kpj', 'nomor_kpj'],
};
const BY_ALIAS = new Map<string, ConfirmationColumn>(
  CONFIRMATION_COLUMNS.flatMap((column) => ALIASES[column].map((alias) => [alias, column] as const)),
);
const PROGRAM_FLAGS = PROGRAMS.map((p) => p.toLowerCase()) as readonly string[];

/** How BPJS writes a status, in Indonesian or English, to the API's code. */
const STATUS_WORDS = new Map<string, string>([
  ['aktif', 'active'],
  ['active', 'active'],
  ['tidak_aktif', 'inactive'],
  ['nonaktif', 'inactive'],
  ['non_aktif', 'inactive'],
  ['inactive', 'inactive'],
  ['tidak_ditemukan', 'not_found'],
  ['not_found', 'not_found'],
  ['notfound', 'not_found'],
]);

export interface ConfirmationColumnMap {
  headerRow: number;
  columns: Partial<Record<ConfirmationColumn, number>>;
  programFlags: Partial<Record<string, number>>;
}

/** The header among the first rows: the first row naming a NIK column. */
export function findConfirmationHeader(rows: readonly SheetRow[]): ConfirmationColumnMap | undefined {
  for (const row of rows) {
    const columns: Partial<Record<ConfirmationColumn, number>> = {};
    const programFlags: Partial<Record<string, number>> = {};
    row.cells.forEach((cell, index) => {
      const name = normaliseHeader(cell);
      const column = BY_ALIAS.get(name);
      if (column && columns[column] === undefined) columns[column] = index;
      else if (PROGRAM_FLAGS.includes(name) && programFlags[name.toUpperCase()] === undefined) programFlags[name.toUpperCase()] = index;
    });
    if (columns.nik !== undefined) return { headerRow: row.rowNumber, columns, programFlags };
  }
  return undefined;
}

export function missingConfirmationColumns(map: ConfirmationColumnMap): string[] {
  return (['nik', 'status', 'tanggal_data'] as const).filter((column) => map.columns[column] === undefined);
}

/** One data row as a confirmation record (never holding a value the import found unreadable). */
export function rowToConfirmation(row: SheetRow, map: ConfirmationColumnMap): RowRecord {
  const at = (column: ConfirmationColumn): Cell | undefined =>
    map.columns[column] === undefined ? undefined : row.cells[map.columns[column] as number];
  const present = [...Object.values(map.columns), ...Object.values(map.programFlags)].some((index) => !isBlank(row.cells[index as number]));
  const errors: RowError[] = [];
  if (!present) return { present, record: {}, errors };
  const record: Record<string, unknown> = {};
  const nik = readNikCell(at('nik'));
  if (nik === 'numeric') errors.push({ column: 'nik', code: 'nik_numeric' });
  record.nik = nik === 'numeric' ? null : nik;
  const status = text(at('status'));
  record.status = status === undefined ? null : (STATUS_WORDS.get(normaliseHeader(status)) ?? status);
  record.asOf = readDate(at('tanggal_data'));
  const registeredOn = readDate(at('tanggal_registrasi'));
  if (registeredOn !== null || !isBlank(at('tanggal_registrasi'))) record.registeredOn = registeredOn ?? text(at('tanggal_registrasi'));
  const segment = text(at('segmen'));
  if (segment !== undefined) record.segment = segment.toUpperCase();
  const programs = readPrograms(row, { column: map.columns.program, programFlags: map.programFlags });
  if (programs) record.programs = programs;
  const kpjCell = at('kpj');
  const kpj = typeof kpjCell === 'number' && Number.isSafeInteger(kpjCell) ? String(kpjCell) : text(kpjCell);
  if (kpj !== undefined) record.kpj = kpj;
  return { present, record, errors };
}

/** The column a confirmation error names, in the import's terms. */
export function confirmationColumnOfField(field: string): string {
  switch (field) {
    case 'asOf':
      return 'tanggal_data';
    case 'registeredOn':
      return 'tanggal_registrasi';
    case 'segment':
      return 'segmen';
    case 'programs':
      return 'program';
    case 'nik':
    case 'status':
    case 'kpj':
      return field;
    default:
      return '';
  }
}
