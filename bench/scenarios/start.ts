import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildServer } from '../lib/build.js';
import { Cleanup } from '../lib/cleanup.js';
import { processCpuSeconds } from '../lib/cpu.js';
import { commandLine, memoryStatus, processTree, servingPid } from '../lib/proc.js';
import { figure, formatNumber } from '../lib/report.js';
import type { Scenario, ScenarioContext, ScenarioResult } from '../lib/scenario.js';
import { freePort, spawnChild, waitReady } from '../lib/server.js';
import { median, round } from '../lib/stats.js';

/**
 * start: `npm start` to ready on the embedded database (PGlite, no DATABASE_URL), as a developer
 * or a small deployment starts it. Timed from the spawn of `npm start` to the first 200 of
 * GET /health/ready (polled every 10 ms), which comes after the "Server listening" line and
 * proves the database answers. The first start on an empty DATA_DIR is cold (PGlite creates its
 * cluster, migrations and seed run); the figure is the median of the warm starts that follow on
 * the same DATA_DIR, each after a graceful stop of the one before. The server's resident memory
 * when it first answers ready is a figure too.
 *
 * Everything `npm start` costs is inside the figure: npm itself, the launcher (scripts/start.mjs),
 * loading PGlite, checking migrations and seed, building the app. `npm start` runs the compiled
 * server when dist/ is fresh and the sources through tsx otherwise; the bench builds first (as
 * the other scenarios do), so the figures are the compiled start, and one more warm start with
 * START_FROM=src shows what tsx adds (its transform cache in the OS temp dir is warm after the
 * first run on a machine). Nothing else is measured: no DATABASE_URL, no NODE_ENV (so the
 * development defaults, as `npm start` in a fresh clone), and a minimal environment.
 */

const WARM_GOAL_SECONDS = 1.5;
const COLD_GOAL_SECONDS = 3;
const POLL_MS = 10;
const MB = 1e6;

interface Start {
  kind: 'cold' | 'warm' | 'warm, sources (tsx)';
  /** ms from spawn to each milestone; null when its line was not seen. */
  npmBannerMs: number | null;
  databaseReadyMs: number | null;
  listeningMs: number | null;
  readyMs: number;
  serverPid: number;
  /** Processes from npm down to the server, e.g. npm → sh → tsx → node. */
  processes: string[];
  serverRssMB: number | null;
  /** CPU seconds (user + system) the whole tree had spent when ready: the start's work, whatever else runs on the machine. */
  cpuSeconds: { launchers: number; server: number };
  stopMs: number;
  exitCode: number | null;
}

async function startOnce(ctx: ScenarioContext, cleanup: Cleanup, dataDir: string, kind: Start['kind']): Promise<Start> {
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    ...(kind === 'warm, sources (tsx)' ? { START_FROM: 'src' } : {}),
  };
  const seen: { npmBanner?: number; databaseReady?: number; listening?: number } = {};
  const spawnedAt = performance.now();
  let rootPid = 0;
  const child = spawnChild('npm start', 'npm', ['start'], env, cleanup, {
    relay: false,
    detached: true,
    // Stop the server itself (graceful), not npm: the next warm start must not begin with recovery.
    signalPid: () => servingPid(rootPid, port),
    onLine: (line, at) => {
      if (seen.npmBanner === undefined && line.startsWith('> sinergi')) seen.npmBanner = at;
      else if (seen.databaseReady === undefined && line.includes('"msg":"database ready"')) seen.databaseReady = at;
      else if (seen.listening === undefined && line.includes('"msg":"Server listening')) seen.listening = at;
    },
  });
  rootPid = child.process.pid as number;
  // Generous: on a machine busy with other work a start can take a minute; the figure then says so.
  await waitReady(`http://127.0.0.1:${port}/health/ready`, child, 300_000, POLL_MS);
  const readyAt = performance.now();

  const serverPid = servingPid(rootPid, port);
  if (serverPid === null) throw new Error(`start: nothing of npm start's process tree listens on ${port}`);
  const tree = processTree(rootPid);
  const processes = tree.slice(0, tree.indexOf(serverPid) + 1).map((pid) =>
    commandLine(pid)
      .replace(/\s+--.*$/, '')
      .slice(0, 80),
  );
  const rss = memoryStatus(serverPid)?.rss ?? null;
  const cpuOf = (pids: number[]) => pids.reduce((sum, pid) => sum + (processCpuSeconds(pid) ?? 0), 0);
  const cpuSeconds = { launchers: round(cpuOf(tree.filter((pid) => pid !== serverPid))), server: round(cpuOf([serverPid])) };

  const stopStarted = performance.now();
  await child.stop();
  const stopMs = performance.now() - stopStarted;
  const since = (at: number | undefined) => (at === undefined ? null : round(at - spawnedAt, 1));
  const start: Start = {
    kind,
    npmBannerMs: since(seen.npmBanner),
    databaseReadyMs: since(seen.databaseReady),
    listeningMs: since(seen.listening),
    readyMs: round(readyAt - spawnedAt, 1),
    serverPid,
    processes,
    serverRssMB: rss === null ? null : round(rss / MB, 1),
    cpuSeconds,
    stopMs: round(stopMs, 1),
    exitCode: child.process.exitCode,
  };
  const ms = (n: number | null) => (n === null ? '?' : `${Math.round(n)} ms`);
  ctx.log(
    `start: ${kind}: ready in ${ms(start.readyMs)} (npm banner ${ms(start.npmBannerMs)}, database ready ${ms(start.databaseReadyMs)}, ` +
      `listening ${ms(start.listeningMs)}); RSS ${start.serverRssMB ?? '?'} MB; CPU ${cpuSeconds.launchers.toFixed(2)} s launchers + ${cpuSeconds.server.toFixed(2)} s server; ` +
      `stopped in ${ms(start.stopMs)}, exit code ${start.exitCode}`,
  );
  return start;
}

