/**
 * Line 4 of the reliability suite — bad input. Requests are generated from the OpenAPI document
 * (every path × method, its path and query parameters, headers and request body schema) and broken
 * by fast-check in the ways clients and attackers break them: wrong types, missing and extra fields,
 * huge strings and arrays, deep nesting, invalid UTF-8, `__proto__`/`constructor`/`prototype` keys,
 * SQL and script fragments, wrong content types, truncated and empty bodies, lying Content-Length,
 * bad or missing Idempotency-Key / If-Match / If-None-Match, bad path ids and query values, wrong
 * methods. They carry a token of a role the route admits (so they reach validation and the services)
 * and sometimes another role's or none.
 *
 * Every answer must be a 4xx `application/problem+json` with `type`, `title` and `status` — or, for a
 * mutation that happened to stay valid, a 2xx/304 (allowed, counted) — never a 5xx. Many requests
 * carry synthetic NIKs inside broken bodies, headers, queries and paths; none may come back in any
 * answer, log line or database row. The seed is fixed and printed, so a failure reproduces:
 * RELIABILITY_FUZZ_SEED=<seed> RELIABILITY_FUZZ_RUNS=<n> npx tap --disable-coverage test/reliability/fuzz.test.ts
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import t from 'tap';
import { maskNiks } from '../../src/domain/nik-text.js';
import { jakartaNiks, record } from '../fixtures/nik.js';
import { niksIn } from '../fixtures/privacy-scan.js';
import { buildReliabilityApp } from './lib/database.js';
import { count, recordFigure } from './lib/figures.js';
import { draftArb, type FuzzRequest, mutationsFor, type Targets } from './lib/generate.js';
import { type Operation, operations } from './lib/openapi.js';
import { dumpDatabase, privacyFigure, scanForNiks } from './lib/privacy.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

const SEED = Number(process.env.RELIABILITY_FUZZ_SEED ?? 20241023);
const RUNS = Number(process.env.RELIABILITY_FUZZ_RUNS ?? 10_000);

type Actor = 'admin' | 'agency' | 'viewer' | 'outsider' | 'none';

interface Case {
  operationId: string;
  actor: Actor;
  request: FuzzRequest;
}

/** The request a failure prints: bounded, and with every NIK in any written form masked (no NIK in output). */
const describe = ({ operationId, actor, request }: Case) =>
  JSON.stringify({
    operationId,
    actor,
    ...request,
    payload: request.payload === undefined ? undefined : Buffer.from(request.payload).toString('utf8').slice(0, 400),
  })
    .replace(/\d{16}/g, '<16 digits>')
    .replace(/"(?:[^"\\]|\\.)*"/g, (quoted) => maskNiks(quoted));

