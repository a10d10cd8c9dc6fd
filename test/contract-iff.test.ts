import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import fc from 'fast-check';
import t from 'tap';
import { containsNik } from '../src/domain/nik-text.js';
import { record, syntheticNik } from './fixtures/nik.js';
import { buildTestApp, fixedClock } from './helper.js';

/**
 * The rule a validating gateway relies on: a request passes validation against the document if
 * and only if the server does not answer it with a 400. Requests are generated (valid, invalid
 * and mixed batches, junk envelopes), judged by a JSON Schema 2020-12 validator against the
 * operation's documented request body, and sent to the server.
 *
 * One documented exception: free text (`externalRef`) holding a NIK-shaped number (16 or more
 * digits, in any script, with separators) is refused with a 400, a rule no JSON Schema can
 * express; the field's description says so, and such a request is expected to be refused here.
 */

const addFormats = formats as unknown as { default: (ajv: Ajv2020) => void };

t.test('POST …/batches: the document accepts a request exactly when the server does not answer 400', async (t) => {
  const { app, as } = await buildTestApp(t, { clock: fixedClock('2024-12-01T05:00:00Z') });
  const dinkes = as('agency', 'dinkes');
  const document = JSON.parse(JSON.stringify(app.swagger()));
  const ajv = new Ajv2020({ strict: false, validateSchema: false });
  addFormats.default(ajv);
  ajv.addSchema(document, 'openapi');
  const body = ajv.compile({ $ref: 'openapi#/paths/~1v1~1agreements~1{agreementId}~1batches/post/requestBody/content/application~1json/schema' });

  let n = 0;
  const validRecord = fc.integer({ min: 1, max: 9_000_000 }).map((i) => record(syntheticNik(100_000 + i)));
  const junkRecord = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 20 }),
    fc.integer(),
    fc.constant({}),
    fc.record({ nik: fc.string({ maxLength: 20 }), segment: fc.constantFrom('PU', 'XX'), programs: fc.constant(['JKK']) }),
    fc.array(fc.integer(), { maxLength: 3 }),
  );
  const envelope = fc.record(
    {
      agency: fc.oneof(fc.constant('dinkes'), fc.constant('Not A Code'), fc.constant(''), fc.integer()),
      commitmentId: fc.oneof(fc.constant('not-a-uuid'), fc.constant(42)),
      // Letters, and the characters the document's pattern refuses (NUL, unpaired surrogates,
      // which a pair still passes), and NIK-shaped numbers (the documented exception).
      externalRef: fc.oneof(
        fc.string({ minLength: 0, maxLength: 120, unit: fc.constantFrom('a', 'B', '-', ' ', '\u0000', '\ud800', '\udc00', '\ud83d\ude00') }),
        fc.constantFrom(`ref ${syntheticNik(4_200_001)}`, `ref ${syntheticNik(4_200_002).replace(/(\d{4})/g, '$1 ')}`, 'ref 12345'),
        fc.constant(null),
      ),
      records: fc.oneof(fc.array(fc.oneof(validRecord, junkRecord), { minLength: 0, maxLength: 6 }), fc.constant('not an array'), fc.constant(null)),
      extra: fc.constant('ignored'),
    },
    { requiredKeys: [] },
  );
  const payload = fc.oneof({ weight: 5, arbitrary: envelope }, fc.constant([]), fc.constant('text'), fc.constant(7), fc.constant(null));

  await fc.assert(
    fc.asyncProperty(payload, async (sent) => {
      const ref = (sent as { externalRef?: unknown } | null)?.externalRef;
      const valid = body(sent) && !(typeof ref === 'string' && containsNik(ref));
      const res = await dinkes({
        method: 'POST',
        url: '/v1/agreements/jakarta-uc-2024/batches',
        headers: { 'idempotency-key': `iff-${++n}`, 'content-type': 'application/json' },
        payload: JSON.stringify(sent),
      });
      if (valid !== (res.statusCode !== 400)) {
        throw new Error(`document says ${valid ? 'valid' : 'invalid'}, server answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
      }
    }),
    { numRuns: 150, seed: 11 },
  );

  t.test('the document requires the key on every post, the deprecated dry run too, and so does the server', async (t) => {
    const operation = document.paths['/v1/agreements/{agreementId}/batches'].post;
    const parameter = operation.parameters.find((p: { name: string }) => p.name === 'idempotency-key');
    t.match(parameter, { in: 'header', required: true });
    t.match(
      operation.parameters.find((p: { name: string }) => p.name === 'dryRun'),
      { deprecated: true },
      'the dry run is deprecated on the Parameter Object',
    );
    const headers = ajv.compile({ type: 'object', properties: { 'idempotency-key': parameter.schema }, required: ['idempotency-key'] });
    t.notOk(headers({}), 'without the key the request fails the document');
    for (const query of ['', '?dryRun=true', '?dryRun=false']) {
      const res = await dinkes({
        method: 'POST',
        url: `/v1/agreements/jakarta-uc-2024/batches${query}`,
        payload: { records: [record(syntheticNik(9_100_003))] },
      });
      t.equal(res.statusCode, 400, `no key${query}: a 400`);
      t.equal(res.json().type, '/problems/idempotency-key-missing');
    }
    const keyed = await dinkes({
      method: 'POST',
      url: '/v1/agreements/jakarta-uc-2024/batches?dryRun=true',
      headers: { 'idempotency-key': 'iff-dry' },
      payload: { records: [record(syntheticNik(9_100_002))] },
    });
    t.ok(headers({ 'idempotency-key': 'iff-dry' }));
    t.equal(keyed.statusCode, 200, 'with a key, the dry run answers');
  });

  t.test('a mixed batch is valid for the document and taken by the server with per-record errors', async (t) => {
    const mixed = { records: [record(syntheticNik(9_100_001)), { nik: 'x' }, 'junk'] };
    t.ok(body(mixed), 'valid against the document');
    const res = await dinkes({
      method: 'POST',
      url: '/v1/agreements/jakarta-uc-2024/batches',
      headers: { 'idempotency-key': 'iff-mixed' },
      payload: mixed,
    });
    t.equal(res.statusCode, 201);
    t.match(res.json(), { accepted: 1, rejected: 2 });
  });
});
