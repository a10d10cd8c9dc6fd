/**
 * Line 4 of the reliability suite, continued — hostile values against a running server, each answer
 * within a time bound. Why fuzz.test.ts never found the series loop (`from=9999-12-31` stepped to
 * `+010000-01-01`, which still sorted before the end date, and the day loop never ended): it drew
 * dates only from a handful in 2024–2099 and its bad query values held no date near the end of the
 * calendar, so no run could reach the loop; and it sent requests in-process, where a request that
 * never ends blocks the test itself instead of failing one case with a measured time.
 *
 * Here every route of the OpenAPI document is walked slot by slot (path, query and header
 * parameters, body fields) with hostile values of the slot's kind — dates at and past the ends of
 * the calendar (0000-01-01, 9999-12-31, +010000-01-01), impossible days (2024-02-30, 2023-02-29),
 * numbers such as 1e309, 1.5, -0 and 2^53+1, Arabic-Indic and fullwidth digits, separators, empty
 * and very long strings — then fast-check puts several in one request (a series window: both ends).
 * Each request goes over a real socket to the server in a process of its own and must be answered
 * within the bound, never with a 5xx, and `/health/live` must answer 200 within the bound after it.
 * RELIABILITY_HOSTILE_SEED / RELIABILITY_HOSTILE_RUNS / RELIABILITY_HOSTILE_BOUND_MS to change.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import t from 'tap';
import { signToken } from '../../src/lib/tokens.js';
import { jakartaNiks, record } from '../fixtures/nik.js';
import { startServer } from '../fixtures/server-process.js';
import { testConfig } from '../helper.js';
import { realDatabase } from './lib/database.js';
import { count, recordFigure } from './lib/figures.js';
import { type HostileRequest, hostileComboArb, hostileWalk, type Targets } from './lib/generate.js';
import { operations } from './lib/openapi.js';

const SEED = Number(process.env.RELIABILITY_HOSTILE_SEED ?? 20241023);
const RUNS = Number(process.env.RELIABILITY_HOSTILE_RUNS ?? 1000);
const BOUND_MS = Number(process.env.RELIABILITY_HOSTILE_BOUND_MS ?? 1000);

interface Answer {
  status: number | 'timeout' | 'network';
  ms: number;
}

t.test('hostile values: every answer in time, never a 5xx, the server live throughout', async (t) => {
  const db = await realDatabase(t);
  const server = await startServer(t, { DATABASE_URL: db.url, RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0' });
  const config = testConfig();
  const bearers = {
    admin: signToken(config, { sub: 'hostile-admin', role: 'admin', ttl: '2h' }),
    agency: signToken(config, { sub: 'dinkes-hostile', role: 'agency', agency: 'dinkes', ttl: '2h' }),
    viewer: signToken(config, { sub: 'hostile-viewer', role: 'viewer', ttl: '2h' }),
  };
  t.comment(`seed ${SEED}, ${count(RUNS)} combined runs, bound ${BOUND_MS} ms (RELIABILITY_HOSTILE_SEED / _RUNS / _BOUND_MS)`);

  const call = async (method: string, url: string, headers: Record<string, string>, body?: string): Promise<Answer> => {
    const started = performance.now();
    try {
      const res = await fetch(`${server.url}${url}`, { method, headers, body, signal: AbortSignal.timeout(BOUND_MS) });
      await res.arrayBuffer();
      return { status: res.status, ms: performance.now() - started };
    } catch (error) {
      const name = (error as Error).name;
      return { status: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network', ms: performance.now() - started };
    }
  };

  // Objects for the requests to aim at.
  const asDinkes = { authorization: `Bearer ${bearers.agency}`, 'content-type': 'application/json' };
  const commitment = await fetch(`${server.url}/v1/agreements/jakarta-uc-2024/commitments`, {
    method: 'POST',
    headers: asDinkes,
    body: JSON.stringify({ kind: 'enrollment', title: 'Hostile target', targetWorkers: 100, dueDate: '2024-12-31' }),
  });
  t.equal(commitment.status, 201);
  const batch = await fetch(`${server.url}/v1/agreements/jakarta-uc-2024/batches`, {
    method: 'POST',
    headers: { ...asDinkes, 'idempotency-key': randomUUID() },
    body: JSON.stringify({ records: jakartaNiks(7_500_000, 2).map((nik) => record(nik)) }),
  });
  t.equal(batch.status, 201);
  const targets: Targets = {
    agreementId: 'jakarta-uc-2024',
    commitmentId: ((await commitment.json()) as { id: string }).id,
    batchId: ((await batch.json()) as { id: string }).id,
  };

  const ops = operations();
  const byId = new Map(ops.map((op) => [op.operationId, op]));
  let sent = 0;
  let inTime = 0;
  let serverErrors = 0;
  let notLive = 0;
  let refusedByClient = 0;
  let series = 0;
  let seriesInTime = 0;
  let slowest = 0;
  const failures: string[] = [];

  const judge = async (request: HostileRequest): Promise<boolean> => {
    const op = byId.get(request.operationId);
    const headers: Record<string, string> = {
      ...request.headers,
      ...(op?.secured ? { authorization: `Bearer ${bearers[op.roles[0] ?? 'admin']}` } : {}),
    };
    try {
      new Headers(headers);
    } catch {
      // A header value fetch will not send (a NUL, a lone surrogate): nothing reaches the server.
      refusedByClient++;
      return true;
    }
    const answer = await call(request.method, request.url, headers, request.payload);
    const live = await call('GET', '/health/live', {});
    sent++;
    slowest = Math.max(slowest, answer.ms);
    const timely = typeof answer.status === 'number';
    if (timely) inTime++;
    if (request.operationId === 'getCoverageSeries') {
      series++;
      if (timely) seriesInTime++;
    }
    if (typeof answer.status === 'number' && answer.status >= 500) serverErrors++;
    if (live.status !== 200) notLive++;
    const ok = timely && (answer.status as number) < 500 && live.status === 200;
    if (!ok) {
      failures.push(
        `${request.operationId} ${request.aimed} → ${answer.status} in ${Math.round(answer.ms)} ms, live ${live.status}`.replace(
          /\d{16}/g,
          '<16 digits>',
        ),
      );
    }
    return ok;
  };

  await t.test('the walk: each slot of each route, with each hostile value of its kind', async (t) => {
    const walk = hostileWalk(ops, targets);
    for (const request of walk) {
      // A server that stopped answering fails every request after it: stop at the first few.
      if (failures.length >= 5) break;
      await judge(request);
    }
    t.same(failures, [], `${count(walk.length)} requests over ${ops.length} routes`);
  });

  await t.test('several hostile values at once, drawn by fast-check', async (t) => {
    const details = await fc.check(fc.asyncProperty(hostileComboArb(ops, targets), judge), { seed: SEED, numRuns: RUNS, endOnFailure: true });
    t.notOk(details.failed, details.failed ? `seed ${SEED}, path ${details.counterexamplePath}: ${failures.at(-1)}` : `${count(RUNS)} combinations`);
  });

  recordFigure(t, {
    line: 4,
    name: 'hostile windows answered in time',
    figure:
      `${count(inTime)} of ${count(sent)} hostile requests answered within ${count(BOUND_MS)} ms (slowest ${count(Math.round(slowest))} ms; ` +
      `series windows ${count(seriesInTime)} of ${count(series)}), ${count(serverErrors)} 5xx, /health/live not 200 after ${count(notLive)}; ` +
      `${count(refusedByClient)} not sendable (seed ${SEED})`,
    goal: `all within ${count(BOUND_MS)} ms, 0 5xx, live after each`,
    ok: sent > 0 && inTime === sent && serverErrors === 0 && notLive === 0 && series > 0 && failures.length === 0,
  });
});
