import { randomUUID } from 'node:crypto';
import t from 'tap';
import { z } from 'zod';
import { strictQuery } from '../../src/schemas/common.js';
import { jakartaNiks, record } from '../fixtures/nik.js';
import { buildTestApp } from '../helper.js';
import { fillPath, operations, resolve } from '../reliability/lib/openapi.js';

/**
 * A query parameter a route does not declare is a 400 problem on every route of the OpenAPI
 * document, before the route does anything: a misspelt flag is never silently ignored.
 */

t.test('unknown query parameters are refused on every documented route', async (t) => {
  const { app, token } = await buildTestApp(t, { env: { RATE_LIMIT_MAX: '0' } });
  const bearers = { admin: token({ role: 'admin' }), agency: token({ role: 'agency', agency: 'dinkes' }), viewer: token({ role: 'viewer' }) };
  const params = {
    agreementId: 'jakarta-uc-2024',
    code: 'dinkes',
    agency: 'dinkes',
    period: '2024-11',
    id: randomUUID(),
    deliveryId: randomUUID(),
    alertId: randomUUID(),
    table: 'agencies',
    format: 'csv',
  };

  for (const op of operations()) {
    const role = op.roles[0] as keyof typeof bearers;
    const example = op.body ? (resolve(op.body).examples ?? [])[0] : undefined;
    const declared = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
    // A near miss of a declared name where there is one (other case), else a plain stranger.
    const unknown =
      declared.length > 0
        ? [`${declared[0]?.toLowerCase() === declared[0] ? declared[0]?.toUpperCase() : declared[0]?.toLowerCase()}`, 'extra']
        : ['extra', 'x'];
    for (const name of unknown) {
      const res = await app.inject({
        method: op.method,
        url: `${fillPath(op.path, params)}?${encodeURIComponent(name)}=1`,
        headers: { ...(op.secured ? { authorization: `Bearer ${bearers[role]}` } : {}), 'idempotency-key': randomUUID() },
        ...(example === undefined ? {} : { payload: example as object }),
      });
      t.equal(res.statusCode, 400, `${op.operationId} ?${name}=1`);
      t.match(res.headers['content-type'], /^application\/problem\+json/, `${op.operationId}: a problem`);
      t.match(
        res.json(),
        { type: '/problems/validation', errors: [{ in: 'querystring', code: 'unrecognized_keys' }] },
        `${op.operationId}: names the query`,
      );
    }
  }
});

t.test('?dryrun=true (lower case) on a batch is refused and writes nothing; ?dryRun=true still dry-runs', async (t) => {
  const { as } = await buildTestApp(t);
  const dinkes = as('agency', 'dinkes');
  const url = '/v1/agreements/jakarta-uc-2024/batches';
  const payload = { records: jakartaNiks(7_200_000, 2).map((nik) => record(nik)) };
  const summary = async () => (await dinkes({ url: '/v1/agreements/jakarta-uc-2024/summary' })).json().newlyCovered;
  const before = await summary();

  const misspelt = await dinkes({ method: 'POST', url: `${url}?dryrun=true`, headers: { 'idempotency-key': randomUUID() }, payload });
  t.equal(misspelt.statusCode, 400);
  t.match(misspelt.json().errors[0].message, /dryrun/, 'the problem names the unknown key');
  t.equal(await summary(), before, 'nothing was written');
  t.same((await dinkes({ url })).json().items, [], 'no batch');

  const dry = await dinkes({ method: 'POST', url: `${url}?dryRun=true`, headers: { 'idempotency-key': randomUUID() }, payload });
  t.equal(dry.statusCode, 200);
  t.match(dry.json(), { received: 2, toBeChecked: 2 });
  t.equal(await summary(), before, 'a dry run writes nothing either');
});

t.test('declared parameters keep working, and a strict query schema keeps its own rules', async (t) => {
  const { as } = await buildTestApp(t);
  const viewer = as('viewer');
  t.equal((await viewer({ url: '/v1/agencies?limit=2' })).statusCode, 200);
  t.equal((await viewer({ url: '/v1/agreements/jakarta-uc-2024/series?interval=week&from=2024-10-23&to=2024-11-10' })).statusCode, 200);
  t.equal((await viewer({ url: '/v1/agreements/jakarta-uc-2024/series?from=2024-11-10&to=2024-11-01' })).statusCode, 400, 'from after to');
  t.equal((await viewer({ url: '/v1/agreements/jakarta-uc-2024/summary' })).statusCode, 200, 'no query at all');
  t.equal((await viewer({ url: '/v1/agreements/jakarta-uc-2024/summary?' })).statusCode, 200, 'an empty query');
});

t.test('strictQuery: no schema takes no parameters, an object keeps its rules, anything else is a mistake in the route', async (t) => {
  t.notOk(strictQuery(undefined).safeParse({ x: '1' }).success);
  t.ok(strictQuery(undefined).safeParse({}).success);
  const window = z.object({ from: z.string(), to: z.string() }).refine((q) => q.from <= q.to);
  t.ok(strictQuery(window).safeParse({ from: 'a', to: 'b' }).success);
  t.notOk(strictQuery(window).safeParse({ from: 'b', to: 'a' }).success, 'the refinement still applies');
  t.notOk(strictQuery(window).safeParse({ from: 'a', to: 'b', From: 'a' }).success, 'and an unknown key is refused');
  t.throws(() => strictQuery(z.string()), TypeError);
});
