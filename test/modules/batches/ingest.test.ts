import t from 'tap';
import { ForbiddenError, NotFoundError } from '../../../src/errors.js';
import { ingestBatch, resolveBatchTarget, withRetry } from '../../../src/modules/batches/ingest.js';
import { nikHasher } from '../../../src/modules/batches/nik-hmac.js';
import { jakartaNiks, record } from '../../fixtures/nik.js';
import { buildTestApp, fixedClock, TEST_ENV } from '../../helper.js';

/**
 * The ingest pipeline without HTTP, as an import job calls it for each chunk of a file: the
 * target is resolved once, each chunk is one batch in the caller's transaction, and the reports
 * and the summary are those the API gives for the same records.
 */
t.test('chunks ingested without HTTP are batches like any other', async (t) => {
  const clock = fixedClock('2024-12-01T05:00:00Z');
  const { as, database } = await buildTestApp(t, { clock });
  const ctx = { principal: { sub: 'import-job', role: 'agency' as const, agency: 'dinkes' }, requestId: 'job-1' };
  const options = { clock, hashInto: nikHasher(TEST_ENV.NIK_PEPPER).into };
  const target = await resolveBatchTarget(database.db, ctx, 'jakarta-uc-2024', { externalRef: 'roster.xlsx' });
  t.match(target, { agencyCode: 'dinkes', agreementId: 'jakarta-uc-2024', commitmentId: null, externalRef: 'roster.xlsx' });

  const niks = jakartaNiks(900_000, 150);
  const chunks = [niks.slice(0, 100), niks.slice(50, 150)].map((chunk) => chunk.map((nik) => record(nik)));
  const reports = [];
  for (const chunk of chunks) {
    reports.push(await withRetry(() => database.db.transaction((tx) => ingestBatch(tx, ctx, target, [...chunk, 'not a record'], options))));
  }
  t.match(reports[0], { agency: 'dinkes', received: 101, accepted: 100, rejected: 1, errorCounts: { record_invalid: 1 } });
  t.match(reports[1], { received: 101, accepted: 50, duplicates: { sameAgency: 50 }, rejected: 1 });
  const read = await as('agency', 'dinkes')({ url: `/v1/batches/${reports[1]?.id}` });
  t.same(read.json(), reports[1], 'the API shows the same report');
  const summary = (await as('admin')({ url: '/v1/agreements/jakarta-uc-2024/summary' })).json();
  t.equal(summary.agencies.find((a: { code: string }) => a.code === 'dinkes').credited, 150);

  const outsider = { principal: { sub: 'x', role: 'agency' as const, agency: 'dishub' }, requestId: 'job-2' };
  await t.rejects(resolveBatchTarget(database.db, outsider, 'jakarta-uc-2024', { agency: 'dinkes' }), ForbiddenError);
  await t.rejects(resolveBatchTarget(database.db, ctx, 'no-such-agreement', {}), NotFoundError);
});
