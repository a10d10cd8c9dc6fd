/**
 * Line 7 of the reliability suite — abuse limits, measured rather than just switched on:
 * - one agency over its rate limit gets 429 problems with RateLimit-* and Retry-After while another
 *   agency, interleaved, is not slowed at all; the limits follow RATE_LIMIT_MAX / _WINDOW_SECONDS;
 * - with the event loop lagging past MAX_EVENT_LOOP_DELAY_MS, requests are shed with 503 problems
 *   and Retry-After instead of queuing, and service comes back by itself;
 * - over a real socket, a client that sends its headers (or its body) slowly is cut off after
 *   REQUEST_TIMEOUT_MS, and the server's real timeouts are printed;
 * - every route that takes a body refuses more than 1 MiB with 413 problems, except the batch
 *   route, which takes a full 10,000-record batch and refuses more than 16 MiB.
 * (test/plugins/security.test.ts checks the mechanics; this file prints the figures.)
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../../src/db/client.js';
import { jakartaNiks, record } from '../fixtures/nik.js';
import { buildReliabilityApp } from './lib/database.js';
import { count, recordFigure } from './lib/figures.js';
import { fillPath, operations } from './lib/openapi.js';
import { dumpDatabase, privacyFigure, scanForNiks } from './lib/privacy.js';

const responses: string[] = [];
const statusLine = (answer: string) => /^HTTP\/1\.1 (\d{3} [^\r]*)/.exec(answer)?.[1] ?? 'closed without an answer';
const niks = jakartaNiks(7_500_000, 10_100);
const sources: { dump: string[]; logs: string[] } = { dump: [], logs: [] };

t.test('abuse limits', async (t) => {
  await t.test('rate limits: one agency over its limit is refused, another is not slowed', async (t) => {
    const { app, token, database, logs } = await buildReliabilityApp(t, { env: { RATE_LIMIT_MAX: '20', RATE_LIMIT_WINDOW_SECONDS: '60' } });
    const dinkes = token({ role: 'agency', agency: 'dinkes' });
    const dishub = token({ role: 'agency', agency: 'dishub' });
    const call = async (bearer: string) => {
      const res = await app.inject({ url: '/v1/agreements/jakarta-uc-2024/summary', headers: { authorization: `Bearer ${bearer}` } });
      responses.push(res.body);
      return res;
    };

    // dinkes floods (60 requests); dishub makes one request after every sixth of them.
    let dinkesRefused = 0;
    let dishubRefused = 0;
    let wellFormed = 0;
    for (let i = 0; i < 60; i++) {
      const res = await call(dinkes);
      if (res.statusCode === 429) {
        dinkesRefused++;
        const body = res.json();
        const ok =
          res.headers['content-type'] === 'application/problem+json' &&
          body.type === '/problems/rate-limited' &&
          body.status === 429 &&
          Number(res.headers['retry-after']) > 0 &&
          res.headers['ratelimit-limit'] === '20' &&
          res.headers['ratelimit-remaining'] === '0' &&
          Number(res.headers['ratelimit-reset']) > 0;
        if (ok) wellFormed++;
      } else {
        t.equal(res.statusCode, 200);
      }
      if (i % 6 === 5 && (await call(dishub)).statusCode !== 200) dishubRefused++;
    }
    t.equal(dinkesRefused, 40, 'dinkes: everything past its 20 is refused');
    t.equal(wellFormed, dinkesRefused, 'each refusal is a problem with Retry-After and RateLimit-Limit/-Remaining/-Reset');
    t.equal(dishubRefused, 0, 'dishub is unaffected');

    // A refused write is not half-done: nothing is written.
    const write = await app.inject({
      method: 'POST',
      url: '/v1/agreements/jakarta-uc-2024/batches',
      headers: { authorization: `Bearer ${dinkes}`, 'idempotency-key': randomUUID() },
      payload: { records: niks.slice(0, 5).map((nik) => record(nik)) },
    });
    responses.push(write.body);
    t.equal(write.statusCode, 429);
    const [batches] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM enrollment_batches`);
    t.equal(batches?.n, 0, 'the refused batch wrote nothing');
    // Probes are never limited, whoever floods.
    t.equal((await app.inject({ url: '/health/live' })).statusCode, 200);

    // The limit is configuration: another instance with RATE_LIMIT_MAX=5.
    const five = await buildReliabilityApp(t, { env: { RATE_LIMIT_MAX: '5', RATE_LIMIT_WINDOW_SECONDS: '10' } });
    const bearer = five.token({ role: 'viewer' });
    const statuses: number[] = [];
    let limitHeader: unknown;
    for (let i = 0; i < 7; i++) {
      const res = await five.app.inject({ url: '/v1/agencies?limit=1', headers: { authorization: `Bearer ${bearer}` } });
      responses.push(res.body);
      statuses.push(res.statusCode);
      limitHeader ??= res.headers['ratelimit-limit'];
    }
    t.same(statuses, [200, 200, 200, 200, 200, 429, 429], 'RATE_LIMIT_MAX=5: the sixth request is refused');
    t.equal(limitHeader, '5');

    sources.dump.push(await dumpDatabase(database.url as string));
    sources.logs.push(logs.text, five.logs.text);
    recordFigure(t, {
      line: 7,
      name: 'abuse limits',
      figure: `rate limit 20/60 s per agency: dinkes ${dinkesRefused} of 60 requests refused with 429 (${wellFormed} with Retry-After + RateLimit-*), dishub interleaved ${dishubRefused} of 10 refused; RATE_LIMIT_MAX=5 took effect at request 6`,
      goal: 'over-limit agency 429, other agency 0 refused, configurable',
      ok: dinkesRefused === 40 && wellFormed === 40 && dishubRefused === 0 && statuses[5] === 429 && limitHeader === '5',
    });
  });

  await t.test('load shedding: a lagging event loop answers 503 with Retry-After, then recovers by itself', async (t) => {
    const { app, token, logs } = await buildReliabilityApp(t, {
      env: { MAX_EVENT_LOOP_DELAY_MS: '100', RATE_LIMIT_MAX: '0' },
      extraRoutes: (app) => {
        // Stands in for a request that hogs the CPU (a pathological body, a runaway loop).
        app.get('/test/block', { config: { public: true } }, async () => {
          const until = Date.now() + 300;
          while (Date.now() < until);
          return { blocked: 300 };
        });
      },
    });
    const viewer = { authorization: `Bearer ${token({ role: 'viewer' })}` };
    t.equal((await app.inject({ url: '/v1/agencies', headers: viewer })).statusCode, 200, 'served while the loop is healthy');

    // Keep the loop busy until the service notices (it samples the lag about once a second).
    let blocked = 0;
    let shedding = false;
    while (!shedding && blocked < 40) {
      await app.inject({ url: '/test/block' });
      blocked++;
      shedding = (await app.inject({ url: '/v1/agencies', headers: viewer })).statusCode === 503;
    }
    t.ok(shedding, `shedding after ${blocked} blocking requests`);
    const lag = Math.round((app as unknown as { memoryUsage(): { eventLoopDelay: number } }).memoryUsage().eventLoopDelay);

    // While shedding, requests are refused at once, as problems, with Retry-After.
    let shed = 0;
    let sent = 0;
    for (let i = 0; i < 10; i++) {
      const res = await app.inject({
        method: i % 2 ? 'POST' : 'GET',
        url: '/v1/agencies',
        headers: viewer,
        ...(i % 2 ? { payload: { code: 'shed', name: 'Shed' } } : {}),
      });
      responses.push(res.body);
      sent++;
      if (
        res.statusCode === 503 &&
        res.headers['content-type'] === 'application/problem+json' &&
        res.headers['retry-after'] === '5' &&
        res.json().type === '/problems/unavailable'
      )
        shed++;
    }
    t.equal(shed, sent, 'every request is shed with a 503 problem and Retry-After: 5');
    const live = await app.inject({ url: '/health/live' });

    // Left alone, the loop recovers and so does the service, with no restart.
    const started = Date.now();
    let recovered = false;
    while (!recovered && Date.now() - started < 15_000) {
      await sleep(100);
      recovered = (await app.inject({ url: '/v1/agencies', headers: viewer })).statusCode === 200;
    }
    t.ok(recovered, 'service resumes by itself');
    const recoveredAfter = ((Date.now() - started) / 1000).toFixed(1);
    sources.logs.push(logs.text);
    recordFigure(t, {
      line: 7,
      name: 'abuse limits',
      figure: `event loop lagging ${lag} ms (limit MAX_EVENT_LOOP_DELAY_MS=100): ${shed} of ${sent} requests shed with 503 problem + Retry-After 5 (liveness probe still ${live.statusCode}); served again ${recoveredAfter} s after the load stopped`,
      goal: '503 + Retry-After before the loop drowns, recovers by itself',
      ok: shedding && shed === sent && live.statusCode === 200 && recovered,
    });
  });

  await t.test('timeouts: a client that sends slowly is cut off; the real server options', async (t) => {
    const defaults = await buildReliabilityApp(t);
    // What the Node server underneath was really given (not what the code meant to give it).
    const server = defaults.app.server;
    t.equal(server.requestTimeout, 120_000, 'requestTimeout: the whole request (headers and body) within 120 s');
    t.ok(server.timeout > server.requestTimeout, 'an idle socket is closed after the request timeout');
    t.ok(server.headersTimeout > 0 && server.headersTimeout <= server.requestTimeout, `headersTimeout ${server.headersTimeout} ms`);

    const { app, token, database } = await buildReliabilityApp(t, { env: { REQUEST_TIMEOUT_MS: '1000' } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;

    /** Sends `head` then one more chunk every 200 ms; resolves when the server closes the socket (or after 15 s). */
    const trickle = (head: string, chunk: (i: number) => string) =>
      new Promise<{ closedByServer: boolean; seconds: number; answer: string; chunks: number }>((resolve) => {
        const started = Date.now();
        const socket: Socket = connect({ host: '127.0.0.1', port });
        let answer = '';
        let chunks = 0;
        let timer: NodeJS.Timeout | undefined;
        const done = (closedByServer: boolean) => {
          clearInterval(timer);
          socket.destroy();
          resolve({ closedByServer, seconds: (Date.now() - started) / 1000, answer, chunks });
        };
        socket.on('connect', () => {
          socket.write(head);
          timer = setInterval(() => {
            if (Date.now() - started > 15_000) return done(false);
            chunks++;
            socket.write(chunk(chunks));
          }, 200);
        });
        socket.on('data', (data) => {
          answer += data.toString('latin1');
        });
        socket.on('close', () => done(true));
        socket.on('error', () => {});
      });

    const slowHeaders = await trickle('GET /v1/agencies HTTP/1.1\r\nHost: localhost\r\n', (i) => `X-Slow-${i}: ${'a'.repeat(10)}\r\n`);
    t.ok(slowHeaders.closedByServer, `a client sending one header line every 200 ms is cut off (after ${slowHeaders.seconds} s)`);
    t.match(slowHeaders.answer, /^HTTP\/1\.1 408 .*content-type: application\/problem\+json/is, 'with a 408 problem');

    const slowBody = await trickle(
      `POST /v1/agencies HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${token({ role: 'admin' })}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"code":"slow","name":"`,
      () => 'x',
    );
    t.ok(slowBody.closedByServer, `a client sending its body one byte every 200 ms is cut off (after ${slowBody.seconds} s)`);
    t.match(slowBody.answer, /^HTTP\/1\.1 408 .*"type":"\/problems\/request-timeout"/s, 'with a 408 problem');
    const [agencies] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM agencies WHERE code = 'slow'`);
    t.equal(agencies?.n, 0, 'and nothing of it was written');

    // A well-behaved client on the same server is served.
    const normal = await fetch(`http://127.0.0.1:${port}/health/live`);
    t.equal(normal.status, 200);

    recordFigure(t, {
      line: 7,
      name: 'abuse limits',
      figure:
        `REQUEST_TIMEOUT_MS=1000: slow headers cut off after ${slowHeaders.seconds.toFixed(1)} s (${statusLine(slowHeaders.answer)}), slow body after ${slowBody.seconds.toFixed(1)} s (${statusLine(slowBody.answer)}); ` +
        `defaults: requestTimeout ${server.requestTimeout / 1000} s, headersTimeout ${server.headersTimeout / 1000} s, idle socket ${server.timeout / 1000} s, keep-alive ${server.keepAliveTimeout / 1000} s`,
      goal: 'slow clients cut off, timeouts set',
      ok:
        slowHeaders.closedByServer &&
        slowBody.closedByServer &&
        /^HTTP\/1\.1 408/.test(slowHeaders.answer) &&
        /^HTTP\/1\.1 408/.test(slowBody.answer),
    });
  });

  await t.test('body limits per route: 1 MiB everywhere, 16 MiB for batches', async (t) => {
    const { app, token, database, logs } = await buildReliabilityApp(t, { env: { RATE_LIMIT_MAX: '0' } });
    const headers = { authorization: `Bearer ${token({ role: 'admin' })}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() };
    const withBody = operations().filter((op) => op.body);
    const params = {
      agreementId: 'jakarta-uc-2024',
      code: 'dinkes',
      agency: 'dinkes',
      period: '2024-11',
      id: randomUUID(),
      deliveryId: randomUUID(),
      alertId: randomUUID(),
    };
    const overOneMiB = JSON.stringify({ description: 'x'.repeat(1024 * 1024 + 1024) });

    let refused = 0;
    // The routes that take up to 10,000 records (enrollment and BPJS confirmation batches) have 16 MiB.
    const batchOps = new Set(['postEnrollmentBatch', 'validateEnrollmentBatch', 'postConfirmationBatch']);
    const others = withBody.filter((op) => !batchOps.has(op.operationId));
    for (const op of others) {
      const res = await app.inject({ method: op.method, url: fillPath(op.path, params), headers, payload: overOneMiB });
      responses.push(res.body);
      const ok =
        res.statusCode === 413 && res.headers['content-type'] === 'application/problem+json' && res.json().type === '/problems/body-too-large';
      if (ok) refused++;
      t.ok(ok, `${op.method} ${op.path}: 1 MiB + 1 KiB is a 413 problem (${res.statusCode})`);
    }
    t.ok(
      withBody.some((op) => op.operationId === 'postEnrollmentBatch'),
      'the batch route is among them',
    );

    // The batch route: a full batch of 10,000 records with a domicile city each is over 1 MiB, and fits.
    const batchUrl = '/v1/agreements/jakarta-uc-2024/batches';
    const full = JSON.stringify({ agency: 'dinkes', records: niks.slice(100, 10_100).map((nik) => record(nik, { kota: 'Jakarta Selatan' })) });
    const accepted = await app.inject({ method: 'POST', url: `${batchUrl}/validate`, headers, payload: full });
    responses.push(accepted.body);
    t.equal(accepted.statusCode, 200, `a ${(Buffer.byteLength(full) / 1024 / 1024).toFixed(2)} MiB batch of 10,000 records is taken (validation)`);
    t.equal(accepted.json().received, 10_000);
    const huge = JSON.stringify({ agency: 'dinkes', records: [], pad: 'x'.repeat(16 * 1024 * 1024) });
    const tooBig = await app.inject({ method: 'POST', url: batchUrl, headers: { ...headers, 'idempotency-key': randomUUID() }, payload: huge });
    responses.push(tooBig.body);
    t.equal(tooBig.statusCode, 413, 'over 16 MiB is a 413');
    t.equal(tooBig.headers['content-type'], 'application/problem+json');

    sources.dump.push(await dumpDatabase(database.url as string));
    sources.logs.push(logs.text);
    recordFigure(t, {
      line: 7,
      name: 'abuse limits',
      figure: `body limits: ${refused} of ${others.length} routes with a body refuse 1 MiB + 1 KiB with 413 problem; the batch route takes ${(Buffer.byteLength(full) / 1024 / 1024).toFixed(1)} MiB (10,000 records) and refuses 16 MiB + ${count(Buffer.byteLength(huge) - 16 * 1024 * 1024)} bytes with 413`,
      goal: '1 MiB per route, 16 MiB for batches',
      ok: refused === others.length && accepted.statusCode === 200 && tooBig.statusCode === 413,
    });
  });

  const scan = scanForNiks(niks, { dump: sources.dump, logs: sources.logs, responses });
  recordFigure(t, privacyFigure('abuse', scan));
});
