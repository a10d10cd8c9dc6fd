import t from 'tap';
import { buildTestApp } from '../helper.js';

t.test('rate limits are per agency, with RateLimit and Retry-After headers, as problems', async (t) => {
  const { app, token } = await buildTestApp(t, { env: { RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_SECONDS: '60' } });
  const call = (bearer: string) => app.inject({ url: '/v1/agencies?limit=1', headers: { authorization: `Bearer ${bearer}` } });
  // Two systems of one agency share its bucket.
  const dinkesA = token({ role: 'agency', agency: 'dinkes', sub: 'dinkes-simpeg' });
  const dinkesB = token({ role: 'agency', agency: 'dinkes', sub: 'dinkes-sikda' });
  const first = await call(dinkesA);
  t.equal(first.statusCode, 200);
  t.equal(first.headers['ratelimit-limit'], '3');
  t.equal(first.headers['ratelimit-remaining'], '2');
  await call(dinkesB);
  await call(dinkesA);
  const limited = await call(dinkesB);
  t.equal(limited.statusCode, 429);
  t.equal(limited.headers['content-type'], 'application/problem+json');
  t.match(limited.json(), { type: '/problems/rate-limited', status: 429 });
  t.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After in seconds');
  t.equal((await call(token({ role: 'agency', agency: 'dishub' }))).statusCode, 200, 'another agency has its own bucket');
  for (let i = 0; i < 5; i++) t.equal((await app.inject({ url: '/health/live' })).statusCode, 200, 'probes are not limited');
});

t.test('security headers, and CORS closed unless origins are configured', async (t) => {
  const { app } = await buildTestApp(t);
  const res = await app.inject({ url: '/health/live', headers: { origin: 'https://evil.example' } });
  t.equal(res.headers['x-content-type-options'], 'nosniff');
  t.match(res.headers['content-security-policy'], "default-src 'none'");
  t.ok(res.headers['strict-transport-security']);
  t.equal(res.headers['access-control-allow-origin'], undefined, 'no CORS by default');

  const open = await buildTestApp(t, { env: { CORS_ORIGINS: 'https://dashboard.jakarta.go.id' } });
  const allowed = await open.app.inject({
    method: 'OPTIONS',
    url: '/v1/agreements/jakarta-uc-2024/summary',
    headers: { origin: 'https://dashboard.jakarta.go.id', 'access-control-request-method': 'GET' },
  });
  t.equal(allowed.headers['access-control-allow-origin'], 'https://dashboard.jakarta.go.id');
  const other = await open.app.inject({ url: '/health/live', headers: { origin: 'https://evil.example' } });
  t.equal(other.headers['access-control-allow-origin'], undefined);
});
