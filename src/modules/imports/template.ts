import { loadExcelJs } from '../../lib/lazy-modules.js';

/**
 * The import template: the columns in order, the NIK column formatted as Text (so Excel keeps all
 * 16 digits), one example row and a second sheet explaining each column in Bahasa Indonesia. The
 * example's NIK is not a NIK (its x's make it a rejected row if it is left in).
 */

const HEADER = ['nik', 'segmen', 'program', 'tanggal_terdaftar', 'kota', 'kpj', 'ref'];
const EXAMPLE = ['3171xxxxxxxxxxxx', 'PU', 'JKK, JKM, JHT, JP', '04/11/2024', 'Jakarta Pusat', '', 'contoh — hapus baris ini'];

const EXPLANATION: [string, string, string][] = [
  ['nik', 'Wajib', 'NIK 16 angka. Format kolom ini sebagai Teks: NIK yang tersimpan sebagai angka kehilangan digit terakhirnya dan ditolak.'],
  ['segmen', 'Wajib', 'PU (penerima upah), BPU (bukan penerima upah), JAKON (jasa konstruksi) atau PMI (pekerja migran). Huruf besar/kecil bebas.'],
  [
    'program',
    'Wajib',
    'Program yang diikuti, dipisah koma atau titik koma, mis. "JKK, JKM, JHT". JKK dan JKM wajib. BPU/PMI: tanpa JP dan JKP; JAKON: hanya JKK dan JKM. Boleh juga satu kolom Y/N per program (jkk, jkm, jht, jp, jkp).',
  ],
  [
    'tanggal_terdaftar',
    'Wajib',
    'Tanggal terdaftar: tanggal Excel, dd/mm/yyyy, d-m-yyyy atau yyyy-mm-dd; dalam periode kesepakatan dan tidak setelah hari ini.',
  ],
  ['kota', 'Opsional', 'Kota domisili (teks, paling banyak 100 karakter, tanpa angka 16 digit).'],
  ['kpj', 'Opsional', 'Nomor KPJ, 8–16 angka. Diperiksa, tidak disimpan.'],
  [
    'ref',
    'Opsional',
    'Rujukan Anda sendiri untuk baris ini (bukan NIK). Disimpan dan hanya ditampilkan kepada instansi Anda, di daftar pekerja yang belum dikonfirmasi BPJS.',
  ],
];

const NOTES = [
  'Baris 1 adalah judul kolom. Satu baris per pekerja. Baris kosong dilewati.',
  'Nama kolom dalam bahasa Inggris juga diterima (segment, programs, enrolled_on, city).',
  'Paling banyak 1.000.000 baris dan 100 MB per berkas. Berkas CSV boleh memakai ; atau , sebagai pemisah.',
  'Setelah diunggah, unduh berkas kesalahan: nomor baris, kolom, kode dan pesan — tanpa NIK.',
];

/** BPJS's register extract, imported as confirmations (kind `confirmation`, docs/domain.md §11). */
const CONFIRMATION_HEADER = ['nik', 'status', 'tanggal_data', 'tanggal_registrasi', 'segmen', 'program', 'kpj'];
const CONFIRMATION_EXAMPLE = ['3171xxxxxxxxxxxx', 'aktif', '30/11/2024', '04/11/2024', 'PU', 'JKK, JKM, JHT, JP', ''];
const CONFIRMATION_EXPLANATION: [string, string, string][] = [
  ['nik', 'Wajib', 'NIK 16 angka, kolom berformat Teks. Disimpan hanya sebagai hash berkunci, sama seperti NIK yang dilaporkan dinas.'],
  ['status', 'Wajib', 'aktif, tidak aktif, atau tidak ditemukan (juga active, inactive, not_found).'],
  ['tanggal_data', 'Wajib', 'Tanggal data register (ekstrak); tidak setelah hari ini. Konfirmasi terbaru per pekerja yang berlaku.'],
  ['tanggal_registrasi', 'Opsional', 'Tanggal BPJS mendaftarkan kepesertaan; tidak setelah tanggal_data.'],
  ['segmen', 'Opsional', 'PU, BPU, JAKON atau PMI.'],
  ['program', 'Opsional', 'Program yang diikuti, mis. "JKK, JKM"; aturan sama dengan laporan dinas.'],
  ['kpj', 'Opsional', 'Nomor KPJ, 8–16 angka. Diperiksa, tidak disimpan.'],
];
const CONFIRMATION_NOTES = [
  'Baris 1 adalah judul kolom. Satu baris per peserta. Baris kosong dilewati.',
  'Hanya BPJS Ketenagakerjaan (pihak kesepakatan) atau admin yang dapat mengimpor konfirmasi.',
  'NIK dari provinsi lain diterima dan tidak dihitung untuk kesepakatan ini.',
];

interface TemplateSpec {
  sheet: string;
  header: string[];
  example: string[];
  explanation: [string, string, string][];
  notes: string[];
  dates: string[];
}
const SPECS: Record<'enrollment' | 'confirmation', TemplateSpec> = {
  enrollment: { sheet: 'Peserta', header: HEADER, example: EXAMPLE, explanation: EXPLANATION, notes: NOTES, dates: ['tanggal_terdaftar'] },
  confirmation: {
    sheet: 'Konfirmasi',
    header: CONFIRMATION_HEADER,
    example: CONFIRMATION_EXAMPLE,
    explanation: CONFIRMATION_EXPLANATION,
    notes: CONFIRMATION_NOTES,
    dates: ['tanggal_data', 'tanggal_registrasi'],
  },
};

const xlsx = new Map<string, Promise<Buffer>>();

export function templateXlsx(kind: 'enrollment' | 'confirmation' = 'enrollment'): Promise<Buffer> {
  const spec = SPECS[kind];
  let file = xlsx.get(kind);
  if (file) return file;
  file = (async () => {
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Sinergi';
    const sheet = workbook.addWorksheet(spec.sheet);
    sheet.columns = spec.header.map((header) => ({
      header,
      key: header,
      width: Math.max(14, header.length + 4, header === 'nik' || header === 'program' ? 22 : 0),
      // Text, so a NIK typed or pasted in keeps its 16 digits.
      style: header === 'nik' || header === 'kpj' ? { numFmt: '@' } : spec.dates.includes(header) ? { numFmt: 'dd/mm/yyyy' } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.addRow(spec.example);
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    const help = workbook.addWorksheet('Petunjuk');
    help.columns = [
      { header: 'kolom', key: 'kolom', width: 20 },
      { header: 'wajib', key: 'wajib', width: 10 },
      { header: 'keterangan', key: 'keterangan', width: 100 },
    ];
    help.getRow(1).font = { bold: true };
    for (const row of spec.explanation) help.addRow(row);
    help.addRow([]);
    for (const note of spec.notes) help.addRow([note]);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  })();
  xlsx.set(kind, file);
  return file;
}

/** The CSV template, as Excel in the Indonesian locale writes CSV: UTF-8 BOM, `;`, CRLF. */
export function templateCsv(kind: 'enrollment' | 'confirmation' = 'enrollment'): string {
  const { header, example } = SPECS[kind];
  return `\ufeff${header.join(';')}\r\n${example.map((v) => (/[;"]/.test(v) ? `"${v}"` : v)).join(';')}\r\n`;
}
