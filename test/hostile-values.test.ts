/**
 * Every route of the OpenAPI document, with hostile values aimed at each of its parameters and body
 * fields by kind: dates at the ends of the calendar and past them, impossible days, numbers such as
 * 1e309, 1.5, -0 and 2^53+1, digits of other scripts, separators, empty and very long strings. No
 * answer is a 5xx and the process stays live. The dates and numbers are walked one by one; the
 * rest, and several at once, are drawn with a fixed seed. (The reliability suite's
 * fuzz-hostile.test.ts does all of it against a server process, with a time bound on each answer.)
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import t from 'tap';
import { jakartaNiks, record } from './fixtures/nik.js';
import { buildTestApp } from './helper.js';
import { type HostileRequest, hostileComboArb, hostileRequest, hostileSlots, type Targets } from './reliability/lib/generate.js';
import { operations } from './reliability/lib/openapi.js';

const SEED = 20241023;

t.test('hostile values on every route: never a 5xx, and the server stays live', async (t) => {
  const { app, token, as } = await buildTestApp(t, { env: { RATE_LIMIT_MAX: '0' } });
  const dinkes = as('agency', 'dinkes');
  const commitment = await dinkes({
    method: 'POST',
    url: '/v1/agreements/jakarta-uc-2024/commitments',
    payload: { kind: 'enrollment', title: 'Hostile target', targetWorkers: 100, dueDate: '2024-12-31' },
  });
  const batch = await dinkes({
    method: 'POST',
    url: '/v1/agreements/jakarta-uc-2024/batches',
    headers: { 'idempotency-key': randomUUID() },
    payload: { records: jakartaNiks(7_400_000, 2).map((nik) => record(nik)) },
  });
  const targets: Targets = { agreementId: 'jakarta-uc-2024', commitmentId: commitment.json().id, batchId: batch.json().id };
  const bearers = { admin: token({ role: 'admin' }), agency: token({ role: 'agency', agency: 'dinkes' }), viewer: token({ role: 'viewer' }) };
  const ops = operations();
  const byId = new Map(ops.map((op) => [op.operationId, op]));

  const failures: string[] = [];
  let sent = 0;
  const send = async (request: HostileRequest): Promise<boolean> => {
    const op = byId.get(request.operationId);
    const role = op?.roles[0] ?? 'admin';
    const headers = { ...request.headers, ...(op?.secured ? { authorization: `Bearer ${bearers[role]}` } : {}) };
    let status: number;
    try {
      status = (await app.inject({ method: request.method as 'GET', url: request.url, headers, payload: request.payload })).statusCode;
    } catch (error) {
      // A header value the client library will not send: nothing reached the server.
      if (error instanceof TypeError || (error as { code?: string }).code === 'ERR_INVALID_CHAR') return true;
      throw error;
    }
    sent++;
    if (status >= 500) failures.push(`${status} ${request.operationId}: ${request.aimed}`.replace(/\d{16}/g, '<16 digits>'));
    return status < 500;
  };

  await t.test('each date and number slot of each route, with each hostile value', async (t) => {
    for (const op of ops) {
      for (const slot of hostileSlots(op).filter((s) => s.kind === 'date' || s.kind === 'number')) {
        for (const value of slot.values) await send(hostileRequest(op, targets, [[slot, value]]));
      }
    }
    t.same(failures, [], `${sent} requests, none a 5xx`);
    t.equal((await app.inject({ url: '/health/live' })).statusCode, 200, 'live');
  });

  await t.test('hostile values in several slots at once, drawn with a fixed seed', async (t) => {
    const details = await fc.check(fc.asyncProperty(hostileComboArb(ops, targets), send), { seed: SEED, numRuns: 300, endOnFailure: true });
    t.notOk(details.failed, details.failed ? `seed ${SEED}: ${failures.join('; ')}` : '300 combinations, none a 5xx');
    t.equal((await app.inject({ url: '/health/live' })).statusCode, 200, 'live');
  });
});
