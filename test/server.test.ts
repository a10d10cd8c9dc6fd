import { readFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { projectRoot } from '../src/lib/paths.js';
import { signToken } from '../src/lib/tokens.js';
import { documentChecker } from './contract.js';
import { jakartaNiks, record } from './fixtures/nik.js';
import { startServer } from './fixtures/server-process.js';
import { testConfig } from './helper.js';

/**
 * The real server process (src/server.ts): SIGTERM stops it accepting connections, lets the batch
 * in flight finish and be acknowledged, closes the database, and exits 0.
 */
t.test('SIGTERM lets an in-flight batch complete, then exits cleanly', async (t) => {
  // debug: the "incoming request" line (the batch is in flight) is a debug line.
  const server = await startServer(t, { NODE_ENV: 'development', LOG_LEVEL: 'debug', DATA_DIR: path.join(t.testdir(), 'data') });
  const token = signToken(testConfig(), { sub: 'dinkes-system', role: 'agency', agency: 'dinkes' });
  // Enrollment dates in the 2024 period; the server's clock is real, so they are in the past.
  const records = jakartaNiks(0, 10_000).map((nik) => record(nik, { enrolledOn: '2024-11-04' }));
  const inFlight = fetch(`${server.url}/v1/agreements/jakarta-uc-2024/batches`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'shutdown-1' },
    body: JSON.stringify({ records }),
  });
  await server.waitForLog(/"url":"\/v1\/agreements\/jakarta-uc-2024\/batches".*"msg":"incoming request"/);
  server.child.kill('SIGTERM');

  const response = await inFlight;
  t.equal(response.status, 201, 'the batch in flight is acknowledged');
  // The process's answer is checked against the committed document, as injected answers are.
  const check = documentChecker(JSON.parse(readFileSync(path.join(projectRoot, 'openapi', 'openapi.json'), 'utf8')));
  t.equal(await check('POST', response.url, response), undefined, 'the answer matches the document');
  t.match(await response.json(), { accepted: 10_000 });
  t.equal(await server.exited, 0, 'exit code 0');
  t.match(server.log(), /"signal":"SIGTERM".*shutting down/);
  await t.rejects(fetch(`${server.url}/health/live`), 'no longer accepting connections');
});
