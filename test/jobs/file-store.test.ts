import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import t from 'tap';
import { queryRows } from '../../src/db/client.js';
import { FileCorruptError, FileStore, FileTooLargeError, SEGMENT_BYTES } from '../../src/jobs/file-store.js';
import { insertJob, purgeJobs } from '../../src/jobs/repository.js';
import { freshDatabase, testConfig } from '../helper.js';

const config = testConfig();

async function* pieces(data: Buffer, size: number) {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}

async function readAll(store: FileStore, id: string, segments: number) {
  const parts: Buffer[] = [];
  for await (const part of store.read(id, segments)) parts.push(part);
  return Buffer.concat(parts);
}

t.test('the encrypted file store', async (t) => {
  const database = await freshDatabase(t, config);
  t.teardown(() => database.close());
  const { db } = database;
  const store = new FileStore(db, config.imports.encryptionSecret);
  const newJob = async () => {
    const id = randomUUID();
    await insertJob(db, { id, kind: 'test', status: 'uploading', payload: {} });
    return id;
  };

  t.test('reads back exactly what was written, whatever the sizes of the pieces', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 * SEGMENT_BYTES + 10 }), fc.integer({ min: 1, max: SEGMENT_BYTES + 7 }), async (length, piece) => {
        const id = await newJob();
        const data = randomBytes(length);
        const stored = await store.write(id, pieces(data, piece), 10 * SEGMENT_BYTES);
        const back = await readAll(store, id, stored.segments);
        return back.equals(data) && stored.bytes === length && stored.segments === Math.ceil(length / SEGMENT_BYTES);
      }),
      { numRuns: 6 },
    );
  });

  t.test('what is stored does not contain the plaintext', async (t) => {
    const id = await newJob();
    const nik = '3171014501900001';
    const data = Buffer.from(`nik;segmen\n${nik};PU\n`.repeat(1000));
    await store.write(id, pieces(data, 100), 10 * SEGMENT_BYTES);
    const rows = await queryRows<{ data: Uint8Array }>(db, sql`SELECT data FROM job_file_segments WHERE job_id = ${id}`);
    t.ok(rows.length > 0);
    for (const row of rows) t.notOk(Buffer.from(row.data).includes(nik), 'no NIK in a stored segment');
  });

  t.test('a tampered, swapped or cut-off file is refused, never read as something else', async (t) => {
    const id = await newJob();
    const stored = await store.write(id, pieces(randomBytes(SEGMENT_BYTES * 2 + 5), 65_536), 10 * SEGMENT_BYTES);
    await db.execute(sql`UPDATE job_file_segments SET data = set_byte(data, 20, get_byte(data, 20) # 1) WHERE job_id = ${id} AND seq = 1`);
    await t.rejects(readAll(store, id, stored.segments), FileCorruptError, 'a flipped bit');
    await t.rejects(readAll(store, id, stored.segments - 1), FileCorruptError, 'the last segment cut off');
    const other = await newJob();
    await store.write(other, pieces(Buffer.from('x'), 1), 10);
    await t.rejects(readAll(store, other, 2), FileCorruptError, 'a missing segment');
    const wrongKey = new FileStore(db, 'another-secret-that-is-at-least-32-bytes-long');
    await t.rejects(readAll(wrongKey, other, 1), FileCorruptError, 'another key');
  });

  t.test('a file over the limit is refused while it streams in', async (t) => {
    const id = await newJob();
    await t.rejects(store.write(id, pieces(randomBytes(5000), 1000), 4096), FileTooLargeError);
  });

  t.test('the purge drops files of ended jobs and abandoned uploads', async (t) => {
    const ended = await newJob();
    await store.write(ended, pieces(Buffer.from('data'), 4), 10);
    await db.execute(sql`UPDATE jobs SET status = 'completed' WHERE id = ${ended}`);
    const abandoned = await newJob();
    await store.write(abandoned, pieces(Buffer.from('data'), 4), 10);
    await db.execute(sql`UPDATE jobs SET created_at = now() - interval '2 hours' WHERE id = ${abandoned}`);
    const old = randomUUID();
    await insertJob(db, { id: old, kind: 'test', status: 'queued', payload: {} });
    await db.execute(sql`UPDATE jobs SET created_at = now() - interval '25 hours' WHERE id = ${old}`);
    t.same(await purgeJobs(db, 24), [old], 'the job past the retention limit expires');
    const left = await queryRows<{ job_id: string }>(db, sql`SELECT DISTINCT job_id FROM job_file_segments WHERE job_id IN (${ended}, ${abandoned})`);
    t.same(left, []);
  });
});
