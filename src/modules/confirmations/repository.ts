import { and, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
import { hexArray, plainArray, textArray } from '../../db/array-literal.js';
import { type Executor, PG_FOREIGN_KEY_VIOLATION, pgConstraint, pgErrorCode, queryRows } from '../../db/client.js';
import { type ConfirmationBatchRow, confirmationBatches, type OfficialFigureRow, officialFigures } from '../../db/schema.js';
import type { ConfirmationColumns, ConfirmationStatus } from '../../domain/confirmation-record.js';
import { ForbiddenError } from '../../errors.js';
import { lockAgreement, lockVoids } from '../batches/repository.js';

/**
 * WHAT A CONFIRMATION LABELS — the confirmation rule (docs/domain.md §11), enforced by the SQL in this file.
 *
 *  - A worker's label is its **latest** confirmation: the greatest (asOf, batch sequence, record
 *    index) among in-region records of confirmation batches not voided. `worker_confirmations`
 *    holds it, one row per worker, kept in the transaction of every confirmation post and void.
 *  - A confirmation never creates or moves a credit: it labels whoever holds the worker's credit
 *    (`enrollments` where credited), or no one (the worker is then BPJS's own, `bpjsOnly` if active).
 *  - `confirmation_coverage` counts workers by (holder, status), `''` being "no holder". It changes
 *    when a label changes (here) and when a credit moves (a batch post or an enrollment void, which
 *    call `creditLabels` / `labelsOfWorkers` and `applyLabelChanges` in their own transaction).
 *    So for each agency: active + inactive + notFound + unconfirmed = credited, where unconfirmed
 *    is credited − the labelled ones, and the identity holds at every commit.
 *
 * Concurrency: a confirmation post or void takes the agreement's lock exclusively and the voids'
 * lock (`lockForLabels`), so it runs alone against every enrollment batch (which holds the
 * agreement's lock shared) and every enrollment void of the agreement. A batch or a void therefore
 * reads labels that cannot change before it commits, and a confirmation reads credits that cannot
 * move before it commits. Confirmations are rare, large and quick (one statement per step), so
 * the batches they hold back wait a moment, never longer than one confirmation batch.
 */

/** Everything that moves credits waits; see the rule above. Lock order: the agreement's, then the voids'. */
export async function lockForLabels(exec: Executor, agreementId: string) {
  await lockAgreement(exec, agreementId, 'exclusive');
  await lockVoids(exec, agreementId);
}

/** A change of workers (`n`, may be negative) in one (holder, status) cell, and in the confirmed-active days. */
export interface LabelChange {
  holder: string;
  oldStatus: ConfirmationStatus | null;
  oldDay: string | null;
  newStatus: ConfirmationStatus | null;
  newDay: string | null;
  n: number;
}

interface LabelChangeRow {
  holder: string;
  old_status: ConfirmationStatus | null;
  old_day: string | null;
  new_status: ConfirmationStatus | null;
  new_day: string | null;
  n: number | string;
}

const toChanges = (rows: LabelChangeRow[]): LabelChange[] =>
  rows.map((r) => ({ holder: r.holder, oldStatus: r.old_status, oldDay: r.old_day, newStatus: r.new_status, newDay: r.new_day, n: Number(r.n) }));

/** Rolls label changes into `confirmation_coverage` and `confirmation_daily`, rows in key order. */
export async function applyLabelChanges(exec: Executor, agreementId: string, changes: LabelChange[]): Promise<void> {
  const cells = new Map<string, number>();
  const days = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  for (const c of changes) {
    if (c.oldStatus) add(cells, `${c.holder}\u0000${c.oldStatus}`, -c.n);
    if (c.newStatus) add(cells, `${c.holder}\u0000${c.newStatus}`, c.n);
    if (c.oldStatus === 'active' && c.oldDay) add(days, c.oldDay, -c.n);
    if (c.newStatus === 'active' && c.newDay) add(days, c.newDay, c.n);
  }
  const cellRows = [...cells].filter(([, n]) => n !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (cellRows.length > 0) {
    const keys = cellRows.map(([key]) => key.split('\u0000') as [string, string]);
    await exec.execute(sql`
      INSERT INTO confirmation_coverage (agreement_id, holder, status, workers)
      SELECT ${agreementId}, d.holder, d.status, d.n
      FROM unnest(${sql.param(keys.map((k) => k[0]))}::text[], ${sql.param(keys.map((k) => k[1]))}::text[],
                  ${sql.param(cellRows.map(([, n]) => n))}::int4[]) AS d(holder, status, n)
      ON CONFLICT (agreement_id, holder, status) DO UPDATE SET workers = confirmation_coverage.workers + EXCLUDED.workers`);
  }
  const dayRows = [...days].filter(([, n]) => n !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (dayRows.length > 0) {
    await exec.execute(sql`
      INSERT INTO confirmation_daily (agreement_id, day, workers)
      SELECT ${agreementId}, d.day, d.n
      FROM unnest(${sql.param(dayRows.map(([day]) => day))}::date[], ${sql.param(dayRows.map(([, n]) => n))}::int4[]) AS d(day, n)
      ON CONFLICT (agreement_id, day) DO UPDATE SET workers = confirmation_daily.workers + EXCLUDED.workers`);
  }
}

/**
 * The labels of the workers a batch has just been credited for (it holds the agreement's lock
 * shared, so no label changes under it): each moves from "no holder" to the batch's agency.
 */
export async function creditLabels(exec: Executor, agreementId: string, batchId: string, agencyCode: string): Promise<LabelChange[]> {
  const [any] = await queryRows<{ any: boolean }>(
    exec,
    sql`SELECT EXISTS (SELECT 1 FROM worker_confirmations WHERE agreement_id = ${agreementId}) AS any`,
  );
  if (!any?.any) return [];
  const rows = await queryRows<{ status: ConfirmationStatus; n: number | string }>(
    exec,
    sql`SELECT w.status, count(*)::int AS n
        FROM enrollments e
        JOIN worker_confirmations w ON w.agreement_id = e.agreement_id AND w.nik_hash = e.nik_hash
        WHERE e.batch_id = ${batchId}::uuid AND e.credited
        GROUP BY w.status`,
  );
  return rows.flatMap((r) => [
    { holder: '', oldStatus: r.status, oldDay: null, newStatus: null, newDay: null, n: Number(r.n) },
    { holder: agencyCode, oldStatus: null, oldDay: null, newStatus: r.status, newDay: null, n: Number(r.n) },
  ]);
}

/**
 * After an enrollment void moved these workers' credits (from `formerHolder` to their next report,
 * or to no one): their labels follow, from the old holder to the new one.
 */
export async function relabelMovedCredits(exec: Executor, agreementId: string, formerHolder: string, nikHashes: string[]): Promise<LabelChange[]> {
  if (nikHashes.length === 0) return [];
  const rows = await queryRows<{ holder: string; status: ConfirmationStatus; n: number | string }>(
    exec,
    sql`SELECT coalesce(e.agency_code, '') AS holder, w.status, count(*)::int AS n
        FROM worker_confirmations w
        LEFT JOIN enrollments e ON e.agreement_id = w.agreement_id AND e.nik_hash = w.nik_hash AND e.credited
        WHERE w.agreement_id = ${agreementId}
          AND w.nik_hash IN (SELECT decode(h, 'hex') FROM unnest(${sql.param(nikHashes)}::text[]) AS h)
        GROUP BY 1, 2`,
  );
  return rows.flatMap((r) => [
    { holder: formerHolder, oldStatus: r.status, oldDay: null, newStatus: null, newDay: null, n: Number(r.n) },
    { holder: r.holder, oldStatus: null, oldDay: null, newStatus: r.status, newDay: null, n: Number(r.n) },
  ]);
}

/**
 * The batch row, first of a confirmation batch's writes; its foreign key to the party makes
 * "posted by a party" hold at commit.
 */
export async function insertConfirmationBatch(exec: Executor, values: typeof confirmationBatches.$inferInsert): Promise<ConfirmationBatchRow> {
  try {
    const [row] = await exec.insert(confirmationBatches).values(values).returning();
    return row as ConfirmationBatchRow;
  } catch (error) {
    if (pgErrorCode(error) === PG_FOREIGN_KEY_VIOLATION && pgConstraint(error) === 'confirmation_batches_party_fk') {
      throw new ForbiddenError(`Agency \`${values.agencyCode}\` is not a party of \`${values.agreementId}\`.`);
    }
    throw error;
  }
}

export async function updateConfirmationBatch(exec: Executor, id: string, values: Partial<typeof confirmationBatches.$inferInsert>) {
  const [row] = await exec.update(confirmationBatches).set(values).where(eq(confirmationBatches.id, id)).returning();
  return row as ConfirmationBatchRow;
}

export async function findConfirmationBatch(exec: Executor, id: string, forUpdate = false): Promise<ConfirmationBatchRow | undefined> {
  const query = exec.select().from(confirmationBatches).where(eq(confirmationBatches.id, id)).limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** Newest first. */
export async function listConfirmationBatches(exec: Executor, filter: { agreementId: string; beforeSeq?: number; limit: number }) {
  const conditions: SQL[] = [eq(confirmationBatches.agreementId, filter.agreementId)];
  if (filter.beforeSeq !== undefined) conditions.push(lt(confirmationBatches.seq, filter.beforeSeq));
  return exec
    .select()
    .from(confirmationBatches)
    .where(and(...conditions))
    .orderBy(desc(confirmationBatches.seq))
    .limit(filter.limit + 1);
}

const rowsOf = (c: ConfirmationColumns) => sql`
  SELECT r.record_index, decode(r.nik_hash, 'hex') AS nik_hash, r.in_region, r.status, r.as_of, r.registered_on,
         r.segment, r.programs
  FROM unnest(
    ${plainArray(c.recordIndex)}::int4[], ${hexArray(c.nikHash, 32)}::text[], ${plainArray(c.inRegion)}::bool[],
    ${plainArray(c.status)}::text[], ${plainArray(c.asOf)}::date[], ${textArray(c.registeredOn)}::date[],
    ${textArray(c.segment)}::text[], ${textArray(c.programs.map((p) => (p === null ? null : String(p))))}::int2[]
  ) AS r(record_index, nik_hash, in_region, status, as_of, registered_on, segment, programs)`;

/**
 * Writes a batch's valid records and makes each in-region one its worker's label where it is the
 * latest (this batch has the highest sequence so far, under `lockForLabels`, so "latest" is an
 * asOf not older than the current label's). Returns the label changes, by holder.
 */
export async function insertConfirmations(
  exec: Executor,
  batch: { agreementId: string; batchId: string; seq: number },
  columns: ConfirmationColumns,
): Promise<LabelChange[]> {
  if (columns.recordIndex.length === 0) return [];
  const a = batch.agreementId;
  const rows = await queryRows<LabelChangeRow>(
    exec,
    sql`
    WITH input AS (${rowsOf(columns)}),
    stored AS (
      INSERT INTO confirmations (agreement_id, batch_id, record_index, nik_hash, in_region, status, as_of, registered_on, segment, programs)
      SELECT ${a}, ${batch.batchId}::uuid, r.record_index, r.nik_hash, r.in_region, r.status, r.as_of, r.registered_on, r.segment, r.programs
      FROM input r
    ),
    changed AS (
      SELECT r.nik_hash, r.record_index, r.status, r.as_of, coalesce(r.registered_on, r.as_of) AS day,
             w.status AS old_status, w.day AS old_day
      FROM input r
      LEFT JOIN worker_confirmations w ON w.agreement_id = ${a} AND w.nik_hash = r.nik_hash
      WHERE r.in_region AND (w.nik_hash IS NULL OR r.as_of >= w.as_of)
    ),
    labelled AS (
      INSERT INTO worker_confirmations (agreement_id, nik_hash, batch_id, record_index, batch_seq, status, as_of, day)
      SELECT ${a}, c.nik_hash, ${batch.batchId}::uuid, c.record_index, ${batch.seq}, c.status, c.as_of, c.day
      FROM changed c
      ORDER BY c.nik_hash
      ON CONFLICT (agreement_id, nik_hash) DO UPDATE SET
        batch_id = EXCLUDED.batch_id, record_index = EXCLUDED.record_index, batch_seq = EXCLUDED.batch_seq,
        status = EXCLUDED.status, as_of = EXCLUDED.as_of, day = EXCLUDED.day
    )
    SELECT coalesce(e.agency_code, '') AS holder, c.old_status, to_char(c.old_day, 'YYYY-MM-DD') AS old_day,
           c.status AS new_status, to_char(c.day, 'YYYY-MM-DD') AS new_day, count(*)::int AS n
    FROM changed c
    LEFT JOIN enrollments e ON e.agreement_id = ${a} AND e.nik_hash = c.nik_hash AND e.credited
    GROUP BY 1, 2, 3, 4, 5`,
  );
  return toChanges(rows);
}

/**
 * After a confirmation batch is marked voided: each worker it labelled takes its next latest
 * confirmation (among batches not voided), or no label. Returns the label changes, by holder.
 */
export async function relabelAfterVoid(exec: Executor, agreementId: string, batchId: string): Promise<LabelChange[]> {
  const a = agreementId;
  const rows = await queryRows<LabelChangeRow>(
    exec,
    sql`
    WITH affected AS (
      SELECT w.nik_hash, w.status AS old_status, w.day AS old_day,
             n.batch_id, n.record_index, n.seq, n.status, n.as_of, n.day
      FROM worker_confirmations w
      LEFT JOIN LATERAL (
        SELECT c.batch_id, c.record_index, b.seq, c.status, c.as_of, coalesce(c.registered_on, c.as_of) AS day
        FROM confirmations c JOIN confirmation_batches b ON b.id = c.batch_id
        WHERE c.agreement_id = ${a} AND c.nik_hash = w.nik_hash AND c.in_region AND b.status <> 'voided'
        ORDER BY c.as_of DESC, b.seq DESC, c.record_index DESC
        LIMIT 1
      ) n ON true
      WHERE w.agreement_id = ${a} AND w.batch_id = ${batchId}::uuid
    ),
    relabelled AS (
      UPDATE worker_confirmations w SET batch_id = f.batch_id, record_index = f.record_index, batch_seq = f.seq,
             status = f.status, as_of = f.as_of, day = f.day
      FROM affected f
      WHERE w.agreement_id = ${a} AND w.nik_hash = f.nik_hash AND f.batch_id IS NOT NULL
    ),
    unlabelled AS (
      DELETE FROM worker_confirmations w USING affected f
      WHERE w.agreement_id = ${a} AND w.nik_hash = f.nik_hash AND f.batch_id IS NULL
    )
    SELECT coalesce(e.agency_code, '') AS holder, f.old_status, to_char(f.old_day, 'YYYY-MM-DD') AS old_day,
           f.status AS new_status, to_char(f.day, 'YYYY-MM-DD') AS new_day, count(*)::int AS n
    FROM affected f
    LEFT JOIN enrollments e ON e.agreement_id = ${a} AND e.nik_hash = f.nik_hash AND e.credited
    GROUP BY 1, 2, 3, 4, 5`,
  );
  return toChanges(rows);
}

/** Workers by (holder, status), from the rollup. */
export async function labelTotals(exec: Executor, agreementId: string) {
  return queryRows<{ holder: string; status: ConfirmationStatus; workers: number }>(
    exec,
    sql`SELECT holder, status, workers FROM confirmation_coverage WHERE agreement_id = ${agreementId} AND workers <> 0`,
  );
}

/** Confirmed-active workers by their confirmation day, ascending. */
export async function confirmedByDay(exec: Executor, agreementId: string) {
  return queryRows<{ day: string; workers: number }>(
    exec,
    sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, workers FROM confirmation_daily
        WHERE agreement_id = ${agreementId} AND workers <> 0 ORDER BY day`,
  );
}

/** The latest register date among confirmation batches not voided, or null. */
export async function latestExtract(exec: Executor, agreementId: string): Promise<string | null> {
  const [row] = await queryRows<{ as_of: string | null }>(
    exec,
    sql`SELECT to_char(max(as_of), 'YYYY-MM-DD') AS as_of FROM confirmation_batches
        WHERE agreement_id = ${agreementId} AND status <> 'voided'`,
  );
  return row?.as_of ?? null;
}

/** The statuses the unconfirmed list names: a label other than active, or none yet. */
export type UnconfirmedStatus = 'not_found' | 'inactive' | 'pending';

export interface UnconfirmedRow {
  seq: number;
  batch_id: string;
  record_index: number;
  enrolled_on: string;
  segment: string;
  ref: string | null;
  status: UnconfirmedStatus;
}

/**
 * An agency's credited records whose worker BPJS has not confirmed active, in (batch sequence,
 * record index) order. Never selects a NIK hash: the caller gets the agency's own references.
 */
export async function listUnconfirmed(
  exec: Executor,
  filter: { agreementId: string; agencyCode: string; status?: UnconfirmedStatus; after?: [number, number]; limit: number },
): Promise<UnconfirmedRow[]> {
  const statusCondition =
    filter.status === 'pending'
      ? sql`w.nik_hash IS NULL`
      : filter.status
        ? sql`w.status = ${filter.status}`
        : sql`(w.nik_hash IS NULL OR w.status <> 'active')`;
  const after = filter.after ? sql`AND (b.seq, e.record_index) > (${filter.after[0]}, ${filter.after[1]})` : sql``;
  const rows = await queryRows<UnconfirmedRow>(
    exec,
    sql`SELECT b.seq, e.batch_id::text AS batch_id, e.record_index, to_char(e.enrolled_on, 'YYYY-MM-DD') AS enrolled_on,
               e.segment, e.ref, coalesce(w.status, 'pending') AS status
        FROM enrollments e
        JOIN enrollment_batches b ON b.id = e.batch_id
        LEFT JOIN worker_confirmations w ON w.agreement_id = e.agreement_id AND w.nik_hash = e.nik_hash
        WHERE e.agreement_id = ${filter.agreementId} AND e.agency_code = ${filter.agencyCode} AND e.credited
          AND ${statusCondition} ${after}
        ORDER BY b.seq, e.record_index
        LIMIT ${filter.limit + 1}`,
  );
  return rows.map((r) => ({ ...r, seq: Number(r.seq), record_index: Number(r.record_index) }));
}

export async function insertOfficialFigure(exec: Executor, values: typeof officialFigures.$inferInsert): Promise<OfficialFigureRow> {
  const [row] = await exec.insert(officialFigures).values(values).returning();
  return row as OfficialFigureRow;
}

/** Latest first (by asOf, then id): the list's keyset order. */
export async function listOfficialFigures(exec: Executor, filter: { agreementId: string; limit: number; before?: [string, string] }) {
  const conditions: SQL[] = [eq(officialFigures.agreementId, filter.agreementId)];
  if (filter.before) conditions.push(sql`(${officialFigures.asOf}, ${officialFigures.id}) < (${filter.before[0]}::date, ${filter.before[1]}::uuid)`);
  return exec
    .select()
    .from(officialFigures)
    .where(and(...conditions))
    .orderBy(desc(officialFigures.asOf), desc(officialFigures.id))
    .limit(filter.limit + 1);
}

/** The figure the summary shows: the latest by asOf, then the last recorded. */
export async function latestOfficialFigure(exec: Executor, agreementId: string): Promise<OfficialFigureRow | undefined> {
  const [row] = await exec
    .select()
    .from(officialFigures)
    .where(eq(officialFigures.agreementId, agreementId))
    .orderBy(desc(officialFigures.asOf), desc(officialFigures.createdAt))
    .limit(1);
  return row;
}

/** Every official figure dated within [from, to], oldest first (the series' points). */
export async function officialFiguresBetween(exec: Executor, agreementId: string, from: string, to: string) {
  return exec
    .select()
    .from(officialFigures)
    .where(and(eq(officialFigures.agreementId, agreementId), sql`${officialFigures.asOf} BETWEEN ${from}::date AND ${to}::date`))
    .orderBy(officialFigures.asOf, officialFigures.createdAt);
}
