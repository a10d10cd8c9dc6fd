import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/lib/paths.js';

/**
 * The API as it is deployed: compiled by `tsc -p tsconfig.build.json` (what `npm run build` and
 * the Dockerfile run) and started as `node dist/src/server.js` (the image's CMD). Built once per
 * bench run, into the project's own dist/.
 *
 * Why it matters: under tsx (`node --import tsx src/server.ts`) the server process also hosts
 * tsx's module-loader thread — a second V8 isolate — and the source maps of every module it
 * transformed, about 85 MB of resident memory at idle that a deployed server does not have. A
 * memory figure taken under tsx measures the development runner, not the API.
 */
export const BUILT_SERVER_ENTRY = path.join('dist', 'src', 'server.js');

/** The flags of a command line `node <flags> <entry>`; throws if it is not one. */
export function nodeFlagsOf(command: readonly string[], entry: string): string[] {
  if (command[0] !== 'node' || command.at(-1) !== entry) throw new Error(`not "node [flags] ${entry}": ${command.join(' ')}`);
  return command.slice(1, -1);
}

/**
 * The node flags a deployed server runs with — the heap's sizing — read from `npm run
 * start:prod` (`node <flags> dist/src/server.js`; the Dockerfile's CMD is kept equal to it by a
 * test), so the bench's servers run as deployed and a change there shows in every figure.
 */
export const DEPLOYED_NODE_FLAGS: readonly string[] = (() => {
  const scripts = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  return nodeFlagsOf((scripts['start:prod'] ?? '').split(/\s+/), BUILT_SERVER_ENTRY);
})();

let built: Promise<{ ms: number }> | undefined;

export function buildServer(log: (line: string) => void): Promise<{ ms: number }> {
  built ??= (async () => {
    const started = performance.now();
    const tsc = path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    const child = spawn(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    // The deploy build fails on a type error (the Dockerfile's RUN stops), so the bench does too.
    if (code !== 0 || !existsSync(path.join(projectRoot, BUILT_SERVER_ENTRY))) {
      throw new Error(`The build (tsc -p tsconfig.build.json) failed with code ${code}:\n${output.slice(0, 3000)}`);
    }
    const ms = performance.now() - started;
    log(`build: tsc -p tsconfig.build.json in ${(ms / 1000).toFixed(1)} s → ${BUILT_SERVER_ENTRY}`);
    return { ms };
  })();
  return built;
}
