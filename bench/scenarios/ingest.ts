import os from 'node:os';
import { batchClient, postBatch, postBatches } from '../lib/batch-client.js';
import { Cleanup } from '../lib/cleanup.js';
import { copyIntoEnrollmentsCopy, fromChunks } from '../lib/copy-baseline.js';
import { cpuSnapshot, cpuSpent, selfCpuSeconds } from '../lib/cpu.js';
import { backendPids, createBenchDatabase, withClient } from '../lib/database.js';
import { formatCpuProfile, formatStatements, profilingSetup, readStatementTimings, summariseCpuProfile } from '../lib/profile.js';
import { figure, formatNumber } from '../lib/report.js';
import type { Scenario, ScenarioContext, ScenarioResult } from '../lib/scenario.js';
import { startServer } from '../lib/server.js';
import { monotonicUs, percentile, round } from '../lib/stats.js';
import { buildWorkload, ENROLLMENT_COPY_COLUMNS, enrollmentCopyChunks } from '../lib/workload.js';

/**
 * ingest: enrollment batches posted over HTTP to a server in its own process, against the same
 * rows COPY'd straight into a copy of `enrollments` — the fastest way PostgreSQL can take them.
 * The ratio says how much of the database's raw write speed the API keeps once it validates,
 * hashes, deduplicates across agencies, keeps rollups and answers idempotently.
 */

