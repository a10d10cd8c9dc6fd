import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import t from 'tap';
import { queryRows } from '../../src/db/client.js';
import { jakartaNiks, record } from '../fixtures/nik.js';
import { nikInTextArb } from '../fixtures/nik-forms.js';
import { findNiks } from '../fixtures/privacy-scan.js';
import { buildTestApp, fixedClock } from '../helper.js';

/**
 * Every field of free text the service stores, and every identifier a client chooses, refuses a
 * NIK in any written form: a request that carries one is a 400 (a record's kota rejects that
 * record only), nothing of it is stored, and neither the response nor the log quotes it.
 */
t.test('no stored text field takes a NIK in any written form', async (t) => {
  const { as, database, logs } = await buildTestApp(t, { clock: fixedClock('2024-12-01T05:00:00Z') });
  const admin = as('admin');
  const dinkes = as('agency', 'dinkes');

  const milestone = await admin({
    method: 'POST',
    url: '/v1/agreements/jakarta-uc-2024/commitments',
    payload: { agency: 'dinkes', kind: 'milestone', title: 'Draft a Pergub', dueDate: '2024-12-15' },
  });
  t.equal(milestone.statusCode, 201);
  const commitmentId = milestone.json().id as string;
  const batch = await dinkes({
    method: 'POST',
    url: '/v1/agreements/jakarta-uc-2024/batches',
    headers: { 'idempotency-key': 'setup' },
    payload: { records: [record(jakartaNiks(72_000, 1)[0] as string)] },
  });
  t.equal(batch.statusCode, 201);
  const batchId = batch.json().id as string;

  const agreement = (overrides: Record<string, unknown>) => ({
    id: 'free-text-2025',
    title: 'Free text agreement',
    regionCode: '31',
    periodStart: '2024-01-01',
    baseline: { workers: 1, asOf: '2024-01-01', source: 'A source' },
    target: { workers: 2, date: '2024-12-31', source: 'A source' },
    workforce: { workers: 3, asOf: '2024-01-01', source: 'A source' },
    ...overrides,
  });
  const figure = { workers: 1, asOf: '2024-01-01', source: 'A source' };
  let key = 0;

  type Field = [name: string, send: (text: string) => Promise<LightMyRequestResponse>];
  const fields: Field[] = [
    ['agency name', (text) => admin({ method: 'POST', url: '/v1/agencies', payload: { code: 'ft-agency', name: text } })],
    ['agency shortName', (text) => admin({ method: 'POST', url: '/v1/agencies', payload: { code: 'ft-agency', name: 'Agency', shortName: text } })],
    ['agency description', (text) => admin({ method: 'PATCH', url: '/v1/agencies/dinkes', payload: { description: text } })],
    ['agreement title', (text) => admin({ method: 'POST', url: '/v1/agreements', payload: agreement({ title: text }) })],
    ['agreement description', (text) => admin({ method: 'PATCH', url: '/v1/agreements/jakarta-uc-2024', payload: { description: text } })],
    ['a figure’s source', (text) => admin({ method: 'POST', url: '/v1/agreements', payload: agreement({ baseline: { ...figure, source: text } }) })],
    ['a figure’s note', (text) => admin({ method: 'PATCH', url: '/v1/agreements/jakarta-uc-2024', payload: { workforce: { note: text } } })],
    ['commitment title', (text) => admin({ method: 'PATCH', url: `/v1/commitments/${commitmentId}`, payload: { title: text } })],
    ['commitment description', (text) => admin({ method: 'PATCH', url: `/v1/commitments/${commitmentId}`, payload: { description: text } })],
    ['milestone evidenceRef', (text) => admin({ method: 'PATCH', url: `/v1/commitments/${commitmentId}`, payload: { evidenceRef: text } })],
    [
      'signatoryName',
      (text) =>
        admin({
          method: 'POST',
          url: `/v1/commitments/${commitmentId}/sign`,
          payload: { signatoryName: text, signatoryTitle: 'Kepala Dinas', signedOn: '2024-11-01' },
        }),
    ],
    [
      'signatoryTitle',
      (text) =>
        admin({
          method: 'POST',
          url: `/v1/commitments/${commitmentId}/sign`,
          payload: { signatoryName: 'dr. Ani', signatoryTitle: text, signedOn: '2024-11-01' },
        }),
    ],
    [
      'batch externalRef',
      (text) =>
        dinkes({
          method: 'POST',
          url: '/v1/agreements/jakarta-uc-2024/batches',
          headers: { 'idempotency-key': `ft-${++key}` },
          payload: { externalRef: text, records: [record(jakartaNiks(72_100 + key, 1)[0] as string)] },
        }),
    ],
    ['void reason', (text) => dinkes({ method: 'POST', url: `/v1/batches/${batchId}/void`, payload: { reason: text } })],
    [
      'webhook url (percent-encoded in its path)',
      (text) =>
        dinkes({
          method: 'POST',
          url: '/v1/webhooks',
          payload: { url: `https://203.0.113.10/hook/${encodeURIComponent(text)}`, events: ['batch.created'] },
        }),
    ],
    [
      'webhook url (in its query)',
      (text) =>
        dinkes({
          method: 'POST',
          url: '/v1/webhooks',
          payload: { url: `https://203.0.113.10/hook?ref=${encodeURIComponent(text)}`, events: ['batch.created'] },
        }),
    ],
    [
      'webhook description',
      (text) =>
        dinkes({ method: 'POST', url: '/v1/webhooks', payload: { url: 'https://203.0.113.10/hook', events: ['batch.created'], description: text } }),
    ],
    [
      'official figure source',
      (text) =>
        admin({
          method: 'POST',
          url: '/v1/agreements/jakarta-uc-2024/official-figures',
          payload: { workers: 2_291_409, asOf: '2024-12-31', source: text },
        }),
    ],
  ];

  const sent: string[] = [];
  const responses: string[] = [];
  for (const [name, send] of fields) {
    t.test(`${name}: a NIK in any written form is a 400 that does not quote it`, async (t) => {
      await fc.assert(
        fc.asyncProperty(nikInTextArb({ maxLength: 100 }), async ({ nik, text }) => {
          sent.push(nik);
          const res = await send(text);
          responses.push(res.body);
          return res.statusCode === 400 && res.json().type === '/problems/validation' && findNiks([nik], [res.body]).length === 0;
        }),
        { numRuns: 12 },
      );
      t.pass('refused');
    });
  }

  t.test('a record’s kota: a NIK in any written form rejects that record only, in a dry run and a real post', async (t) => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(nikInTextArb({ maxLength: 100 }), fc.boolean(), async ({ nik, text }, dryRun) => {
        sent.push(nik);
        const [worker, other] = jakartaNiks(73_000 + 2 * n++, 2) as [string, string];
        const res = await dinkes({
          method: 'POST',
          url: `/v1/agreements/jakarta-uc-2024/batches${dryRun ? '?dryRun=true' : ''}`,
          headers: { 'idempotency-key': `kota-${n}` },
          payload: { records: [record(worker, { kota: text }), record(other)] },
        });
        responses.push(res.body);
        const report = res.json();
        return (
          res.statusCode === (dryRun ? 200 : 201) &&
          report.rejected === 1 &&
          (dryRun || report.accepted === 1) &&
          report.errors[0].code === 'kota_format' &&
          findNiks([nik], [res.body]).length === 0
        );
      }),
      { numRuns: 20 },
    );
    t.pass('rejected record by record');
  });

  t.test('identifiers a client chooses (agency code, agreement id) take no NIK either', async (t) => {
    const nik = jakartaNiks(74_000, 1)[0] as string;
    sent.push(nik);
    const code = await admin({ method: 'POST', url: '/v1/agencies', payload: { code: `a${nik}`, name: 'Agency' } });
    const id = await admin({ method: 'POST', url: '/v1/agreements', payload: agreement({ id: `uc-${nik}` }) });
    for (const res of [code, id]) {
      responses.push(res.body);
      t.equal(res.statusCode, 400);
      t.same(findNiks([nik], [res.body]), []);
    }
  });

  t.test('a NIK in any written form in a URL, encoded once or twice, is answered with a 4xx and never echoed', async (t) => {
    await fc.assert(
      fc.asyncProperty(nikInTextArb({ maxLength: 60 }), fc.boolean(), async ({ nik, text }, twice) => {
        sent.push(nik);
        const segment = twice ? encodeURIComponent(encodeURIComponent(text)) : encodeURIComponent(text);
        const res = await admin({ url: `/v1/agreements/${segment}/summary?q=${segment}` });
        responses.push(res.body);
        return res.statusCode >= 400 && res.statusCode < 500 && findNiks([nik], [res.body]).length === 0;
      }),
      { numRuns: 40 },
    );
    t.pass('refused, not echoed');
  });

  t.test('none of those NIKs is stored, logged or returned, in any written form', async (t) => {
    const tables = await queryRows<{ table_name: string }>(
      database.db,
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const dump: string[] = [];
    for (const { table_name } of tables) {
      dump.push(JSON.stringify(await queryRows<Record<string, unknown>>(database.db, sql.raw(`SELECT * FROM "${table_name}"`))));
    }
    t.ok(sent.length > 150, 'many written forms were sent');
    t.same(findNiks(sent, [...dump, ...logs.lines, ...responses]), []);
  });
});
