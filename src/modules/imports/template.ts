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
  ['ref', 'Opsional', 'Catatan Anda sendiri untuk baris ini. Tidak disimpan.'],
];

const NOTES = [
  'Baris 1 adalah judul kolom. Satu baris per pekerja. Baris kosong dilewati.',
  'Nama kolom dalam bahasa Inggris juga diterima (segment, programs, enrolled_on, city).',
  'Paling banyak 1.000.000 baris dan 100 MB per berkas. Berkas CSV boleh memakai ; atau , sebagai pemisah.',
  'Setelah diunggah, unduh berkas kesalahan: nomor baris, kolom, kode dan pesan — tanpa NIK.',
];

let xlsx: Promise<Buffer> | undefined;

export function templateXlsx(): Promise<Buffer> {
  xlsx ??= (async () => {
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Sinergi';
    const sheet = workbook.addWorksheet('Peserta');
    sheet.columns = HEADER.map((header, i) => ({
      header,
      key: header,
      width: [20, 10, 22, 18, 18, 14, 24][i],
      // Text, so a NIK typed or pasted in keeps its 16 digits.
      style: header === 'nik' || header === 'kpj' ? { numFmt: '@' } : header === 'tanggal_terdaftar' ? { numFmt: 'dd/mm/yyyy' } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.addRow(EXAMPLE);
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    const help = workbook.addWorksheet('Petunjuk');
    help.columns = [
      { header: 'kolom', key: 'kolom', width: 20 },
      { header: 'wajib', key: 'wajib', width: 10 },
      { header: 'keterangan', key: 'keterangan', width: 100 },
    ];
    help.getRow(1).font = { bold: true };
    for (const row of EXPLANATION) help.addRow(row);
    help.addRow([]);
    for (const note of NOTES) help.addRow([note]);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  })();
  return xlsx;
}

/** The CSV template, as Excel in the Indonesian locale writes CSV: UTF-8 BOM, `;`, CRLF. */
export function templateCsv(): string {
  return `\ufeff${HEADER.join(';')}\r\n${EXAMPLE.map((v) => (/[;"]/.test(v) ? `"${v}"` : v)).join(';')}\r\n`;
}
