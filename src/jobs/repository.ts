import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../db/client.js';
import { type JobRow, jobFileSegments, jobs } from '../db/schema.js';

/**
 * SQL of the job runner. Every lease comparison uses the database's clock (`now()`), so
 * instances whose clocks disagree still agree on whose lease has run out.
 */

export type JobStatus = JobRow['status'];
export const LIVE_STATUSES: JobStatus[] = ['uploading', 'queued', 'running'];

/** What `jobs` rows look like through raw SQL (snake_case). */
interface RawJob {
  id: string;
  kind: string;
  status: JobStatus;
  dedupe_key: string | null;
  payload: unknown;
  checkpoint: unknown;
  lease_owner: string | null;
  lease_until: Date | string | null;
  attempts: number;
  error: string | null;
  created_at: Date | string;
  started_at: Date | string | null;
  finished_at: Date | string | null;
  updated_at: Date | string;
}

const asDate = (value: Date | string | null) => (value === null ? null : value instanceof Date ? value : new Date(value));

function fromRaw(raw: RawJob): JobRow {
  return {
    id: raw.id,
    kind: raw.kind,
    status: raw.status,
    dedupeKey: raw.dedupe_key,
    payload: typeof raw.payload === 'string' ? JSON.parse(raw.payload) : raw.payload,
    checkpoint: typeof raw.checkpoint === 'string' ? JSON.parse(raw.checkpoint) : raw.checkpoint,
    leaseOwner: raw.lease_owner,
    leaseUntil: asDate(raw.lease_until),
    attempts: raw.attempts,
    error: raw.error,
    createdAt: asDate(raw.created_at) as Date,
    startedAt: asDate(raw.started_at),
    finishedAt: asDate(raw.finished_at),
    updatedAt: asDate(raw.updated_at) as Date,
  };
}

export async function insertJob(
  exec: Executor,
  job: { id: string; kind: string; status: 'uploading' | 'queued'; payload: unknown; dedupeKey?: string | null },
) {
  await exec.insert(jobs).values({ ...job, dedupeKey: job.dedupeKey ?? null });
}

export async function findJob(exec: Executor, id: string): Promise<JobRow | undefined> {
  const [row] = await exec.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

/** The live or completed job holding `dedupeKey`, if any. */
export async function findJobByDedupeKey(exec: Executor, dedupeKey: string): Promise<JobRow | undefined> {
  const [row] = await exec
    .select()
    .from(jobs)
    .where(and(eq(jobs.dedupeKey, dedupeKey), inArray(jobs.status, ['queued', 'running', 'completed'])));
  return row;
}

/**
 * An uploaded job becomes claimable. False when another job already holds the dedupe key (the
 * partial unique index decides, so two uploads of the same file at once still make one job).
 */
export async function enqueueUploaded(exec: Executor, id: string, dedupeKey: string | null, payload: unknown): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    exec,
    sql`UPDATE jobs SET status = 'queued', dedupe_key = ${dedupeKey}, payload = ${JSON.stringify(payload)}::jsonb, updated_at = now()
        WHERE id = ${id} AND status = 'uploading'
          AND NOT EXISTS (
            SELECT 1 FROM jobs other
            WHERE ${dedupeKey}::text IS NOT NULL AND other.dedupe_key = ${dedupeKey} AND other.status IN ('queued', 'running', 'completed'))
        RETURNING id`,
  );
  return rows.length === 1;
}

const leaseInterval = (leaseMs: number) => sql`(${leaseMs}::int * interval '1 millisecond')`;

/**
 * Claims the oldest claimable job of the given kinds: queued, or running under a lease that has
 * run out (its owner died or hung). `FOR UPDATE SKIP LOCKED` lets instances claim side by side
 * without waiting for each other or taking the same row; on PGlite (one connection) it is simply
 * a lock-free select.
 */
export async function claimJob(exec: Executor, kinds: string[], owner: string, leaseMs: number): Promise<JobRow | undefined> {
  if (kinds.length === 0) return undefined;
  const kindList = sql.join(
    kinds.map((kind) => sql`${kind}`),
    sql`, `,
  );
  const [raw] = await queryRows<RawJob>(
    exec,
    sql`UPDATE jobs SET status = 'running', lease_owner = ${owner}, lease_until = now() + ${leaseInterval(leaseMs)},
               attempts = attempts + 1, started_at = coalesce(started_at, now()), updated_at = now()
        WHERE id = (
          SELECT id FROM jobs
          WHERE kind IN (${kindList})
            AND (status = 'queued' OR (status = 'running' AND lease_until < now()))
          ORDER BY created_at
          LIMIT 1
          FOR UPDATE SKIP LOCKED)
        RETURNING *`,
  );
  return raw ? fromRaw(raw) : undefined;
}

/**
 * Renews the lease and, when given, stores the checkpoint — only while `owner` still holds a
 * running job. Called inside the transaction that commits a unit of work, it fences that work:
 * if the lease was lost (taken over, cancelled), the update finds nothing and the caller rolls
 * the whole transaction back.
 */
