import type { RecordErrorCode } from '../../domain/enrollment-record.js';

/**
 * What a row's error code means, for the error file: in Bahasa Indonesia (the default) and in
 * English. Messages name columns and rules, never a cell's value.
 */
export type ImportErrorCode = RecordErrorCode | 'nik_numeric';

export const ERROR_MESSAGES: Record<ImportErrorCode, { id: string; en: string }> = {
  nik_numeric: {
    id: 'NIK tersimpan sebagai angka, sehingga digit terakhirnya hilang (Excel hanya menyimpan 15 digit). Format kolom nik sebagai Teks, ketik ulang NIK, lalu unggah lagi.',
    en: 'The NIK is stored as a number, so its last digit is lost (Excel keeps 15 digits). Format the nik column as Text, type the NIK again and upload again.',
  },
  record_invalid: { id: 'Baris tidak dapat dibaca.', en: 'The row cannot be read.' },
  nik_format: { id: 'NIK harus tepat 16 angka.', en: 'The NIK must be exactly 16 digits.' },
  nik_province: { id: 'Kode provinsi NIK (digit 1–2) tidak dikenal.', en: 'The NIK’s province code (digits 1–2) is unknown.' },
  nik_regency: {
    id: 'Kode kabupaten/kota NIK (digit 3–4) tidak berlaku untuk DKI Jakarta (01, 71–75).',
    en: 'The NIK’s regency code (digits 3–4) is not valid for DKI Jakarta (01, 71–75).',
  },
  nik_district: { id: 'Kode kecamatan NIK (digit 5–6) tidak boleh 00.', en: 'The NIK’s district code (digits 5–6) must not be 00.' },
  nik_birth_date: {
    id: 'Tanggal lahir dalam NIK (digit 7–12; perempuan: tanggal + 40) bukan tanggal yang sah.',
    en: 'The birth date in the NIK (digits 7–12; women: day + 40) is not a real date.',
  },
  nik_serial: { id: 'Nomor urut NIK (digit 13–16) tidak boleh 0000.', en: 'The NIK’s serial (digits 13–16) must not be 0000.' },
  segment_unknown: { id: 'Segmen kosong atau bukan PU, BPU, JAKON atau PMI.', en: 'The segment is empty or not PU, BPU, JAKON or PMI.' },
  segment_mismatch: {
    id: 'Segmen berbeda dengan segmen komitmen yang dipilih untuk impor ini.',
    en: 'The segment differs from the segment of the commitment chosen for this import.',
  },
  programs_format: { id: 'Program kosong.', en: 'No program is given.' },
  program_unknown: { id: 'Ada program selain JKK, JKM, JHT, JP, JKP.', en: 'A program is not one of JKK, JKM, JHT, JP, JKP.' },
  program_not_allowed: {
    id: 'Ada program yang tidak tersedia untuk segmen ini (BPU/PMI: tanpa JP dan JKP; JAKON: hanya JKK dan JKM).',
    en: 'A program is not available to the segment (BPU/PMI: no JP or JKP; JAKON: JKK and JKM only).',
  },
  programs_missing_mandatory: { id: 'JKK dan JKM wajib ada.', en: 'JKK and JKM are both required.' },
  enrolled_on_format: {
    id: 'Tanggal terdaftar kosong atau tidak dikenali (gunakan tanggal Excel, dd/mm/yyyy atau yyyy-mm-dd).',
    en: 'The enrollment date is empty or not recognised (use an Excel date, dd/mm/yyyy or yyyy-mm-dd).',
  },
  enrolled_on_future: { id: 'Tanggal terdaftar setelah hari ini (WIB).', en: 'The enrollment date is after today (WIB).' },
  enrolled_on_before_period: {
    id: 'Tanggal terdaftar sebelum periode kesepakatan dimulai.',
    en: 'The enrollment date is before the agreement’s period starts.',
  },
  enrolled_on_after_period: {
    id: 'Tanggal terdaftar setelah tanggal target kesepakatan.',
    en: 'The enrollment date is after the agreement’s target date.',
  },
  enrolled_on_period_closed: {
    id: 'Tanggal terdaftar berada dalam periode pelaporan yang sudah ditutup; angkanya sudah dibekukan (admin dapat membukanya kembali).',
    en: 'The enrollment date falls in a reporting period that is closed; its figures are frozen (an admin may reopen it).',
  },
  kota_format: {
    id: 'Kota harus berupa teks 1–100 karakter dan tidak boleh berisi angka 16 digit.',
    en: 'The kota must be text of 1–100 characters without a 16-digit number.',
  },
  kpj_format: { id: 'KPJ harus 8–16 angka.', en: 'The KPJ must be 8–16 digits.' },
  invalid_characters: {
    id: 'Ada karakter yang tidak dapat disimpan dalam sel teks (NUL atau surrogate tunggal).',
    en: 'A text cell holds a character that cannot be stored (NUL or an unpaired surrogate).',
  },
};

export type Language = 'id' | 'en';

/** English when the request prefers it (`Accept-Language: en…` before any `id`), else Indonesian. */
export function languageOf(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'id';
  const ranked = acceptLanguage
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1, order };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { tag } of ranked) {
    if (tag === 'id' || tag.startsWith('id-') || tag === 'in') return 'id';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'id';
}

export function errorMessage(code: string, language: Language): string {
  const messages = ERROR_MESSAGES[code as ImportErrorCode];
  return messages ? messages[language] : code;
}
