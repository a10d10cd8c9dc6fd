// `npm start`: runs the compiled server (dist/) when it is fresh, else the TypeScript sources
// through tsx, in this process either way. Plain JavaScript, so that choosing costs no
// transform: a fresh clone (`npm ci && npm start`, no build) runs the sources as before, and
// once `npm run build` has run, starts skip tsx's launcher process and its transform (about half
// a second of CPU on a 2-core machine) until a source changes again.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const mtimeMs = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
};

function* typeScriptSources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* typeScriptSources(file);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield file;
  }
}

/**
 * Why dist/ cannot stand in for src/ (undefined when it can): every `src/**\/*.ts` needs its
 * `dist/src/**\/*.js` written no earlier than the source was last changed — per file, because an
 * incremental build rewrites only what changed — and the build's record (`dist/.tsbuildinfo`) no
 * older than the compiler options it was built with.
 */
export function staleReason(projectRoot = root) {
  const dist = path.join(projectRoot, 'dist');
  const buildInfo = mtimeMs(path.join(dist, '.tsbuildinfo'));
  if (buildInfo === undefined) return 'not built';
  for (const config of ['tsconfig.json', 'tsconfig.build.json']) {
    if ((mtimeMs(path.join(projectRoot, config)) ?? 0) > buildInfo) return `${config} changed since the build`;
  }
  const src = path.join(projectRoot, 'src');
  for (const source of typeScriptSources(src)) {
    const output = path.join(dist, 'src', path.relative(src, source)).replace(/\.ts$/, '.js');
    const built = mtimeMs(output);
    if (built === undefined) return `${path.relative(projectRoot, source)} was never built`;
    if (built < (mtimeMs(source) ?? 0)) return `${path.relative(projectRoot, source)} changed since the build`;
  }
  return undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // START_FROM=src forces the sources (to compare, or to rule the build out).
  const reason = process.env.START_FROM === 'src' ? 'START_FROM=src' : staleReason();
  if (reason === undefined) {
    await import(pathToFileURL(path.join(root, 'dist', 'src', 'server.js')).href);
  } else {
    // What `tsx src/server.ts` does, minus its launcher process: tsx's loader in this one.
    const { register } = await import('tsx/esm/api');
    register();
    await import(pathToFileURL(path.join(root, 'src', 'server.ts')).href);
  }
}
