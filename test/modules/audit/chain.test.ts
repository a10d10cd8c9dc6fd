import { spawnSync } from 'node:child_process';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../../../src/db/client.js';
import { jakartaNiks, record } from '../../fixtures/nik.js';
import { buildTestApp, fixedClock, onPostgres, TEST_ENV } from '../../helper.js';

const batches = '/v1/agreements/jakarta-uc-2024/batches';

t.test('the audit trail is hash-chained and verifiable', async (t) => {
  const { as, database } = await buildTestApp(t, { clock: fixedClock('2024-12-01T05:00:00Z') });
  const admin = as('admin');
  let keySeq = 0;
  const post = (agency: string, nik: string) =>
    as('agency', agency)({ method: 'POST', url: batches, headers: { 'idempotency-key': `a-${++keySeq}` }, payload: { records: [record(nik)] } });
  const verify = async () => {
    const res = await admin({ url: '/v1/audit/verify' });
    t.equal(res.statusCode, 200);
    return res.json();
  };
  /** Plain SQL as the database owner: the append-only trigger switched off for the statement. */
  const tamper = async (statement: ReturnType<typeof sql>) => {
    await database.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete`);
    await database.db.execute(statement);
    await database.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete`);
  };

  t.test('writers of different agencies append to their own chains, concurrently', async (t) => {
    const niks = jakartaNiks(900, 12) as string[];
    const agencies = ['dinkes', 'dishub', 'dinsos'];
    const answers = await Promise.all(niks.map((nik, i) => post(agencies[i % 3] as string, nik)));
    t.same(
      answers.map((a) => a.statusCode),
      niks.map(() => 201),
    );
    const result = await verify();
    t.match(result, { ok: true, brokenCount: 0, firstBroken: null, broken: [] });
    const chains = Object.fromEntries(result.chains.map((c: { chain: string; length: number }) => [c.chain, c.length]));
    t.equal(chains['agency:dinkes'], 4);
    t.equal(chains['agency:dishub'], 4);
    t.equal(chains['agency:dinsos'], 4);
    t.equal(result.checkedRows, 12);
    t.equal((await as('viewer')({ url: '/v1/audit/verify' })).statusCode, 403);
    t.equal((await as('agency', 'dinkes')({ url: '/v1/audit/verify' })).statusCode, 403);
  });

  t.test('an edited row and a deleted row are both found, the earlier first', async (t) => {
    const rows = await queryRows<{ id: number; chain_seq: number }>(
      database.db,
      sql`SELECT id::int, chain_seq::int FROM audit_log WHERE chain = 'agency:dishub' ORDER BY chain_seq`,
    );
    const edited = rows[1] as { id: number; chain_seq: number };
    const deleted = rows[2] as { id: number; chain_seq: number };
    await tamper(sql`UPDATE audit_log SET details = jsonb_set(details, '{accepted}', '0') WHERE id = ${edited.id}`);
    await tamper(sql`DELETE FROM audit_log WHERE id = ${deleted.id}`);
    const result = await verify();
    t.equal(result.ok, false);
    t.same(result.firstBroken, { chain: 'agency:dishub', chainSeq: edited.chain_seq, id: edited.id, problem: 'content-changed' });
    t.match(result.broken, [
      { chain: 'agency:dishub', chainSeq: edited.chain_seq, id: edited.id, problem: 'content-changed' },
      { chain: 'agency:dishub', chainSeq: deleted.chain_seq, id: null, problem: 'rows-missing' },
    ]);
    t.equal(result.brokenCount, 2, 'the chains of other agencies are intact');
  });

  t.test('a row cut from the end of a chain is found by its head', async (t) => {
    const [last] = await queryRows<{ id: number }>(
      database.db,
      sql`SELECT id::int FROM audit_log WHERE chain = 'agency:dinsos' ORDER BY chain_seq DESC LIMIT 1`,
    );
    await tamper(sql`DELETE FROM audit_log WHERE id = ${last?.id}`);
    const result = await verify();
    t.ok(result.broken.some((b: { chain: string; problem: string }) => b.chain === 'agency:dinsos' && b.problem === 'head-mismatch'));
    t.equal(result.brokenCount, 3);
  });

  t.test('a rewritten hash does not hide an edit: the next link breaks', async (t) => {
    const rows = await queryRows<{ id: number; chain_seq: number }>(
      database.db,
      sql`SELECT id::int, chain_seq::int FROM audit_log WHERE chain = 'agency:dinkes' ORDER BY chain_seq`,
    );
    const target = rows[0] as { id: number; chain_seq: number };
    await tamper(sql`UPDATE audit_log SET hash = sha256(hash) WHERE id = ${target.id}`);
    const result = await verify();
    t.ok(
      result.broken.some((b: { chainSeq: number; chain: string; problem: string }) => b.chain === 'agency:dinkes' && b.problem === 'content-changed'),
    );
    t.ok(
      result.broken.some(
        (b: { chainSeq: number; chain: string; problem: string }) =>
          b.chain === 'agency:dinkes' && b.chainSeq === target.chain_seq + 1 && b.problem === 'link-broken',
      ),
    );
  });

  t.test(
    'npm run audit:verify prints the first broken link and exits 1',
    { skip: onPostgres ? false : 'needs a database another process can open (PostgreSQL)' },
    async (t) => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
        env: { ...process.env, ...TEST_ENV, DATABASE_URL: database.url },
        encoding: 'utf8',
      });
      t.equal(run.status, 1, run.stderr);
      t.match(run.stdout, /5 broken link\(s\); first: agency:(dinkes|dishub) #[0-9]+ \(entry [0-9]+\): content-changed/);
    },
  );
});

t.test(
  'npm run audit:verify passes on an intact log',
  { skip: onPostgres ? false : 'needs a database another process can open (PostgreSQL)' },
  async (t) => {
    const { as, database } = await buildTestApp(t, { clock: fixedClock('2024-12-01T05:00:00Z') });
    const res = await as(
      'agency',
      'dinkes',
    )({ method: 'POST', url: batches, headers: { 'idempotency-key': 'ok-1' }, payload: { records: [record(jakartaNiks(5, 1)[0] as string)] } });
    t.equal(res.statusCode, 201);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
      env: { ...process.env, ...TEST_ENV, DATABASE_URL: database.url },
      encoding: 'utf8',
    });
    t.equal(run.status, 0, run.stderr);
    t.match(run.stdout, /every chain is intact/);
  },
);
