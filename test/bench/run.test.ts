import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import t from 'tap';
import { projectRoot } from '../../src/lib/paths.js';

const run = promisify(execFile);

t.test('the harness lists every scenario, in the order they run (national, only when named, last), and the sizes', async (t) => {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--help'], { cwd: projectRoot });
  const listed = [...stdout.matchAll(/^ {2}([a-z]+) {2,}\S/gm)].map((m) => m[1]);
  t.same(listed, ['ingest', 'webhooks', 'summary', 'start', 'import', 'confirmations', 'jakarta', 'scale', 'national']);
  t.match(stdout, /--confirmation-rows <n> +confirmations: .*2,500,000/);
  t.match(stdout, /--confirmation-enrollments <n>/);
  t.match(stdout, /--national-records <n> +national: .*20,000,000/);
});

t.test('an unknown scenario is refused before anything starts, with the usage', async (t) => {
  const failed = await run(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--scenario', 'nope'], { cwd: projectRoot }).catch(
    (error: { code: number; stderr: string }) => error,
  );
  t.equal((failed as { code: number }).code, 2);
  t.match((failed as { stderr: string }).stderr, /Unknown scenario "nope" \(have: .*confirmations/);
});
