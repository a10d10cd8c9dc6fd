import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { PROGRAM_BITS, PROGRAMS, programsToBits } from '../../src/domain/programs.js';
import { CHANGES_CHANNEL } from '../../src/modules/audit/repository.js';
import { withClient } from './database.js';
import { AGREEMENT_ID, KOTA, PROFILES } from './workload.js';

/**
 * Enrollments written straight into a fresh bench database with SQL, for scenarios that need a
 * large table but do not measure how it got there: ten million records over HTTP would take
 * minutes, generate_series takes seconds. The database ends as if the records had been posted in
 * batches of 5,000 by the seed's participant agencies: `enrollments` rows shaped as the server
 * stores them, one `enrollment_batches` row per batch with its report, and the rollups the summary
 * reads (agency_coverage, coverage_daily, coverage_breakdown) — all three derived from the rows
 * themselves, so they cannot disagree with them.
 *
 * Record i (0 ≤ i < records) is record i mod 5000 of batch ⌊i / 5000⌋, posted by agency
 * ⌊i / 5000⌋ mod A. Like the jakarta workload:
 * - i ≡ 9 (mod 10), past the first batch: a cross-agency repeat of the worker of record i − 5001
 *   (the previous batch, another agency), stored uncredited — 10 %;
 * - i ≡ 24 (mod 50): a worker with a NIK from another province, stored, never credited — 2 %;
 * - otherwise a new Jakarta worker, credited.
 * Segment and programs cycle through the workload's profiles, the day through the agreement's 70
 * days, regency and sex follow the worker. The NIK hash is sha256 of the worker's number, not the
 * server's HMAC: these workers are never posted again, so nothing needs to match them.
 *
 * Several agreements can be loaded at once (the national scenario: one per province), each
 * numbered as above with its own batches, its workers' regencies in its own province and their
 * hashes prefixed by its id; a single agreement is the seed's Jakarta one.
 *
 * How it is fast (about 10 M rows a minute on 2 cores): the rows are generated inside PostgreSQL,
 * by one session per core; `enrollments`' indexes are dropped first and built once at the end,
 * as for any bulk load (a sorted build instead of millions of random inserts into a B-tree larger
 * than shared_buffers), and its batch check is suspended and done once, over every row, at the
 * end. The definitions are read back from the catalog and recreated as they were. The built indexes are denser than ones grown batch by batch, which the
 * summary never notices: it reads rollups only. Not atomic, so for fresh bench databases only
 * (an `enrollments` that is not empty is refused).
 */

const BATCH = 5_000;
const FIRST_DAY = '2024-10-23';
const DAYS = 70; // 2024-10-23 … 2024-12-31, the agreement's period
const REGENCIES = ['3101', '3171', '3172', '3173', '3174', '3175'];
/** Another province's regencies: the same six numbers under its code. */
const regenciesOf = (regionCode: string) => (regionCode === '31' ? REGENCIES : REGENCIES.map((code) => regionCode + code.slice(2)));
/** Kabupaten Bandung: the regency of the out-of-province workers (any code outside the agreement's province would do)… */
const OUTSIDE_REGENCY = '3204';
/** …and Jakarta Selatan's, for West Java's agreement. */
const JAKARTA_REGENCY = '3171';

export interface LoadResult {
  /** In every agreement. */
  records: number;
  agreements: number;
  batches: number;
  /** Credited rows of the first agreement: its distinct workers, what its summary's newlyCovered must read. */
  credited: number;
  sessions: number;
  /** Phases, in ms: generating the rows; batches, rollups and commit; building indexes and the foreign key; VACUUM ANALYZE. */
  insertMs: number;
  rollupMs: number;
  indexMs: number;
  vacuumMs: number;
  totalMs: number;
}

/** What the load expects to be credited, from the same rule as the SQL (checked against the rows). */
export function expectedCredited(records: number): number {
  let credited = 0;
  for (let i = 0; i < records; i++) if (!((i % 10 === 9 && i >= BATCH) || i % 50 === 24)) credited++;
  return credited;
}

interface Definitions {
  /** Primary key and foreign keys: name and definition, to re-add with ALTER TABLE … ADD CONSTRAINT. */
  constraints: { name: string; definition: string; foreign: boolean }[];
  /** Other indexes: their CREATE INDEX statements. */
  indexes: { name: string; definition: string }[];
}

/**
 * One agreement's share of a load: `records` enrollments, as above, of workers of its province.
 * Every agreement must exist with the agencies as its parties. The first one listed is the one a
 * summary is checked against (`LoadResult.credited`).
 */
