import os from 'node:os';
import { batchClient, postBatch, postBatches } from '../lib/batch-client.js';
import { BUILT_SERVER_ENTRY, buildServer } from '../lib/build.js';
import { Cleanup } from '../lib/cleanup.js';
import { copyIntoEnrollmentsCopy, ENROLLMENT_STORED_COLUMNS, exportStoredEnrollments } from '../lib/copy-baseline.js';
import { cpuSnapshot, cpuSpent, selfCpuSeconds } from '../lib/cpu.js';
import { backendPids, createBenchDatabase, withClient } from '../lib/database.js';
import { commandLine, memoryStatus, sampleMemory, servingPid } from '../lib/proc.js';
import {
  formatCpuProfile,
  formatMemory,
  formatStatements,
  profilingSetup,
  readStatementTimings,
  summariseCpuProfile,
  summariseMemory,
} from '../lib/profile.js';
import { figure, formatNumber } from '../lib/report.js';
import type { Scenario, ScenarioContext, ScenarioResult } from '../lib/scenario.js';
import { startServer } from '../lib/server.js';
import { latencyOf, monotonicUs, round } from '../lib/stats.js';
import { AGREEMENT_ID, buildJakartaWorkload } from '../lib/workload.js';

/**
 * jakarta: the MoU's whole target — 2.7 M records from the 17 participant agencies, 10 % of them
 * repeating a worker another agency already sent — posted over HTTP in batches of 5,000, the
 * API's real path (validation, HMAC, dedup across agencies, rollups, idempotency records), to a
 * server in its own process, run as it is deployed: the compiled build, `node dist/src/server.js`
 * (see bench/lib/build.ts for why not tsx). Two figures from one run:
 *
 * - **jakarta**: wall time from the first batch sent to the last answer (goal: under 40 s), and
 *   records/s against a COPY of the same rows (those the server stored) into a copy of
 *   `enrollments`, timed in the same run after the server has stopped;
 * - **memory**: the server process's peak resident set (VmHWM, kept by the kernel, so no spike
 *   between two polls is missed; goal: under 250 MB).
 *
 * A benchmark that miscounts is worthless, so the run fails unless every record is classified
 * as the workload was built, the summary's `newlyCovered` equals the distinct Jakarta workers
 * sent, and the database holds exactly that many credited rows.
 */

/** The Kemendagri target for DKI Jakarta (docs/domain.md §1): the size the goals are set for. */
export const JAKARTA_TARGET_RECORDS = 2_700_000;
const WALL_GOAL_SECONDS = 40;
const MEMORY_GOAL_MB = 250;
const MB = 1e6;

