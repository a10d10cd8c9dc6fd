import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { createSigner } from 'fast-jwt';
import t from 'tap';
import { queryRows } from '../../src/db/client.js';
import { containsNikInJson } from '../../src/domain/nik-text.js';
import { jakartaNiks, record } from '../fixtures/nik.js';
import { nikInTextArb } from '../fixtures/nik-forms.js';
import { findNiks } from '../fixtures/privacy-scan.js';
import { buildTestApp, TEST_ENV } from '../helper.js';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

t.test('authentication and roles', async (t) => {
  const { app, as, config, database, logs } = await buildTestApp(t);
  const sign = (payload: Record<string, unknown>, options: Record<string, unknown> = {}) =>
    createSigner({ key: TEST_ENV.JWT_SECRET, algorithm: 'HS256', iss: config.jwt.issuer, aud: config.jwt.audience, expiresIn: 60_000, ...options })(
      payload,
    );
  const get = (authorization?: string) => app.inject({ url: '/v1/agreements/jakarta-uc-2024', headers: authorization ? { authorization } : {} });

  const unauthorized: [string, string | undefined][] = [
    ['no Authorization header', undefined],
    ['a scheme other than Bearer', 'Basic YWRtaW46YWRtaW4='],
    ['Bearer without a token', 'Bearer'],
    ['a token that is not a JWT', 'Bearer not.a.jwt'],
    ['an expired token', `Bearer ${sign({ sub: 'a', role: 'admin', exp: now() - 10 }, { expiresIn: undefined })}`],
    [
      'a token signed with another secret',
      `Bearer ${createSigner({ key: 'another-secret-of-at-least-32-bytes!!', iss: config.jwt.issuer, aud: config.jwt.audience, expiresIn: 60_000 })({ sub: 'a', role: 'admin' })}`,
    ],
    [
      'an alg:none token',
      `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'a', role: 'admin', iss: config.jwt.issuer, aud: config.jwt.audience, exp: now() + 60 })}.`,
    ],
    ['a token from another issuer', `Bearer ${sign({ sub: 'a', role: 'admin' }, { iss: 'someone-else' })}`],
    ['a token for another audience', `Bearer ${sign({ sub: 'a', role: 'admin' }, { aud: 'another-api' })}`],
    ['a token without exp', `Bearer ${sign({ sub: 'a', role: 'admin' }, { expiresIn: undefined })}`],
    ['a token without sub', `Bearer ${sign({ role: 'admin' })}`],
    ['a token without role', `Bearer ${sign({ sub: 'a' })}`],
    ['a token with an unknown role', `Bearer ${sign({ sub: 'a', role: 'governor' })}`],
    ['an agency token without agency', `Bearer ${sign({ sub: 'a', role: 'agency' })}`],
    ['an agency token naming no existing agency', `Bearer ${sign({ sub: 'a', role: 'agency', agency: 'ghost' })}`],
    [
      'a tampered payload',
      (() => {
        const [h, , s] = sign({ sub: 'a', role: 'viewer' }).split('.');
        return `Bearer ${h}.${b64({ sub: 'a', role: 'admin', iss: config.jwt.issuer, aud: config.jwt.audience, exp: now() + 60 })}.${s}`;
      })(),
    ],
  ];

  for (const [name, authorization] of unauthorized) {
    t.test(`${name} is a 401 problem`, async (t) => {
      const res = await get(authorization);
      t.equal(res.statusCode, 401);
      t.equal(res.headers['content-type'], 'application/problem+json');
      t.match(res.headers['www-authenticate'], /^Bearer/);
      t.match(res.json(), { type: '/problems/unauthorized', status: 401, title: String });
    });
  }

  t.test('a valid token for each role reads the agreement', async (t) => {
    for (const request of [as('admin'), as('viewer'), as('agency', 'dinkes')]) {
      t.equal((await request({ url: '/v1/agreements/jakarta-uc-2024' })).statusCode, 200);
    }
  });

  t.test('roles that may not call a route get 403, not 401', async (t) => {
    const viewer = await as('viewer')({ method: 'POST', url: '/v1/agencies', payload: { code: 'abc', name: 'Abc' } });
    t.equal(viewer.statusCode, 403);
    const agencyOnAdminRoute = await as('agency', 'dinkes')({ url: '/v1/audit' });
    t.equal(agencyOnAdminRoute.statusCode, 403);
    t.match(agencyOnAdminRoute.json(), { type: '/problems/forbidden' });
  });

  t.test('public routes need no token; unknown routes are 404 even without one', async (t) => {
    t.equal((await app.inject({ url: '/health/live' })).statusCode, 200);
    const unknown = await app.inject({ url: '/v1/nothing-here' });
    t.equal(unknown.statusCode, 404);
    t.match(unknown.json(), { type: '/problems/not-found' });
  });

  t.test('the token is never logged', async (t) => {
    const other = await buildTestApp(t, { env: { LOG_LEVEL: 'trace' } });
    const bearer = other.token({ role: 'admin' });
    await other.app.inject({ url: '/v1/agencies', headers: { authorization: `Bearer ${bearer}` } });
    t.ok(other.logs.lines.length > 0, 'requests were logged');
    const logs = other.logs;
    t.notMatch(logs.text, bearer.split('.')[2] as string);
  });

  t.test('no NIK reaches storage or a response through a claim: a token whose sub or agency is one is refused', async (t) => {
    const nik = jakartaNiks(7_100_000, 1)[0] as string;
    const claims = [
      { sub: nik, role: 'admin' },
      { sub: `user ${nik.slice(0, 4)}-${nik.slice(4, 8)}-${nik.slice(8, 12)}-${nik.slice(12)}`, role: 'viewer' },
      { sub: `0${nik}`, role: 'agency', agency: 'dinkes' },
      { sub: `${nik.slice(0, 8)}\u200b${nik.slice(8)}`, role: 'admin' },
      { sub: 'ops', role: 'agency', agency: nik },
      { sub: 'nul\u0000byte', role: 'admin' },
    ];
    const batch = { records: [record(jakartaNiks(7_100_010, 1)[0] as string)] };
    for (const claim of claims) {
      const authorization = `Bearer ${sign(claim)}`;
      const read = await get(authorization);
      const audit = await app.inject({ url: '/v1/audit', headers: { authorization } });
      const write = await app.inject({
        method: 'POST',
        url: '/v1/agreements/jakarta-uc-2024/batches',
        headers: { authorization, 'idempotency-key': `k-${claims.indexOf(claim)}` },
        payload: batch,
      });
      for (const res of [read, audit, write]) {
        t.equal(res.statusCode, 401);
        t.match(res.json(), { type: '/problems/unauthorized', detail: /sub.*agency/ });
        t.same(findNiks([nik], [res.body]), [], 'the problem does not quote the claim');
      }
    }
    const [stored] = await queryRows<{ batches: number; audit: number }>(
      database.db,
      sql`SELECT (SELECT count(*)::int FROM enrollment_batches) AS batches, (SELECT count(*)::int FROM audit_log) AS audit`,
    );
    t.same(stored, { batches: 0, audit: 0 }, 'nothing was written under those tokens');
    t.notOk(logs.lines.some(containsNikInJson), 'nor logged');
  });

  t.test('property: a sub carrying a NIK in any written form is a 401 that does not echo it', async (t) => {
    await fc.assert(
      fc.asyncProperty(nikInTextArb({ maxLength: 200 }), async ({ nik, text }) => {
        const res = await get(`Bearer ${sign({ sub: text, role: 'viewer' })}`);
        return res.statusCode === 401 && findNiks([nik], [res.body]).length === 0;
      }),
      { numRuns: 100 },
    );
    t.pass('every form refused');
  });
});
