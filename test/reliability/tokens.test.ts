/**
 * Line 6 of the reliability suite — tokens. Every way a bearer token can be wrong (forged, confused,
 * stale, early, issued in the future, living longer than JWT_MAX_TTL, for someone else, lacking or
 * inventing claims, malformed) is refused with a 401 problem: on a read, on an admin-only route (401, not 403: an unauthenticated caller learns
 * nothing about roles) and on a write that carries NIKs, which must then not reach the database.
 * Both configurations are attacked: the default HS256 secret and an RS256 public key.
 */
import { createHmac, createSign, generateKeyPairSync, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import t, { type Test } from 'tap';
import { queryRows } from '../../src/db/client.js';
import { jakartaNiks, record } from '../fixtures/nik.js';
import { TEST_ENV, type TestApp } from '../helper.js';
import { buildReliabilityApp } from './lib/database.js';
import { count, recordFigure } from './lib/figures.js';
import { dumpDatabase, privacyFigure, scanForNiks } from './lib/privacy.js';

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** A compact JWS built by hand, so the test controls every byte (fast-jwt would refuse some of these). */
function jws(header: object, payload: object, sign: (input: string) => string): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${sign(input)}`;
}
const hs256 = (secret: string | Buffer) => (input: string) => createHmac('sha256', secret).update(input).digest('base64url');
const rs256 = (privateKey: string) => (input: string) => createSign('RSA-SHA256').update(input).sign(privateKey).toString('base64url');

const ISS = 'sinergi';
const AUD = 'sinergi-api';
/** Claims the service would accept, before a case breaks one of them. */
const valid = (overrides: Record<string, unknown> = {}) => ({
  sub: 'dinkes-simpeg',
  role: 'agency',
  agency: 'dinkes',
  iss: ISS,
  aud: AUD,
  iat: now(),
  exp: now() + 600,
  ...overrides,
});
const without = (claim: string) => {
  const claims: Record<string, unknown> = valid();
  delete claims[claim];
  return claims;
};

type Case = [name: string, token: string | undefined, authorization?: string];

const niks = jakartaNiks(6_000_000, 256);
/** The NIK put in claims; it must reach no table, log line or response either. */
const claimNik = jakartaNiks(6_100_000, 1)[0] as string;
let nikCursor = 0;
const responses: string[] = [];
let refused = 0;
let presented = 0;
let kindsRefused = 0;

/**
 * Presents one bad token three times, twice to the same route (the verifier caches results, so the
 * second look must be as strict as the first): a read, an admin-only read, a batch write.
 */
async function presentBadToken(t: Test, app: TestApp['app'], [name, token, authorization]: Case) {
  const headers = { authorization: authorization ?? `Bearer ${token}` };
  const batch = { records: [record(niks[nikCursor++ % niks.length] as string), record(niks[nikCursor++ % niks.length] as string)] };
  const requests = [
    () => app.inject({ url: '/v1/agreements/jakarta-uc-2024', headers }),
    () => app.inject({ url: '/v1/agreements/jakarta-uc-2024', headers }),
    () => app.inject({ url: '/v1/audit', headers }),
    () =>
      app.inject({
        method: 'POST',
        url: '/v1/agreements/jakarta-uc-2024/batches',
        headers: { ...headers, 'idempotency-key': randomUUID() },
        payload: batch,
      }),
  ];
  let allRefused = true;
  for (const request of requests) {
    const res: LightMyRequestResponse = await request();
    responses.push(res.body);
    presented++;
    const isProblem =
      res.statusCode === 401 &&
      res.headers['content-type'] === 'application/problem+json' &&
      /^Bearer/.test(String(res.headers['www-authenticate'])) &&
      (res.json() as { type?: string }).type === '/problems/unauthorized';
    if (isProblem) refused++;
    else allRefused = false;
  }
  if (allRefused) kindsRefused++;
  t.ok(allRefused, `${name} is refused with a 401 problem on a read, an admin route and a write`);
}

t.test('tokens: every bad token is refused with 401', async (t) => {
  const hs = await buildReliabilityApp(t);
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const other = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const rs = await buildReliabilityApp(t, { env: { JWT_ALGORITHM: 'RS256', JWT_PUBLIC_KEY: publicKey } });

  const secret = TEST_ENV.JWT_SECRET;
  const goodHs = jws({ alg: 'HS256', typ: 'JWT' }, valid(), hs256(secret));
  const goodRs = jws({ alg: 'RS256', typ: 'JWT' }, valid(), rs256(privateKey));
  const tamper = (token: string, payload: object) => {
    const [header, , signature] = token.split('.');
    return `${header}.${b64(payload)}.${signature}`;
  };

  await t.test('the controls: a well-made token is accepted by each configuration', async (t) => {
    // Without these the 401s below would prove nothing: the cases differ from these in one way each.
    t.equal((await hs.app.inject({ url: '/v1/agreements/jakarta-uc-2024', headers: { authorization: `Bearer ${goodHs}` } })).statusCode, 200);
    t.equal((await rs.app.inject({ url: '/v1/agreements/jakarta-uc-2024', headers: { authorization: `Bearer ${goodRs}` } })).statusCode, 200);
    const early = jws({ alg: 'HS256' }, valid({ nbf: now() - 5 }), hs256(secret));
    t.equal(
      (await hs.app.inject({ url: '/v1/agreements/jakarta-uc-2024', headers: { authorization: `Bearer ${early}` } })).statusCode,
      200,
      'an nbf in the past is fine',
    );
  });

  const hsCases: Case[] = [
    ['alg none', jws({ alg: 'none', typ: 'JWT' }, valid(), () => '')],
    ['alg None (other casing)', jws({ alg: 'None', typ: 'JWT' }, valid(), () => '')],
    ['alg none with the original signature kept', `${b64({ alg: 'none' })}.${goodHs.split('.')[1]}.${goodHs.split('.')[2]}`],
    ['an RS256 token (properly signed by a private key) given to the HS256 service', jws({ alg: 'RS256', typ: 'JWT' }, valid(), rs256(privateKey))],
    [
      'HS512 with the right secret (algorithm is pinned to HS256)',
      jws({ alg: 'HS512' }, valid(), (i) => createHmac('sha512', secret).update(i).digest('base64url')),
    ],
    ['HS256 with another secret', jws({ alg: 'HS256' }, valid(), hs256('another-secret-that-is-at-least-32-bytes'))],
    ['HS256 with an empty secret', jws({ alg: 'HS256' }, valid(), hs256(''))],
    ['a tampered payload (agency → admin, signature kept)', tamper(goodHs, valid({ role: 'admin', agency: undefined }))],
    ['a tampered payload (another agency, signature kept)', tamper(goodHs, valid({ agency: 'dishub' }))],
    ['a tampered header (alg changed, signature kept)', `${b64({ alg: 'HS384', typ: 'JWT' })}.${goodHs.split('.').slice(1).join('.')}`],
    ['a truncated signature', goodHs.slice(0, -4)],
    ['an empty signature', `${goodHs.split('.').slice(0, 2).join('.')}.`],
    ['expired', jws({ alg: 'HS256' }, valid({ exp: now() - 60, iat: now() - 3600 }), hs256(secret))],
    ['expired a second ago', jws({ alg: 'HS256' }, valid({ exp: now() - 1 }), hs256(secret))],
    ['not yet valid (nbf in an hour)', jws({ alg: 'HS256' }, valid({ nbf: now() + 3600 }), hs256(secret))],
    [
      'not yet valid (nbf far in the future)',
      jws({ alg: 'HS256' }, valid({ nbf: now() + 10 * 365 * 86400, exp: now() + 11 * 365 * 86400 }), hs256(secret)),
    ],
    ['exp as a string', jws({ alg: 'HS256' }, valid({ exp: String(now() + 600) }), hs256(secret))],
    ['nbf as a string in the future', jws({ alg: 'HS256' }, valid({ nbf: String(now() + 3600) }), hs256(secret))],
    ['wrong iss', jws({ alg: 'HS256' }, valid({ iss: 'someone-else' }), hs256(secret))],
    ['wrong aud', jws({ alg: 'HS256' }, valid({ aud: 'another-api' }), hs256(secret))],
    ['aud a list without ours', jws({ alg: 'HS256' }, valid({ aud: ['another-api', 'sinergi'] }), hs256(secret))],
    ['missing iss', jws({ alg: 'HS256' }, without('iss'), hs256(secret))],
    ['missing aud', jws({ alg: 'HS256' }, without('aud'), hs256(secret))],
    ['missing exp', jws({ alg: 'HS256' }, without('exp'), hs256(secret))],
    ['missing iat', jws({ alg: 'HS256' }, without('iat'), hs256(secret))],
    ['iat as a string', jws({ alg: 'HS256' }, valid({ iat: String(now()) }), hs256(secret))],
    ['iat in an hour (issued in the future)', jws({ alg: 'HS256' }, valid({ iat: now() + 3600, exp: now() + 7200 }), hs256(secret))],
    ['exp in the year 9999', jws({ alg: 'HS256' }, valid({ exp: 253_402_300_799 }), hs256(secret))],
    ['a lifetime over JWT_MAX_TTL (24 h and a second)', jws({ alg: 'HS256' }, valid({ exp: now() + 86_401 }), hs256(secret))],
    ['issued a year ago, valid for ten minutes more', jws({ alg: 'HS256' }, valid({ iat: now() - 365 * 86_400 }), hs256(secret))],
    ['missing sub', jws({ alg: 'HS256' }, without('sub'), hs256(secret))],
    ['an empty sub', jws({ alg: 'HS256' }, valid({ sub: '' }), hs256(secret))],
    ['missing role', jws({ alg: 'HS256' }, without('role'), hs256(secret))],
    ['an unknown role', jws({ alg: 'HS256' }, valid({ role: 'governor' }), hs256(secret))],
    ['a role of another case', jws({ alg: 'HS256' }, valid({ role: 'Admin' }), hs256(secret))],
    ['a role as a list', jws({ alg: 'HS256' }, valid({ role: ['admin'] }), hs256(secret))],
    ['an agency token without agency', jws({ alg: 'HS256' }, without('agency'), hs256(secret))],
    ['an agency that does not exist', jws({ alg: 'HS256' }, valid({ agency: 'ghost' }), hs256(secret))],
    ['an agency that is SQL', jws({ alg: 'HS256' }, valid({ agency: "dinkes' OR '1'='1" }), hs256(secret))],
    ['an agency of another case', jws({ alg: 'HS256' }, valid({ agency: 'DINKES' }), hs256(secret))],
    ['an agency as an object', jws({ alg: 'HS256' }, valid({ agency: { code: 'dinkes' } }), hs256(secret))],
    ['an unknown critical header', jws({ alg: 'HS256', crit: ['x-sinergi'], 'x-sinergi': 1 }, valid(), hs256(secret))],
    ['a header that is not JSON', `${b64('{"alg":"HS256"')}.${goodHs.split('.')[1]}.${goodHs.split('.')[2]}`],
    ['a header that is not base64url', `!!!.${goodHs.split('.')[1]}.${goodHs.split('.')[2]}`],
    ['a payload that is not JSON', jws({ alg: 'HS256' }, {}, hs256(secret)).replace(/^([^.]+)\.[^.]+/, `$1.${b64('not json')}`)],
    [
      'a payload that is a JSON array',
      (() => {
        const input = `${b64({ alg: 'HS256' })}.${b64([valid()])}`;
        return `${input}.${hs256(secret)(input)}`;
      })(),
    ],
    ['two segments', goodHs.split('.').slice(0, 2).join('.')],
    ['four segments', `${goodHs}.${goodHs.split('.')[2]}`],
    ['a 16 KiB token', jws({ alg: 'HS256', pad: 'x'.repeat(16_384) }, valid(), hs256('another-secret-that-is-at-least-32-bytes'))],
    ['not a JWT at all', 'not-a-jwt'],
    ['no Authorization header', undefined, ''],
    ['Bearer with nothing after it', undefined, 'Bearer '],
    ['Basic instead of Bearer', undefined, `Basic ${Buffer.from('admin:admin').toString('base64')}`],
    ['two bearer tokens', undefined, `Bearer ${goodHs.split('.')[0]} ${goodHs}`],
    ['a token with a trailing NUL', undefined, `Bearer ${goodHs}\u0000`],
    // A NIK in a claim that is stored (audit log, batch author) and returned (GET /v1/audit), in any written form.
    ['a sub that is a NIK', jws({ alg: 'HS256' }, valid({ sub: claimNik }), hs256(secret))],
    ['a sub that is a NIK with dashes', jws({ alg: 'HS256' }, valid({ sub: claimNik.replace(/(\d{4})(?=\d)/g, '$1-') }), hs256(secret))],
    ['a sub that is a NIK with a leading zero', jws({ alg: 'HS256' }, valid({ sub: `0${claimNik}` }), hs256(secret))],
    [
      'a sub with a NIK behind a zero-width space',
      jws({ alg: 'HS256' }, valid({ sub: `ops ${claimNik.slice(0, 6)}\u200b${claimNik.slice(6)}` }), hs256(secret)),
    ],
    [
      'a sub that is a NIK in Arabic-Indic digits',
      jws({ alg: 'HS256' }, valid({ sub: [...claimNik].map((d) => String.fromCodePoint(0x660 + Number(d))).join('') }), hs256(secret)),
    ],
    [
      'a sub that is a NIK in fullwidth digits',
      jws({ alg: 'HS256' }, valid({ sub: [...claimNik].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('') }), hs256(secret)),
    ],
    ['an admin sub that is a NIK', jws({ alg: 'HS256' }, valid({ sub: claimNik, role: 'admin', agency: undefined }), hs256(secret))],
    ['an agency claim that is a NIK', jws({ alg: 'HS256' }, valid({ agency: claimNik }), hs256(secret))],
    ['a sub with a NUL character', jws({ alg: 'HS256' }, valid({ sub: 'ops\u0000x' }), hs256(secret))],
  ];

  const rsCases: Case[] = [
    // The classic confusion: the verifier's own public key, used as an HMAC secret.
    ['HS256 signed with the RS256 public key PEM as the secret', jws({ alg: 'HS256', typ: 'JWT' }, valid(), hs256(publicKey))],
    ['HS256 signed with the public key PEM without its final newline', jws({ alg: 'HS256' }, valid(), hs256(publicKey.trimEnd()))],
    ['alg none given to the RS256 service', jws({ alg: 'none' }, valid(), () => '')],
    ['RS256 signed by another private key', jws({ alg: 'RS256' }, valid(), rs256(other.privateKey))],
    ['PS256 (another RSA algorithm)', jws({ alg: 'PS256' }, valid(), rs256(privateKey))],
    ['a tampered RS256 payload', tamper(goodRs, valid({ role: 'admin', agency: undefined }))],
    ['an expired RS256 token', jws({ alg: 'RS256' }, valid({ exp: now() - 60 }), rs256(privateKey))],
    ['a not-yet-valid RS256 token', jws({ alg: 'RS256' }, valid({ nbf: now() + 3600 }), rs256(privateKey))],
    ['an RS256 token for an agency that does not exist', jws({ alg: 'RS256' }, valid({ agency: 'ghost' }), rs256(privateKey))],
    ['an RS256 token with wrong iss', jws({ alg: 'RS256' }, valid({ iss: 'someone-else' }), rs256(privateKey))],
    ['an RS256 token with wrong aud', jws({ alg: 'RS256' }, valid({ aud: 'another-api' }), rs256(privateKey))],
    ['an RS256 token without role', jws({ alg: 'RS256' }, without('role'), rs256(privateKey))],
    ['an RS256 token without iat', jws({ alg: 'RS256' }, without('iat'), rs256(privateKey))],
    ['an RS256 token with exp in the year 9999', jws({ alg: 'RS256' }, valid({ exp: 253_402_300_799 }), rs256(privateKey))],
    ['an RS256 token issued in the future', jws({ alg: 'RS256' }, valid({ iat: now() + 3600, exp: now() + 7200 }), rs256(privateKey))],
    [
      'an RS256 token whose sub is a NIK with spaces',
      jws({ alg: 'RS256' }, valid({ sub: claimNik.replace(/(\d{4})(?=\d)/g, '$1 ') }), rs256(privateKey)),
    ],
  ];

  await t.test('the HS256 service (the default)', async (t) => {
    for (const item of hsCases) await presentBadToken(t, hs.app, item);
  });

  await t.test('the RS256 service (JWT_ALGORITHM=RS256 with a public key)', async (t) => {
    for (const item of rsCases) await presentBadToken(t, rs.app, item);
  });

  await t.test('the bad tokens wrote nothing: no batch, no enrollment, no audit entry', async (t) => {
    for (const { database } of [hs, rs]) {
      const rows = await queryRows<{ batches: number; enrollments: number; audit: number }>(
        database.db,
        sql`SELECT (SELECT count(*)::int FROM enrollment_batches) AS batches, (SELECT count(*)::int FROM enrollments) AS enrollments,
                   (SELECT count(*)::int FROM audit_log) AS audit`,
      );
      t.same(rows[0], { batches: 0, enrollments: 0, audit: 0 });
    }
  });

  const cases = hsCases.length + rsCases.length;
  recordFigure(t, {
    line: 6,
    name: 'tokens',
    figure: `${count(kindsRefused)} of ${count(cases)} kinds of bad token refused with 401 (${count(refused)} of ${count(presented)} requests: read, admin route, batch write; HS256 and RS256 services)`,
    goal: 'all 401',
    ok: kindsRefused === cases && refused === presented && presented === cases * 4,
  });

  // Line 8 for this file: the NIKs in the refused batches are nowhere — not stored, not logged, not echoed.
  const scan = scanForNiks([claimNik, ...niks.slice(0, Math.min(nikCursor, niks.length))], {
    dump: [await dumpDatabase(hs.database.url as string), await dumpDatabase(rs.database.url as string)],
    logs: [hs.logs.text, rs.logs.text],
    responses,
  });
  recordFigure(t, privacyFigure('tokens', scan));
});
