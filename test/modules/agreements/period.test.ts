import { randomUUID } from 'node:crypto';
import t from 'tap';
import { prepareBatch, resolveBatchTarget, writeBatch } from '../../../src/modules/batches/ingest.js';
import { nikHasher } from '../../../src/modules/batches/nik-hmac.js';
import { jakartaNiks, record } from '../../fixtures/nik.js';
import { buildTestApp, fixedClock } from '../../helper.js';

const agreement = '/v1/agreements/jakarta-uc-2024';

t.test('narrowing an agreement’s period is refused while posted enrollments fall outside it', async (t) => {
  const { as } = await buildTestApp(t, { clock: fixedClock('2024-11-10T05:00:00Z') });
  const admin = as('admin');
  const post = (agency: string, records: object[]) =>
    as('agency', agency)({ method: 'POST', url: `${agreement}/batches`, headers: { 'idempotency-key': randomUUID() }, payload: { records } });
  const patch = (payload: object) => admin({ method: 'PATCH', url: agreement, payload });
  const voidBatch = (id: string) => admin({ method: 'POST', url: `/v1/batches/${id}/void`, payload: { reason: 'Posted for the wrong period' } });
  const summary = async () => (await admin({ url: `${agreement}/summary` })).json();

  // dinkes is credited with three workers on 4 November; dishub reports the same three later (duplicates).
  const niks = jakartaNiks(7_300_000, 3);
  const dinkes = await post(
    'dinkes',
    niks.map((nik) => record(nik, { enrolledOn: '2024-11-04' })),
  );
  t.equal(dinkes.statusCode, 201);
  const dishub = await post(
    'dishub',
    niks.map((nik) => record(nik, { enrolledOn: '2024-11-06' })),
  );
  t.equal(dishub.statusCode, 201);
  const before = await summary();
  t.equal(before.newlyCovered, 3);

  t.test('a later start or an earlier target date that leaves enrollments out is a 409 and changes nothing', async (t) => {
    for (const [what, body] of [
      ['periodStart after the earliest enrollment', { periodStart: '2024-11-05' }],
      ['target date before the latest enrollment', { target: { date: '2024-11-05' } }],
      ['both', { periodStart: '2024-11-05', target: { date: '2024-11-05' } }],
    ] as const) {
      const res = await patch(body);
      t.equal(res.statusCode, 409, what);
      t.match(res.headers['content-type'], /^application\/problem\+json/);
      t.match(res.json(), { type: '/problems/period-excludes-enrollments', status: 409, enrollmentsOutside: Number });
    }
    const stored = (await admin({ url: agreement })).json();
    t.match(stored, { periodStart: '2024-10-23', target: { date: '2024-12-31' } }, 'the period is as it was');
    t.equal((await summary()).newlyCovered, 3, 'and so is the count');
  });

  t.test('a period that still holds every enrollment, or a wider one, is accepted', async (t) => {
    t.equal((await patch({ periodStart: '2024-11-04', target: { date: '2024-11-06' } })).statusCode, 200, 'both ends on enrollment dates');
    t.equal((await patch({ periodStart: '2024-10-01', target: { date: '2025-06-30' } })).statusCode, 200, 'wider');
    t.equal((await patch({ periodStart: '2024-10-23', target: { date: '2024-12-31' } })).statusCode, 200, 'back as seeded');
  });

  t.test('voided batches do not hold the period; a duplicate report that took over the credit does', async (t) => {
    t.equal((await voidBatch(dinkes.json().id)).statusCode, 200);
    t.equal((await summary()).newlyCovered, 3, 'the credit fell back to dishub’s reports of 6 November');
    t.equal((await patch({ periodStart: '2024-11-05' })).statusCode, 200, 'dinkes’s 4 November no longer counts');
    t.equal((await patch({ periodStart: '2024-11-07' })).statusCode, 409, 'dishub’s 6 November still does');
    t.equal((await voidBatch(dishub.json().id)).statusCode, 200);
    t.equal((await patch({ periodStart: '2024-11-07' })).statusCode, 200, 'nothing posted is left outside');
    t.equal((await summary()).newlyCovered, 0);
  });
});

t.test('a batch checked against the old period and written after a narrowing is refused, not counted outside it', async (t) => {
  const clock = fixedClock('2024-11-10T05:00:00Z');
  const { as, config, database } = await buildTestApp(t, { clock });
  const ctx = { principal: { sub: 'dinkes-test', role: 'agency' as const, agency: 'dinkes' }, requestId: 'race' };
  // The batch is checked while the period still starts on 23 October…
  const target = await resolveBatchTarget(database.db, ctx, 'jakarta-uc-2024', {});
  const records = jakartaNiks(7_310_000, 2).map((nik) => record(nik, { enrolledOn: '2024-11-04' }));
  const prepared = prepareBatch(target, records, { clock, hashInto: nikHasher(config.nikPepper).into });
  t.equal(prepared.columns.enrolledOn.length, 2, 'both records valid then');
  // …the period is narrowed (nothing posted lies outside yet)…
  const narrowed = await as('admin')({ method: 'PATCH', url: agreement, payload: { periodStart: '2024-11-05' } });
  t.equal(narrowed.statusCode, 200);
  // …and then it is written.
  const failure = await database.db
    .transaction((tx) => writeBatch(tx, ctx, target, prepared, clock))
    .then(
      () => undefined,
      (error: unknown) => error,
    );
  t.match(failure, { status: 409, slug: 'period-changed' });
  const summary = (await as('admin')({ url: `${agreement}/summary` })).json();
  t.equal(summary.newlyCovered, 0, 'nothing was counted');
  const retried = await as(
    'agency',
    'dinkes',
  )({ method: 'POST', url: `${agreement}/batches`, headers: { 'idempotency-key': randomUUID() }, payload: { records } });
  t.equal(retried.statusCode, 201, 'sent again, it is checked against the new period');
  t.match(retried.json(), { accepted: 0, rejected: 2 });
});
