import { and, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import { hexArray, plainArray, textArray } from '../../db/array-literal.js';
import { type Executor, queryRows } from '../../db/client.js';
import { type BatchRow, enrollmentBatches, idempotencyKeys } from '../../db/schema.js';
import type { RecordColumns } from '../../domain/batch-rules.js';

/**
 * SQL for enrollment batches. Ingestion is the hot path, so it bypasses the ORM's row objects:
 * each statement sends whole columns as single array parameters and lets PostgreSQL `unnest`
 * them (one round trip per statement, not per record; see stack-notes on `sql.param`).
 */

/** The columns as rows, each NIK hash decoded to bytea once (it is inserted, and sorted on). */
const rowsOf = (c: RecordColumns) => sql`
  SELECT r.record_index, decode(r.nik_hash, 'hex') AS nik_hash, r.in_region, r.segment, r.programs, r.enrolled_on,
         r.regency, r.sex, r.kota
  FROM unnest(
    ${plainArray(c.recordIndex)}::int4[], ${hexArray(c.nikHash, 32)}::text[], ${plainArray(c.inRegion)}::bool[],
    ${plainArray(c.segment)}::text[], ${plainArray(c.programs)}::int2[], ${plainArray(c.enrolledOn)}::date[],
    ${plainArray(c.regency)}::text[], ${plainArray(c.sex)}::text[], ${textArray(c.kota)}::text[]
  ) AS r(record_index, nik_hash, in_region, segment, programs, enrolled_on, regency, sex, kota)`;

/** Serialises work per agreement: batches share the lock, voids take it alone. */
export async function lockAgreement(exec: Executor, agreementId: string, mode: 'shared' | 'exclusive') {
  await exec.execute(
    mode === 'shared'
      ? sql`SELECT pg_advisory_xact_lock_shared(7301, hashtext(${agreementId}))`
      : sql`SELECT pg_advisory_xact_lock(7301, hashtext(${agreementId}))`,
  );
}

/** False when another transaction is processing the same agency's Idempotency-Key right now. */
export async function tryLockIdempotencyKey(exec: Executor, agencyCode: string, key: string): Promise<boolean> {
  const [row] = await queryRows<{ locked: boolean }>(
    exec,
    sql`SELECT pg_try_advisory_xact_lock(7302, hashtext(${`${agencyCode}/${key}`})) AS locked`,
  );
  return row?.locked === true;
}

export async function findIdempotencyRecord(exec: Executor, agencyCode: string, key: string) {
  const [row] = await exec
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.agencyCode, agencyCode), eq(idempotencyKeys.key, key)))
    .limit(1);
  return row;
}

export async function deleteIdempotencyRecord(exec: Executor, agencyCode: string, key: string) {
  await exec.delete(idempotencyKeys).where(and(eq(idempotencyKeys.agencyCode, agencyCode), eq(idempotencyKeys.key, key)));
}

export async function insertIdempotencyRecord(exec: Executor, values: typeof idempotencyKeys.$inferInsert) {
  await exec.insert(idempotencyKeys).values(values);
}

export async function insertBatch(exec: Executor, values: typeof enrollmentBatches.$inferInsert) {
  await exec.insert(enrollmentBatches).values(values);
}

export async function updateBatch(exec: Executor, id: string, values: Partial<typeof enrollmentBatches.$inferInsert>) {
  const [row] = await exec.update(enrollmentBatches).set(values).where(eq(enrollmentBatches.id, id)).returning();
  return row as BatchRow;
}

/**
 * Writes a batch's valid records in one statement and returns the indexes of the in-region
 * records that did not earn credit (the worker is already credited): every other in-region
 * record did. In-region records are inserted as credited first: the partial unique index on
 * (agreement_id, nik_hash) WHERE credited decides who is first, also between concurrent
 * transactions (the later one waits for the earlier, then skips). Hash order (bytewise) keeps the
 * lock order the same in every transaction, so overlapping batches cannot deadlock. The rest —
 * duplicates and out-of-region records — are kept uncredited: credit may fall back to them when a
 * batch is voided.
 */
export async function insertRecords(
  exec: Executor,
  batch: { agreementId: string; batchId: string; agencyCode: string },
  columns: RecordColumns,
): Promise<Set<number>> {
  if (columns.recordIndex.length === 0) return new Set();
  const [row] = await queryRows<{ duplicates: number[] | null }>(exec, sql`
    WITH input AS (${rowsOf(columns)}),
    credited AS (
      INSERT INTO enrollments (agreement_id, batch_id, record_index, agency_code, nik_hash, credited, in_region,
                               segment, programs, enrolled_on, regency, sex, kota)
      SELECT ${batch.agreementId}, ${batch.batchId}::uuid, r.record_index, ${batch.agencyCode}, r.nik_hash,
             true, true, r.segment, r.programs, r.enrolled_on, r.regency, r.sex, r.kota
      FROM input r
      WHERE r.in_region
      ORDER BY r.nik_hash
      ON CONFLICT (agreement_id, nik_hash) WHERE credited DO NOTHING
      RETURNING record_index
    ),
    uncredited AS (
      INSERT INTO enrollments (agreement_id, batch_id, record_index, agency_code, nik_hash, credited, in_region,
                               segment, programs, enrolled_on, regency, sex, kota)
      SELECT ${batch.agreementId}, ${batch.batchId}::uuid, r.record_index, ${batch.agencyCode}, r.nik_hash,
             false, r.in_region, r.segment, r.programs, r.enrolled_on, r.regency, r.sex, r.kota
      FROM input r
      WHERE NOT EXISTS (SELECT 1 FROM credited c WHERE c.record_index = r.record_index)
      RETURNING record_index, in_region
    )
    SELECT array_agg(record_index) FILTER (WHERE in_region) AS duplicates FROM uncredited`);
  return new Set((row?.duplicates ?? []).map(Number));
}

