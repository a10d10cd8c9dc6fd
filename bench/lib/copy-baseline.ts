import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { cpuSnapshot, cpuSpent } from './cpu.js';
import { withClient } from './database.js';

/**
 * The baseline of the ingest scenarios: rows COPY'd straight into `bench_copy`, a copy of
 * `enrollments` with the same columns, indexes (primary key, partial unique on credited, partial
 * reports index), checks and defaults — the fastest way PostgreSQL can take them. LIKE copies no
 * foreign key and no trigger, so the rows need no batch rows.
 */
export interface CopyBaseline {
  ms: number;
  /** CPU seconds of the backend that ran the COPY. */
  postgresCpu: number;
  rows: number;
  credited: number;
}

/** COPY `source` (COPY text format, `columns` in that order) into a fresh `bench_copy`; times the COPY alone. */
export async function copyIntoEnrollmentsCopy(databaseUrl: string, columns: string, source: () => Readable): Promise<CopyBaseline> {
  return withClient(databaseUrl, async (client) => {
    await client.query('CREATE TABLE bench_copy (LIKE enrollments INCLUDING ALL)');
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const backend = rows[0]?.pid as number;
    const before = cpuSnapshot([backend]);
    const start = performance.now();
    await pipeline(source(), client.query(copyFrom(`COPY bench_copy (${columns}) FROM STDIN`)));
    const ms = performance.now() - start;
    const postgresCpu = cpuSpent(before, cpuSnapshot([backend]));
    const { rows: counted } = await client.query<{ rows: string; credited: string }>(
      'SELECT count(*) AS rows, count(*) FILTER (WHERE credited) AS credited FROM bench_copy',
    );
    return { ms, postgresCpu, rows: Number(counted[0]?.rows), credited: Number(counted[0]?.credited) };
  });
}

/** Chunks already in memory (the ingest workload's, a few tens of MB). */
export const fromChunks = (chunks: string[]) => () => Readable.from(chunks);

/** Every column `enrollments` stores, in table order. */
export const ENROLLMENT_STORED_COLUMNS =
  'agreement_id, batch_id, record_index, agency_code, nik_hash, credited, in_region, segment, programs, enrolled_on, regency, sex, kota, ref';

/**
 * The rows the server stored in `enrollments`, in the order they arrived (batch, then record),
 * exported to a temporary file before the clock starts: at millions of rows the COPY must not
 * wait on the bench generating them. Returns the source for `copyIntoEnrollmentsCopy` and a
 * function removing the file.
 */
export async function exportStoredEnrollments(databaseUrl: string): Promise<{ source: () => Readable; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sinergi-bench-copy-'));
  const file = path.join(dir, 'enrollments.copy');
  await withClient(databaseUrl, async (client) => {
    const out = client.query(
      copyTo(`COPY (SELECT ${ENROLLMENT_STORED_COLUMNS.replace(/(\w+)/g, 'e.$1')}
                    FROM enrollments e JOIN enrollment_batches b ON b.id = e.batch_id
                    ORDER BY b.seq, e.record_index) TO STDOUT`),
    );
    await pipeline(out, createWriteStream(file));
  });
  return { source: () => createReadStream(file, { highWaterMark: 1 << 20 }), remove: () => rm(dir, { recursive: true, force: true }) };
}