async function run(ctx: ScenarioContext): Promise<ScenarioResult> {
  const { options } = ctx;
  const startedAt = new Date();
  const atGoalSize = options.jakartaRecords === JAKARTA_TARGET_RECORDS;
  const sizeNote = atGoalSize ? '' : ` (${options.quick ? 'quick run' : 'resized'}: the goal is for ${formatNumber(JAKARTA_TARGET_RECORDS)})`;

  const generateStarted = performance.now();
  const workload = buildJakartaWorkload(options.jakartaRecords, options.batch);
  const generateMs = performance.now() - generateStarted;
  ctx.log(
    `jakarta: ${formatNumber(workload.records)} records in ${workload.bodies.length} batches of ≤ ${formatNumber(options.batch)} ` +
      `from ${workload.agencies.length} agencies: ${formatNumber(workload.distinctInRegion)} Jakarta workers, ` +
      `${formatNumber(workload.repeats)} cross-agency repeats, ${formatNumber(workload.outOfRegion)} out of region ` +
      `(${(workload.bytes / MB).toFixed(0)} MB of JSON, generated in ${(generateMs / 1000).toFixed(1)} s); concurrency ${options.jakartaConcurrency}`,
  );

  const cleanup = new Cleanup();
  ctx.cleanup.add('jakarta scenario', () => cleanup.runAll());
  const db = await createBenchDatabase(ctx.serverUrl, cleanup, 'jakarta');
  const profiling = options.profile ? profilingSetup(startedAt, 'jakarta') : undefined;
  const build = await buildServer(ctx.log);
  const server = await startServer({ databaseUrl: db.url, nodeArgs: profiling?.nodeArgs, env: profiling?.env, built: true }, cleanup);

  // The memory figure must be the process that serves, not a launcher: prove it by its socket.
  const port = Number(new URL(server.baseUrl).port);
  const serving = servingPid(server.pid, port);
  if (serving !== server.pid) {
    throw new Error(`The process listening on ${port} is ${serving} (${commandLine(serving ?? 0)}), not the server's pid ${server.pid}`);
  }
  const serverCommand = commandLine(server.pid);
  ctx.log(`jakarta: server pid ${server.pid} (${serverCommand}) on ${server.baseUrl}, database ${db.name}`);

  const client = batchClient(server.baseUrl, (agency) => server.token({ sub: `bench-${agency}`, role: 'agency', agency }));
  // As in ingest: one dry run first (writes nothing) pays for JIT warm-up and pool connections,
  // which a long-running API has long paid.
  await postBatch(client, workload.agencyOfBatch[0] as string, workload.bodies[0] as Buffer, true);

  // ---- HTTP phase -------------------------------------------------------------------------
  const memory = sampleMemory(server.pid);
  const pidsBefore = await backendPids(ctx.serverUrl, db.name);
  const cpuBefore = {
    server: cpuSnapshot([server.pid]),
    backends: cpuSnapshot(pidsBefore.backends),
    background: cpuSnapshot(pidsBefore.background),
    bench: selfCpuSeconds(),
  };
  const windowFrom = monotonicUs();
  let done = 0;
  const progress = setInterval(() => ctx.log(`jakarta: ${done} of ${workload.bodies.length} batches answered`), 10_000);
  let posted: Awaited<ReturnType<typeof postBatches>>;
  try {
    posted = await postBatches(client, workload.bodies, workload.agencyOfBatch, options.jakartaConcurrency, () => done++);
  } finally {
    clearInterval(progress);
  }
  const windowTo = monotonicUs();
  const trace = memory.stop();
  const pidsAfter = await backendPids(ctx.serverUrl, db.name);
  const cpu = {
    server: cpuSpent(cpuBefore.server, cpuSnapshot([server.pid])),
    postgresBackends: cpuSpent(cpuBefore.backends, cpuSnapshot(new Set([...pidsBefore.backends, ...pidsAfter.backends]))),
    postgresBackground: cpuSpent(cpuBefore.background, cpuSnapshot(pidsAfter.background)),
    bench: selfCpuSeconds() - cpuBefore.bench,
  };

  // ---- Are the counts right? ----------------------------------------------------------------
  const expected = {
    received: workload.records,
    accepted: workload.distinctInRegion,
    inBatch: 0,
    sameAgency: 0,
    otherAgency: workload.repeats,
    outOfRegion: workload.outOfRegion,
    rejected: 0,
  };
  const problems: string[] = [];
  for (const [key, want] of Object.entries(expected)) {
    const got = posted.totals[key as keyof typeof expected];
    if (got !== want) problems.push(`batch reports: ${key} ${got}, expected ${want}`);
  }
  const viewer = `Bearer ${server.token({ sub: 'bench-viewer', role: 'viewer' })}`;
  const summaryResponse = await fetch(`${server.baseUrl}/v1/agreements/${AGREEMENT_ID}/summary`, { headers: { authorization: viewer } });
  const summaryText = await summaryResponse.text();
  if (summaryResponse.status !== 200) throw new Error(`jakarta: summary: HTTP ${summaryResponse.status} ${summaryText.slice(0, 500)}`);
  const { newlyCovered } = JSON.parse(summaryText) as { newlyCovered: number };
  if (newlyCovered !== workload.distinctInRegion) {
    problems.push(`summary: newlyCovered ${newlyCovered}, expected ${workload.distinctInRegion} distinct Jakarta workers`);
  }
  const stored = await withClient(db.url, async (pg) => {
    const { rows } = await pg.query<{ rows: string; credited: string; batches: string }>(
      `SELECT (SELECT count(*) FROM enrollments) AS rows,
              (SELECT count(*) FROM enrollments WHERE credited) AS credited,
              (SELECT count(*) FROM enrollment_batches) AS batches`,
    );
    return { rows: Number(rows[0]?.rows), credited: Number(rows[0]?.credited), batches: Number(rows[0]?.batches) };
  });
  // Every valid record is stored (no in-batch repeats here); one credited row per Jakarta worker.
  if (stored.rows !== workload.records) problems.push(`enrollments: ${stored.rows} rows, expected ${workload.records}`);
  if (stored.credited !== workload.distinctInRegion) problems.push(`enrollments: ${stored.credited} credited, expected ${workload.distinctInRegion}`);
  if (stored.batches !== workload.bodies.length) problems.push(`enrollment_batches: ${stored.batches} rows, expected ${workload.bodies.length}`);
  if (problems.length > 0) throw new Error(`jakarta: the counts are wrong after the run:\n  ${problems.join('\n  ')}`);

  // A CPU profile is written when the server exits, so stop it before reading one.
  await server.stop();

  // ---- COPY baseline: the rows the server stored, exported first (untimed), then COPY'd ----
  const exported = await exportStoredEnrollments(db.url);
  cleanup.add('remove the COPY file', exported.remove);
  const copy = await copyIntoEnrollmentsCopy(db.url, ENROLLMENT_STORED_COLUMNS, exported.source);
  await exported.remove();
  if (copy.rows !== stored.rows || copy.credited !== stored.credited) {
    throw new Error(`jakarta: bench_copy holds ${copy.rows} rows, ${copy.credited} credited; expected ${stored.rows}, ${stored.credited}`);
  }

  // What the runner costs: the same server from the sources under tsx, on the same database,
  // idle after the same dry run — against the built one's RSS before its first batch.
  let tsxIdleRss: number | null = null;
  if (!options.profile) {
    const tsxServer = await startServer({ databaseUrl: db.url }, cleanup);
    const tsxClient = batchClient(tsxServer.baseUrl, (agency) => tsxServer.token({ sub: `bench-${agency}`, role: 'agency', agency }));
    await postBatch(tsxClient, workload.agencyOfBatch[0] as string, workload.bodies[0] as Buffer, true);
    tsxIdleRss = memoryStatus(tsxServer.pid)?.rss ?? null;
    await tsxServer.stop();
  }
  await cleanup.runAll();

  const wallSeconds = posted.wallMs / 1000;
  const rate = workload.records / wallSeconds;
  const copyRate = copy.rows / (copy.ms / 1000);
  const perRecordUs = (seconds: number) => ((seconds / workload.records) * 1e6).toFixed(1);
  const latency = latencyOf(posted.latencies);
  const available = wallSeconds * os.availableParallelism();
  const notes = [
    `jakarta: ${formatNumber(workload.records)} records in ${wallSeconds.toFixed(1)} s = ${formatNumber(rate)} records/s at concurrency ` +
      `${options.jakartaConcurrency}${sizeNote}; batch latency p50 ${Math.round(latency.p50)} ms, p99 ${Math.round(latency.p99)} ms, ` +
      `max ${Math.round(latency.max)} ms; counts checked: ${formatNumber(newlyCovered)} newly covered = distinct Jakarta workers sent, ` +
      `${formatNumber(posted.totals.otherAgency)} cross-agency duplicates, ${formatNumber(posted.totals.outOfRegion)} out of region`,
    `jakarta: CPU (s): server ${cpu.server.toFixed(1)}, postgres backends ${cpu.postgresBackends.toFixed(1)}, ` +
      `postgres background ${cpu.postgresBackground.toFixed(1)}, load generator ${cpu.bench.toFixed(1)} — of ${available.toFixed(1)} available ` +
      `(${os.availableParallelism()} cores × wall)`,
    `jakarta: COPY of the same ${formatNumber(copy.rows)} rows into a copy of enrollments in ${(copy.ms / 1000).toFixed(1)} s ` +
      `(${formatNumber(copyRate)} rows/s); CPU per record: postgres backends ${perRecordUs(cpu.postgresBackends)} µs over HTTP, ` +
      `${perRecordUs(copy.postgresCpu)} µs for COPY; server ${perRecordUs(cpu.server)} µs`,
    `memory: server (pid ${server.pid}) peak RSS ${(trace.peakRss / MB).toFixed(1)} MB (VmHWM); RSS ${(trace.firstRss / MB).toFixed(1)} MB ` +
      `before the first batch, highest poll ${(trace.maxSampledRss / MB).toFixed(1)} MB at ${(trace.maxSampledAtMs / 1000).toFixed(1)} s, ` +
      `${(trace.lastRss / MB).toFixed(1)} MB after the last` +
      (tsxIdleRss === null
        ? ''
        : `; measured on the build as deployed (node ${BUILT_SERVER_ENTRY}): the same server under tsx idles at ` +
          `${(tsxIdleRss / MB).toFixed(1)} MB after the same dry run (tsx's loader thread and source maps)`),
  ];

  let profile: Record<string, unknown> | undefined;
  if (profiling) {
    const cpuProfile = summariseCpuProfile(profiling.dir, { fromUs: windowFrom, toUs: windowTo });
    const statements = readStatementTimings(profiling.timingFile);
    const heap = summariseMemory(profiling.memoryFile);
    if (cpuProfile) notes.push(...formatCpuProfile(cpuProfile));
    if (statements.length > 0) notes.push(...formatStatements(statements, posted.wallMs));
    if (heap) notes.push(...formatMemory(heap));
    notes.push(`jakarta: profiled run — figures are slowed by the profiler; files in ${profiling.dir}`);
    profile = { dir: profiling.dir, cpu: cpuProfile, statements: statements.slice(0, 30), memory: heap };
  }

  const sizeLabel = `${formatNumber(workload.records)} records, ${workload.agencies.length} agencies, ${formatNumber(options.batch)}/batch, concurrency ${options.jakartaConcurrency}`;
  return {
    figures: [
      figure({
        scenario: 'jakarta',
        figure: `wall time, ${sizeLabel}${atGoalSize ? '' : ' (quick size)'}`,
        value: wallSeconds,
        unit: 's',
        baseline: null,
        baselineValue: null,
        goal: { on: 'value', op: '<', target: WALL_GOAL_SECONDS },
        judged: atGoalSize,
      }),
      figure({
        scenario: 'jakarta',
        figure: 'records/s over the same run',
        value: rate,
        unit: 'rec/s',
        baseline: 'COPY of the same rows into copy of enrollments',
        baselineValue: copyRate,
        goal: null,
      }),
      figure({
        scenario: 'memory',
        figure: `server peak RSS (VmHWM, node ${BUILT_SERVER_ENTRY}) during jakarta${atGoalSize ? '' : ' (quick size)'}`,
        value: trace.peakRss / MB,
        unit: 'MB',
        baseline: null,
        baselineValue: null,
        goal: { on: 'value', op: '<', target: MEMORY_GOAL_MB },
        judged: atGoalSize,
      }),
    ],
    details: {
      records: workload.records,
      atGoalSize,
      batches: workload.bodies.length,
      batchSize: options.batch,
      concurrency: options.jakartaConcurrency,
      agencies: workload.agencies,
      distinctInRegion: workload.distinctInRegion,
      crossAgencyRepeats: workload.repeats,
      outOfRegion: workload.outOfRegion,
      requestBytes: workload.bytes,
      generateMs: Math.round(generateMs),
      buildMs: Math.round(build.ms),
      http: {
        ms: round(posted.wallMs),
        recordsPerSecond: round(rate),
        latencyMs: Object.fromEntries(Object.entries(latency).map(([k, v]) => [k, round(v)])),
        totals: posted.totals,
      },
      counts: { newlyCovered, stored },
      copy: { ms: round(copy.ms), rowsPerSecond: round(copyRate), postgresCpuSeconds: round(copy.postgresCpu) },
      memory: { serverPid: server.pid, serverCommand, ...trace, tsxIdleRss },
      cpuSeconds: Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, round(v)])),
      profiled: options.profile,
      ...(profile ? { profile } : {}),
    },
    notes,
  };
}

export const jakarta: Scenario = {
  name: 'jakarta',
  aliases: ['memory'],
  // The build is checked before the other scenarios spend minutes; run() reuses it.
  prepare: async (ctx) => {
    await buildServer(ctx.log);
  },
  description: `The MoU's target, ${formatNumber(JAKARTA_TARGET_RECORDS)} records from 17 agencies over HTTP: wall time, and (memory) the server's peak RSS.`,
  run,
};
