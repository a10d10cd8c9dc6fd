/**
 * NIK (Nomor Induk Kependudukan): 16 digits `PP KK SS DDMMYY NNNN` — province, regency/city,
 * district, birth date (women: day + 40), serial. Pure validation; never logs or echoes the NIK.
 * Place codes say where the NIK was issued, not where the person lives (docs/domain.md §5).
 */

/** The 38 provinces' codes. */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
]);

/** DKI Jakarta: Kepulauan Seribu (01) and the five kota (71–75). */
const JAKARTA_REGENCIES: ReadonlySet<string> = new Set(['01', '71', '72', '73', '74', '75']);

export type NikErrorCode = 'nik_format' | 'nik_province' | 'nik_regency' | 'nik_district' | 'nik_birth_date' | 'nik_serial';

export interface NikFacts {
  /** Two-digit province code, e.g. `31`. */
  province: string;
  /** Four-digit regency/city code, e.g. `3171`. */
  regency: string;
  sex: 'F' | 'M';
}

export type NikCheck = { ok: true; facts: NikFacts } | { ok: false; code: NikErrorCode; message: string };

const NIK_MESSAGES: Record<NikErrorCode, string> = {
  nik_format: 'A NIK is exactly 16 digits.',
  nik_province: 'The NIK’s first two digits are not a province code.',
  nik_regency: 'Digits 3–4 are not a DKI Jakarta regency/city code (01, 71–75).',
  nik_district: 'Digits 5–6 (district) cannot be 00.',
  nik_birth_date: 'Digits 7–12 are not a birth date (DDMMYY, with 40 added to the day for women).',
  nik_serial: 'Digits 13–16 (serial) cannot be 0000.',
};

// The code tables above as arrays indexed by the two digits' value: the rules below run once per
// record on the ingestion path (hundreds of thousands a minute), so they read character codes and
// index arrays instead of slicing strings and hashing them.
const PROVINCE_BY_NUMBER: readonly boolean[] = Array.from({ length: 100 }, (_, n) => PROVINCE_CODES.has(String(n).padStart(2, '0')));
const JAKARTA_REGENCY_BY_NUMBER: readonly boolean[] = Array.from({ length: 100 }, (_, n) => JAKARTA_REGENCIES.has(String(n).padStart(2, '0')));
const JAKARTA = 31;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The value of the two ASCII digits at `at`, or -1. */
function twoDigits(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** The rules in the order docs/domain.md §5 states them, which is the order they are checked in. */
const NIK_RULES: readonly NikErrorCode[] = ['nik_format', 'nik_province', 'nik_regency', 'nik_district', 'nik_birth_date', 'nik_serial'];

/**
 * Reads a NIK by the rules of docs/domain.md §5, the one place they live: `checkNik` and the ingestion
 * fast path both ask this. A negative result is −(1 + the index in NIK_RULES of the first rule
 * broken); otherwise it is the NIK's facts packed in one number, province × 2 (+ 1 for a woman),
 * so the hot path gets verdict and facts in one call without allocating.
 */
export function readNik(nik: unknown): number {
  if (typeof nik !== 'string' || nik.length !== 16) return -1;
  for (let i = 0; i < 16; i++) {
    const c = nik.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
  }
  const province = twoDigits(nik, 0);
  if (!PROVINCE_BY_NUMBER[province]) return -2;
  if (province === JAKARTA && !JAKARTA_REGENCY_BY_NUMBER[twoDigits(nik, 2)]) return -3;
  if (twoDigits(nik, 4) === 0) return -4;
  const rawDay = twoDigits(nik, 6);
  const female = rawDay > 40;
  const day = female ? rawDay - 40 : rawDay;
  const month = twoDigits(nik, 8);
  const yy = twoDigits(nik, 10);
  // The two-digit year has no century: a date is real when it is real in 19YY or in 20YY (so
  // 29 February fails only when neither is a leap year, i.e. never for YY = 00).
  if (month < 1 || month > 12 || day < 1) return -5;
  if (day > (month === 2 && (isLeap(1900 + yy) || isLeap(2000 + yy)) ? 29 : (DAYS_IN_MONTH[month] as number))) return -5;
  if (twoDigits(nik, 12) === 0 && twoDigits(nik, 14) === 0) return -6;
  return province * 2 + (female ? 1 : 0);
}

/** The province code (31 for DKI Jakarta) from what `readNik` returned for a well-formed NIK. */
export const provinceOf = (facts: number): number => facts >> 1;
/** Whether `readNik`'s facts are a woman's (40 is added to her day of birth). */
export const isFemale = (facts: number): boolean => (facts & 1) === 1;

/** The first NIK rule `nik` breaks, or null for a well-formed NIK. */
export function nikError(nik: unknown): NikErrorCode | null {
  const facts = readNik(nik);
  return facts < 0 ? (NIK_RULES[-facts - 1] as NikErrorCode) : null;
}

export function checkNik(nik: unknown): NikCheck {
  const facts = readNik(nik);
  if (facts < 0) {
    const code = NIK_RULES[-facts - 1] as NikErrorCode;
    return { ok: false, code, message: NIK_MESSAGES[code] };
  }
  const valid = nik as string;
  return { ok: true, facts: { province: valid.slice(0, 2), regency: valid.slice(0, 4), sex: isFemale(facts) ? 'F' : 'M' } };
}
