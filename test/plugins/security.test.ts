import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LightMyRequestResponse } from 'fastify';
import t from 'tap';
import { buildTestApp } from '../helper.js';

/** Writes `head`, then a byte every 50 ms; resolves with what the server answered once it closes. */
function trickle(port: number, head: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let answer = '';
    const timer = setInterval(() => socket.write('x'), 50);
    socket.on('connect', () => socket.write(head));
    socket.on('data', (data) => {
      answer += data.toString('latin1');
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      resolve(answer);
    });
  });
}

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

t.test('a body that does not arrive within REQUEST_TIMEOUT_MS is cut off with a 408 problem', async (t) => {
  // Node's own requestTimeout stops counting once the headers are in; the body needs its guard.
  const { app, token } = await buildTestApp(t, { env: { REQUEST_TIMEOUT_MS: '300' } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const answer = await trickle(
    port,
    `POST /v1/agencies HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token({ role: 'admin' })}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"code":"slow","name":"`,
  );
  t.match(answer, /^HTTP\/1\.1 408 /);
  t.match(answer, /content-type: application\/problem\+json/i);
  t.match(answer, /"type":"\/problems\/request-timeout"/);
  t.match(answer, /connection: close/i);

  // A body refused before it is read (too large) leaves no timer behind to fail later.
  const tooLarge = await app.inject({
    method: 'POST',
    url: '/v1/agencies',
    headers: { authorization: `Bearer ${token({ role: 'admin' })}`, 'content-type': 'application/json' },
    payload: JSON.stringify({ code: 'big', name: 'x'.repeat(2 * 1024 * 1024) }),
  });
  t.equal(tooLarge.statusCode, 413);
  await sleep(400);
  t.equal((await app.inject({ url: '/health/live' })).statusCode, 200, 'still up after the timeout has passed');
});

t.test('headers that do not arrive in time, and requests that are not HTTP, get problems too', async (t) => {
  const { app } = await buildTestApp(t, { env: { REQUEST_TIMEOUT_MS: '300' } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const slow = await trickle(port, 'GET /health/live HTTP/1.1\r\nX-Slow: ');
  t.match(slow, /^HTTP\/1\.1 408 /);
  t.match(slow, /"type":"\/problems\/request-timeout"/);
  const garbage = await new Promise<string>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
    let answer = '';
    socket.on('data', (data) => {
      answer += data.toString('latin1');
    });
    socket.on('close', () => resolve(answer));
  });
  t.match(garbage, /^HTTP\/1\.1 400 /);
  t.match(garbage, /content-type: application\/problem\+json/i);
  t.match(garbage, /"type":"\/problems\/bad-request"/);
});

t.test('the overload guard sheds requests with a 503 problem while the event loop lags, and only then', async (t) => {
  const { app, token } = await buildTestApp(t, {
    env: { MAX_EVENT_LOOP_DELAY_MS: '50' },
    extraRoutes: (app) => {
      // Stands in for work that hogs the CPU.
      app.get('/test/block', { config: { public: true } }, async () => {
        const until = Date.now() + 200;
        while (Date.now() < until);
        return {};
      });
    },
  });
  const viewer = { authorization: `Bearer ${token({ role: 'viewer' })}` };
  t.equal((await app.inject({ url: '/v1/agencies', headers: viewer })).statusCode, 200);
  // The guard samples the lag about once a second; keep the loop busy until it notices. (The pause
  // lets the loop reach its timers: on the embedded database a request never leaves the microtask queue.)
  let shed: LightMyRequestResponse | undefined;
  for (let i = 0; i < 40 && !shed; i++) {
    await app.inject({ url: '/test/block' });
    await sleep(1);
    const res = await app.inject({ url: '/v1/agencies', headers: viewer });
    if (res.statusCode === 503) shed = res;
  }
  t.ok(shed, 'a request is shed');
  t.equal(shed?.headers['content-type'], 'application/problem+json');
  t.equal(shed?.headers['retry-after'], '5');
  t.match(shed?.json(), { type: '/problems/unavailable', status: 503 });
  t.equal((await app.inject({ url: '/health/live' })).statusCode, 200, 'liveness is not shed: a busy process is alive');
  t.equal((await app.inject({ url: '/health/ready' })).statusCode, 503, 'readiness is, taking the instance out of rotation');

  const { app: unguarded } = await buildTestApp(t, { env: { MAX_EVENT_LOOP_DELAY_MS: '0' } });
  t.notOk('memoryUsage' in unguarded, 'MAX_EVENT_LOOP_DELAY_MS=0 turns the guard off');
});