export async function renewLease(exec: Executor, id: string, owner: string, leaseMs: number, checkpoint?: unknown): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    exec,
    checkpoint === undefined
      ? sql`UPDATE jobs SET lease_until = now() + ${leaseInterval(leaseMs)}, updated_at = now()
            WHERE id = ${id} AND lease_owner = ${owner} AND status = 'running' RETURNING id`
      : sql`UPDATE jobs SET lease_until = now() + ${leaseInterval(leaseMs)}, updated_at = now(), checkpoint = ${JSON.stringify(checkpoint)}::jsonb
            WHERE id = ${id} AND lease_owner = ${owner} AND status = 'running' RETURNING id`,
  );
  return rows.length === 1;
}

/** Ends a job the owner holds. False when it no longer does. */
export async function finishJob(exec: Executor, id: string, owner: string, status: 'completed' | 'failed', error: string | null): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    exec,
    sql`UPDATE jobs SET status = ${status}, error = ${error}, finished_at = now(), updated_at = now(), lease_owner = NULL, lease_until = NULL
        WHERE id = ${id} AND lease_owner = ${owner} AND status = 'running' RETURNING id`,
  );
  return rows.length === 1;
}

/** Gives a job back at once (shutdown): the next claim, here or elsewhere, resumes it. */
export async function releaseLease(exec: Executor, id: string, owner: string): Promise<void> {
  await exec.execute(sql`UPDATE jobs SET lease_until = now(), updated_at = now() WHERE id = ${id} AND lease_owner = ${owner} AND status = 'running'`);
}

/** Cancels a live job. False when it had already ended. */
export async function cancelJob(exec: Executor, id: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    exec,
    sql`UPDATE jobs SET status = 'cancelled', finished_at = now(), updated_at = now(), lease_owner = NULL, lease_until = NULL
        WHERE id = ${id} AND status IN ('uploading', 'queued', 'running') RETURNING id`,
  );
  return rows.length === 1;
}

/** Fails a job whatever its owner (too many attempts, expiry). */
export async function failJob(exec: Executor, id: string, error: string): Promise<void> {
  await exec.execute(
    sql`UPDATE jobs SET status = 'failed', error = ${error}, finished_at = now(), updated_at = now(), lease_owner = NULL, lease_until = NULL
        WHERE id = ${id} AND status IN ('uploading', 'queued', 'running')`,
  );
}

/** Whether the job is running with its lease run out (its owner is gone; it waits to be resumed). */
export async function leaseExpired(exec: Executor, id: string): Promise<boolean> {
  const [row] = await queryRows<{ expired: boolean }>(
    exec,
    sql`SELECT (status = 'running' AND lease_until < now()) AS expired FROM jobs WHERE id = ${id}`,
  );
  return row?.expired === true;
}

/**
 * The purge: live jobs older than `retentionHours` fail as expired, an upload that never finished
 * (its instance died mid-upload) is dropped after an hour, and no ended job keeps a file.
 * Returns the ids of the jobs it expired.
 */
export async function purgeJobs(exec: Executor, retentionHours: number): Promise<string[]> {
  const expired = await queryRows<{ id: string }>(
    exec,
    sql`UPDATE jobs SET status = 'failed', error = 'expired', finished_at = now(), updated_at = now(), lease_owner = NULL, lease_until = NULL
        WHERE status IN ('queued', 'running') AND created_at < now() - (${retentionHours}::int * interval '1 hour')
        RETURNING id`,
  );
  await exec.execute(sql`DELETE FROM jobs WHERE status = 'uploading' AND created_at < now() - interval '1 hour'`);
  await exec.execute(sql`DELETE FROM job_file_segments s USING jobs j WHERE s.job_id = j.id AND j.status IN ('completed', 'failed', 'cancelled')`);
  return expired.map((row) => row.id);
}

export async function insertFileSegment(exec: Executor, jobId: string, seq: number, data: Buffer): Promise<void> {
  await exec.insert(jobFileSegments).values({ jobId, seq, data });
}

export async function readFileSegment(exec: Executor, jobId: string, seq: number): Promise<Buffer | undefined> {
  const [row] = await exec
    .select({ data: jobFileSegments.data })
    .from(jobFileSegments)
    .where(and(eq(jobFileSegments.jobId, jobId), eq(jobFileSegments.seq, seq)));
  return row?.data;
}

export async function deleteFile(exec: Executor, jobId: string): Promise<void> {
  await exec.delete(jobFileSegments).where(eq(jobFileSegments.jobId, jobId));
}

export async function deleteJob(exec: Executor, id: string): Promise<void> {
  await exec.delete(jobs).where(eq(jobs.id, id));
}

/** Jobs not finished, by status, with the age of the oldest (the metrics' queue depth and age). */
export async function queueStats(exec: Executor): Promise<{ status: string; jobs: number; oldestAgeSeconds: number }[]> {
  const rows = await queryRows<{ status: string; jobs: number; oldest: number | string }>(
    exec,
    sql`SELECT status, count(*)::int AS jobs, EXTRACT(EPOCH FROM now() - min(created_at))::float8 AS oldest
        FROM jobs WHERE status IN ('uploading', 'queued', 'running') GROUP BY status`,
  );
  return rows.map((row) => ({ status: row.status, jobs: Number(row.jobs), oldestAgeSeconds: Math.max(0, Number(row.oldest)) }));
}
