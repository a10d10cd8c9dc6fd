import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import fc from 'fast-check';
import t from 'tap';
import { record, syntheticNik } from './fixtures/nik.js';
import { buildTestApp, fixedClock } from './helper.js';

/**
 * The rule a validating gateway relies on: a request passes validation against the document if
 * and only if the server does not answer it with a 400. Requests are generated (valid, invalid
 * and mixed batches, junk envelopes), judged by a JSON Schema 2020-12 validator against the
 * operation's documented request body, and sent to the server.
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
      // Letters only: a NIK-shaped number in free text is refused by a rule the schema cannot state.
      externalRef: fc.oneof(fc.string({ minLength: 0, maxLength: 120, unit: fc.constantFrom('a', 'B', '-', ' ') }), fc.constant(null)),
      records: fc.oneof(fc.array(fc.oneof(validRecord, junkRecord), { minLength: 0, maxLength: 6 }), fc.constant('not an array'), fc.constant(null)),
      extra: fc.constant('ignored'),
    },
    { requiredKeys: [] },
  );
  const payload = fc.oneof({ weight: 5, arbitrary: envelope }, fc.constant([]), fc.constant('text'), fc.constant(7), fc.constant(null));

  await fc.assert(
    fc.asyncProperty(payload, async (sent) => {
      const valid = body(sent);
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
