import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../../../src/db/client.js';
import { prepareBatch, resolveBatchTarget, writeBatch } from '../../../src/modules/batches/ingest.js';
import { nikHasher } from '../../../src/modules/batches/nik-hmac.js';
import { jakartaNiks, record } from '../../fixtures/nik.js';
import { buildTestApp, fixedClock } from '../../helper.js';

const agreement = '/v1/agreements/jakarta-uc-2024';
const clock = fixedClock('2024-12-05T05:00:00Z');
const ctx = { principal: { sub: 'dinkes-test', role: 'agency' as const, agency: 'dinkes' }, requestId: 'race' };

t.test('a batch that commits while a close waits for it is counted in the snapshot', async (t) => {
  const { as, config, database } = await buildTestApp(t, { clock });
  const target = await resolveBatchTarget(database.db, ctx, 'jakarta-uc-2024', {});
  const records = jakartaNiks(8_300_000, 2).map((nik) => record(nik, { enrolledOn: '2024-11-20' }));
  const prepared = prepareBatch(target, records, { clock, hashInto: nikHasher(config.nikPepper).into });

  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let written = () => {};
  const wrote = new Promise<void>((resolve) => {
    written = resolve;
  });
  // The batch is written and holds its transaction open…
  const batch = database.db.transaction(async (tx) => {
    await writeBatch(tx, ctx, target, prepared, clock);
    written();
    await gate;
  });
  await wrote;
  // …while the admin closes November: the close waits for it.
  let closedYet = false;
  const closing = as('admin')({ method: 'POST', url: `${agreement}/periods/2024-11/close` }).then((res) => {
    closedYet = true;
    return res;
  });
  await sleep(300);
  t.notOk(closedYet, 'the close waits for the batch in flight');
  release();
  await batch;
  const closed = await closing;
  t.equal(closed.statusCode, 200);
  const snapshot = (await as('admin')({ url: `${agreement}/summary?period=2024-11` })).json();
  t.match(snapshot, { newlyCovered: 2, period: { version: 1, newlyCovered: 2 } }, 'the batch is in the snapshot');
});

t.test('a batch checked before a close and written after it is refused, never counted into the closed period', async (t) => {
  const { as, config, database } = await buildTestApp(t, { clock });
  // The batch is checked while November is open…
  const target = await resolveBatchTarget(database.db, ctx, 'jakarta-uc-2024', {});
  const records = jakartaNiks(8_310_000, 2).map((nik) => record(nik, { enrolledOn: '2024-11-20' }));
  const prepared = prepareBatch(target, records, { clock, hashInto: nikHasher(config.nikPepper).into });
  t.equal(prepared.columns.enrolledOn.length, 2, 'both records valid then');
  // …November is closed…
  t.equal((await as('admin')({ method: 'POST', url: `${agreement}/periods/2024-11/close` })).statusCode, 200);
  // …and then the batch is written.
  const failure = await database.db
    .transaction((tx) => writeBatch(tx, ctx, target, prepared, clock))
    .then(
      () => undefined,
      (error: unknown) => error,
    );
  t.match(failure, { status: 409, slug: 'period-changed' });
  t.equal((await as('admin')({ url: `${agreement}/summary` })).json().newlyCovered, 0, 'nothing was counted');
  const retried = await as(
    'agency',
    'dinkes',
  )({
    method: 'POST',
    url: `${agreement}/batches`,
    headers: { 'idempotency-key': randomUUID() },
    payload: { records },
  });
  t.equal(retried.statusCode, 201, 'sent again, it is checked against the closed period');
  t.match(retried.json(), { accepted: 0, rejected: 2, errorCounts: { enrolled_on_period_closed: 2 } });
});

t.test('concurrent batches and a close: every credit dated in the period is either in the snapshot or rejected', async (t) => {
  const { as, database } = await buildTestApp(t, { clock });
  const post = (n: number) =>
    as(
      'agency',
      n % 2 === 0 ? 'dinkes' : 'dishub',
    )({
      method: 'POST',
      url: `${agreement}/batches`,
      headers: { 'idempotency-key': randomUUID() },
      payload: { records: jakartaNiks(8_400_000 + n * 10, 10).map((nik) => record(nik, { enrolledOn: '2024-11-18' })) },
    });
  const posts = Array.from({ length: 8 }, (_, n) => post(n));
  await sleep(5);
  const close = as('admin')({ method: 'POST', url: `${agreement}/periods/2024-11/close` });
  const answers = await Promise.all(posts);
  t.equal((await close).statusCode, 200);
  let accepted = 0;
  for (const res of answers) {
    if (res.statusCode === 201) accepted += res.json().accepted;
    else t.match(res.json(), { status: 409, type: '/problems/period-changed' }, 'a refused batch is refused whole');
  }
  const snapshot = (await as('admin')({ url: `${agreement}/summary?period=2024-11` })).json();
  t.equal(snapshot.period.newlyCovered, accepted, 'the snapshot holds exactly the credits of the batches that were accepted');
  t.equal((await as('admin')({ url: `${agreement}/summary` })).json().newlyCovered, accepted, 'and nothing dated in November came after');
  const [row] = await queryRows<{ n: number }>(
    database.db,
    sql`SELECT count(*)::int AS n FROM enrollments WHERE credited AND enrolled_on BETWEEN '2024-11-01' AND '2024-11-30'`,
  );
  t.equal(row?.n, accepted, 'the database agrees');
});
