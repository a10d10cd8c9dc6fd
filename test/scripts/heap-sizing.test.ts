import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { DEPLOYED_NODE_FLAGS, nodeFlagsOf } from '../../bench/lib/build.js';
import { projectRoot } from '../../src/lib/paths.js';

/**
 * The server's heap is sized where it is started (docs/scaling.md, "Memory"): `npm start`,
 * `npm run start:prod` and the image's CMD pass the same node flags, and node takes them.
 */
const run = promisify(execFile);
const scripts = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
/** What `npm run start:prod` passes: the flags the bench starts its servers with too. */
const deployed = DEPLOYED_NODE_FLAGS;

t.test('start:prod caps the young and the old generation', async (t) => {
  t.match(deployed, ['--max-semi-space-size=2', '--max-old-space-size=1024']);
});

t.test('npm start runs with the same flags', async (t) => {
  t.same(nodeFlagsOf((scripts.start ?? '').split(/\s+/), 'scripts/start.mjs'), deployed);
});

t.test("the image's CMD runs with the same flags", async (t) => {
  const line = readFileSync(path.join(projectRoot, 'Dockerfile'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('CMD '));
  t.ok(line, 'the Dockerfile has a CMD');
  t.same(nodeFlagsOf(JSON.parse((line as string).slice(4)) as string[], 'dist/src/server.js'), deployed);
});

t.test('node applies them: the old generation is capped at 1 GiB', async (t) => {
  const { stdout } = await run(process.execPath, [
    ...deployed,
    '-e',
    "process.stdout.write(String(require('node:v8').getHeapStatistics().heap_size_limit))",
  ]);
  const limitMiB = Number(stdout) / 2 ** 20;
  // The limit is the old generation's cap plus the young generation's spaces.
  t.ok(limitMiB >= 1024 && limitMiB < 1100, `heap limit ${limitMiB.toFixed(0)} MiB`);
});
