import { JAKARTA_REGENCIES, REGENCY_NAMES_SOURCE } from '../../domain/regencies.js';
import { type Clock, wibDate } from '../../domain/time.js';
import type { ReaderContext } from '../agreements/service.js';
import type { ProgressService } from '../progress/service.js';
import type { ExportSheet, ExportTable } from './schemas.js';

const ROLE = { lead: 'Koordinator', counterpart: 'Mitra (BPJS Ketenagakerjaan)', participant: 'Dinas peserta' } as const;
const STATUS = { met: 'Tercapai', on_track: 'Sesuai jadwal', behind: 'Tertinggal', no_commitment: 'Tanpa komitmen' } as const;

export const NO_PERSONAL_DATA = 'Berkas ini tidak memuat data pribadi: hanya jumlah agregat (tanpa NIK, nama, atau data perorangan lainnya).';

/** `2024-11-04 10:12`: a spreadsheet in any locale reads it, and it is the office's own time. */
const wibDateTime = (iso: string) => new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** `20 November 2024 pukul 12.00 WIB`: a note is read by a person, in id-ID as the dashboard writes it. */
const wibLong = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' });
const wibDay = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' });

export interface SeriesOptions {
  interval: 'day' | 'week';
  from?: string;
  to?: string;
  agency?: string;
}

/**
 * The dashboard's tables as files. Each is read through the progress service, so an export shows
 * exactly what the summary and the series show, to exactly the same callers, within the same bounds.
 */
export class ExportService {
  constructor(
    private readonly progress: ProgressService,
    private readonly clock: Clock,
  ) {}

  async sheet(reader: ReaderContext, agreementId: string, table: ExportTable, query: SeriesOptions): Promise<ExportSheet> {
    const downloaded = `Diunduh pada ${wibDay.format(this.clock())} (WIB) dari Sinergi, perjanjian ${agreementId}.`;
    if (table === 'series') {
      const series = await this.progress.series(reader, agreementId, query);
      return {
        title: series.interval === 'day' ? 'Seri harian' : 'Seri mingguan',
        fileName: `${agreementId}-seri-${series.interval === 'day' ? 'harian' : 'mingguan'}-${series.from}-${series.to}`,
        columns: [
          { header: series.interval === 'day' ? 'Tanggal' : 'Minggu mulai', kind: 'date' },
          { header: 'Baru terlindungi', kind: 'int' },
          { header: series.agency ? `Kumulatif ${series.agency}` : 'Kumulatif terlindungi', kind: 'int' },
          { header: 'Garis menuju target', kind: 'int' },
        ],
        rows: series.points.map((p) => [p.date, p.newlyCovered, p.cumulativeCovered, p.targetLine]),
        notes: [
          NO_PERSONAL_DATA,
          `Tanggal kepesertaan menurut WIB, ${series.from} s.d. ${series.to}${series.agency ? `, hanya kredit ${series.agency} (tanpa baseline)` : ''}.`,
          downloaded,
        ],
      };
    }

    const { summary } = await this.progress.summary(reader, agreementId);
    const asOf = `Data per ${wibLong.format(new Date(summary.asOf))} WIB.`;
    if (table === 'agencies') {
      return {
        title: 'Dinas',
        fileName: `${agreementId}-dinas-${wibDate(this.clock())}`,
        columns: [
          { header: 'Kode', kind: 'text' },
          { header: 'Nama', kind: 'text' },
          { header: 'Peran', kind: 'text' },
          { header: 'Dikreditkan', kind: 'int' },
          { header: 'Komitmen (pekerja)', kind: 'int' },
          { header: 'Persen komitmen', kind: 'decimal' },
          { header: 'Status', kind: 'text' },
          { header: 'Duplikat dilaporkan', kind: 'int' },
          { header: 'Batch terakhir (WIB)', kind: 'text' },
        ],
        rows: summary.agencies.map((a) => [
          a.code,
          a.name,
          ROLE[a.role],
          a.credited,
          a.committedWorkers,
          a.percentOfCommitment,
          STATUS[a.status],
          a.duplicatesReported,
          a.lastBatchAt === null ? null : wibDateTime(a.lastBatchAt),
        ]),
        notes: [
          NO_PERSONAL_DATA,
          'Dikreditkan: pekerja baru terlindungi yang pertama kali dilaporkan oleh dinas ini (setelah pembatalan batch).',
          asOf,
          downloaded,
        ],
      };
    }

    const known = new Set(JAKARTA_REGENCIES.map((r) => r.code));
    const codes = [
      ...JAKARTA_REGENCIES.map((r) => [r.code, r.name] as const),
      ...Object.keys(summary.byRegency)
        .filter((code) => !known.has(code))
        .sort()
        .map((code) => [code, null] as const),
    ];
    const total = summary.newlyCovered;
    // The agreement's targets per area (when set): target, gap and pace beside the counts.
    const targets = new Map(summary.areaTargets.map((a) => [a.areaCode, a]));
    return {
      title: 'Wilayah',
      fileName: `${agreementId}-wilayah-${wibDate(this.clock())}`,
      columns: [
        { header: 'Kode wilayah NIK', kind: 'text' },
        { header: 'Nama wilayah', kind: 'text' },
        { header: 'Baru terlindungi', kind: 'int' },
        { header: 'Persen dari baru terlindungi', kind: 'decimal' },
        { header: 'Target wilayah', kind: 'int' },
        { header: 'Kekurangan', kind: 'int' },
        { header: 'Diharapkan hingga hari ini', kind: 'int' },
        { header: 'Laju', kind: 'text' },
      ],
      rows: codes.map(([code, name]) => {
        const n = summary.byRegency[code] ?? 0;
        const target = targets.get(code);
        return [
          code,
          name,
          n,
          total > 0 ? Math.round((n / total) * 1000) / 10 : 0,
          target?.target ?? null,
          target?.gap ?? null,
          target?.pace.expectedByToday ?? null,
          target ? (target.pace.onTrack ? 'Sesuai jadwal' : 'Tertinggal') : null,
        ];
      }),
      notes: [
        NO_PERSONAL_DATA,
        'Kode wilayah NIK: tempat NIK diterbitkan, bukan domisili pekerja.',
        'Target wilayah, kekurangan (target − baru terlindungi) dan laju: hanya untuk wilayah yang diberi target oleh perjanjian; kosong jika tidak.',
        `Nama wilayah: ${REGENCY_NAMES_SOURCE}.`,
        asOf,
        downloaded,
      ],
    };
  }
}
