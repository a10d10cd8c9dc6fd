import { checkNik } from './nik.js';
import {
  ALLOWED_PROGRAMS,
  isProgram,
  isSegment,
  MANDATORY_PROGRAMS,
  type Program,
  programsToBits,
  type Segment,
} from './programs.js';

/**
 * One record of an enrollment batch, checked on its own: a bad record is reported by its index
 * and the rest of the batch goes ahead. Hand-written rather than a zod parse because each failure
 * needs a stable domain code (documented in the OpenAPI description) and this runs millions of
 * times on the ingestion path. The zod `EnrollmentRecord` schema documents the same shape.
 */

export const RECORD_ERROR_CODES = {
  record_invalid: 'The record is not a JSON object.',
  nik_format: 'nik is not exactly 16 digits (send it as a string).',
  nik_province: 'The NIK’s province code (digits 1–2) is not one of the 38 provinces.',
  nik_regency: 'The NIK’s regency code (digits 3–4) is not valid for DKI Jakarta (01, 71–75).',
  nik_district: 'The NIK’s district code (digits 5–6) is 00.',
  nik_birth_date: 'The NIK’s birth date (digits 7–12, day + 40 for women) is not a real date.',
  nik_serial: 'The NIK’s serial (digits 13–16) is 0000.',
  segment_unknown: 'segment is missing or not one of PU, BPU, JAKON, PMI.',
  segment_mismatch: 'segment differs from the segment of the batch’s commitment.',
  programs_format: 'programs is missing or not an array of program codes.',
  program_unknown: 'A program is not one of JKK, JKM, JHT, JP, JKP.',
  program_not_allowed: 'A program is not available to the record’s segment (BPU/PMI: no JP or JKP; JAKON: JKK and JKM only).',
  programs_missing_mandatory: 'JKK and JKM are both required.',
  enrolled_on_format: 'enrolledOn is missing or not a real YYYY-MM-DD date.',
  enrolled_on_future: 'enrolledOn is after today (Asia/Jakarta).',
  enrolled_on_before_period: 'enrolledOn is before the agreement’s period starts.',
  enrolled_on_after_period: 'enrolledOn is after the agreement’s target date.',
  kota_format: 'kota is not a string of 1–100 characters.',
  kpj_format: 'kpj is not 8–16 digits.',
} as const;

export type RecordErrorCode = keyof typeof RECORD_ERROR_CODES;

export interface RecordError {
  index: number;
  field: string;
  code: RecordErrorCode;
  message: string;
}

export interface ValidRecord {
  /** Only until it is hashed; never stored, logged or returned. */
  nik: string;
  province: string;
  regency: string;
  sex: 'F' | 'M';
  segment: Segment;
  programBits: number;
  enrolledOn: string;
  kota: string | null;
}

export interface RecordRules {
  /** Today in WIB, `YYYY-MM-DD`. */
  today: string;
  periodStart: string;
  targetDate: string;
  /** Set when the batch counts toward a commitment for one segment. */
  commitmentSegment?: Segment | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KPJ = /^[0-9]{8,16}$/;

// A batch has thousands of records but a handful of distinct dates: remember the verdicts
// (bounded, so a hostile batch of distinct strings cannot grow it without end).
const dateVerdicts = new Map<string, boolean>();

function isRealIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  let real = dateVerdicts.get(value);
  if (real === undefined) {
    const date = new Date(`${value}T00:00:00Z`);
    real = !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    if (dateVerdicts.size >= 10_000) dateVerdicts.clear();
    dateVerdicts.set(value, real);
  }
  return real;
}

function fail(index: number, field: string, code: RecordErrorCode): RecordError {
  return { index, field, code, message: RECORD_ERROR_CODES[code] };
}

export function checkRecord(raw: unknown, index: number, rules: RecordRules): ValidRecord | RecordError[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [fail(index, 'record', 'record_invalid')];
  const record = raw as Record<string, unknown>;
  const errors: RecordError[] = [];

  const nik = checkNik(record.nik);
  if (!nik.ok) errors.push(fail(index, 'nik', nik.code));

  const segment = record.segment;
  if (!isSegment(segment)) errors.push(fail(index, 'segment', 'segment_unknown'));
  else if (rules.commitmentSegment && segment !== rules.commitmentSegment) {
    errors.push(fail(index, 'segment', 'segment_mismatch'));
  }

  let programBits = 0;
  const programs = record.programs;
  if (!Array.isArray(programs) || programs.length === 0 || programs.length > 10) {
    errors.push(fail(index, 'programs', 'programs_format'));
  } else if (!programs.every(isProgram)) {
    errors.push(fail(index, 'programs', 'program_unknown'));
  } else if (isSegment(segment) && !programs.every((p: Program) => ALLOWED_PROGRAMS[segment].has(p))) {
    errors.push(fail(index, 'programs', 'program_not_allowed'));
  } else if (!MANDATORY_PROGRAMS.every((p) => programs.includes(p))) {
    errors.push(fail(index, 'programs', 'programs_missing_mandatory'));
  } else {
    programBits = programsToBits(programs);
  }

  const enrolledOn = record.enrolledOn;
  if (!isRealIsoDate(enrolledOn)) errors.push(fail(index, 'enrolledOn', 'enrolled_on_format'));
  else if (enrolledOn > rules.today) errors.push(fail(index, 'enrolledOn', 'enrolled_on_future'));
  else if (enrolledOn < rules.periodStart) errors.push(fail(index, 'enrolledOn', 'enrolled_on_before_period'));
  else if (enrolledOn > rules.targetDate) errors.push(fail(index, 'enrolledOn', 'enrolled_on_after_period'));

  const kota = record.kota;
  if (kota !== undefined && kota !== null && (typeof kota !== 'string' || kota.trim().length === 0 || kota.length > 100)) {
    errors.push(fail(index, 'kota', 'kota_format'));
  }
  const kpj = record.kpj;
  if (kpj !== undefined && kpj !== null && (typeof kpj !== 'string' || !KPJ.test(kpj))) {
    errors.push(fail(index, 'kpj', 'kpj_format'));
  }

  if (errors.length > 0 || !nik.ok) return errors;
  return {
    nik: record.nik as string,
    province: nik.facts.province,
    regency: nik.facts.regency,
    sex: nik.facts.sex,
    segment: segment as Segment,
    programBits,
    enrolledOn: enrolledOn as string,
    kota: typeof kota === 'string' ? kota.trim() : null,
  };
}
