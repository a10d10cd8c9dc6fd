import { spawn } from 'node:child_process';
import path from 'node:path';
import t from 'tap';
import { projectRoot } from '../src/lib/paths.js';
import { signToken } from '../src/lib/tokens.js';
import { jakartaNiks, record } from './fixtures/nik.js';
import { TEST_ENV, testConfig } from './helper.js';

/**
 * The real server process (src/server.ts): SIGTERM stops it accepting connections, lets the batch
 * in flight finish and be acknowledged, closes the database, and exits 0.
 */
t.test('SIGTERM lets an in-flight batch complete, then exits cleanly', async (t) => {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    NODE_ENV: 'development',
    DATA_DIR: path.join(t.testdir(), 'data'),
    PORT: '0',
    LOG_LEVEL: 'info',
    JWT_SECRET: TEST_ENV.JWT_SECRET,
    NIK_PEPPER: TEST_ENV.NIK_PEPPER,
  };
  // Through `env -i`: a clean environment, and tap does not adopt the child (see config.test.ts).
  const child = spawn('/usr/bin/env', ['-i', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), process.execPath, '--import', 'tsx', 'src/server.ts'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  t.teardown(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  let log = '';
  const waitForLog = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no log line ${pattern} in:\n${log}`)), 60_000);
      const check = () => {
        const match = log.match(pattern);
        if (match) {
          clearTimeout(timer);
          child.stdout.off('data', check);
          resolve(match);
        }
      };
      child.stdout.on('data', check);
      check();
    });
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));

  const [, address] = await waitForLog(/Server listening at (http:\/\/127\.0\.0\.1:\d+)/);
  const token = signToken(testConfig(), { sub: 'dinkes-system', role: 'agency', agency: 'dinkes' });
  // Enrollment dates in the 2024 period; the server's clock is real, so they are in the past.
  const records = jakartaNiks(0, 10_000).map((nik) => record(nik, { enrolledOn: '2024-11-04' }));
  const inFlight = fetch(`${address}/v1/agreements/jakarta-uc-2024/batches`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'shutdown-1' },
    body: JSON.stringify({ records }),
  });
  await waitForLog(/"url":"\/v1\/agreements\/jakarta-uc-2024\/batches".*"msg":"incoming request"/);
  child.kill('SIGTERM');

  const response = await inFlight;
  t.equal(response.status, 201, 'the batch in flight is acknowledged');
  t.match(await response.json(), { accepted: 10_000 });
  t.equal(await exited, 0, 'exit code 0');
  t.match(log, /"signal":"SIGTERM".*shutting down/);
  await t.rejects(fetch(`${address}/health/live`), 'no longer accepting connections');
});
