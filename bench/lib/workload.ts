import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { checkNik } from '../../src/domain/nik.js';
import { type Program, programsToBits, type Segment } from '../../src/domain/programs.js';
import { defaultSeedFile } from '../../src/lib/paths.js';
import { syntheticNik } from '../../test/fixtures/nik.js';

/**
 * A synthetic enrollment workload: batches of valid Jakarta records, posted by the agencies of the
 * seed agreement, with a share of workers reported by two agencies. Deterministic (no randomness
 * in the records), so two runs post the same data and differ only in the machine.
 */

export const AGREEMENT_ID = 'jakarta-uc-2024';
/** The agreement's period (seed): enrolledOn must fall inside it, and not after today in WIB. */
const PERIOD_START = Date.UTC(2024, 9, 23);
const PERIOD_DAYS = 70; // 2024-10-23 … 2024-12-31

/** Segment and programs combinations the server accepts (docs/domain.md §4), in the mix they are posted. */
export const PROFILES: { segment: Segment; programs: Program[] }[] = [
  { segment: 'PU', programs: ['JKK', 'JKM', 'JHT', 'JP'] },
  { segment: 'PU', programs: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'] },
  { segment: 'BPU', programs: ['JKK', 'JKM'] },
  { segment: 'BPU', programs: ['JKK', 'JKM', 'JHT'] },
  { segment: 'JAKON', programs: ['JKK', 'JKM'] },
  { segment: 'PMI', programs: ['JKK', 'JKM', 'JHT'] },
];

export const KOTA: Record<string, string> = {
  '3101': 'Kepulauan Seribu',
  '3171': 'Jakarta Selatan',
  '3172': 'Jakarta Timur',
  '3173': 'Jakarta Pusat',
  '3174': 'Jakarta Barat',
  '3175': 'Jakarta Utara',
};

export interface WorkloadRecord {
  nik: string;
  segment: Segment;
  programs: Program[];
  enrolledOn: string;
  kota?: string;
}

export interface WorkloadBatch {
  index: number;
  agency: string;
  records: WorkloadRecord[];
}

export interface Workload {
  batches: WorkloadBatch[];
  records: number;
  /** Distinct workers: what the server should credit in total. */
  distinctNiks: number;
  /** Records repeating a worker another agency reported: the server's `duplicates.otherAgency`. */
  repeats: number;
  agencies: string[];
}

/** The participating dinas of the seed agreement (not the lead or the counterpart). */
export function seedAgencies(): string[] {
  const seed = JSON.parse(readFileSync(defaultSeedFile, 'utf8')) as {
    agreements: { id: string; parties: { agency: string; role: string }[] }[];
  };
  const agreement = seed.agreements.find((a) => a.id === AGREEMENT_ID);
  if (!agreement) throw new Error(`The seed has no agreement ${AGREEMENT_ID}`);
  return agreement.parties.filter((p) => p.role === 'participant').map((p) => p.agency);
}

function makeRecord(nik: string, i: number): WorkloadRecord {
  const profile = PROFILES[i % PROFILES.length] as (typeof PROFILES)[number];
  // 7 is prime to 70: consecutive records spread over the whole period instead of marching day by day.
  const enrolledOn = new Date(PERIOD_START + ((i * 7) % PERIOD_DAYS) * 86_400_000).toISOString().slice(0, 10);
  const record: WorkloadRecord = { nik, segment: profile.segment, programs: profile.programs, enrolledOn };
  // Half the agencies send the optional domicile city.
  if (i % 2 === 0) record.kota = KOTA[nik.slice(0, 4)] as string;
  return record;
}

/**
 * `total` records in batches of `batchSize`, batch k posted by agency k mod A. About `repeatShare`
 * of each batch repeats workers of a neighbouring batch (posted by another agency), so every
 * repeat is a cross-agency duplicate and none is an in-batch one.
 */
export function buildWorkload(total: number, batchSize: number, repeatShare = 0.1, agencies = seedAgencies()): Workload {
  if (agencies.length < 2) throw new Error('A cross-agency workload needs at least two agencies.');
  const count = Math.ceil(total / batchSize);
  const sizes = Array.from({ length: count }, (_, k) => Math.min(batchSize, total - k * batchSize));
  // With a single batch there is no other agency to repeat.
  const repeatsOf = sizes.map((size) => (count > 1 ? Math.floor(size * repeatShare) : 0));
  // Batch k repeats batch k-1's workers; batch 0 repeats batch 1's (the last ones, so they are not
  // also batch 2's repeats), and batch 1 may be a short last batch: cap it.
  if (count > 1) {
    const uniquesOfBatch1 = (sizes[1] as number) - (repeatsOf[1] as number);
    repeatsOf[0] = Math.min(repeatsOf[0] as number, uniquesOfBatch1);
  }

  let nextNik = 0;
  const uniques = sizes.map((size, k) => {
    const niks: string[] = [];
    for (let i = 0; i < size - (repeatsOf[k] as number); i++) niks.push(syntheticNik(nextNik++));
    return niks;
  });

  let recordNo = 0;
  let repeats = 0;
  const batches = sizes.map((size, k): WorkloadBatch => {
    const own = uniques[k] as string[];
    const wanted = repeatsOf[k] as number;
    const source = k === 0 ? (uniques[1] ?? []).slice(-wanted) : (uniques[k - 1] as string[]).slice(0, wanted);
    const records: WorkloadRecord[] = [];
    let u = 0;
    let r = 0;
    for (let i = 0; i < size; i++) {
      // Every tenth record is a repeat, spread through the batch rather than bunched at its end.
      const repeat = (r < source.length && (i + 1) % 10 === 0) || u === own.length;
      const nik = repeat ? (source[r++] as string) : (own[u++] as string);
      records.push(makeRecord(nik, recordNo++));
    }
    repeats += r;
    return { index: k, agency: agencies[k % agencies.length] as string, records };
  });
  return { batches, records: total, distinctNiks: nextNik, repeats, agencies };
}

const hex = (buffer: Buffer) => buffer.toString('hex');

/**
 * The workload as `enrollments` rows in COPY text format, one chunk per batch, with the values the
 * server stores: HMAC-SHA256(pepper, nik) as bytea, the NIK's regency and sex (derived by the
 * server's own checkNik), programs as the server's bit set; the first report of a worker is the
 * credited one, so the partial unique index on (agreement_id, nik_hash) WHERE credited holds.
 */
export const ENROLLMENT_COPY_COLUMNS =
  'agreement_id, batch_id, record_index, agency_code, nik_hash, credited, in_region, segment, programs, enrolled_on, regency, sex, kota';

export function enrollmentCopyChunks(workload: Workload, nikPepper: string): string[] {
  const seen = new Set<string>();
  return workload.batches.map((batch) => {
    const batchId = randomUUID();
    const lines = batch.records.map((record, index) => {
      const nik = checkNik(record.nik);
      if (!nik.ok) throw new Error(`The workload holds an invalid NIK (${nik.code})`);
      const credited = !seen.has(record.nik);
      seen.add(record.nik);
      const hash = hex(createHmac('sha256', nikPepper).update(record.nik).digest());
      // Text format: tab-separated, \N for null, and a backslash doubled (hence \\x for bytea hex).
      return [
        AGREEMENT_ID,
        batchId,
        index,
        batch.agency,
        `\\\\x${hash}`,
        credited ? 't' : 'f',
        't',
        record.segment,
        programsToBits(record.programs),
        record.enrolledOn,
        nik.facts.regency,
        nik.facts.sex,
        record.kota ?? '\\N',
      ].join('\t');
    });
    return `${lines.join('\n')}\n`;
  });
}

/**
 * The jakarta scenario's workload: the MoU's whole target (2.7 M records) as the 17 participant
 * agencies would post it, in batches of `batchSize`, batch k posted by agency k mod 17. Built
 * straight into JSON request bodies (no record objects, no JSON.stringify): at millions of
 * records the load generator's own work must stay out of what is timed.
 *
 * Record p of batch k (p counted from 0) is
 * - for p ≡ 9 (mod 10), k ≥ 1: a **cross-agency repeat** — the worker of record p − 1 of batch
 *   k − 8 (k − 1 for the first eight batches), posted by another agency (k − 8 and k − 1 are
 *   never ≡ k mod 17). At eight batches back that batch has long been answered at any concurrency
 *   this bench uses, so repeats never wait on a transaction still in flight; 10 % of the records
 *   of every batch but the first.
 * - for p ≡ 24 (mod 50): a worker whose NIK was issued **outside Jakarta** (Jawa Barat, Jawa
 *   Tengah, Jawa Timur or Banten) living in a Jakarta kota: valid, stored, not counted (2 %).
 * - otherwise a new Jakarta worker.
 * Source records (p ≡ 8 mod 10) are never repeats or out of region themselves, so every repeat
 * names a worker credited in-region, and the expected classification is exact.
 */
export interface JakartaWorkload {
  /** One request body per batch, in posting order. */
  bodies: Buffer[];
  /** The agency posting each batch. */
  agencyOfBatch: string[];
  agencies: string[];
  records: number;
  /** Distinct workers with a Jakarta NIK: the summary's `newlyCovered` once all batches are in. */
  distinctInRegion: number;
  /** Records repeating a worker another agency posted: the server's `duplicates.otherAgency`. */
  repeats: number;
  /** Records with a NIK from another province: the server's `outOfRegion`. */
  outOfRegion: number;
  bytes: number;
}

const OTHER_PROVINCES = ['32', '33', '35', '36'];
const KOTA_NAMES = Object.values(KOTA);
const jsonList = (items: readonly string[]) => `[${items.map((item) => `"${item}"`).join(',')}]`;

export function buildJakartaWorkload(total: number, batchSize: number, agencies = seedAgencies()): JakartaWorkload {
  if (agencies.length < 2) throw new Error('A cross-agency workload needs at least two agencies.');
  if (batchSize < 10) throw new Error('Batches of at least 10 records: every tenth is a repeat.');
  const count = Math.ceil(total / batchSize);
  // Each profile's fixed JSON fragment, and the 70 days of the period as strings, made once.
  const profileJson = PROFILES.map((p) => `"segment":"${p.segment}","programs":${jsonList(p.programs)}`);
  const days = Array.from({ length: PERIOD_DAYS }, (_, d) => new Date(PERIOD_START + d * 86_400_000).toISOString().slice(0, 10));

  // Worker number of each record, kept for the batches later records repeat (int32: < 2^31 workers).
  const workerOf: Int32Array[] = [];
  const bodies: Buffer[] = [];
  const agencyOfBatch: string[] = [];
  let nextWorker = 0;
  let nextOutsider = 0;
  let repeats = 0;
  let outOfRegion = 0;
  let recordNo = 0;
  let bytes = 0;
  for (let k = 0; k < count; k++) {
    const size = Math.min(batchSize, total - k * batchSize);
    const workers = new Int32Array(size);
    const source = k === 0 ? undefined : workerOf[k >= 8 ? k - 8 : k - 1];
    const parts: string[] = [];
    for (let p = 0; p < size; p++, recordNo++) {
      let nik: string;
      let kota: string | undefined;
      if (source && p % 10 === 9) {
        workers[p] = source[p - 1] as number;
        nik = syntheticNik(workers[p] as number);
        repeats++;
      } else if (p % 50 === 24) {
        workers[p] = -1;
        nik = syntheticNik(nextOutsider, OTHER_PROVINCES[nextOutsider % OTHER_PROVINCES.length]);
        nextOutsider++;
        outOfRegion++;
        kota = KOTA_NAMES[recordNo % KOTA_NAMES.length];
      } else {
        workers[p] = nextWorker;
        nik = syntheticNik(nextWorker++);
      }
      // Half the records carry the optional domicile city (a Jakarta NIK's own kota, for simplicity).
      if (kota === undefined && recordNo % 2 === 0) kota = KOTA[nik.slice(0, 4)];
      const day = days[(recordNo * 7) % PERIOD_DAYS] as string;
      parts.push(`{"nik":"${nik}",${profileJson[recordNo % PROFILES.length]},"enrolledOn":"${day}"${kota ? `,"kota":"${kota}"` : ''}}`);
    }
    workerOf.push(workers);
    const body = Buffer.from(`{"externalRef":"jakarta-${k}","records":[${parts.join(',')}]}`);
    bytes += body.length;
    bodies.push(body);
    agencyOfBatch.push(agencies[k % agencies.length] as string);
  }
  return { bodies, agencyOfBatch, agencies, records: total, distinctInRegion: nextWorker, repeats, outOfRegion, bytes };
}