t.test('bad input: generated requests never get a 5xx or an echoed NIK', async (t) => {
  // No rate limit and no load shedding here: this file tests what validation and the services do
  // with bad input, not the abuse limits (abuse.test.ts); a 429 or 503 would hide the answer.
  const { app, as, token, database, logs } = await buildReliabilityApp(t, {
    env: { RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0' },
  });
  t.comment(`fast-check seed ${SEED}, ${count(RUNS)} runs (RELIABILITY_FUZZ_SEED / RELIABILITY_FUZZ_RUNS to change)`);

  // Objects for the generated requests to aim at, so ids reach the services and not only the router.
  const admin = as('admin');
  const dinkes = as('agency', 'dinkes');
  t.equal((await admin({ method: 'POST', url: '/v1/agencies', payload: { code: 'bapenda', name: 'Badan Pendapatan Daerah' } })).statusCode, 201);
  const commitment = await dinkes({
    method: 'POST',
    url: '/v1/agreements/jakarta-uc-2024/commitments',
    payload: { kind: 'enrollment', title: 'Fuzz target', targetWorkers: 1000, dueDate: '2024-12-31' },
  });
  const setupNiks = jakartaNiks(8_500_000, 3);
  const batch = await dinkes({
    method: 'POST',
    url: '/v1/agreements/jakarta-uc-2024/batches',
    headers: { 'idempotency-key': randomUUID() },
    payload: { records: setupNiks.map((nik) => record(nik)) },
  });
  t.equal(batch.statusCode, 201);
  const targets: Targets = { agreementId: 'jakarta-uc-2024', commitmentId: commitment.json().id, batchId: batch.json().id };

  const bearers: Record<Actor, string | undefined> = {
    admin: token({ role: 'admin' }),
    agency: token({ role: 'agency', agency: 'dinkes' }),
    viewer: token({ role: 'viewer' }),
    outsider: token({ role: 'agency', agency: 'bapenda' }),
    none: undefined,
  };

  const ops = operations();
  /** Mostly a role the route admits; sometimes one it does not, an agency outside the agreement, or no token. */
  const actorArb = (op: Operation): fc.Arbitrary<Actor> => {
    if (!op.secured) return fc.constantFrom<Actor>('none', 'none', 'viewer');
    const others = (['admin', 'agency', 'viewer'] as const).filter((role) => !op.roles.includes(role));
    return fc.oneof(
      { weight: 16, arbitrary: fc.constantFrom<Actor>(...op.roles) },
      { weight: 2, arbitrary: fc.constantFrom<Actor>(...others, 'outsider') },
      { weight: 1, arbitrary: fc.constant<Actor>('none') },
    );
  };
  // One arbitrary per operation, picked uniformly: every route gets about RUNS / routes cases.
  const caseArb: fc.Arbitrary<Case> = fc.oneof(
    ...ops.map((op) =>
      fc
        .tuple(actorArb(op), draftArb(op, targets))
        .chain(([actor, draft]) =>
          fc.oneof(...Object.values(mutationsFor(op, draft))).map((request) => ({ operationId: op.operationId, actor, request })),
        ),
    ),
  );

  const perRoute = new Map<string, number>(ops.map((op) => [op.operationId, 0]));
  const perMutation = new Map<string, number>();
  const statuses = new Map<number, number>();
  const accepted = new Map<string, number>();
  const responses: string[] = [];
  const sentNiks = new Set<string>(setupNiks);
  let cases = 0;
  let serverErrors = 0;
  let notProblems = 0;

  const check = async (fuzz: Case): Promise<boolean> => {
    const { request } = fuzz;
    const bearer = bearers[fuzz.actor];
    const headers: Record<string, string> = { ...request.headers, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) };
    if (headers['content-type'] === '') delete headers['content-type'];
    // Every NIK-like run this request carries, wherever it sits, is one the answers must not contain.
    // Read as the service reads text (any written form, see niksIn), as latin1 and as UTF-8. The
    // ids of the setup's own objects are left out: they come back in answers by design.
    const payload = request.payload === undefined ? undefined : Buffer.from(request.payload);
    const sent = `${request.url} ${JSON.stringify(request.headers)} ${payload?.toString('latin1') ?? ''} ${payload?.toString('utf8') ?? ''}`;
    for (const match of sent.matchAll(/(?<!\d)\d{16}(?!\d)/g)) sentNiks.add(match[0]);
    for (const nik of niksIn(sent.replace(UUID, ' '))) sentNiks.add(nik);

    let res: LightMyRequestResponse;
    try {
      res = await app.inject({ method: request.method as 'GET', url: request.url, headers, payload: request.payload });
    } catch (error) {
      // light-my-request refuses some requests before they reach the server (an invalid header
      // value, a URL it cannot parse): nothing was sent, so nothing to judge; count it apart.
      if (error instanceof TypeError || (error as { code?: string }).code === 'ERR_INVALID_CHAR') {
        perMutation.set('(refused by the client library)', (perMutation.get('(refused by the client library)') ?? 0) + 1);
        return true;
      }
      throw error;
    }
    cases++;
    perRoute.set(fuzz.operationId, (perRoute.get(fuzz.operationId) ?? 0) + 1);
    perMutation.set(request.mutation, (perMutation.get(request.mutation) ?? 0) + 1);
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    responses.push(`${JSON.stringify(res.headers)}\n${res.body}`);

    if (res.statusCode >= 500) {
      serverErrors++;
      return false;
    }
    if (res.statusCode < 400) {
      // Valid enough to be served: allowed, and counted by route.
      accepted.set(fuzz.operationId, (accepted.get(fuzz.operationId) ?? 0) + 1);
      return true;
    }
    let problem: { type?: unknown; title?: unknown; status?: unknown } = {};
    try {
      problem = res.json();
    } catch {
      // not JSON: judged below
    }
    const isProblem =
      String(res.headers['content-type']).startsWith('application/problem+json') &&
      typeof problem.type === 'string' &&
      typeof problem.title === 'string' &&
      problem.status === res.statusCode;
    if (!isProblem) notProblems++;
    return isProblem;
  };

  const details = await fc.check(
    fc.asyncProperty(caseArb, (fuzz) => check(fuzz)),
    { seed: SEED, numRuns: RUNS },
  );
  t.notOk(
    details.failed,
    details.failed
      ? `a request got a 5xx or a non-problem 4xx (seed ${SEED}, path ${details.counterexamplePath}): ${describe(details.counterexample?.[0] as Case)}`
      : `${count(cases)} generated requests`,
  );

  await t.test('every route of the OpenAPI document got its share of cases', async (t) => {
    const starved = [...perRoute].filter(([, n]) => n < Math.min(50, RUNS / ops.length / 2));
    t.same(starved, [], `${ops.length} routes, each with at least ${Math.min(50, Math.floor(RUNS / ops.length / 2))} cases`);
    t.comment(`cases per route: ${[...perRoute].map(([id, n]) => `${id} ${n}`).join(', ')}`);
    t.comment(`cases per mutation: ${[...perMutation].map(([m, n]) => `${m} ${n}`).join(', ')}`);
    t.comment(`served (2xx/304) per route: ${[...accepted].map(([id, n]) => `${id} ${n}`).join(', ')}`);
    t.comment(
      `statuses: ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
    );
  });

  await t.test('the server is still up', async (t) => {
    const live = await app.inject({ url: '/health/live' });
    t.equal(live.statusCode, 200);
    t.equal((await admin({ url: '/v1/agreements/jakarta-uc-2024' })).statusCode, 200, 'and still answers real work');
  });

  const acceptedTotal = [...accepted.values()].reduce((a, b) => a + b, 0);
  const rejected = cases - acceptedTotal;
  recordFigure(t, {
    line: 4,
    name: 'bad input',
    figure:
      `${count(serverErrors)} of ${count(cases)} generated requests got a 5xx, ${count(notProblems)} a 4xx that was not problem+json ` +
      `(${ops.length} routes, ${perMutation.size} kinds of mutation, seed ${SEED}); ${count(rejected)} refused with a 4xx problem, ${count(acceptedTotal)} valid enough to be served`,
    // The goal is set for 10,000 cases; a smaller RELIABILITY_FUZZ_RUNS (a quick local run) says so in the goal.
    goal: `0 5xx, every 4xx a problem, ≥ ${count(Math.min(RUNS, 10_000))} cases over every route${RUNS < 10_000 ? ' (RELIABILITY_FUZZ_RUNS)' : ''}`,
    ok: serverErrors === 0 && notProblems === 0 && !details.failed && cases >= Math.min(RUNS, 10_000) && [...perRoute.values()].every((n) => n > 0),
  });

  const scan = scanForNiks(sentNiks, { dump: await dumpDatabase(database.url as string), logs: logs.text, responses });
  t.comment(`${count(sentNiks.size)} distinct NIK-like values were sent`);
  recordFigure(t, privacyFigure('fuzz', scan));
});
