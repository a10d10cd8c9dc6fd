import { sql } from 'drizzle-orm';
import pg from 'pg';
import t from 'tap';
import { pgErrorCode, queryRows, readSnapshot } from '../../src/db/client.js';
import { buildTestApp, onPostgres } from '../helper.js';

/**
 * When PostgreSQL ends a connection that a transaction holds (a restart, an operator's
 * pg_terminate_backend), the request fails with a 503 that says to retry — the process stays up
 * and the pool serves the next request on a fresh connection. (Found by the reliability suite's
 * database restart: an unheard 'error' event on the checked-out client used to kill the process,
 * and the next statement's "not queryable" error used to be a 500.)
 */
t.test(
  'a connection ended mid-transaction is a 503 with Retry-After, and the service carries on',
  { skip: !onPostgres && 'needs DATABASE_URL: PGlite has no server connection to end (CI runs it on PostgreSQL)' },
  async (t) => {
    const { app, database, as } = await buildTestApp(t, {
      extraRoutes: (app) => {
        // A transaction whose connection the server ends between two of its statements.
        app.get('/v1/test/connection-ended', async () =>
          app.database.db.transaction(async (tx) => {
            const [row] = await queryRows<{ pid: number }>(tx, sql`SELECT pg_backend_pid() AS pid`);
            const operator = new pg.Client({ connectionString: database.url });
            await operator.connect();
            await operator.query('SELECT pg_terminate_backend($1)', [row?.pid]);
            await operator.end();
            // Let the client hear of it while no statement of its own is running.
            await new Promise((resolve) => setTimeout(resolve, 200));
            await tx.execute(sql`SELECT 1`);
            return { reached: true };
          }),
        );
      },
    });
    const admin = as('admin');

    const res = await admin({ url: '/v1/test/connection-ended' });
    t.equal(res.statusCode, 503);
    t.match(res.headers['content-type'], /^application\/problem\+json/);
    t.ok(res.headers['retry-after'], 'says when to retry');
    t.match(res.json(), { type: '/problems/unavailable', status: 503 });
    t.notMatch(res.body, /queryable|terminat|pg_/i, 'nothing from inside');

    // Still up, and the pool has let go of the broken connection.
    t.equal((await app.inject({ url: '/health/ready' })).statusCode, 200);
    t.equal((await admin({ url: '/v1/agencies?limit=1' })).statusCode, 200);
  },
);

/**
 * readSnapshot: every query of one read sees the same snapshot, and the read cannot write. A
 * summary's figures come from several queries; they must agree with each other.
 */
t.test('a snapshot read sees one state of the data, whatever commits meanwhile, and writes nothing', async (t) => {
  const { database } = await buildTestApp(t);
  const count = async (exec: Parameters<typeof queryRows>[0]) =>
    Number((await queryRows<{ n: number }>(exec, sql`SELECT count(*)::int AS n FROM agencies`))[0]?.n);

  const before = await count(database.db);
  const seen = await readSnapshot(database.db, async (tx) => {
    const first = await count(tx);
    if (database.engine === 'postgres') {
      // Another connection commits a change between the snapshot's two reads.
      const other = new pg.Client({ connectionString: database.url });
      await other.connect();
      await other.query(`INSERT INTO agencies (code, name) VALUES ('snapshot-test', 'Snapshot test')`);
      await other.end();
    }
    return [first, await count(tx)];
  });
  t.same(seen, [before, before], 'both reads see the state of the first');
  if (database.engine === 'postgres') t.equal(await count(database.db), before + 1, 'the change is there for the next read');

  const refused = await readSnapshot(database.db, (tx) => tx.execute(sql`DELETE FROM agencies WHERE code = 'dinkes'`)).catch((e: unknown) => e);
  t.equal(pgErrorCode(refused), '25006', 'a write inside is refused (read-only transaction)');
  t.equal(await count(database.db), database.engine === 'postgres' ? before + 1 : before, 'and nothing was written');
  const [level] = await readSnapshot(database.db, (tx) =>
    queryRows<{ level: string }>(tx, sql`SELECT current_setting('transaction_isolation') AS level`),
  );
  t.equal(level?.level, 'repeatable read');
});