/** Who holds credit for these workers: how many by `agencyCode`, how many by others. */
export async function countCreditHolders(
  exec: Executor,
  agreementId: string,
  agencyCode: string,
  nikHashes: string[],
): Promise<{ sameAgency: number; otherAgency: number }> {
  if (nikHashes.length === 0) return { sameAgency: 0, otherAgency: 0 };
  // One index lookup per worker (LATERAL … LIMIT 1), whatever the planner believes about the
  // table's size: its statistics lag behind during a bulk load, and a scan would grow with it.
  const [row] = await queryRows<{ same: number | string; other: number | string }>(exec, sql`
    SELECT count(*) FILTER (WHERE c.agency_code = ${agencyCode}) AS same,
           count(*) FILTER (WHERE c.agency_code <> ${agencyCode}) AS other
    FROM unnest(${plainArray(nikHashes)}::text[]) AS h
    CROSS JOIN LATERAL (
      SELECT e.agency_code FROM enrollments e
      WHERE e.agreement_id = ${agreementId} AND e.credited AND e.nik_hash = decode(h, 'hex')
      LIMIT 1
    ) c`);
  return { sameAgency: Number(row?.same ?? 0), otherAgency: Number(row?.other ?? 0) };
}

/** A credit that moved: who gained or lost it, and the crediting record's facts. */
export interface CreditMove {
  batchId: string;
  agencyCode: string;
  segment: string;
  programs: number;
  enrolledOn: string;
  regency: string;
}

interface CreditRow {
  batch_id: string;
  agency_code: string;
  segment: string;
  programs: number;
  enrolled_on: string | Date;
  regency: string;
}

const toMove = (row: CreditRow): CreditMove => ({
  batchId: row.batch_id,
  agencyCode: row.agency_code,
  segment: row.segment,
  programs: Number(row.programs),
  enrolledOn: typeof row.enrolled_on === 'string' ? row.enrolled_on : row.enrolled_on.toISOString().slice(0, 10),
  regency: row.regency,
});

/** Takes every credit a (voided) batch holds; returns them, with the workers' hashes. */
export async function releaseCredits(exec: Executor, batchId: string): Promise<{ moves: CreditMove[]; hashes: string[] }> {
  const rows = await queryRows<CreditRow & { nik_hash: string }>(exec, sql`
    UPDATE enrollments SET credited = false
    WHERE batch_id = ${batchId}::uuid AND credited
    RETURNING batch_id::text, agency_code, encode(nik_hash, 'hex') AS nik_hash, segment, programs,
              to_char(enrolled_on, 'YYYY-MM-DD') AS enrolled_on, regency`);
  return { moves: rows.map(toMove), hashes: rows.map((row) => row.nik_hash) };
}

/**
 * Credit falls back to the next report of each worker: the earliest (by batch, then record) from
 * a batch that is not voided, in region.
 */
export async function creditNextReports(exec: Executor, agreementId: string, nikHashes: string[]): Promise<CreditMove[]> {
  if (nikHashes.length === 0) return [];
  const rows = await queryRows<CreditRow>(exec, sql`
    WITH next AS (
      SELECT DISTINCT ON (e.nik_hash) e.batch_id, e.record_index
      FROM enrollments e
      JOIN enrollment_batches b ON b.id = e.batch_id
      WHERE e.agreement_id = ${agreementId} AND NOT e.credited AND e.in_region AND b.status <> 'voided'
        AND e.nik_hash IN (SELECT decode(h, 'hex') FROM unnest(${sql.param(nikHashes)}::text[]) AS h)
      ORDER BY e.nik_hash, b.seq, e.record_index
    )
    UPDATE enrollments e SET credited = true
    FROM next
    WHERE e.batch_id = next.batch_id AND e.record_index = next.record_index
    RETURNING e.batch_id::text, e.agency_code, e.segment, e.programs, to_char(e.enrolled_on, 'YYYY-MM-DD') AS enrolled_on, e.regency`);
  return rows.map(toMove);
}

export async function addBatchCredits(exec: Executor, credits: Map<string, number>): Promise<void> {
  if (credits.size === 0) return;
  const ids = [...credits.keys()].sort();
  await exec.execute(sql`
    UPDATE enrollment_batches b SET credited = b.credited + d.n
    FROM unnest(${sql.param(ids)}::uuid[], ${sql.param(ids.map((id) => credits.get(id) as number))}::int4[]) AS d(id, n)
    WHERE b.id = d.id`);
}

export async function findBatch(exec: Executor, id: string, forUpdate = false): Promise<BatchRow | undefined> {
  const query = exec.select().from(enrollmentBatches).where(eq(enrollmentBatches.id, id)).limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** Newest first. */
export async function listBatches(
  exec: Executor,
  filter: { agreementId: string; agencyCode?: string; beforeSeq?: number; limit: number },
) {
  const conditions: (SQL | undefined)[] = [eq(enrollmentBatches.agreementId, filter.agreementId)];
  if (filter.agencyCode) conditions.push(eq(enrollmentBatches.agencyCode, filter.agencyCode));
  if (filter.beforeSeq !== undefined) conditions.push(lt(enrollmentBatches.seq, filter.beforeSeq));
  return exec
    .select()
    .from(enrollmentBatches)
    .where(and(...conditions))
    .orderBy(desc(enrollmentBatches.seq))
    .limit(filter.limit + 1);
}