export interface AgreementLoad {
  agreementId: string;
  /** Two-digit province code: its workers' regencies start with it. */
  regionCode: string;
  records: number;
}

/** A slice of one agreement's rows: records [from, to) of its numbering. */
interface RowRange {
  part: number;
  from: number;
  to: number;
}

/** Rows per INSERT … SELECT: sessions take slices of this size in turn, so agreements of any size spread over every session. */
const SLICE = 200 * BATCH;

export async function loadEnrollments(
  databaseUrl: string,
  agencies: readonly string[],
  load: number | readonly AgreementLoad[],
  sessions = Math.max(1, Math.min(4, os.availableParallelism())),
): Promise<LoadResult> {
  const parts: readonly AgreementLoad[] = typeof load === 'number' ? [{ agreementId: AGREEMENT_ID, regionCode: '31', records: load }] : load;
  const records = parts.reduce((sum, p) => sum + p.records, 0);
  if (parts.length === 0 || parts.some((p) => !(p.records > 0)) || agencies.length < 2) {
    throw new Error(`Nothing to load: ${records} records in ${parts.length} agreements over ${agencies.length} agencies`);
  }
  const started = performance.now();
  const batchIdsOf = parts.map((p) => Array.from({ length: Math.ceil(p.records / BATCH) }, () => randomUUID()));
  const batchCount = batchIdsOf.reduce((sum, ids) => sum + ids.length, 0);

  // ---- Drop enrollments' indexes and keys, remembering them; suspend the batch check ----------
  const definitions = await withClient(databaseUrl, async (client) => {
    const { rows: existing } = await client.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM enrollments) AS any');
    if (existing[0]?.any) throw new Error('loadEnrollments fills a fresh database: enrollments is not empty');
    const { rows: constraints } = await client.query<{ name: string; definition: string; foreign: boolean }>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS definition, contype = 'f' AS foreign
       FROM pg_constraint WHERE conrelid = 'enrollments'::regclass AND contype IN ('p', 'u', 'f')`,
    );
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(
      `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS definition
       FROM pg_index i WHERE indrelid = 'enrollments'::regclass
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)`,
    );
    await client.query('BEGIN');
    // Foreign keys first: a primary key cannot go while something depends on it (none here, but cheap to respect).
    for (const c of [...constraints].sort((a, b) => Number(b.foreign) - Number(a.foreign))) {
      await client.query(`ALTER TABLE enrollments DROP CONSTRAINT ${quoteIdent(c.name)}`);
    }
    for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
    // The batch check (a statement trigger, in place of a foreign key): the batch rows are written
    // after the enrollments here, and every row is checked in one join at the end instead.
    await client.query('ALTER TABLE enrollments DISABLE TRIGGER enrollments_batch_exists');
    await client.query('COMMIT');
    return { constraints, indexes } satisfies Definitions;
  });

  // ---- Rows, one session per core, each taking the next slice of whole batches -------------------
  const insertStarted = performance.now();
  const slices: RowRange[] = parts.flatMap((p, part) =>
    Array.from({ length: Math.ceil(p.records / SLICE) }, (_, k) => ({ part, from: k * SLICE, to: Math.min(p.records, (k + 1) * SLICE) })),
  );
  let nextSlice = 0;
  const workers = Math.min(sessions, slices.length);
  await Promise.all(
    Array.from({ length: workers }, () =>
      withClient(databaseUrl, async (client) => {
        for (let slice = slices[nextSlice++]; slice !== undefined; slice = slices[nextSlice++]) {
          const part = parts[slice.part] as AgreementLoad;
          const regencies = regenciesOf(part.regionCode);
          await client.query(
            `INSERT INTO enrollments (agreement_id, batch_id, record_index, agency_code, nik_hash, credited, in_region,
               segment, programs, enrolled_on, regency, sex, kota)
             SELECT $1, ($2::uuid[])[i / $13 + 1], i % $13, ($3::text[])[(i / $13) % $4 + 1], sha256(($16::text || w::text)::bytea),
                    NOT repeat AND NOT outside, NOT outside,
                    ($5::text[])[i % $14 + 1], ($6::int2[])[i % $14 + 1], $7::date + i % $8,
                    CASE WHEN outside THEN $15 ELSE ($9::text[])[w % 6 + 1] END,
                    CASE WHEN w % 2 = 0 THEN 'M' ELSE 'F' END,
                    CASE WHEN i % 2 = 0 THEN ($10::text[])[w % 6 + 1] END
             FROM generate_series($11::int, $12::int - 1) AS i,
                  LATERAL (SELECT i % 10 = 9 AND i >= $13 AS repeat, i % 50 = 24 AS outside) AS kind,
                  LATERAL (SELECT CASE WHEN repeat THEN i - $13 - 1 ELSE i END AS w) AS worker`,
            [
              part.agreementId,
              batchIdsOf[slice.part],
              agencies,
              agencies.length,
              PROFILES.map((p) => p.segment),
              PROFILES.map((p) => programsToBits(p.programs)),
              FIRST_DAY,
              DAYS,
              regencies,
              // The domicile city: Jakarta's names; other provinces' workers send none.
              regencies.map((code) => KOTA[code] ?? null),
              slice.from,
              slice.to,
              BATCH,
              PROFILES.length,
              part.regionCode === OUTSIDE_REGENCY.slice(0, 2) ? JAKARTA_REGENCY : OUTSIDE_REGENCY,
              // Workers of different agreements are different people.
              slice.part === 0 ? '' : `${part.agreementId}:`,
            ],
          );
        }
      }),
    ),
  );
  const insertMs = performance.now() - insertStarted;

  // ---- Batches and rollups, from the rows ---------------------------------------------------------
  const rollupStarted = performance.now();
  await withClient(databaseUrl, async (client) => {
    await client.query('BEGIN');
    try {
      // Each batch's report from its rows (the enrollment_batches_counts check holds by construction),
      // in posting order so `seq` follows it.
      await client.query(
        `INSERT INTO enrollment_batches (id, agreement_id, agency_code, external_ref, status, received, accepted,
           duplicates_in_batch, duplicates_same_agency, duplicates_other_agency, out_of_region, rejected, credited, errors, created_by)
         SELECT b.id, b.agreement_id, e.agency_code, 'bench-sql-' || b.k, 'accepted', e.received, e.credited,
                0, 0, e.repeats, e.outside, 0, e.credited, '[]'::jsonb, 'bench'
         FROM unnest($1::uuid[], $2::text[], $3::int[]) AS b(id, agreement_id, k)
         JOIN (SELECT batch_id, agency_code, count(*)::int AS received, (count(*) FILTER (WHERE credited))::int AS credited,
                      (count(*) FILTER (WHERE in_region AND NOT credited))::int AS repeats, (count(*) FILTER (WHERE NOT in_region))::int AS outside
               FROM enrollments GROUP BY batch_id, agency_code) AS e ON e.batch_id = b.id
         ORDER BY b.agreement_id, b.k`,
        [
          batchIdsOf.flat(),
          batchIdsOf.flatMap((ids, part) => ids.map(() => (parts[part] as AgreementLoad).agreementId)),
          batchIdsOf.flatMap((ids) => ids.map((_, k) => k + 1)),
        ],
      );
      await client.query(
        `INSERT INTO agency_coverage (agreement_id, agency_code, credited, duplicates_reported, batches, received,
           rejected, out_of_region, last_batch_at, changed_at)
         SELECT agreement_id, agency_code, sum(credited), sum(duplicates_other_agency), count(*), sum(received), 0, sum(out_of_region), now(), now()
         FROM enrollment_batches WHERE id = ANY($1::uuid[]) GROUP BY agreement_id, agency_code
         ON CONFLICT (agreement_id, agency_code) DO UPDATE SET
           credited = agency_coverage.credited + EXCLUDED.credited,
           duplicates_reported = agency_coverage.duplicates_reported + EXCLUDED.duplicates_reported,
           batches = agency_coverage.batches + EXCLUDED.batches,
           received = agency_coverage.received + EXCLUDED.received,
           out_of_region = agency_coverage.out_of_region + EXCLUDED.out_of_region,
           last_batch_at = GREATEST(agency_coverage.last_batch_at, EXCLUDED.last_batch_at),
           changed_at = now()`,
        [batchIdsOf.flat()],
      );
      // One pass over the credited rows into a few thousand groups; every rollup comes from those.
      await client.query(
        `CREATE TEMP TABLE bench_credit ON COMMIT DROP AS
         SELECT agreement_id, agency_code, enrolled_on, segment, programs, regency, count(*)::int AS n
         FROM enrollments WHERE credited GROUP BY agreement_id, agency_code, enrolled_on, segment, programs, regency`,
      );
      await client.query(
        `INSERT INTO coverage_daily (agreement_id, agency_code, day, credited)
         SELECT agreement_id, agency_code, enrolled_on, sum(n) FROM bench_credit GROUP BY agreement_id, agency_code, enrolled_on
         ON CONFLICT (agreement_id, agency_code, day) DO UPDATE SET credited = coverage_daily.credited + EXCLUDED.credited`,
      );
      // Programs are a bit set: one breakdown row per program whose bit is set (names and bits from
      // src/domain/programs.ts, so they cannot drift from the server's).
      await client.query(
        `INSERT INTO coverage_breakdown (agreement_id, agency_code, dimension, key, credited)
         SELECT agreement_id, agency_code, dimension, key, sum(n)
         FROM (
           SELECT agreement_id, agency_code, 'segment' AS dimension, segment AS key, n FROM bench_credit
           UNION ALL
           SELECT agreement_id, agency_code, 'regency', regency, n FROM bench_credit
           UNION ALL
           SELECT c.agreement_id, c.agency_code, 'program', p.name, c.n FROM bench_credit c
             JOIN unnest($1::text[], $2::int[]) AS p(name, bit) ON (c.programs & p.bit) <> 0
         ) AS credit
         GROUP BY agreement_id, agency_code, dimension, key
         ON CONFLICT (agreement_id, agency_code, dimension, key) DO UPDATE SET credited = coverage_breakdown.credited + EXCLUDED.credited`,
        [[...PROGRAMS], PROGRAMS.map((p) => PROGRAM_BITS[p])],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  });
  const rollupMs = performance.now() - rollupStarted;

  // ---- Indexes, keys and the batch check back, as they were --------------------------------
  const indexStarted = performance.now();
  const credited = await withClient(databaseUrl, async (client) => {
    // A sort that fits in memory; the build itself uses PostgreSQL's parallel workers.
    await client.query(`SET maintenance_work_mem = '512MB'`);
    for (const c of definitions.constraints.filter((c) => !c.foreign)) {
      await client.query(`ALTER TABLE enrollments ADD CONSTRAINT ${quoteIdent(c.name)} ${c.definition}`);
    }
    // The unique index on (agreement_id, nik_hash) WHERE credited fails here if a worker were credited twice.
    for (const index of definitions.indexes) await client.query(index.definition);
    // Validates every row's batch in one join.
    for (const c of definitions.constraints.filter((c) => c.foreign)) {
      await client.query(`ALTER TABLE enrollments ADD CONSTRAINT ${quoteIdent(c.name)} ${c.definition}`);
    }
    const { rows: orphans } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM enrollments e WHERE NOT EXISTS (SELECT 1 FROM enrollment_batches b WHERE b.id = e.batch_id)',
    );
    if ((orphans[0]?.n ?? 0) > 0) throw new Error(`loadEnrollments wrote ${orphans[0]?.n} enrollments without their batch`);
    await client.query('ALTER TABLE enrollments ENABLE TRIGGER enrollments_batch_exists');
    // What every write does on commit: instances following changes drop their cached summaries.
    await client.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, 'enrollment_batch']);
    const { rows } = await client.query<{ agreement_id: string; credited: number }>(
      'SELECT agreement_id, sum(credited)::int AS credited FROM agency_coverage WHERE agreement_id = ANY($1::text[]) GROUP BY agreement_id',
      [parts.map((p) => p.agreementId)],
    );
    return new Map(rows.map((row) => [row.agreement_id, row.credited]));
  });
  const indexMs = performance.now() - indexStarted;

  // Fresh statistics and a visibility map now, rather than autovacuum starting mid-measurement.
  const vacuumStarted = performance.now();
  await withClient(databaseUrl, (client) =>
    client.query('VACUUM ANALYZE enrollments, enrollment_batches, agency_coverage, coverage_daily, coverage_breakdown'),
  );
  const vacuumMs = performance.now() - vacuumStarted;

  for (const part of parts) {
    const expected = expectedCredited(part.records);
    const got = credited.get(part.agreementId) ?? 0;
    if (got !== expected) throw new Error(`loadEnrollments: the rollups credit ${got} workers of ${part.agreementId}, expected ${expected}`);
  }
  return {
    records,
    agreements: parts.length,
    batches: batchCount,
    credited: credited.get((parts[0] as AgreementLoad).agreementId) ?? 0,
    sessions: workers,
    insertMs,
    rollupMs,
    indexMs,
    vacuumMs,
    totalMs: performance.now() - started,
  };
}

/** A catalog name as an SQL identifier (they come from pg_constraint, never from input). */
const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
