import { checkNik, isFemale, provinceOf, readNik } from './nik.js';
import { containsNik } from './nik-text.js';
import { type ClosedRange, inClosedPeriod } from './periods.js';
import {
  ALLOWED_PROGRAMS,
  isProgram,
  isSegment,
  MANDATORY_PROGRAMS,
  PROGRAM_BITS,
  type Program,
  programsToBits,
  SEGMENTS,
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
  enrolled_on_period_closed: 'enrolledOn falls in a reporting period that is closed: its figures are frozen (an admin may reopen it).',
  kota_format: 'kota is not a string of 1–100 characters without a number of 16 or more digits (in any script or with separators).',
  invalid_characters: 'A text field holds a character that cannot be stored: U+0000 (NUL) or an unpaired surrogate.',
  kpj_format: 'kpj is not 8–16 digits.',
  ref_format: 'ref is not a string of 1–100 characters without a number of 16 or more digits (in any script or with separators).',
} as const;

export type RecordErrorCode = keyof typeof RECORD_ERROR_CODES;

/** The record field an error names (`record` for the record as a whole). */
export const RECORD_FIELDS = ['record', 'nik', 'kpj', 'segment', 'programs', 'enrolledOn', 'kota', 'ref'] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

export interface RecordError {
  index: number;
  field: RecordField;
  code: RecordErrorCode;
  message: string;
}

export interface RecordRules {
  /** Today in WIB, `YYYY-MM-DD`. */
  today: string;
  periodStart: string;
  targetDate: string;
  /** Set when the batch counts toward a commitment for one segment. */
  commitmentSegment?: Segment | null;
  /** The agreement's closed reporting periods (docs/domain.md §12.3): a record dated in one is refused. */
  closedPeriods?: readonly ClosedRange[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What PostgreSQL cannot hold as sent: NUL is refused outright (which used to fail the whole
 * batch at insert), an unpaired surrogate is silently replaced. Either rejects its record only.
 */
export const hasUnstorableCharacters = (text: string): boolean =>
  text.includes('\u0000') || !(text as unknown as { isWellFormed(): boolean }).isWellFormed();

/**
 * Characters PostgreSQL text can hold: no NUL, no unpaired surrogate. Written so that it reads the
 * same whether a validator compiles it over UTF-16 code units or (flag `u`) over code points.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the NUL is what the pattern excludes.
export const STORABLE_TEXT = /^(?:[^\u0000\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

/** What a free-text field's description says of the rules above (added where the document is completed). */
export const FREE_TEXT_NOTE =
  'Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400.';

const KPJ = /^[0-9]{8,16}$/;

/** An optional KPJ membership number: absent, or 8–16 digits (checked, never stored). */
export const isValidKpj = (kpj: unknown): boolean => kpj === undefined || kpj === null || (typeof kpj === 'string' && KPJ.test(kpj));

/**
 * An optional free-text field of a record (`kota`, `ref`): null when absent or fine, else why not.
 * Free text is stored, so it may not hold a NIK in any written form (docs/domain.md §8).
 */
export function freeTextFieldError(value: unknown): 'invalid_characters' | 'format' | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && hasUnstorableCharacters(value)) return 'invalid_characters';
  if (typeof value !== 'string' || value.trim().length === 0 || value.length > 100 || containsNik(value)) return 'format';
  return null;
}

/** The bit set of a record's programs, or the code refusing them (docs/domain.md §4). `segment` null: its own rule is not checked. */
export function checkPrograms(programs: unknown, segment: Segment | null): number | RecordErrorCode {
  if (!Array.isArray(programs) || programs.length === 0 || programs.length > 10) return 'programs_format';
  if (!programs.every(isProgram)) return 'program_unknown';
  if (segment && !programs.every((p: Program) => ALLOWED_PROGRAMS[segment].has(p))) return 'program_not_allowed';
  if (!MANDATORY_PROGRAMS.every((p) => programs.includes(p))) return 'programs_missing_mandatory';
  return programsToBits(programs);
}

// A batch has thousands of records but a handful of distinct dates: remember the verdicts
// (bounded, so a hostile batch of distinct strings cannot grow it without end).
const dateVerdicts = new Map<string, boolean>();