async function run(ctx: ScenarioContext): Promise<ScenarioResult> {
  const { options } = ctx;
  const cleanup = new Cleanup();
  ctx.cleanup.add('start scenario', () => cleanup.runAll());
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-start-'));
  cleanup.add(`remove ${dataDir}`, () => rmSync(dataDir, { recursive: true, force: true }));

  const cold = await startOnce(ctx, cleanup, dataDir, 'cold');
  const warm: Start[] = [];
  for (let i = 0; i < options.startRuns; i++) warm.push(await startOnce(ctx, cleanup, dataDir, 'warm'));
  const sources = await startOnce(ctx, cleanup, dataDir, 'warm, sources (tsx)');
  await cleanup.runAll();

  const warmMs = median(warm.map((s) => s.readyMs));
  const warmRss = median(warm.map((s) => s.serverRssMB ?? 0));
  const notes = [
    `start: npm start on PGlite (${(warm[0] ?? cold).processes.join(' → ')}): cold ${formatNumber(cold.readyMs)} ms ` +
      `(migrations and seed on an empty DATA_DIR); warm ${warm.map((s) => formatNumber(s.readyMs)).join(' / ')} ms, median ` +
      `${formatNumber(warmMs)} ms — of which npm's own start to its banner ${formatNumber(median(warm.map((s) => s.npmBannerMs ?? 0)))} ms, ` +
      `database ready at ${formatNumber(median(warm.map((s) => s.databaseReadyMs ?? 0)))} ms, listening at ` +
      `${formatNumber(median(warm.map((s) => s.listeningMs ?? 0)))} ms; CPU spent by then (median): launchers ` +
      `${median(warm.map((s) => s.cpuSeconds.launchers)).toFixed(2)} s, server ${median(warm.map((s) => s.cpuSeconds.server)).toFixed(2)} s ` +
      `(${os.availableParallelism()} cores); server RSS when ready ${formatNumber(warmRss)} MB (PGlite's WebAssembly heap included), ` +
      `cold ${cold.serverRssMB ?? '?'} MB`,
    `start: the same warm start from the sources (START_FROM=src: tsx, as without a build): ${formatNumber(sources.readyMs)} ms, ` +
      `CPU ${sources.cpuSeconds.server.toFixed(2)} s server, RSS ${sources.serverRssMB ?? '?'} MB`,
  ];
  if (options.profile) notes.push('start: not profiled (--profile applies to the servers the bench starts itself)');
  return {
    figures: [
      figure({
        scenario: 'start',
        figure: `npm start → /health/ready 200, PGlite, warm (median of ${warm.length})`,
        value: warmMs / 1000,
        unit: 's',
        baseline: null,
        baselineValue: null,
        goal: { on: 'value', op: '<', target: WARM_GOAL_SECONDS },
      }),
      figure({
        scenario: 'start',
        figure: 'the same, cold (empty DATA_DIR: migrations + seed)',
        value: cold.readyMs / 1000,
        unit: 's',
        baseline: null,
        baselineValue: null,
        goal: { on: 'value', op: '<', target: COLD_GOAL_SECONDS },
      }),
      figure({
        scenario: 'start',
        figure: 'server RSS when first ready, warm (median)',
        value: warmRss,
        unit: 'MB',
        baseline: null,
        baselineValue: null,
        goal: null,
      }),
    ],
    details: { pollMs: POLL_MS, cold, warm, sources, warmMedianMs: warmMs, warmRssMB: warmRss },
    notes,
  };
}

export const start: Scenario = {
  name: 'start',
  description: '`npm start` to a 200 on /health/ready on the embedded database (PGlite), warm and cold, and its RSS then.',
  prepare: async (ctx) => {
    await buildServer(ctx.log);
  },
  run,
};
