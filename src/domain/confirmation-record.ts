import { ErrorList, type NikHashInto } from './batch-rules.js';
import { checkPrograms, isRealIsoDate, isValidKpj, RECORD_ERROR_CODES } from './enrollment-record.js';
import { checkNik } from './nik.js';
import { isSegment } from './programs.js';

/**
 * One record of a BPJS confirmation batch, and a batch's preparation (pure: no I/O). The NIK,
 * segment, program and KPJ rules are the enrollment record's (enrollment-record.ts, nik.ts):
 * only the dates and the status are a confirmation's own (docs/domain.md §11.1).
 *
 * Each record is classified once, first match wins: `rejected` (invalid) → `inBatch` (repeats the
 * NIK of an earlier valid record of the batch) → `outOfRegion` (valid, kept, never counted for the
 * agreement) → `accepted` (labels the worker, if this is its latest confirmation).
 */

export const CONFIRMATION_STATUSES = ['active', 'inactive', 'not_found'] as const;
export type ConfirmationStatus = (typeof CONFIRMATION_STATUSES)[number];

export const CONFIRMATION_ERROR_CODES = {
  record_invalid: RECORD_ERROR_CODES.record_invalid,
  nik_format: RECORD_ERROR_CODES.nik_format,
  nik_province: RECORD_ERROR_CODES.nik_province,
  nik_regency: RECORD_ERROR_CODES.nik_regency,
  nik_district: RECORD_ERROR_CODES.nik_district,
  nik_birth_date: RECORD_ERROR_CODES.nik_birth_date,
  nik_serial: RECORD_ERROR_CODES.nik_serial,
  status_unknown: 'status is missing or not one of active, inactive, not_found.',
  as_of_format: 'asOf is missing or not a real YYYY-MM-DD date from 1900-01-01.',
  as_of_future: 'asOf is after today (Asia/Jakarta).',
  registered_on_format: 'registeredOn is not a real YYYY-MM-DD date from 1900-01-01.',
  registered_on_after_as_of: 'registeredOn is after asOf.',
  segment_unknown: 'segment is not one of PU, BPU, JAKON, PMI.',
  programs_format: RECORD_ERROR_CODES.programs_format,
  program_unknown: RECORD_ERROR_CODES.program_unknown,
  program_not_allowed: RECORD_ERROR_CODES.program_not_allowed,
  programs_missing_mandatory: RECORD_ERROR_CODES.programs_missing_mandatory,
  kpj_format: RECORD_ERROR_CODES.kpj_format,
} as const;
export type ConfirmationErrorCode = keyof typeof CONFIRMATION_ERROR_CODES;

export const CONFIRMATION_FIELDS = ['record', 'nik', 'status', 'asOf', 'registeredOn', 'segment', 'programs', 'kpj'] as const;
export type ConfirmationField = (typeof CONFIRMATION_FIELDS)[number];

export interface ConfirmationError {
  index: number;
  field: ConfirmationField;
  code: ConfirmationErrorCode;
  message: string;
}

/** A register extract is dated; a date before this is a typo, not an extract. */
const EARLIEST = '1900-01-01';

const fail = (index: number, field: ConfirmationField, code: ConfirmationErrorCode): ConfirmationError => ({
  index,
  field,
  code,
  message: CONFIRMATION_ERROR_CODES[code],
});

export interface ConfirmationFields {
  /** Only until it is hashed; never stored, logged or returned. */
  nik: string;
  province: number;
  status: ConfirmationStatus;
  asOf: string;
  registeredOn: string | null;
  segment: string | null;
  programs: number | null;
}

const isStatus = (value: unknown): value is ConfirmationStatus => CONFIRMATION_STATUSES.includes(value as ConfirmationStatus);

