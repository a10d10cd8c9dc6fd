import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../../../src/db/client.js';
import { PURGE_CHUNK, startIdempotencyPurge } from '../../../src/modules/batches/idempotency-purge.js';
import { jakartaNiks, record } from '../../fixtures/nik.js';
import { buildTestApp, onPostgres, testConfig } from '../../helper.js';

const url = '/v1/agreements/jakarta-uc-2024/batches';
const HOUR = 3_600_000;

t.test('expired idempotency records are purged; fresh ones are kept', async (t) => {
  let now = new Date('2024-12-01T05:00:00Z');
  const clock = () => now;
  const { app, as, database } = await buildTestApp(t, { clock, env: { IDEMPOTENCY_PURGE_INTERVAL_SECONDS: '0' } });
  const dinkes = as('agency', 'dinkes');
  const post = (key: string, niks: string[]) =>
    dinkes({ method: 'POST', url, headers: { 'idempotency-key': key }, payload: { records: niks.map((nik) => record(nik)) } });
  const keys = async () => Number((await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM idempotency_keys`))[0]?.n);
  const purge = startIdempotencyPurge(database.db, { clock, intervalMs: 0, log: app.log });
  t.teardown(() => purge.stop());

  const oldNiks = jakartaNiks(1_000, 3);
  const first = await post('old-key', oldNiks);
  t.equal(first.statusCode, 201);
  now = new Date(now.getTime() + 23 * HOUR);
  t.equal((await post('young-key', jakartaNiks(2_000, 2))).statusCode, 201);
  now = new Date(now.getTime() + 2 * HOUR); // the first key is 25 h old, past the 24 h TTL; the second 2 h

  t.test('a run deletes exactly the records past their expiry', async (t) => {
    t.equal(await keys(), 2);
    t.equal(await purge.runOnce(), 1);
    t.equal(await keys(), 1);
    t.equal(await purge.runOnce(), 0, 'nothing more to purge');
    const replay = await post('young-key', jakartaNiks(2_000, 2));
    t.equal(replay.statusCode, 201);
    t.equal(replay.headers['idempotent-replayed'], 'true', 'a fresh key still replays its stored response');
  });

  t.test('a purged key is a new request: a new batch, whose workers are already credited', async (t) => {
    const again = await post('old-key', oldNiks);
    t.equal(again.statusCode, 201);
    t.equal(again.headers['idempotent-replayed'], undefined);
    t.not(again.json().id, first.json().id, 'another batch');
    t.match(again.json(), { accepted: 0, duplicates: { sameAgency: 3 } }, 'its workers count once: nothing is credited twice');
    t.equal(await keys(), 2, 'the key is stored again, with a fresh expiry');
  });

  t.test('a backlog goes in chunks, in one run', async (t) => {
    const backlog = 2 * PURGE_CHUNK + 17;
    await database.db.execute(sql`
      INSERT INTO idempotency_keys (agency_code, key, request_hash, response_status, response_body, expires_at)
      SELECT 'dinkes', 'backlog-' || i, '\\x00'::bytea, 201, '{}'::jsonb, ${new Date(now.getTime() - HOUR).toISOString()}::timestamptz
      FROM generate_series(1, ${backlog}) AS i`);
    t.equal(await purge.runOnce(), backlog);
    t.equal(await keys(), 2, 'the two live keys remain');
  });

  t.test(
    'purges running at once on several connections delete each record once and never fail',
    { skip: !onPostgres && 'PGlite has one connection: its purges cannot overlap' },
    async (t) => {
      const backlog = 3 * PURGE_CHUNK;
      await database.db.execute(sql`
        INSERT INTO idempotency_keys (agency_code, key, request_hash, response_status, response_body, expires_at)
        SELECT 'dishub', ${randomBytes(4).toString('hex')} || i, '\\x00'::bytea, 201, '{}'::jsonb,
               ${new Date(now.getTime() - HOUR).toISOString()}::timestamptz
        FROM generate_series(1, ${backlog}) AS i`);
      const purges = Array.from({ length: 4 }, () => startIdempotencyPurge(database.db, { clock, intervalMs: 0, log: app.log }));
      const counts = await Promise.all(purges.map((p) => p.runOnce()));
      t.equal(
        counts.reduce((a, b) => a + b, 0),
        backlog,
        'every expired record deleted exactly once',
      );
      t.equal(await keys(), 2);
      await Promise.all(purges.map((p) => p.stop()));
    },
  );
});

t.test('the app purges on its own schedule, and stops when it closes', async (t) => {
  const now = new Date('2024-12-01T05:00:00Z');
  const { app, database } = await buildTestApp(t, {
    clock: () => now,
    env: { IDEMPOTENCY_PURGE_INTERVAL_SECONDS: '1' },
  });
  await database.db.execute(sql`
    INSERT INTO idempotency_keys (agency_code, key, request_hash, response_status, response_body, expires_at)
    VALUES ('dinkes', 'expired', '\\x00'::bytea, 201, '{}'::jsonb, ${new Date(now.getTime() - HOUR).toISOString()}::timestamptz),
           ('dinkes', 'fresh', '\\x00'::bytea, 201, '{}'::jsonb, ${new Date(now.getTime() + HOUR).toISOString()}::timestamptz)`);
  const left = async () => (await queryRows<{ key: string }>(database.db, sql`SELECT key FROM idempotency_keys ORDER BY key`)).map((r) => r.key);
  // Waits for the schedule's first run (liveness, not speed: the bound only keeps a broken
  // schedule from hanging the suite).
  for (let i = 0; i < 300 && (await left()).includes('expired'); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  t.same(await left(), ['fresh']);
  await app.close();
  t.pass('closed with the schedule stopped');
});

t.test('the purge interval is configurable, 0 turns it off, and it is bounded', async (t) => {
  t.equal(testConfig().idempotencyPurgeIntervalSeconds, 3600, 'hourly by default');
  t.equal(testConfig({ IDEMPOTENCY_PURGE_INTERVAL_SECONDS: '0' }).idempotencyPurgeIntervalSeconds, 0);
  t.throws(() => testConfig({ IDEMPOTENCY_PURGE_INTERVAL_SECONDS: '-1' }));
  t.throws(() => testConfig({ IDEMPOTENCY_PURGE_INTERVAL_SECONDS: '86401' }));
});
