import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { projectRoot } from '../../src/lib/paths.js';

/**
 * `npm start`'s launcher (scripts/start.mjs), run as a real process in a project of its own: a
 * server that only says where it was loaded from, built or not. The compiled one runs only when
 * every source is no newer than its output and the compiler options no newer than the build.
 */
const run = promisify(execFile);

function project(dir: string): { root: string; at(file: string, seconds: number): void } {
  const root = path.join(dir, 'project');
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  mkdirSync(path.join(root, 'scripts'), { recursive: true });
  copyFileSync(path.join(projectRoot, 'scripts', 'start.mjs'), path.join(root, 'scripts', 'start.mjs'));
  // tsx, for the sources.
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'));
  write('package.json', '{ "type": "module" }\n');
  write('tsconfig.json', '{}\n');
  write('tsconfig.build.json', '{}\n');
  write('src/lib/where.ts', "export const where: string = 'src';\n");
  write('src/server.ts', "import { where } from './lib/where.js';\nconsole.log(where);\n");
  write('dist/src/lib/where.js', "export const where = 'dist';\n");
  write('dist/src/server.js', "import { where } from './lib/where.js';\nconsole.log(where);\n");
  write('dist/.tsbuildinfo', '{}\n');
  const at = (file: string, seconds: number) => utimesSync(path.join(root, file), seconds, seconds);
  // Sources written at t = 1,000 s, built at t = 2,000 s.
  for (const file of ['tsconfig.json', 'tsconfig.build.json', 'src/lib/where.ts', 'src/server.ts']) at(file, 1_000);
  for (const file of ['dist/src/lib/where.js', 'dist/src/server.js', 'dist/.tsbuildinfo']) at(file, 2_000);
  return { root, at };
}

async function startedFrom(root: string, env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return stdout.trim();
}

t.test('a fresh build runs compiled', async (t) => {
  const { root } = project(t.testdir());
  t.equal(await startedFrom(root), 'dist');
  t.equal(await startedFrom(root, { START_FROM: 'src' }), 'src', 'unless START_FROM=src');
});

t.test('a source changed since the build runs the sources, even one the entry point only imports', async (t) => {
  const { root, at } = project(t.testdir());
  at('src/lib/where.ts', 3_000);
  t.equal(await startedFrom(root), 'src');
});

t.test('a source that was never built runs the sources', async (t) => {
  const { root } = project(t.testdir());
  writeFileSync(path.join(root, 'src', 'lib', 'new.ts'), 'export {};\n');
  t.equal(await startedFrom(root), 'src');
});

t.test('compiler options changed since the build run the sources', async (t) => {
  const { root, at } = project(t.testdir());
  at('tsconfig.json', 3_000);
  t.equal(await startedFrom(root), 'src');
});

t.test('no build (a fresh clone) runs the sources', async (t) => {
  const { root } = project(t.testdir());
  await run('rm', ['-r', path.join(root, 'dist')]);
  t.equal(await startedFrom(root), 'src');
});
