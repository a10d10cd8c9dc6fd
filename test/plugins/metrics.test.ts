import t from 'tap';
import { jakartaNiks, record, syntheticNik } from '../fixtures/nik.js';
import { findNiks } from '../fixtures/privacy-scan.js';
import { eventually, startReceiver } from '../fixtures/receiver.js';
import { buildTestApp, fixedClock } from '../helper.js';

const batchUrl = '/v1/agreements/jakarta-uc-2024/batches';
const summaryUrl = '/v1/agreements/jakarta-uc-2024/summary';

/**
 * The Prometheus text format 0.0.4, strictly enough to catch a broken exposition: every line is
 * a comment (`# HELP`/`# TYPE`), or `name{label="value",…} number`. Returns the samples.
 */
function parseExposition(text: string): { name: string; labels: Record<string, string>; value: number }[] {
  const samples: { name: string; labels: Record<string, string>; value: number }[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* /.test(line)) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`Not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    const pairs = match[2] ?? '';
    const labelPattern = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?/g;
    let consumed = 0;
    for (const pair of pairs.matchAll(labelPattern)) {
      labels[pair[1] as string] = pair[2] as string;
      consumed += pair[0].length;
    }
    if (consumed !== pairs.length) throw new Error(`Malformed labels: ${line}`);
    // Prometheus parses values as Go's ParseFloat does: NaN and Inf in any case (prom-client writes `Nan`).
    const text = match[3] as string;
    const value = /^nan$/i.test(text) ? Number.NaN : /^[+-]?inf$/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) : Number(text);
    if (Number.isNaN(value) && !/^nan$/i.test(text)) throw new Error(`Not a number: ${line}`);
    samples.push({ name: match[1] as string, labels, value });
  }
  return samples;
}

const sample = (samples: ReturnType<typeof parseExposition>, name: string, labels: Record<string, string> = {}) =>
  samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

t.test('on the API listener (METRICS=api, the default)', async (t) => {
  const { app, as } = await buildTestApp(t, { clock: fixedClock('2024-12-01T05:00:00Z') });
  const admin = as('admin');
  const dinkes = as('agency', 'dinkes');

  t.test('an unauthenticated scrape is refused, and so is any role but admin', async (t) => {
    const anonymous = await app.inject({ url: '/metrics' });
    t.equal(anonymous.statusCode, 401);
    t.match(anonymous.headers['content-type'], /^application\/problem\+json/);
    t.equal((await as('viewer')({ url: '/metrics' })).statusCode, 403);
    t.equal((await dinkes({ url: '/metrics' })).statusCode, 403);
  });

  t.test('an admin scrape parses and carries requests, records by class, jobs and the event loop', async (t) => {
    const niks = jakartaNiks(500, 3);
    const records = [record(niks[0] as string), record(niks[1] as string), record(niks[0] as string), record(syntheticNik(3, '32')), record('123')];
    const posted = await dinkes({ method: 'POST', url: batchUrl, headers: { 'idempotency-key': 'metrics-1' }, payload: { records } });
    t.equal(posted.statusCode, 201);
    // A replay is not a second batch: its records are not counted again.
    const replay = await dinkes({ method: 'POST', url: batchUrl, headers: { 'idempotency-key': 'metrics-1' }, payload: { records } });
    t.equal(replay.headers['idempotent-replayed'], 'true');
    t.equal((await admin({ url: summaryUrl })).statusCode, 200);
    t.equal((await admin({ url: '/v1/agreements/no-such-agreement/summary' })).statusCode, 404);
    t.equal((await app.inject({ url: `/nowhere/${niks[2]}` })).statusCode, 404);

    const res = await admin({ url: '/metrics' });
    t.equal(res.statusCode, 200);
    t.match(res.headers['content-type'], /^text\/plain; version=0\.0\.4/);
    const samples = parseExposition(res.body);
    t.ok(samples.length > 50, 'process and event-loop figures come with ours');

    // Request durations are labelled by route template and status, never by the path asked for.
    t.equal(
      sample(samples, 'sinergi_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/v1/agreements/:agreementId/batches',
        status_code: '201',
      }),
      2,
    );
    t.equal(
      sample(samples, 'sinergi_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/v1/agreements/:agreementId/summary',
        status_code: '200',
      }),
      1,
    );
    t.equal(
      sample(samples, 'sinergi_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/v1/agreements/:agreementId/summary',
        status_code: '404',
      }),
      1,
    );
    t.equal(sample(samples, 'sinergi_http_request_duration_seconds_count', { method: 'GET', route: 'unmatched', status_code: '404' }), 1);
    t.notOk(res.body.includes('no-such-agreement') || res.body.includes('/nowhere'), 'no requested path is a label value');
    t.same(findNiks([...niks, syntheticNik(3, '32')], [res.body]), [], 'no NIK in any form');

    t.equal(sample(samples, 'sinergi_batch_records_total', { source: 'api', class: 'received' }), 5);
    t.equal(sample(samples, 'sinergi_batch_records_total', { source: 'api', class: 'accepted' }), 2);
    t.equal(sample(samples, 'sinergi_batch_records_total', { source: 'api', class: 'inBatch' }), 1);
    t.equal(sample(samples, 'sinergi_batch_records_total', { source: 'api', class: 'outOfRegion' }), 1);
    t.equal(sample(samples, 'sinergi_batch_records_total', { source: 'api', class: 'rejected' }), 1);
    t.equal(sample(samples, 'sinergi_batch_records_total', { source: 'api', class: 'credited' }), undefined, 'credited changes later: not a class');
    t.equal(sample(samples, 'sinergi_batch_duration_seconds_count', { source: 'api' }), 1);

    t.equal(sample(samples, 'sinergi_jobs', { status: 'queued' }), 0);
    t.equal(sample(samples, 'sinergi_jobs_oldest_age_seconds', { status: 'running' }), 0);
    t.type(sample(samples, 'sinergi_nodejs_eventloop_lag_p99_seconds'), 'number');
    if (app.database.engine === 'postgres') t.type(sample(samples, 'sinergi_db_pool_connections', { state: 'waiting' }), 'number');
    else t.equal(sample(samples, 'sinergi_db_pool_connections', { state: 'waiting' }), undefined, 'PGlite has no pool');
  });
});

t.test('webhook deliveries: attempts by outcome with their time, and the backlog', async (t) => {
  const receiver = await startReceiver(t, (path) => ({ status: path === '/ok' ? 204 : 500 }));
  const { as } = await buildTestApp(t, {
    clock: fixedClock('2024-12-01T05:00:00Z'),
    // The failing receiver's retry comes an hour later: it stays pending for the scrape.
    env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_RETRY_SCHEDULE: '3600', WEBHOOK_TIMEOUT_MS: '2000' },
    webhooks: { pollMs: 50 },
  });
  const admin = as('admin');
  const dinkes = as('agency', 'dinkes');
  for (const path of ['/ok', '/failing']) {
    const res = await dinkes({ method: 'POST', url: '/v1/webhooks', payload: { url: `${receiver.url}${path}`, events: ['batch.created'] } });
    t.equal(res.statusCode, 201, path);
  }
  const before = parseExposition((await admin({ url: '/metrics' })).body);
  t.equal(sample(before, 'sinergi_webhook_deliveries_pending'), 0, 'nothing pending yet');
  t.equal(sample(before, 'sinergi_webhook_deliveries_overdue_seconds'), 0);
  const posted = await dinkes({
    method: 'POST',
    url: batchUrl,
    headers: { 'idempotency-key': 'metrics-webhooks' },
    payload: { records: [record(jakartaNiks(600, 1)[0] as string)] },
  });
  t.equal(posted.statusCode, 201);
  await eventually(() => receiver.at('/ok').length === 1 && receiver.at('/failing').length === 1, 10_000, 'both receivers called');
  // The attempts are recorded just after the receivers answer.
  let samples = before;
  await eventually(
    async () => {
      samples = parseExposition((await admin({ url: '/metrics' })).body);
      return sample(samples, 'sinergi_webhook_attempt_duration_seconds_count', { outcome: 'retrying' }) === 1;
    },
    10_000,
    'both attempts counted',
  );
  t.equal(sample(samples, 'sinergi_webhook_attempt_duration_seconds_count', { outcome: 'succeeded' }), 1);
  t.equal(sample(samples, 'sinergi_webhook_attempt_duration_seconds_count', { outcome: 'retrying' }), 1);
  t.equal(sample(samples, 'sinergi_webhook_attempt_duration_seconds_count', { outcome: 'failed' }), undefined, 'no attempt failed for good');
  t.equal(sample(samples, 'sinergi_webhook_deliveries_pending'), 1, 'the failing one waits for its retry');
  t.equal(sample(samples, 'sinergi_webhook_deliveries_overdue_seconds'), 0, 'and is not due yet');
});

t.test('on a listener of its own (METRICS=listener)', async (t) => {
  const { app } = await buildTestApp(t, { env: { METRICS: 'listener', METRICS_PORT: '0' } });
  t.equal((await app.inject({ url: '/metrics' })).statusCode, 404, 'absent from the API');
  const address = app.metricsAddress();
  if (!address) throw new Error('the metrics listener is not listening');
  t.equal(address.address, '127.0.0.1', 'loopback by default');
  const base = `http://127.0.0.1:${address.port}`;
  const res = await fetch(`${base}/metrics`);
  t.equal(res.status, 200);
  t.ok(parseExposition(await res.text()).some((s) => s.name === 'sinergi_jobs'));
  t.equal((await fetch(`${base}/other`)).status, 404);
  t.equal((await fetch(`${base}/metrics`, { method: 'POST' })).status, 404);
});

t.test('off (METRICS=off): no route, no listener', async (t) => {
  const { app } = await buildTestApp(t, { env: { METRICS: 'off' } });
  t.equal((await app.inject({ url: '/metrics' })).statusCode, 404);
  t.equal(app.metricsAddress(), null);
  t.equal(app.metrics, undefined);
});
