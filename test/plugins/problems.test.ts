import t from 'tap';
import { z } from 'zod';
import { buildTestApp } from '../helper.js';

t.test('every error is RFC 9457 problem+json', async (t) => {
  const { as, logs } = await buildTestApp(t, {
    extraRoutes: (app) => {
      app.get('/v1/test/boom', async () => {
        throw new Error('secret internals: password=hunter2 at /srv/db.ts:42');
      });
      app.get('/v1/test/bad-response', { schema: { response: { 200: z.object({ n: z.number() }) } } }, async () => ({ n: 'x' }) as never);
    },
  });
  const admin = as('admin');

  t.test('malformed JSON is a 400 that does not echo the body', async (t) => {
    const res = await admin({
      method: 'POST',
      url: '/v1/agencies',
      headers: { 'content-type': 'application/json' },
      payload: '{"code": "abc", "name": 3171012345678901,',
    });
    t.equal(res.statusCode, 400);
    t.equal(res.headers['content-type'], 'application/problem+json');
    t.match(res.json(), { type: '/problems/malformed-json', status: 400, detail: 'The request body is not valid JSON.' });
    t.notMatch(res.body, '3171012345678901');
  });

  t.test('an empty JSON body is a 400', async (t) => {
    const res = await admin({ method: 'POST', url: '/v1/agencies', headers: { 'content-type': 'application/json' }, payload: '' });
    t.equal(res.statusCode, 400);
    t.equal(res.json().type, '/problems/malformed-json');
  });

  t.test('an unsupported content type is a 415', async (t) => {
    const res = await admin({ method: 'POST', url: '/v1/agencies', headers: { 'content-type': 'text/csv' }, payload: 'a,b' });
    t.equal(res.statusCode, 415);
    t.match(res.json(), { type: '/problems/unsupported-media-type', status: 415 });
  });

  t.test('a body over the limit is a 413', async (t) => {
    const res = await admin({
      method: 'POST',
      url: '/v1/agencies',
      payload: { code: 'big', name: 'x'.repeat(2 * 1024 * 1024) },
    });
    t.equal(res.statusCode, 413);
    t.match(res.json(), { type: '/problems/body-too-large', status: 413 });
  });

  t.test('validation failures list every problem with a pointer', async (t) => {
    const res = await admin({ method: 'POST', url: '/v1/agencies', payload: { code: 'Not A Code', name: 1, extra: true } });
    t.equal(res.statusCode, 400);
    const body = res.json();
    t.match(body, { type: '/problems/validation', title: 'The request is not valid', status: 400, instance: '/v1/agencies' });
    const pointers = body.errors.map((e: { pointer: string }) => e.pointer).sort();
    t.same(pointers, ['/', '/code', '/name']);
    for (const error of body.errors) t.match(error, { in: 'body', code: String, message: String });
  });

  t.test('invalid path parameters and query strings are 400s naming where', async (t) => {
    const res = await admin({ url: '/v1/commitments/not-a-uuid' });
    t.equal(res.statusCode, 400);
    t.match(res.json().errors, [{ in: 'params', pointer: '/id' }]);
    const query = await admin({ url: '/v1/agencies?limit=abc' });
    t.match(query.json().errors, [{ in: 'querystring', pointer: '/limit' }]);
  });

  t.test('an unexpected error is a 500 that shows no internals, and is logged with the request id', async (t) => {
    const res = await admin({ url: '/v1/test/boom', headers: { 'x-request-id': 'trace-123' } });
    t.equal(res.statusCode, 500);
    t.equal(res.headers['x-request-id'], 'trace-123');
    t.match(res.json(), { type: 'about:blank', title: 'Internal Server Error', status: 500, requestId: 'trace-123' });
    t.notMatch(res.body, 'hunter2');
    t.notMatch(res.body, 'db.ts');
    t.match(logs.text, /"reqId":"trace-123".*unhandled error/);
  });

  t.test('a response that breaks its own schema is a 500 without internals', async (t) => {
    const res = await admin({ url: '/v1/test/bad-response' });
    t.equal(res.statusCode, 500);
    t.same(Object.keys(res.json()).sort(), ['detail', 'instance', 'requestId', 'status', 'title', 'type']);
  });

  t.test('a request id that is not a plain token is replaced', async (t) => {
    const res = await admin({ url: '/health/live', headers: { 'x-request-id': 'bad id\nwith newline' } });
    t.match(res.headers['x-request-id'], /^[0-9a-f-]{36}$/);
  });

  // Found by the reliability suite's fuzzer (test/reliability/fuzz.test.ts): a NIK sent in the
  // wrong place came back in the answer. Every answer below would otherwise quote it.
  const nik = '3171014501900001';

  t.test('a request id holding a NIK is replaced, not echoed in every answer', async (t) => {
    const res = await admin({ url: '/v1/agencies/nope', headers: { 'x-request-id': `batch-${nik}` } });
    t.match(res.headers['x-request-id'], /^[0-9a-f-]{36}$/);
    t.notMatch(res.body, nik);
  });

  t.test('a request id holding a NIK with separators or a leading zero is replaced too', async (t) => {
    for (const given of ['3171-0145-0190-0001', '3171.0145.0190.0001', `0${nik}`, `id:${nik.slice(0, 8)}_${nik.slice(8)}`]) {
      const res = await admin({ url: '/v1/agencies/nope', headers: { 'x-request-id': given } });
      t.match(res.headers['x-request-id'], /^[0-9a-f-]{36}$/, given);
      t.equal(res.json().requestId, res.headers['x-request-id'], 'the generated id is quoted whole, never masked');
    }
  });

  t.test('a NIK in the path is masked in the problem: instance and detail', async (t) => {
    const missing = await admin({ url: `/v1/agreements/${nik}` });
    t.equal(missing.statusCode, 404);
    t.match(missing.json(), { detail: 'Agreement `[NIK]` does not exist.', instance: '/v1/agreements/[NIK]' });
    const noRoute = await admin({ url: `/v1/nothing/${nik}` });
    t.match(noRoute.json(), { status: 404, detail: 'No route GET /v1/nothing/[NIK].' });
    t.notMatch(missing.body + noRoute.body, nik);
  });

  t.test('a NIK as an unknown key is masked in the validation message', async (t) => {
    const res = await admin({ method: 'POST', url: '/v1/agencies', payload: { code: 'abc', name: 'Abc', [nik]: {} } });
    t.equal(res.statusCode, 400);
    t.match(res.json().errors, [{ code: 'unrecognized_keys', message: /\[NIK\]/ }]);
    t.notMatch(res.body, nik);
  });

  t.test('a NUL character, which PostgreSQL cannot hold, is a 400 wherever it comes in', async (t) => {
    const cursor = Buffer.from(JSON.stringify(['a\u0000'])).toString('base64url');
    // Free text in a body is refused by its schema (the document's pattern says so); elsewhere
    // PostgreSQL's refusal is the 400.
    const bodies = [
      admin({ method: 'POST', url: '/v1/agencies', payload: { code: 'nul', name: 'Nul', description: 'a\u0000b' } }),
      admin({ method: 'PATCH', url: '/v1/agencies/dinkes', payload: { description: '\u0000' } }),
    ];
    for (const res of await Promise.all(bodies)) {
      t.equal(res.statusCode, 400);
      t.match(res.json(), { type: '/problems/validation', errors: [{ pointer: '/description', message: /NUL/ }] });
    }
    const query = await admin({ url: '/v1/audit?entityId=%00' });
    t.equal(query.statusCode, 400);
    t.match(query.json(), { type: '/problems/bad-request', detail: /NUL/ });
    // A cursor is decoded against its key's shape first: a NUL never gets as far as PostgreSQL.
    const forged = await admin({ url: `/v1/agencies?cursor=${cursor}` });
    t.equal(forged.statusCode, 400);
    t.match(forged.json(), { type: '/problems/invalid-cursor' });
    t.equal((await admin({ url: '/v1/agencies/nul' })).statusCode, 404, 'nothing was written');
  });

  t.test('a URL the router cannot decode, or with a segment over its limit, is a problem that does not quote it', async (t) => {
    const bad = await admin({ url: `/v1/agencies/${nik}%FF` });
    t.equal(bad.statusCode, 400);
    t.equal(bad.headers['content-type'], 'application/problem+json');
    t.match(bad.json(), { type: '/problems/bad-request', status: 400, detail: /percent-encoding/ });
    t.match(bad.headers['x-request-id'], /^[0-9a-f-]{36}$/);
    const long = await admin({ url: `/v1/agencies/${nik}${'x'.repeat(200)}` });
    t.equal(long.statusCode, 414);
    t.match(long.json(), { type: '/problems/bad-request', status: 414 });
    t.notMatch(bad.body + long.body, nik);
  });
});
