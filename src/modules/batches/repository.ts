import { and, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
import { plainArray, textArray } from '../../db/array-literal.js';
import { type Executor, PG_FOREIGN_KEY_VIOLATION, pgConstraint, pgErrorCode, queryRows } from '../../db/client.js';
import { type BatchRow, enrollmentBatches, idempotencyKeys } from '../../db/schema.js';
import type { RecordColumns } from '../../domain/batch-rules.js';
import type { MovedCredit } from '../../domain/void-deltas.js';
import { ForbiddenError } from '../../errors.js';

/**
 * WHO GETS CREDIT — the counting rule (docs/domain.md §6.3, §6.4), enforced by the SQL in this file.
 *
 * A worker (an agreement and a NIK hash) is credited at most once: one enrollment row per worker
 * has `credited = true`, and the partial unique index `enrollments_credited_uq` makes that a
 * database guarantee, also between concurrent transactions.
 *  - On insert (`insertRecords`): the first batch to claim the worker gets the credit, where
 *    "first" means first to insert its credited row; a concurrent batch claiming the same worker
 *    waits for it and, if it commits, keeps its record uncredited (a duplicate). So between two
 *    concurrent batches, the one that reaches the worker first (in NIK-hash order) wins, not the
 *    one with the lower sequence number.
 *  - A duplicate counts as `sameAgency` or `otherAgency` by the agency that holds the credit when
 *    the batch commits (`lockCreditHolders`, which also pins those holders until then).
 *  - Out-of-region and out-of-scope records (a segment the agreement does not count) are kept
 *    uncredited; they never count, and credit never falls back to them.
 *  - On void (`releaseCredits`, then `creditNextReports`): the voided batch's credits are taken
 *    back and each worker falls back to its earliest other report, earliest meaning the lowest
 *    batch sequence, then record index, among in-region reports of batches not voided; if there
 *    is none, the worker leaves coverage.
 *  - Newly covered (the summary's `newlyCovered`) = the credited rows of the agreement, which the
 *    rollups (progress/repository.ts) count as they change, in the same transaction.
 *
 * Concurrency: a void holds no agreement-wide lock, only the rows it moves. It locks its credited
 * rows (in hash order) and a batch locks, FOR SHARE, the holders of its duplicates; so a void
 * waits for a batch that relies on one of its credits, and then sees that batch's reports for the
 * fallback. Should a void commit between a batch's insert and that lock, the batch finds a holder
 * gone and is retried whole (`CreditsMovedError`). Voids of one agreement run one at a time
 * (`lockVoids`); batches share the agreement's lock only with each other (`lockAgreement`).
 *
 * Ingestion is the hot path, so it bypasses the ORM's row objects: each statement sends whole
 * columns as single array parameters and lets PostgreSQL `unnest` them (one round trip per
 * statement, not per record; `sql.param` binds an array as one parameter, where a bare array would be one per element).
 */

/**
 * The columns as rows. The NIK hashes go as one bytea parameter, 32 bytes a record back to back
 * (sent in binary: nothing to parse or decode), each row taking its slice by position.
 */
const rowsOf = (c: RecordColumns) => sql`
  SELECT r.record_index, substring(${c.nikHash}::bytea FROM r.ordinal::int4 * 32 - 31 FOR 32) AS nik_hash, r.in_region, r.in_scope,
         r.segment, r.programs, r.enrolled_on, r.regency, r.sex, r.kota, r.ref
  FROM unnest(
    ${plainArray(c.recordIndex)}::int4[], ${plainArray(c.inRegion)}::bool[], ${plainArray(c.inScope)}::bool[],
    ${plainArray(c.segment)}::text[], ${plainArray(c.programs)}::int2[], ${plainArray(c.enrolledOn)}::date[],
    ${plainArray(c.regency)}::text[], ${plainArray(c.sex)}::text[], ${textArray(c.kota)}::text[],
    ${textArray(c.ref)}::text[]
  ) WITH ORDINALITY AS r(record_index, in_region, in_scope, segment, programs, enrolled_on, regency, sex, kota, ref, ordinal)`;

/**
 * The agreement's own lock: every batch holds it shared, so batches never wait for each other on
 * it; a change of the agreement's period takes it exclusively, so no batch checked against the
 * old period commits after it. Voids do not take it (see `lockVoids`).
 */
export async function lockAgreement(exec: Executor, agreementId: string, mode: 'shared' | 'exclusive') {
  await exec.execute(
    mode === 'shared'
      ? sql`SELECT pg_advisory_xact_lock_shared(7301, hashtext(${agreementId}))`
      : sql`SELECT pg_advisory_xact_lock(7301, hashtext(${agreementId}))`,
  );
}

/**
 * Voids of one agreement run one at a time: a fallback must not pick a report of a batch that a
 * concurrent void is withdrawing. Batches do not take this lock.
 */
export async function lockVoids(exec: Executor, agreementId: string) {
  await exec.execute(sql`SELECT pg_advisory_xact_lock(7303, hashtext(${agreementId}))`);
}

/**
 * A holder of a batch's duplicate lost its credit to a void between the batch's insert and its
 * lock: the batch's classification is stale, so its transaction is retried (SQLSTATE 40001, as
 * PostgreSQL's own serialization failures).
 */
export class CreditsMovedError extends Error {
  readonly code = '40001';
  constructor() {
    super('A void moved credits this batch relied on; retry the batch.');
  }
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

/**
 * Deletes up to `limit` idempotency records that expired before `now`; returns how many. Rows
 * another transaction holds (a purge elsewhere, a batch replacing its expired record) are skipped,
 * so instances may purge at the same time without waiting on each other or deleting twice.
 */
export async function purgeExpiredIdempotencyRecords(exec: Executor, now: Date, limit: number): Promise<number> {
  const rows = await queryRows<{ agency_code: string }>(
    exec,
    sql`
    DELETE FROM idempotency_keys
    WHERE (agency_code, key) IN (
      SELECT agency_code, key FROM idempotency_keys
      WHERE expires_at <= ${now.toISOString()}::timestamptz
      ORDER BY expires_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING agency_code`,
  );
  return rows.length;
}

export async function insertIdempotencyRecord(exec: Executor, values: typeof idempotencyKeys.$inferInsert) {
  await exec.insert(idempotencyKeys).values(values);
}

/**
 * The batch row, first of a batch's writes. Its foreign key to the party is what makes "posted by
 * a party" hold at commit: the party check before the transaction can be overtaken by the party's
 * removal, which then surfaces here, as the typed answer a non-party gets (never a 500). Once the
 * row is in, the key lock it holds makes a removal wait for the batch, and fail (a 409) after it.
 */
export async function insertBatch(exec: Executor, values: typeof enrollmentBatches.$inferInsert) {
  try {
    await exec.insert(enrollmentBatches).values(values);
  } catch (error) {
    if (pgErrorCode(error) === PG_FOREIGN_KEY_VIOLATION && pgConstraint(error) === 'enrollment_batches_party_fk') {
      throw new ForbiddenError(`Agency \`${values.agencyCode}\` is not a party of \`${values.agreementId}\`.`);
    }
    throw error;
  }
}

export async function updateBatch(exec: Executor, id: string, values: Partial<typeof enrollmentBatches.$inferInsert>) {
  const [row] = await exec.update(enrollmentBatches).set(values).where(eq(enrollmentBatches.id, id)).returning();
  return row as BatchRow;
}

/**
 * Writes a batch's valid records in one statement and returns the indexes of the in-region,
 * in-scope records that did not earn credit (the worker is already credited): every other in-region
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
  const [row] = await queryRows<{ duplicates: number[] | null }>(
    exec,
    sql`
    WITH input AS (${rowsOf(columns)}),
    credited AS (
      INSERT INTO enrollments (agreement_id, batch_id, record_index, agency_code, nik_hash, credited, in_region,
                               segment, programs, enrolled_on, regency, sex, kota, ref)
      SELECT ${batch.agreementId}, ${batch.batchId}::uuid, r.record_index, ${batch.agencyCode}, r.nik_hash,
             true, true, r.segment, r.programs, r.enrolled_on, r.regency, r.sex, r.kota, r.ref
      FROM input r
      WHERE r.in_region AND r.in_scope
      ORDER BY r.nik_hash
      ON CONFLICT (agreement_id, nik_hash) WHERE credited DO NOTHING
      RETURNING record_index
    ),
    uncredited AS (
      INSERT INTO enrollments (agreement_id, batch_id, record_index, agency_code, nik_hash, credited, in_region,
                               segment, programs, enrolled_on, regency, sex, kota, ref)
      SELECT ${batch.agreementId}, ${batch.batchId}::uuid, r.record_index, ${batch.agencyCode}, r.nik_hash,
             false, r.in_region, r.segment, r.programs, r.enrolled_on, r.regency, r.sex, r.kota, r.ref
      FROM input r
      WHERE NOT EXISTS (SELECT 1 FROM credited c WHERE c.record_index = r.record_index)
      RETURNING record_index
    )
    SELECT array_agg(u.record_index) FILTER (WHERE i.in_region AND i.in_scope) AS duplicates
    FROM uncredited u JOIN input i ON i.record_index = u.record_index`,
  );
  return new Set((row?.duplicates ?? []).map(Number));
}

/**
 * Who holds credit for these workers, locked FOR SHARE until the caller's transaction ends (so a
 * void of a holder's batch waits for it): how many are held by `agencyCode`, how many by others.
 * A worker whose credit a concurrent void has just released is not counted: compare the sum with
 * the number of hashes.
 */
export async function lockCreditHolders(
  exec: Executor,
  agreementId: string,
  agencyCode: string,
  nikHashes: string[],
): Promise<{ sameAgency: number; otherAgency: number }> {
  if (nikHashes.length === 0) return { sameAgency: 0, otherAgency: 0 };
  // Hash order (lowercase hex sorts as the bytes do), as everywhere rows are locked. One index
  // lookup per worker (LATERAL … LIMIT 1), whatever the planner believes about the table's size:
  // its statistics lag behind during a bulk load, and a scan would grow with it.
  const sorted = [...nikHashes].sort();
  const [row] = await queryRows<{ same: number | string; other: number | string }>(
    exec,
    sql`
    SELECT count(*) FILTER (WHERE c.agency_code = ${agencyCode}) AS same,
           count(*) FILTER (WHERE c.agency_code <> ${agencyCode}) AS other
    FROM unnest(${plainArray(sorted)}::text[]) AS h(hash)
    CROSS JOIN LATERAL (
      SELECT e.agency_code FROM enrollments e
      WHERE e.agreement_id = ${agreementId} AND e.credited AND e.nik_hash = decode(h.hash, 'hex')
      LIMIT 1
      FOR SHARE
    ) c`,
  );
  return { sameAgency: Number(row?.same ?? 0), otherAgency: Number(row?.other ?? 0) };
}

/** A credit that moved: who gained or lost it, and the crediting record's facts (the void's rule reads it). */
export type CreditMove = MovedCredit;

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

/**
 * Takes every credit a (voided) batch holds; returns them, with the workers' hashes. The rows are
 * locked in hash order first, the order batches lock holders in, so the two cannot deadlock; a
 * batch holding one of them FOR SHARE is waited for, and its reports are then seen by the fallback.
 */
export async function releaseCredits(exec: Executor, batchId: string): Promise<{ moves: CreditMove[]; hashes: string[] }> {
  const rows = await queryRows<CreditRow & { nik_hash: string }>(
    exec,
    sql`
    WITH held AS (
      SELECT record_index FROM enrollments
      WHERE batch_id = ${batchId}::uuid AND credited
      ORDER BY nik_hash
      FOR UPDATE
    )
    UPDATE enrollments e SET credited = false
    FROM held
    WHERE e.batch_id = ${batchId}::uuid AND e.record_index = held.record_index AND e.credited
    RETURNING e.batch_id::text, e.agency_code, encode(e.nik_hash, 'hex') AS nik_hash, e.segment, e.programs,
              to_char(e.enrolled_on, 'YYYY-MM-DD') AS enrolled_on, e.regency`,
  );
  return { moves: rows.map(toMove), hashes: rows.map((row) => row.nik_hash) };
}

/**
 * Credit falls back to the next report of each worker: the earliest (by batch, then record) from
 * a batch that is not voided, in region and of a segment the agreement counts.
 */
export async function creditNextReports(exec: Executor, agreementId: string, nikHashes: string[]): Promise<CreditMove[]> {
  if (nikHashes.length === 0) return [];
  const rows = await queryRows<CreditRow>(
    exec,
    sql`
    WITH next AS (
      SELECT DISTINCT ON (e.nik_hash) e.batch_id, e.record_index
      FROM enrollments e
      JOIN enrollment_batches b ON b.id = e.batch_id
      JOIN agreements a ON a.id = e.agreement_id
      WHERE e.agreement_id = ${agreementId} AND NOT e.credited AND e.in_region AND b.status <> 'voided'
        AND e.segment = ANY (a.counted_segments)
        AND e.nik_hash IN (SELECT decode(h, 'hex') FROM unnest(${sql.param(nikHashes)}::text[]) AS h)
      ORDER BY e.nik_hash, b.seq, e.record_index
    )
    UPDATE enrollments e SET credited = true
    FROM next
    WHERE e.batch_id = next.batch_id AND e.record_index = next.record_index
    RETURNING e.batch_id::text, e.agency_code, e.segment, e.programs, to_char(e.enrolled_on, 'YYYY-MM-DD') AS enrolled_on, e.regency`,
  );
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
export async function listBatches(exec: Executor, filter: { agreementId: string; agencyCode?: string; beforeSeq?: number; limit: number }) {
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
