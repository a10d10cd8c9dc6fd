import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { batchClient, postBatch, postBatches } from '../lib/batch-client.js';
import { Cleanup } from '../lib/cleanup.js';
import { createBenchDatabase } from '../lib/database.js';
import { figure, formatNumber } from '../lib/report.js';
import type { Scenario, ScenarioContext, ScenarioResult } from '../lib/scenario.js';
import { startServer } from '../lib/server.js';
import { round } from '../lib/stats.js';
import { buildWorkload } from '../lib/workload.js';

/**
 * webhooks: the same batches posted over HTTP twice, each time to a fresh server and database —
 * once with no webhook subscription, once with 3 active subscriptions to a receiver on loopback.
 * A batch writes one outbox row whatever the subscribers, and delivery runs beside the requests,
 * so ingest with subscribers should keep at least 0.9× the rate without.
 */

const RECORDS_MAX = 100_000;

async function ingestOnce(ctx: ScenarioContext, records: number, subscriptions: number) {
  const { options } = ctx;
  const workload = buildWorkload(records, options.batch);
  const bodies = workload.batches.map((batch) => JSON.stringify({ externalRef: `bench-${batch.index}`, records: batch.records }));
  const cleanup = new Cleanup();
  ctx.cleanup.add(`webhooks scenario (${subscriptions} subscriptions)`, () => cleanup.runAll());
  let received = 0;
  const receiver = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received++;
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  cleanup.add('webhook receiver', () => new Promise<void>((resolve) => receiver.close(() => resolve())));
  const db = await createBenchDatabase(ctx.serverUrl, cleanup);
  const server = await startServer({ databaseUrl: db.url, env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' } }, cleanup);
  const admin = `Bearer ${server.token({ sub: 'bench-admin', role: 'admin' })}`;
  const { port } = receiver.address() as AddressInfo;
  for (let s = 0; s < subscriptions; s++) {
    const response = await fetch(`${server.baseUrl}/v1/webhooks`, {
      method: 'POST',
      headers: { authorization: admin, 'content-type': 'application/json' },
      body: JSON.stringify({
        url: `http://127.0.0.1:${port}/hook-${s}`,
        events: ['batch.created', 'agency.status_changed', 'agency.projected_miss'],
      }),
    });
    if (response.status !== 201) throw new Error(`subscription: HTTP ${response.status} ${await response.text()}`);
  }
  const api = batchClient(server.baseUrl, (agency) => server.token({ sub: `bench-${agency}`, role: 'agency', agency }));
  const agencyOf = workload.batches.map((batch) => batch.agency);
  await postBatch(api, agencyOf[0] as string, bodies[0] as string, true);
  const { wallMs, totals } = await postBatches(api, bodies, agencyOf, options.concurrency);
  if (totals.accepted !== workload.distinctNiks) throw new Error(`accepted ${totals.accepted}, expected ${workload.distinctNiks}`);
  // Deliveries finish after the batches (they never hold a request): wait for them, for the record.
  const expected = subscriptions * workload.batches.length;
  const drainFrom = performance.now();
  while (received < expected && performance.now() - drainFrom < 60_000) await new Promise((resolve) => setTimeout(resolve, 100));
  const drainMs = performance.now() - drainFrom;
  await server.stop();
  await cleanup.runAll();
  return { rate: workload.records / (wallMs / 1000), wallMs, batches: workload.batches.length, received, expected, drainMs };
}

async function run(ctx: ScenarioContext): Promise<ScenarioResult> {
  const records = Math.min(ctx.options.records, RECORDS_MAX);
  ctx.log(
    `webhooks: ${formatNumber(records)} records, batches of ≤ ${ctx.options.batch}, concurrency ${ctx.options.concurrency}; without, then with 3 subscriptions`,
  );
  const without = await ingestOnce(ctx, records, 0);
  const withSubscriptions = await ingestOnce(ctx, records, 3);
  return {
    figures: [
      figure({
        scenario: 'webhooks',
        figure: 'HTTP batches with 3 webhook subscriptions',
        value: withSubscriptions.rate,
        unit: 'rec/s',
        baseline: 'the same with none',
        baselineValue: without.rate,
        goal: { on: 'ratio', op: '>=', target: 0.9 },
      }),
    ],
    details: {
      records,
      without: { recordsPerSecond: round(without.rate), ms: round(without.wallMs) },
      with3: {
        recordsPerSecond: round(withSubscriptions.rate),
        ms: round(withSubscriptions.wallMs),
        deliveries: withSubscriptions.received,
        expected: withSubscriptions.expected,
        drainMs: round(withSubscriptions.drainMs),
      },
    },
    notes: [
      `webhooks: ${formatNumber(records)} records at ${formatNumber(without.rate)} rec/s without subscriptions, ${formatNumber(withSubscriptions.rate)} rec/s with 3; ` +
        `${formatNumber(withSubscriptions.received)} of ${formatNumber(withSubscriptions.expected)} batch.created deliveries received within ${(withSubscriptions.drainMs / 1000).toFixed(1)} s after the last batch`,
    ],
  };
}

export const webhooks: Scenario = {
  name: 'webhooks',
  description: 'Enrollment batches over HTTP with 3 webhook subscriptions vs. none (records/s).',
  run,
};