async function run(ctx: ScenarioContext): Promise<ScenarioResult> {
  const { options } = ctx;
  const startedAt = new Date();
  const workload = buildWorkload(options.records, options.batch);
  ctx.log(
    `ingest: ${formatNumber(workload.records)} records (${formatNumber(workload.distinctNiks)} workers, ` +
      `${formatNumber(workload.repeats)} cross-agency repeats) in ${workload.batches.length} batches of ≤ ${options.batch}, ` +
      `${workload.agencies.length} agencies, concurrency ${options.concurrency}`,
  );
  // Serialised before the clock starts: the load generator's JSON work is not the server's.
  const bodies = workload.batches.map((batch) => JSON.stringify({ externalRef: `bench-${batch.index}`, records: batch.records }));

  // The server and its database live only as long as this scenario.
  const cleanup = new Cleanup();
  ctx.cleanup.add('ingest scenario', () => cleanup.runAll());
  const db = await createBenchDatabase(ctx.serverUrl, cleanup);
  const profiling = options.profile ? profilingSetup(startedAt) : undefined;
  const server = await startServer({ databaseUrl: db.url, nodeArgs: profiling?.nodeArgs, env: profiling?.env }, cleanup);
  ctx.log(`ingest: server pid ${server.pid} on ${server.baseUrl}, database ${db.name}`);

  const api = batchClient(server.baseUrl, (agency) => server.token({ sub: `bench-${agency}`, role: 'agency', agency }));
  const agencyOf = workload.batches.map((batch) => batch.agency);

  // One dry run first (validates, hashes and classifies; writes nothing): the server's first
  // request pays for JIT warm-up and pool connections, which a long-running API has long paid.
  await postBatch(api, agencyOf[0] as string, bodies[0] as string, true);

  // ---- HTTP phase -------------------------------------------------------------------------
  const pidsBefore = await backendPids(ctx.serverUrl, db.name);
  const cpuBefore = {
    server: cpuSnapshot([server.pid]),
    backends: cpuSnapshot(pidsBefore.backends),
    background: cpuSnapshot(pidsBefore.background),
    bench: selfCpuSeconds(),
  };
  const windowFrom = monotonicUs();
  const { latencies, wallMs: httpMs, totals } = await postBatches(api, bodies, agencyOf, options.concurrency);
  const windowTo = monotonicUs();
  const pidsAfter = await backendPids(ctx.serverUrl, db.name);
  const cpu = {
    server: cpuSpent(cpuBefore.server, cpuSnapshot([server.pid])),
    // Backends that opened mid-run count from zero; those present before keep their baseline.
    postgresBackends: cpuSpent(cpuBefore.backends, cpuSnapshot(new Set([...pidsBefore.backends, ...pidsAfter.backends]))),
    postgresBackground: cpuSpent(cpuBefore.background, cpuSnapshot(pidsAfter.background)),
    bench: selfCpuSeconds() - cpuBefore.bench,
  };

  // Every record must be accounted for, and classified as the workload was built.
  const accounted = totals.accepted + totals.inBatch + totals.sameAgency + totals.otherAgency;
  if (accounted !== workload.records || totals.accepted !== workload.distinctNiks || totals.otherAgency !== workload.repeats) {
    throw new Error(
      `Counts do not add up: posted ${workload.records} (${workload.distinctNiks} workers, ${workload.repeats} repeats), ` +
        `server reported ${JSON.stringify(totals)}`,
    );
  }
  const stored = await withClient(db.url, async (client) => {
    const { rows } = await client.query<{ rows: string; credited: string }>(
      'SELECT count(*) AS rows, count(*) FILTER (WHERE credited) AS credited FROM enrollments',
    );
    return { rows: Number(rows[0]?.rows), credited: Number(rows[0]?.credited) };
  });
  if (stored.rows !== workload.records || stored.credited !== workload.distinctNiks) {
    throw new Error(`enrollments holds ${JSON.stringify(stored)}, expected ${workload.records} rows, ${workload.distinctNiks} credited`);
  }

  // ---- COPY baseline ----------------------------------------------------------------------
  const copy = await copyIntoEnrollmentsCopy(db.url, ENROLLMENT_COPY_COLUMNS, fromChunks(enrollmentCopyChunks(workload, server.secrets.nikPepper)));
  if (copy.rows !== workload.records || copy.credited !== workload.distinctNiks) {
    throw new Error(`bench_copy holds ${copy.rows} rows, ${copy.credited} credited; expected ${workload.records}, ${workload.distinctNiks}`);
  }

  // A CPU profile is written when the server exits, so stop it before reading one.
  await server.stop();
  await cleanup.runAll();

  const httpRate = workload.records / (httpMs / 1000);
  const copyRate = workload.records / (copy.ms / 1000);
  const perRecordUs = (seconds: number) => ((seconds / workload.records) * 1e6).toFixed(1);
  const sorted = [...latencies].sort((a, b) => a - b);
  const latency = { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? 0 };
  const notes = [
    `ingest: HTTP ${formatNumber(workload.records)} records in ${(httpMs / 1000).toFixed(2)} s ` +
      `(${workload.batches.length} batches, latency p50 ${Math.round(latency.p50)} ms, p95 ${Math.round(latency.p95)} ms, max ${Math.round(latency.max)} ms); ` +
      `COPY in ${(copy.ms / 1000).toFixed(2)} s`,
    `ingest: CPU during HTTP (s): server ${cpu.server.toFixed(1)}, postgres backends ${cpu.postgresBackends.toFixed(1)}, ` +
      `postgres background ${cpu.postgresBackground.toFixed(1)}, load generator ${cpu.bench.toFixed(1)} — ` +
      `of ${((httpMs / 1000) * os.availableParallelism()).toFixed(1)} available (${os.availableParallelism()} cores × wall); ` +
      `COPY backend ${copy.postgresCpu.toFixed(1)} s`,
    `ingest: CPU per record: postgres backends ${perRecordUs(cpu.postgresBackends)} µs over HTTP, ${perRecordUs(copy.postgresCpu)} µs for COPY; ` +
      `server ${perRecordUs(cpu.server)} µs`,
  ];

  let profile: Record<string, unknown> | undefined;
  if (profiling) {
    const cpuProfile = summariseCpuProfile(profiling.dir, { fromUs: windowFrom, toUs: windowTo });
    const statements = readStatementTimings(profiling.timingFile);
    if (cpuProfile) notes.push(...formatCpuProfile(cpuProfile));
    if (statements.length > 0) notes.push(...formatStatements(statements, httpMs));
    notes.push(`ingest: profiled run — figures are slowed by the profiler; files in ${profiling.dir}`);
    profile = { dir: profiling.dir, cpu: cpuProfile, statements: statements.slice(0, 30) };
  }

  return {
    figures: [
      figure({
        scenario: 'ingest',
        figure: `HTTP batches (${formatNumber(options.batch)}/batch, concurrency ${options.concurrency})`,
        value: httpRate,
        unit: 'rec/s',
        baseline: 'COPY into copy of enrollments',
        baselineValue: copyRate,
        goal: { on: 'ratio', op: '>=', target: 0.5 },
      }),
    ],
    details: {
      records: workload.records,
      batches: workload.batches.length,
      batchSize: options.batch,
      concurrency: options.concurrency,
      distinctNiks: workload.distinctNiks,
      crossAgencyRepeats: workload.repeats,
      agencies: workload.agencies,
      requestBytes: bodies.reduce((total, body) => total + Buffer.byteLength(body), 0),
      http: {
        ms: round(httpMs),
        recordsPerSecond: round(httpRate),
        latencyMs: { p50: round(latency.p50), p95: round(latency.p95), max: round(latency.max) },
        totals,
      },
      copy: { ms: round(copy.ms), rowsPerSecond: round(copyRate), postgresCpuSeconds: round(copy.postgresCpu) },
      cpuSecondsDuringHttp: Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, round(v)])),
      profiled: options.profile,
      ...(profile ? { profile } : {}),
    },
    notes,
  };
}

export const ingest: Scenario = {
  name: 'ingest',
  description: 'Enrollment batches over HTTP vs. COPY of the same rows (records/s).',
  run,
};
