/**
 * NIK (Nomor Induk Kependudukan): 16 digits `PP KK SS DDMMYY NNNN` — province, regency/city,
 * district, birth date (women: day + 40), serial. Pure validation; never logs or echoes the NIK.
 * Place codes say where the NIK was issued, not where the person lives (docs/domain.md §5).
 */

/** The 38 provinces' codes. */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36',
  '51', '52', '53',
  '61', '62', '63', '64', '65',
  '71', '72', '73', '74', '75', '76',
  '81', '82',
  '91', '92', '93', '94', '95', '96',
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

const SIXTEEN_DIGITS = /^[0-9]{16}$/;

/** A run of exactly 16 digits: what a NIK looks like inside free text. */
const NIK_SHAPED = /(?<![0-9])[0-9]{16}(?![0-9])/;

/**
 * Free text the service stores (names, references, reasons, a record's kota) may not carry a NIK:
 * the NIK is kept only as its HMAC, and a stray one in a note would undo that.
 */
export const containsNikShapedNumber = (text: string): boolean => NIK_SHAPED.test(text);

function isLeap(year: number) {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The two-digit year has no century, so a date is real when it is real in either 19YY or 20YY
 * (29 February only fails when neither is a leap year, i.e. never for YY = 00).
 */
function isRealDate(day: number, month: number, yy: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const max = month === 2 && (isLeap(1900 + yy) || isLeap(2000 + yy)) ? 29 : DAYS_IN_MONTH[month - 1];
  return day <= (max as number);
}

export function checkNik(nik: unknown): NikCheck {
  if (typeof nik !== 'string' || !SIXTEEN_DIGITS.test(nik)) {
    return { ok: false, code: 'nik_format', message: 'A NIK is exactly 16 digits.' };
  }
  const province = nik.slice(0, 2);
  if (!PROVINCE_CODES.has(province)) {
    return { ok: false, code: 'nik_province', message: 'The NIK’s first two digits are not a province code.' };
  }
  const regency = nik.slice(2, 4);
  if (province === '31' && !JAKARTA_REGENCIES.has(regency)) {
    return { ok: false, code: 'nik_regency', message: 'Digits 3–4 are not a DKI Jakarta regency/city code (01, 71–75).' };
  }
  if (nik.slice(4, 6) === '00') {
    return { ok: false, code: 'nik_district', message: 'Digits 5–6 (district) cannot be 00.' };
  }
  const rawDay = Number(nik.slice(6, 8));
  const female = rawDay > 40;
  const day = female ? rawDay - 40 : rawDay;
  if (!isRealDate(day, Number(nik.slice(8, 10)), Number(nik.slice(10, 12)))) {
    return {
      ok: false,
      code: 'nik_birth_date',
      message: 'Digits 7–12 are not a birth date (DDMMYY, with 40 added to the day for women).',
    };
  }
  if (nik.slice(12) === '0000') {
    return { ok: false, code: 'nik_serial', message: 'Digits 13–16 (serial) cannot be 0000.' };
  }
  return { ok: true, facts: { province, regency: nik.slice(0, 4), sex: female ? 'F' : 'M' } };
}
