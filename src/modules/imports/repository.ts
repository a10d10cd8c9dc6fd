import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { plainArray, textArray } from '../../db/array-literal.js';
import { type Executor, queryRows } from '../../db/client.js';
import { type ImportRow, importErrors, imports, type JobRow, jobs } from '../../db/schema.js';

/** SQL of imports: the import row beside its job, its counters and its error rows. */

export type ImportWithJob = ImportRow & {
  job: Pick<JobRow, 'status' | 'error' | 'attempts' | 'startedAt' | 'finishedAt' | 'updatedAt'>;
  leaseExpired: boolean;
  errorCount: number;
};

const jobColumns = {
  status: jobs.status,
  error: jobs.error,
  attempts: jobs.attempts,
  startedAt: jobs.startedAt,
  finishedAt: jobs.finishedAt,
  updatedAt: jobs.updatedAt,
};

const leaseExpired = sql<boolean>`(${jobs.status} = 'running' AND ${jobs.leaseUntil} < now())`.mapWith(Boolean);
const errorCount = sql<number>`(SELECT count(*) FROM ${importErrors} WHERE ${importErrors.importId} = ${imports.id})`.mapWith(Number);

export async function insertImport(exec: Executor, values: typeof imports.$inferInsert): Promise<void> {
  await exec.insert(imports).values(values);
}

export async function findImport(exec: Executor, id: string): Promise<ImportWithJob | undefined> {
  const [row] = await exec
    .select({ row: imports, job: jobColumns, leaseExpired, errorCount })
    .from(imports)
    .innerJoin(jobs, eq(jobs.id, imports.id))
    .where(eq(imports.id, id));
  return row ? { ...row.row, job: row.job, leaseExpired: row.leaseExpired, errorCount: row.errorCount } : undefined;
}

export async function listImports(
  exec: Executor,
  filter: { agreementId: string; agencyCode?: string; before?: { createdAt: Date; id: string }; limit: number },
): Promise<ImportWithJob[]> {
  const conditions = [eq(imports.agreementId, filter.agreementId)];
  if (filter.agencyCode) conditions.push(eq(imports.agencyCode, filter.agencyCode));
  if (filter.before) {
    conditions.push(
      or(
        lt(imports.createdAt, filter.before.createdAt),
        and(eq(imports.createdAt, filter.before.createdAt), lt(imports.id, filter.before.id)),
      ) as ReturnType<typeof eq>,
    );
  }
  const rows = await exec
    .select({ row: imports, job: jobColumns, leaseExpired, errorCount })
    .from(imports)
    .innerJoin(jobs, eq(jobs.id, imports.id))
    .where(and(...conditions, sql`${jobs.status} <> 'uploading'`))
    .orderBy(desc(imports.createdAt), desc(imports.id))
    .limit(filter.limit + 1);
  return rows.map((row) => ({ ...row.row, job: row.job, leaseExpired: row.leaseExpired, errorCount: row.errorCount }));
}

export interface ChunkCounts {
  received: number;
  accepted: number;
  inBatch: number;
  sameAgency: number;
  otherAgency: number;
  outOfRegion: number;
  outOfScope: number;
  rejected: number;
}

/**
 * Adds a committed chunk to the import's counters and progress, and marks it done. Chunks may
 * commit out of file order (two are in flight), so rows are added, not set.
 */
export async function addChunk(
  exec: Executor,
  id: string,
  chunk: { index: number; counts: ChunkCounts; rows: number; bytesRead: number; batchId: string | null },
): Promise<void> {
  const c = chunk.counts;
  await exec.execute(sql`
    UPDATE imports SET
      received = received + ${c.received}, accepted = accepted + ${c.accepted},
      duplicates_in_batch = duplicates_in_batch + ${c.inBatch},
      duplicates_same_agency = duplicates_same_agency + ${c.sameAgency},
      duplicates_other_agency = duplicates_other_agency + ${c.otherAgency},
      out_of_region = out_of_region + ${c.outOfRegion}, out_of_scope = out_of_scope + ${c.outOfScope}, rejected = rejected + ${c.rejected},
      rows_read = rows_read + ${chunk.rows}, bytes_read = GREATEST(bytes_read, ${chunk.bytesRead}),
      chunks_done = array_append(chunks_done, ${chunk.index}::int),
      batch_ids = CASE WHEN ${chunk.batchId}::uuid IS NULL THEN batch_ids ELSE array_append(batch_ids, ${chunk.batchId}::uuid) END
    WHERE id = ${id}`);
}

export async function setRowsTotal(exec: Executor, id: string, rowsTotal: number): Promise<void> {
  await exec.update(imports).set({ rowsTotal }).where(eq(imports.id, id));
}

/** A chunk's error rows, one statement (columns as array parameters). */
export async function insertErrors(exec: Executor, id: string, errors: { rowNumber: number; column: string; code: string }[]) {
  if (errors.length === 0) return;
  await exec.execute(sql`
    INSERT INTO import_errors (import_id, row_number, "column", code)
    SELECT ${id}::uuid, r, c, k FROM unnest(
      ${plainArray(errors.map((e) => e.rowNumber))}::int4[],
      ${textArray(errors.map((e) => e.column))}::text[],
      ${textArray(errors.map((e) => e.code))}::text[]) AS e(r, c, k)`);
}

/** Error rows in file order, a page at a time (keyset on row and column). */
export async function errorPage(exec: Executor, id: string, after: { rowNumber: number; column: string; code: string } | undefined, limit: number) {
  return queryRows<{ row_number: number; column: string; code: string }>(
    exec,
    after
      ? sql`SELECT row_number, "column", code FROM import_errors
            WHERE import_id = ${id} AND (row_number, "column", code) > (${after.rowNumber}, ${after.column}, ${after.code})
            ORDER BY row_number, "column", code LIMIT ${limit}`
      : sql`SELECT row_number, "column", code FROM import_errors WHERE import_id = ${id}
            ORDER BY row_number, "column", code LIMIT ${limit}`,
  );
}
