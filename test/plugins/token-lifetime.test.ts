import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import t from 'tap';
import { ConfigError, loadConfig } from '../../src/config.js';
import { projectRoot } from '../../src/lib/paths.js';
import { signToken } from '../../src/lib/tokens.js';
import { CLOCK_SKEW_SECONDS, lifetimeRefusal } from '../../src/plugins/auth.js';
import { buildTestApp, TEST_ENV, testConfig } from '../helper.js';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
const DAY = 86_400;

/** An HS256 token with exactly these claims (the signer would add or fix some of them). */
function hs256(claims: Record<string, unknown>): string {
  const input = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ iss: 'sinergi', aud: 'sinergi-api', sub: 'lifetime-test', role: 'viewer', ...claims })}`;
  return `${input}.${createHmac('sha256', TEST_ENV.JWT_SECRET).update(input).digest('base64url')}`;
}

t.test('JWT_MAX_TTL is a duration from a minute to 366 days, 24h by default', async (t) => {
  t.equal(testConfig().jwt.maxTtlSeconds, DAY);
  t.equal(testConfig({ JWT_MAX_TTL: '30d' }).jwt.maxTtlSeconds, 30 * DAY);
  t.equal(testConfig({ JWT_MAX_TTL: '90m' }).jwt.maxTtlSeconds, 5400);
  t.equal(testConfig({ JWT_MAX_TTL: '3600' }).jwt.maxTtlSeconds, 3600);
  for (const bad of ['', 'abc', '0', '59', '367d', '1.5h', '-1h', '24 h', '1e9']) {
    t.throws(() => loadConfig({ ...TEST_ENV, JWT_MAX_TTL: bad }), ConfigError, `JWT_MAX_TTL=${JSON.stringify(bad)}`);
  }
});

t.test('a lifetime is refused exactly when iat is missing or not a number, ahead by more than the skew, or exp − iat over the maximum', async () => {
  const max = DAY;
  const at = 1_800_000_000;
  fc.assert(
    fc.property(
      fc.oneof(
        fc.integer({ min: at - 2 * max, max: at + 2 * CLOCK_SKEW_SECONDS }),
        fc.double(),
        fc.constantFrom<unknown>(undefined, null, '1800000000', Number.NaN),
      ),
      fc.oneof(fc.integer({ min: at - max, max: at + 3 * max }), fc.constantFrom<unknown>(253_402_300_799, undefined, '1800000600')),
      (iat, exp) => {
        const refused = lifetimeRefusal({ iat, exp }, max, at) !== undefined;
        const ok = typeof iat === 'number' && Number.isFinite(iat) && iat <= at + CLOCK_SKEW_SECONDS && typeof exp === 'number' && exp - iat <= max;
        return refused === !ok;
      },
    ),
  );
});

t.test('over HTTP: the token’s lifetime is checked after its signature, with a 401 problem', async (t) => {
  const { app } = await buildTestApp(t);
  const get = (token: string) => app.inject({ url: '/v1/agreements/jakarta-uc-2024', headers: { authorization: `Bearer ${token}` } });
  const refused: [string, Record<string, unknown>][] = [
    ['exp in the year 9999', { iat: now(), exp: 253_402_300_799 }],
    ['no iat', { exp: now() + 600 }],
    ['iat as a string', { iat: String(now()), exp: now() + 600 }],
    ['iat an hour in the future', { iat: now() + 3600, exp: now() + 7200 }],
    [`iat ${CLOCK_SKEW_SECONDS + 30} s in the future`, { iat: now() + CLOCK_SKEW_SECONDS + 30, exp: now() + 600 }],
    ['a day and a second between iat and exp', { iat: now(), exp: now() + DAY + 1 }],
    ['iat far in the past with a long exp', { iat: now() - 365 * DAY, exp: now() + 600 }],
  ];
  for (const [name, claims] of refused) {
    const res = await get(hs256(claims));
    t.equal(res.statusCode, 401, name);
    t.match(res.json(), { type: '/problems/unauthorized', status: 401 }, `${name}: a problem`);
    t.equal((await get(hs256(claims))).statusCode, 401, `${name}: refused again (no cache lets it through)`);
  }
  const accepted: [string, Record<string, unknown>][] = [
    ['exactly the maximum lifetime', { iat: now(), exp: now() + DAY }],
    ['iat a few seconds ahead (clock skew)', { iat: now() + 20, exp: now() + 600 }],
  ];
  for (const [name, claims] of accepted) t.equal((await get(hs256(claims))).statusCode, 200, name);
});

t.test('a shorter JWT_MAX_TTL refuses a token the default would take', async (t) => {
  const { app } = await buildTestApp(t, { env: { JWT_MAX_TTL: '1h' } });
  const get = (token: string) => app.inject({ url: '/v1/agreements/jakarta-uc-2024', headers: { authorization: `Bearer ${token}` } });
  t.equal((await get(hs256({ iat: now(), exp: now() + 3600 }))).statusCode, 200);
  t.equal((await get(hs256({ iat: now(), exp: now() + 3601 }))).statusCode, 401);
});

t.test('signToken and `npm run token` issue tokens up to the maximum and refuse longer ones', async (t) => {
  const config = testConfig();
  t.ok(signToken(config, { sub: 'a', role: 'admin', ttl: '24h' }));
  t.throws(() => signToken(config, { sub: 'a', role: 'admin', ttl: '25h' }), RangeError);
  t.throws(() => signToken(config, { sub: 'a', role: 'admin', ttl: '99999999999999999999d' }), RangeError);

  const env = { ...process.env, ...TEST_ENV, DATA_DIR: t.testdir() };
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/token.ts', '--role', 'viewer', ...args], { cwd: projectRoot, env, encoding: 'utf8' });
  const issued = run('--ttl', '24h');
  t.equal(issued.status, 0, issued.stderr);
  const payload = JSON.parse(Buffer.from(issued.stdout.trim().split('.')[1] as string, 'base64url').toString()) as { iat: number; exp: number };
  t.equal(payload.exp - payload.iat, DAY, 'the token carries iat and lives 24 h');
  const tooLong = run('--ttl', '30d');
  t.equal(tooLong.status, 2, 'a --ttl past JWT_MAX_TTL is refused');
  t.match(tooLong.stderr, /JWT_MAX_TTL/);
  t.equal(tooLong.stdout, '', 'and no token is printed');
});
