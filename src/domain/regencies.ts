/**
 * Names for DKI Jakarta's regency/city codes, as data. The counts they label are by the code in
 * the NIK, i.e. where the NIK was issued, not where a worker lives; and public code tables do not
 * agree on which kota each of 3171–3175 names, so a name is only as good as the table it comes
 * from, which is stated with it. Change this table (not the code that reads it) to follow another.
 */
export interface RegencyName {
  code: string;
  name: string;
}

export const REGENCY_NAMES_SOURCE = 'Kode wilayah administrasi Kemendagri (dipakai Dukcapil); tabel BPS memakai urutan lain untuk 3171–3175';

export const JAKARTA_REGENCIES: readonly RegencyName[] = [
  { code: '3101', name: 'Kepulauan Seribu' },
  { code: '3171', name: 'Jakarta Pusat' },
  { code: '3172', name: 'Jakarta Utara' },
  { code: '3173', name: 'Jakarta Barat' },
  { code: '3174', name: 'Jakarta Selatan' },
  { code: '3175', name: 'Jakarta Timur' },
];
