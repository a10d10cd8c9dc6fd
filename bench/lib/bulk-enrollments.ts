import { randomUUID } from 'node:crypto';
import { PROGRAM_BITS, PROGRAMS } from '../../src/domain/programs.js';
import { CHANGES_CHANNEL } from '../../src/modules/audit/repository.js';
import { withClient } from './database.js';
import { AGREEMENT_ID } from './workload.js';

/**
 * Enrollments written straight into the bench database with SQL, for scenarios that need a large
 * table but do not measure how it got there: a million records over HTTP would take minutes,
 * generate_series takes seconds. The rows are shaped as the server stores them, and the rollups
 * the summary reads (agency_coverage, coverage_daily, coverage_breakdown) are brought up to date
 * in the same transaction, so the API sees a consistent database, as after real batches.
 *
 * Worker i (a range [from, to) of integers, so ranges loaded one after another never collide):
 * NIK hash sha256(i), reported by agency i mod A as record ⌊i / A⌋ of that agency's batch for
 * the range, enrolled on day i mod 39 of 2024-10-23 … 2024-11-30 (39 and the 17 seed
 * participants are coprime, so every agency has credits every day), PU, JKK + JKM, Jakarta
 * Selatan, credited and in region. The hash is not the server's HMAC: these workers are never
 * posted again, so nothing needs to match them.
 */

const FIRST_DAY = '2024-10-23';
const DAYS = 39; // through 2024-11-30
const PROGRAMS_BITS = PROGRAM_BITS.JKK | PROGRAM_BITS.JKM;

export interface LoadResult {
  records: number;
  batches: number;
  /** Inserting, updating the rollups and committing. */
  insertMs: number;
  /** VACUUM ANALYZE afterwards. */
  vacuumMs: number;
}

export async function loadEnrollments(databaseUrl: string, agencies: readonly string[], from: number, to: number): Promise<LoadResult> {
  const count = to - from;
  if (!(count > 0) || agencies.length === 0) throw new Error(`Nothing to load: [${from}, ${to}) over ${agencies.length} agencies`);
  const a = agencies.length;
  // Records of agency k in [from, to): the i with i mod A = k.
  const perAgency = agencies.map((_, k) => Math.ceil((to - k) / a) - Math.ceil((from - k) / a));
  const batches = agencies.map((code, k) => ({ id: randomUUID(), code, n: perAgency[k] as number })).filter((b) => b.n > 0);
  const batchIdByAgency = agencies.map((code) => batches.find((b) => b.code === code)?.id ?? null);
  const batchIds = batches.map((b) => b.id);

  return withClient(databaseUrl, async (client) => {
    const started = performance.now();
    await client.query('BEGIN');
    try {
      // One batch per agency and range, its report consistent with its rows (all accepted, all
      // credited): the enrollment_batches_counts check holds.
      await client.query(
        `INSERT INTO enrollment_batches (id, agreement_id, agency_code, external_ref, status, received, accepted,
           duplicates_in_batch, duplicates_same_agency, duplicates_other_agency, out_of_region, rejected, credited, errors, created_by)
         SELECT b.id, $1, b.code, 'bench-sql-' || $2 || '-' || b.code, 'accepted', b.n, b.n, 0, 0, 0, 0, 0, b.n, '[]'::jsonb, 'bench'
         FROM unnest($3::uuid[], $4::text[], $5::int[]) AS b(id, code, n)`,
        [AGREEMENT_ID, from, batchIds, batches.map((b) => b.code), batches.map((b) => b.n)],
      );
      await client.query(
        `INSERT INTO enrollments (agreement_id, batch_id, record_index, agency_code, nik_hash, credited, in_region,
           segment, programs, enrolled_on, regency, sex)
         SELECT $1, ($2::uuid[])[i % $3 + 1], i / $3, ($4::text[])[i % $3 + 1], sha256(i::text::bytea), true, true,
                'PU', $5, $6::date + i % $7, '3171', 'M'
         FROM generate_series($8::int, $9::int - 1) AS i`,
        [AGREEMENT_ID, batchIdByAgency, a, agencies, PROGRAMS_BITS, FIRST_DAY, DAYS, from, to],
      );
      // The rollups, from the rows just inserted, added to what is there — as the server's
      // applyCreditChanges / applyAgencyStats do for a batch.
      await client.query(
        `INSERT INTO agency_coverage (agreement_id, agency_code, credited, duplicates_reported, batches, received,
           rejected, out_of_region, last_batch_at, changed_at)
         SELECT $1, agency_code, count(*) FILTER (WHERE credited), 0, count(DISTINCT batch_id), count(*), 0, 0, now(), now()
         FROM enrollments WHERE batch_id = ANY($2::uuid[]) GROUP BY agency_code
         ON CONFLICT (agreement_id, agency_code) DO UPDATE SET
           credited = agency_coverage.credited + EXCLUDED.credited,
           batches = agency_coverage.batches + EXCLUDED.batches,
           received = agency_coverage.received + EXCLUDED.received,
           last_batch_at = GREATEST(agency_coverage.last_batch_at, EXCLUDED.last_batch_at),
           changed_at = now()`,
        [AGREEMENT_ID, batchIds],
      );
      await client.query(
        `INSERT INTO coverage_daily (agreement_id, agency_code, day, credited)
         SELECT $1, agency_code, enrolled_on, count(*)
         FROM enrollments WHERE batch_id = ANY($2::uuid[]) AND credited GROUP BY agency_code, enrolled_on
         ON CONFLICT (agreement_id, agency_code, day) DO UPDATE SET credited = coverage_daily.credited + EXCLUDED.credited`,
        [AGREEMENT_ID, batchIds],
      );
      // Programs are a bit set: one breakdown row per program whose bit is set (names and bits from
      // src/domain/programs.ts, so they cannot drift from the server's).
      await client.query(
        `INSERT INTO coverage_breakdown (agreement_id, agency_code, dimension, key, credited)
         SELECT $1, agency_code, dimension, key, count(*)
         FROM (
           SELECT agency_code, 'segment' AS dimension, segment AS key FROM enrollments e
             WHERE batch_id = ANY($2::uuid[]) AND credited
           UNION ALL
           SELECT agency_code, 'regency', regency FROM enrollments e
             WHERE batch_id = ANY($2::uuid[]) AND credited
           UNION ALL
           SELECT e.agency_code, 'program', p.name FROM enrollments e
             JOIN unnest($3::text[], $4::int[]) AS p(name, bit) ON (e.programs & p.bit) <> 0
             WHERE e.batch_id = ANY($2::uuid[]) AND e.credited
         ) AS credit
         GROUP BY agency_code, dimension, key
         ON CONFLICT (agreement_id, agency_code, dimension, key) DO UPDATE SET credited = coverage_breakdown.credited + EXCLUDED.credited`,
        [AGREEMENT_ID, batchIds, [...PROGRAMS], PROGRAMS.map((p) => PROGRAM_BITS[p])],
      );
      // What every write does on commit: instances following changes drop their cached summaries.
      await client.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, 'enrollment_batch']);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    const insertMs = performance.now() - started;
    // Fresh statistics and a visibility map now, rather than autovacuum starting mid-measurement.
    const vacuumStarted = performance.now();
    await client.query('VACUUM ANALYZE enrollments, enrollment_batches, agency_coverage, coverage_daily, coverage_breakdown');
    return { records: count, batches: batches.length, insertMs, vacuumMs: performance.now() - vacuumStarted };
  });
}