export function isRealIsoDate(value: unknown): value is string {
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

function fail(index: number, field: RecordField, code: RecordErrorCode): RecordError {
  return { index, field, code, message: RECORD_ERROR_CODES[code] };
}

export function checkRecord(raw: unknown, index: number, rules: RecordRules): RecordFields | RecordError[] {
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
  const programs = checkPrograms(record.programs, isSegment(segment) ? segment : null);
  if (typeof programs === 'string') errors.push(fail(index, 'programs', programs));
  else programBits = programs;

  const enrolledOn = record.enrolledOn;
  if (!isRealIsoDate(enrolledOn)) errors.push(fail(index, 'enrolledOn', 'enrolled_on_format'));
  else if (enrolledOn > rules.today) errors.push(fail(index, 'enrolledOn', 'enrolled_on_future'));
  else if (enrolledOn < rules.periodStart) errors.push(fail(index, 'enrolledOn', 'enrolled_on_before_period'));
  else if (enrolledOn > rules.targetDate) errors.push(fail(index, 'enrolledOn', 'enrolled_on_after_period'));
  else if (rules.closedPeriods && inClosedPeriod(enrolledOn, rules.closedPeriods)) {
    errors.push(fail(index, 'enrolledOn', 'enrolled_on_period_closed'));
  }

  const kota = record.kota;
  const kotaError = freeTextFieldError(kota);
  if (kotaError) errors.push(fail(index, 'kota', kotaError === 'format' ? 'kota_format' : kotaError));
  const ref = record.ref;
  const refError = freeTextFieldError(ref);
  if (refError) errors.push(fail(index, 'ref', refError === 'format' ? 'ref_format' : refError));
  if (!isValidKpj(record.kpj)) errors.push(fail(index, 'kpj', 'kpj_format'));

  if (errors.length > 0 || !nik.ok) return errors;
  return {
    nik: record.nik as string,
    province: Number(nik.facts.province),
    regency: nik.facts.regency,
    sex: nik.facts.sex,
    segment: segment as Segment,
    programBits,
    enrolledOn: enrolledOn as string,
    kota: typeof kota === 'string' ? kota.trim() : null,
    ref: typeof ref === 'string' ? ref.trim() : null,
  };
}

/**
 * The fast path for the common case, a valid record: the same rules as `checkRecord` (the NIK's
 * from nik.ts, their one home), checked on character codes, into `out` (reused from record to
 * record), without allocating anything but the regency code. False means "not certainly valid": the caller then asks `checkRecord`,
 * which has the last word and names every error. So this may refuse more than `checkRecord`,
 * never less (the tests run both on every error code).
 */
export interface RecordFields {
  /** Only until it is hashed; never stored, logged or returned. */
  nik: string;
  /** The NIK's province code as a number (31 for DKI Jakarta). */
  province: number;
  regency: string;
  sex: 'F' | 'M';
  segment: Segment;
  programBits: number;
  enrolledOn: string;
  kota: string | null;
  /** The agency's own reference for the record, shown back to it only. */
  ref: string | null;
}

export const emptyRecordFields = (): RecordFields => ({
  nik: '',
  province: 0,
  regency: '',
  sex: 'M',
  segment: 'PU',
  programBits: 0,
  enrolledOn: '',
  kota: null,
  ref: null,
});

const ALLOWED_BITS: Record<Segment, number> = Object.fromEntries(
  SEGMENTS.map((segment) => [segment, programsToBits([...ALLOWED_PROGRAMS[segment]])]),
) as Record<Segment, number>;
const MANDATORY_BITS = programsToBits(MANDATORY_PROGRAMS);

function programBit(value: unknown): number {
  switch (value) {
    case 'JKK':
      return PROGRAM_BITS.JKK;
    case 'JKM':
      return PROGRAM_BITS.JKM;
    case 'JHT':
      return PROGRAM_BITS.JHT;
    case 'JP':
      return PROGRAM_BITS.JP;
    case 'JKP':
      return PROGRAM_BITS.JKP;
    default:
      return 0;
  }
}

function segmentOf(value: unknown): Segment | null {
  switch (value) {
    case 'PU':
    case 'BPU':
    case 'JAKON':
    case 'PMI':
      return value;
    default:
      return null;
  }
}

export function readValidRecord(raw: unknown, rules: RecordRules, out: RecordFields): boolean {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const record = raw as Record<string, unknown>;

  const facts = readNik(record.nik);
  if (facts < 0) return false;
  const nik = record.nik as string;

  const segment = segmentOf(record.segment);
  if (segment === null || (rules.commitmentSegment && segment !== rules.commitmentSegment)) return false;

  const programs = record.programs;
  if (!Array.isArray(programs) || programs.length === 0 || programs.length > 10) return false;
  let bits = 0;
  for (let i = 0; i < programs.length; i++) {
    const bit = programBit(programs[i]);
    if (bit === 0) return false;
    bits |= bit;
  }
  if ((bits & ~ALLOWED_BITS[segment]) !== 0 || (bits & MANDATORY_BITS) !== MANDATORY_BITS) return false;

  const enrolledOn = record.enrolledOn;
  if (!isRealIsoDate(enrolledOn) || enrolledOn > rules.today || enrolledOn < rules.periodStart || enrolledOn > rules.targetDate) {
    return false;
  }
  if (rules.closedPeriods && rules.closedPeriods.length > 0 && inClosedPeriod(enrolledOn, rules.closedPeriods)) return false;

  let kota = record.kota;
  if (kota === undefined || kota === null) kota = null;
  else if (typeof kota !== 'string' || kota.length > 100 || hasUnstorableCharacters(kota) || containsNik(kota)) return false;
  else {
    kota = kota.trim();
    if ((kota as string).length === 0) return false;
  }
  let ref = record.ref;
  if (ref === undefined || ref === null) ref = null;
  else if (freeTextFieldError(ref) !== null) return false;
  else ref = (ref as string).trim();
  const kpj = record.kpj;
  if (kpj !== undefined && kpj !== null && (typeof kpj !== 'string' || !KPJ.test(kpj))) return false;

  out.nik = nik;
  out.province = provinceOf(facts);
  out.regency = nik.slice(0, 4);
  out.sex = isFemale(facts) ? 'F' : 'M';
  out.segment = segment;
  out.programBits = bits;
  out.enrolledOn = enrolledOn;
  out.kota = kota as string | null;
  out.ref = ref as string | null;
  return true;
}
