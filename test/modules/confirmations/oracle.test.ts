import fc from 'fast-check';
import t from 'tap';
import { confirmationDifferences, recountConfirmations } from '../../fixtures/confirmation-recount.js';
import { jakartaNiks, record, syntheticNik } from '../../fixtures/nik.js';
import { summaryInconsistencies } from '../../fixtures/summary-invariants.js';
import { buildTestApp, fixedClock } from '../../helper.js';

/**
 * The confirmation figures against an oracle: random interleavings of enrollment batches, their
 * voids, confirmation batches and their voids, a few at a time concurrently, and after each round
 * the summary equals a recount from the stored rows and every identity holds.
 */

const agreement = '/v1/agreements/jakarta-uc-2024';
const AGENCIES = ['dinkes', 'dishub', 'dinsos'] as const;
// 30 Jakarta workers and 4 of another province, so reports and confirmations overlap often.
const POOL = [...jakartaNiks(9000, 30), ...[1, 2, 3, 4].map((n) => syntheticNik(n, '32'))];
const DAYS = ['2024-10-20', '2024-11-04', '2024-11-20', '2024-11-30', '2024-12-01'];

const op = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('batch' as const),
      agency: fc.constantFrom(...AGENCIES),
      workers: fc.uniqueArray(fc.nat(POOL.length - 1), { minLength: 1, maxLength: 8 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('void-batch' as const), pick: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('confirm' as const),
      records: fc.array(
        fc.record({
          worker: fc.nat(POOL.length - 1),
          status: fc.constantFrom('active', 'inactive', 'not_found'),
          asOf: fc.nat(DAYS.length - 1),
          registeredOn: fc.option(fc.nat(DAYS.length - 1)),
        }),
        { minLength: 1, maxLength: 8 },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('void-confirm' as const), pick: fc.nat() }) },
);

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

t.test('confirmation figures equal a recount after any interleaving', async (t) => {
  const { as, database } = await buildTestApp(t, { clock: fixedClock('2024-12-01T05:00:00Z') });
  const admin = as('admin');
  const bpjs = as('agency', 'bpjstk-dki');
  const batches: { id: string; agency: string }[] = [];
  const confirmationIds: string[] = [];
  let keySeq = 0;
  let rounds = 0;

  const run = async (o: Op) => {
    switch (o.kind) {
      case 'batch': {
        const res = await as(
          'agency',
          o.agency,
        )({
          method: 'POST',
          url: `${agreement}/batches`,
          headers: { 'idempotency-key': `o-${++keySeq}` },
          payload: { records: o.workers.map((w) => record(POOL[w] as string)) },
        });
        if (res.statusCode !== 201) throw new Error(`batch: ${res.statusCode} ${res.body}`);
        batches.push({ id: res.json().id, agency: o.agency });
        return;
      }
      case 'void-batch': {
        if (batches.length === 0) return;
        const [batch] = batches.splice(o.pick % batches.length, 1);
        const res = await admin({ method: 'POST', url: `/v1/batches/${batch?.id}/void`, payload: { reason: 'oracle void' } });
        if (res.statusCode !== 200) throw new Error(`void: ${res.statusCode} ${res.body}`);
        return;
      }
      case 'confirm': {
        const res = await bpjs({
          method: 'POST',
          url: `${agreement}/confirmations`,
          headers: { 'idempotency-key': `c-${++keySeq}` },
          payload: {
            records: o.records.map((r) => {
              const asOf = Math.max(r.asOf, r.registeredOn ?? 0);
              return {
                nik: POOL[r.worker],
                status: r.status,
                asOf: DAYS[asOf],
                ...(r.registeredOn === null ? {} : { registeredOn: DAYS[r.registeredOn] }),
              };
            }),
          },
        });
        if (res.statusCode !== 201) throw new Error(`confirm: ${res.statusCode} ${res.body}`);
        confirmationIds.push(res.json().id);
        return;
      }
      case 'void-confirm': {
        if (confirmationIds.length === 0) return;
        const [id] = confirmationIds.splice(o.pick % confirmationIds.length, 1);
        const res = await bpjs({ method: 'POST', url: `/v1/confirmations/${id}/void`, payload: { reason: 'oracle void' } });
        if (res.statusCode !== 200) throw new Error(`void confirmation: ${res.statusCode} ${res.body}`);
        return;
      }
    }
  };

  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 6, maxLength: 24 }), async (ops) => {
      for (let i = 0; i < ops.length; i += 3) {
        await Promise.all(ops.slice(i, i + 3).map(run));
        rounds++;
        const summary = (await admin({ url: `${agreement}/summary` })).json();
        const diffs = [
          ...confirmationDifferences(summary, await recountConfirmations(database.db, 'jakarta-uc-2024')),
          ...summaryInconsistencies(summary),
        ];
        if (diffs.length > 0) throw new Error(diffs.join('\n'));
      }
    }),
    { numRuns: Number(process.env.ORACLE_RUNS ?? 6), seed: Number(process.env.ORACLE_SEED ?? 20241023), endOnFailure: true },
  );
  t.ok(rounds > 10, `${rounds} rounds compared to the recount`);
});