/** Checks one record: its fields, or every error it has. `today` is today in WIB. */
export function checkConfirmation(raw: unknown, index: number, today: string): ConfirmationFields | ConfirmationError[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [fail(index, 'record', 'record_invalid')];
  const record = raw as Record<string, unknown>;
  const errors: ConfirmationError[] = [];
  const nik = checkNik(record.nik);
  if (!nik.ok) errors.push(fail(index, 'nik', nik.code));
  if (!isStatus(record.status)) errors.push(fail(index, 'status', 'status_unknown'));
  const asOf = record.asOf;
  const asOfOk = isRealIsoDate(asOf) && asOf >= EARLIEST;
  if (!asOfOk) errors.push(fail(index, 'asOf', 'as_of_format'));
  else if (asOf > today) errors.push(fail(index, 'asOf', 'as_of_future'));
  const registeredOn = record.registeredOn;
  if (registeredOn !== undefined && registeredOn !== null) {
    if (!isRealIsoDate(registeredOn) || registeredOn < EARLIEST) errors.push(fail(index, 'registeredOn', 'registered_on_format'));
    else if (asOfOk && registeredOn > (asOf as string)) errors.push(fail(index, 'registeredOn', 'registered_on_after_as_of'));
  }
  const segment = record.segment;
  const segmentGiven = segment !== undefined && segment !== null;
  if (segmentGiven && !isSegment(segment)) errors.push(fail(index, 'segment', 'segment_unknown'));
  let programs: number | null = null;
  if (record.programs !== undefined && record.programs !== null) {
    const checked = checkPrograms(record.programs, isSegment(segment) ? segment : null);
    if (typeof checked === 'string') errors.push(fail(index, 'programs', checked as ConfirmationErrorCode));
    else programs = checked;
  }
  if (!isValidKpj(record.kpj)) errors.push(fail(index, 'kpj', 'kpj_format'));
  if (errors.length > 0 || !nik.ok) return errors;
  return {
    nik: record.nik as string,
    province: Number(nik.facts.province),
    status: record.status as ConfirmationStatus,
    asOf: asOf as string,
    registeredOn: typeof registeredOn === 'string' ? registeredOn : null,
    segment: segmentGiven ? (segment as string) : null,
    programs,
  };
}

/** The valid, first-of-their-worker records of a confirmation batch, column by column. */
export interface ConfirmationColumns {
  recordIndex: number[];
  /** 32 bytes per record: HMAC(NIK_PEPPER, nik). */
  nikHash: Buffer;
  inRegion: boolean[];
  status: ConfirmationStatus[];
  asOf: string[];
  registeredOn: (string | null)[];
  segment: (string | null)[];
  programs: (number | null)[];
}

export interface PreparedConfirmations {
  received: number;
  errors: ConfirmationError[];
  errorCounts: Partial<Record<ConfirmationErrorCode, number>>;
  errorsTruncated: boolean;
  rejected: number;
  inBatch: number;
  outOfRegion: number;
  /** In-region records by status. */
  byStatus: Record<ConfirmationStatus, number>;
  /** The latest asOf of the batch's valid records, or null. */
  asOf: string | null;
  columns: ConfirmationColumns;
}

/** Validates, deduplicates (first record of a NIK wins) and hashes a confirmation batch. */
export function prepareConfirmations(records: unknown[], today: string, regionCode: string, hashInto: NikHashInto): PreparedConfirmations {
  const errors = new ErrorList<ConfirmationError>();
  const hashes = Buffer.alloc(32 * records.length);
  const columns: ConfirmationColumns = {
    recordIndex: [],
    nikHash: hashes,
    inRegion: [],
    status: [],
    asOf: [],
    registeredOn: [],
    segment: [],
    programs: [],
  };
  const byStatus: Record<ConfirmationStatus, number> = { active: 0, inactive: 0, not_found: 0 };
  const seen = new Set<string>();
  const region = Number(regionCode);
  let rejected = 0;
  let inBatch = 0;
  let outOfRegion = 0;
  let asOf: string | null = null;
  for (let index = 0; index < records.length; index++) {
    const checked = checkConfirmation(records[index], index, today);
    if (Array.isArray(checked)) {
      rejected++;
      errors.add(checked);
      continue;
    }
    if (seen.has(checked.nik)) {
      inBatch++;
      continue;
    }
    seen.add(checked.nik);
    const inRegion = checked.province === region;
    if (inRegion) byStatus[checked.status]++;
    else outOfRegion++;
    if (asOf === null || checked.asOf > asOf) asOf = checked.asOf;
    hashInto(checked.nik, hashes, 32 * columns.recordIndex.length);
    columns.recordIndex.push(index);
    columns.inRegion.push(inRegion);
    columns.status.push(checked.status);
    columns.asOf.push(checked.asOf);
    columns.registeredOn.push(checked.registeredOn);
    columns.segment.push(checked.segment);
    columns.programs.push(checked.programs);
  }
  columns.nikHash = hashes.subarray(0, 32 * columns.recordIndex.length);
  return {
    received: records.length,
    errors: errors.listed,
    errorCounts: errors.counts,
    errorsTruncated: errors.truncated,
    rejected,
    inBatch,
    outOfRegion,
    byStatus,
    asOf,
    columns,
  };
}
