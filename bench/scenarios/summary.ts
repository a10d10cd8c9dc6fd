import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type LoadResult, loadEnrollments } from '../lib/bulk-enrollments.js';
import { Cleanup } from '../lib/cleanup.js';
import { createBenchDatabase } from '../lib/database.js';
import { measureRate, type RateRun } from '../lib/http-load.js';
import { type CpuProfileSummary, formatCpuProfile, profilingSetup, summariseCpuProfile } from '../lib/profile.js';
import { figure, formatNumber } from '../lib/report.js';
import type { Scenario, ScenarioContext, ScenarioResult } from '../lib/scenario.js';
import { startBareServer, startServer } from '../lib/server.js';
import { AGREEMENT_ID, seedAgencies } from '../lib/workload.js';
import { record, syntheticNik } from '../../test/fixtures/nik.js';

/**
 * summary: the governor's summary (`GET /v1/agreements/{id}/summary`), the endpoint polled all
 * day. Three questions, each against a baseline measured in the same run:
 *
 * 1. How much of a bare Fastify route's throughput (same JSON body, nothing else) does the cached
 *    200 keep once the API adds everything a request goes through: token check, validation,
 *    security headers, rate limit, request id, the ETag?
 * 2. The same for the 304 a poller with a current ETag gets.
 * 3. Does computing the summary stay flat as enrollments grow? It reads rollups only, so p50 at
 *    a million enrollments should be that at 10,000.
 *
 * Load comes from autocannon in this process; the API servers and the bare server each run in
 * their own.
 */

/** The small size of the scale comparison; `--scale-records` is the large one. */
export const SUMMARY_SMALL_RECORDS = 10_000;
const CONNECTIONS = 10;
/** Load runs per target (bare, 200, 304), taken in turns. */
const ROUNDS = 3;
/**
 * Uncached requests sent to each server, untimed, before the latency samples. The computing path
 * keeps getting faster for about a thousand requests (JIT tiers, pool connections, PostgreSQL's
 * plan and buffer caches); a server measured before it settles looks slower than it is.
 */
const LATENCY_WARMUP = 1_000;

interface Api {
  label: string;
  records: number;
  pid: number;
  summaryUrl: string;
  viewer: string;
  load: LoadResult;
  profileDir: string | undefined;
  /** A dry-run POST: writes nothing, but empties the server's summary cache (see below). */
  invalidate(): Promise<void>;
  getSummary(): Promise<{ body: string; etag: string }>;
}

interface Latency {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function latencyOf(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? 0,
    mean: samples.reduce((sum, ms) => sum + ms, 0) / samples.length,
  };
}

/** The run with the median rate (ROUNDS is odd), so its latency and CPU figures belong to it. */
function medianRun(runs: RateRun[]): RateRun {
  return [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(runs.length / 2)] as RateRun;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

async function run(ctx: ScenarioContext): Promise<ScenarioResult> {
  const { options } = ctx;
  const startedAt = new Date();
  const warmupSeconds = options.quick ? 1 : 2;
  const agencies = seedAgencies();

  // The servers and the databases live only as long as this scenario.
  const cleanup = new Cleanup();
  ctx.cleanup.add('summary scenario', () => cleanup.runAll());

  /**
   * An API server on a database of its own holding `records` enrollments. The scale comparison
   * runs two, one per size, and alternates requests between them: a burst of other work on the
   * machine, a checkpoint after the big load, or JIT still settling then weighs on both sizes
   * alike instead of on whichever was measured at that moment.
   */
  const startApi = async (label: string, records: number): Promise<Api> => {
    const db = await createBenchDatabase(ctx.serverUrl, cleanup, label);
    const profiling = options.profile ? profilingSetup(startedAt, label) : undefined;
    const server = await startServer(
      {
        databaseUrl: db.url,
        nodeArgs: profiling?.nodeArgs,
        // The per-user rate limit (600 a minute by default) would refuse nearly all of a load run.
        // A limit no run reaches keeps the limiter's per-request work in what is measured, but
        // never a 429; a server without a rate limit ignores the variable.
        env: { RATE_LIMIT_MAX: String(1_000_000_000), ...profiling?.env },
      },
      cleanup,
    );
    ctx.log(`summary: ${label} server pid ${server.pid} on ${server.baseUrl}, database ${db.name}`);
    const load = await loadEnrollments(db.url, agencies, 0, records);
    ctx.log(
      `summary: ${label}: loaded ${formatNumber(load.records)} enrollments in ${load.batches} batches by SQL ` +
        `(${(load.insertMs / 1000).toFixed(1)} s, VACUUM ANALYZE ${(load.vacuumMs / 1000).toFixed(1)} s)`,
    );

    const viewer = `Bearer ${server.token({ sub: 'bench-viewer', role: 'viewer' })}`;
    const dinkes = `Bearer ${server.token({ sub: 'bench-dinkes', role: 'agency', agency: 'dinkes' })}`;
    const summaryUrl = `${server.baseUrl}/v1/agreements/${AGREEMENT_ID}/summary`;
    const dryRunUrl = `${server.baseUrl}/v1/agreements/${AGREEMENT_ID}/batches?dryRun=true`;
    // One valid record: the dry run validates and classifies it and writes nothing, but — as
    // every successful non-GET request does — empties the server's summary cache on its way out.
    const dryRunBody = JSON.stringify({ externalRef: 'bench-invalidate', records: [record(syntheticNik(0))] });
    const api: Api = {
      label,
      records,
      pid: server.pid,
      summaryUrl,
      viewer,
      load,
      profileDir: profiling?.dir,
      async invalidate() {
        const response = await fetch(dryRunUrl, {
          method: 'POST',
          headers: { authorization: dinkes, 'content-type': 'application/json' },
          body: dryRunBody,
        });
        const text = await response.text();
        if (response.status !== 200) throw new Error(`${label}: dry run: HTTP ${response.status} ${text.slice(0, 500)}`);
      },
      async getSummary() {
        const response = await fetch(summaryUrl, { headers: { authorization: viewer } });
        const body = await response.text();
        if (response.status !== 200) throw new Error(`${label}: summary: HTTP ${response.status} ${body.slice(0, 500)}`);
        return { body, etag: response.headers.get('etag') ?? '' };
      },
    };
    // The load bypassed the API: check the summary (computed afresh) counts exactly what was loaded.
    await api.invalidate();
    const { newlyCovered } = JSON.parse((await api.getSummary()).body) as { newlyCovered: number };
    if (newlyCovered !== records) throw new Error(`${label}: the summary counts ${newlyCovered} newly covered, expected ${records}`);
    return api;
  };

  const small = await startApi('small', SUMMARY_SMALL_RECORDS);
  const large = await startApi('large', options.scaleRecords);

  // ---- Throughput: the cached summary of the small server, against a bare route -----------
  const { body, etag } = await small.getSummary();
  if (!/^"[^"]+"$/.test(etag)) throw new Error(`The summary's ETag is not a strong one: ${etag}`);
  // The bare server gets the API's body through a temp file and must answer it byte for byte.
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-summary-'));
  cleanup.add(`remove ${tempDir}`, () => rmSync(tempDir, { recursive: true, force: true }));
  const bodyFile = path.join(tempDir, 'summary.json');
  writeFileSync(bodyFile, body);
  const bare = await startBareServer(bodyFile, cleanup);
  const bareBody = await (await fetch(bare.url)).text();
  if (bareBody !== body) throw new Error('The bare server does not answer the same JSON body as the API');

  const rate = (url: string, expectStatus: number, serverPid: number, turn: number, headers?: Record<string, string>) =>
    measureRate({
      url,
      headers,
      expectStatus,
      serverPid,
      connections: CONNECTIONS,
      seconds: options.seconds,
      warmupSeconds: turn === 0 ? warmupSeconds : 0,
    });
  // The three targets take turns, round after round, and each figure is its median round: on a
  // shared machine a burst of someone else's work then lands in one round of one target, not in
  // all of one target's measurement.
  const runs = { bare: [] as RateRun[], ok: [] as RateRun[], notModified: [] as RateRun[] };
  for (let turn = 0; turn < ROUNDS; turn++) {
    runs.bare.push(await rate(bare.url, 200, bare.pid, turn));
    runs.ok.push(await rate(small.summaryUrl, 200, small.pid, turn, { authorization: small.viewer }));
    runs.notModified.push(await rate(small.summaryUrl, 304, small.pid, turn, { authorization: small.viewer, 'if-none-match': etag }));
    const last = (list: RateRun[]) => formatNumber((list.at(-1) as RateRun).requestsPerSecond);
    ctx.log(`summary: round ${turn + 1}/${ROUNDS}: bare ${last(runs.bare)}, API 200 ${last(runs.ok)}, API 304 ${last(runs.notModified)} req/s`);
  }
  await bare.stop();
  const bareRun = medianRun(runs.bare);
  const okRun = medianRun(runs.ok);
  const notModifiedRun = medianRun(runs.notModified);

  // ---- Scale: uncached latency, small and large taking turns --------------------------------
  // Each timed GET follows a dry run that emptied that server's cache, so each one computes the
  // summary from the database: the latency a poller sees right after a change.
  const sizes = [small, large];
  for (let i = 0; i < LATENCY_WARMUP; i++) {
    for (const api of sizes) {
      await api.invalidate();
      await api.getSummary();
    }
  }
  const samples = new Map<Api, number[]>(sizes.map((api) => [api, []]));
  const latencyFromUs = monotonicUs();
  for (let i = 0; i < options.samples; i++) {
    // Which size goes first alternates, so neither always follows the other's request.
    for (const api of i % 2 === 0 ? sizes : [...sizes].reverse()) {
      await api.invalidate();
      const sent = performance.now();
      await api.getSummary();
      (samples.get(api) as number[]).push(performance.now() - sent);
    }
  }
  const latencyWindow = { fromUs: latencyFromUs, toUs: monotonicUs() };
  const smallLatency = latencyOf(samples.get(small) as number[]);
  const largeLatency = latencyOf(samples.get(large) as number[]);
  for (const [api, latency] of [[small, smallLatency], [large, largeLatency]] as const) {
    ctx.log(
      `summary: uncached GET at ${formatNumber(api.records)} enrollments: p50 ${latency.p50.toFixed(2)} ms, ` +
        `p99 ${latency.p99.toFixed(2)} ms (${options.samples} samples)`,
    );
  }

  // A CPU profile is written when a server exits, so stop them before reading one.
  await cleanup.runAll();

  const bodyBytes = Buffer.byteLength(body);
  const rates = (list: RateRun[]) => list.map((r) => formatNumber(r.requestsPerSecond)).join(' / ');
  const cores = (r: RateRun) => `${r.cpuCores.server.toFixed(2)} / ${r.cpuCores.loadGenerator.toFixed(2)}`;
  const notes = [
    `summary: body ${formatNumber(bodyBytes)} bytes; ${CONNECTIONS} connections, median of ${ROUNDS} rounds of ${options.seconds} s ` +
      `after ${warmupSeconds} s warm-up; rounds (req/s): bare ${rates(runs.bare)}, 200 ${rates(runs.ok)}, 304 ${rates(runs.notModified)}`,
    `summary: CPU cores used in the median rounds (server / load generator): bare ${cores(bareRun)}, 200 ${cores(okRun)}, ` +
      `304 ${cores(notModifiedRun)} of ${os.availableParallelism()}`,
    `summary: uncached GET (each after a dry-run POST emptied the cache), ${options.samples} samples per size, sizes alternating: ` +
      `${formatNumber(small.records)} enrollments p50 ${smallLatency.p50.toFixed(2)} ms / p99 ${smallLatency.p99.toFixed(2)} ms; ` +
      `${formatNumber(large.records)} enrollments p50 ${largeLatency.p50.toFixed(2)} ms / p99 ${largeLatency.p99.toFixed(2)} ms`,
  ];

  type Phase = { dir: string; windowUs: RateRun['windowUs']; cpu: CpuProfileSummary | null };
  let profile: Record<string, Phase> | undefined;
  if (options.profile) {
    // The median round of each load target on the small server, and the latency samples on the large one.
    const phases: [string, Api, RateRun['windowUs']][] = [
      ['200 path', small, okRun.windowUs],
      ['304 path', small, notModifiedRun.windowUs],
      [`uncached GET at ${formatNumber(large.records)}`, large, latencyWindow],
    ];
    profile = {};
    for (const [label, api, windowUs] of phases) {
      const dir = api.profileDir as string;
      const cpu = summariseCpuProfile(dir, windowUs);
      profile[label] = { dir, windowUs, cpu };
      if (cpu) notes.push(`summary: ${label} —`, ...formatCpuProfile(cpu));
    }
    notes.push('summary: profiled run — figures are slowed by the profiler');
  }

  const rateDetails = (r: RateRun) => ({
    requestsPerSecond: round(r.requestsPerSecond),
    responses: r.responses,
    seconds: r.seconds,
    latencyMs: r.latencyMs,
    bytesPerResponse: Math.round(r.bytesPerResponse),
    cpuCores: { server: round(r.cpuCores.server), loadGenerator: round(r.cpuCores.loadGenerator) },
  });
  const latencyDetails = (api: Api, latency: Latency) => ({
    records: api.records,
    samples: options.samples,
    latencyMs: Object.fromEntries(Object.entries(latency).map(([k, v]) => [k, round(v)])),
    load: { records: api.load.records, batches: api.load.batches, insertMs: Math.round(api.load.insertMs), vacuumMs: Math.round(api.load.vacuumMs) },
  });
  const bareLabel = 'bare Fastify GET /summary (same body)';
  return {
    figures: [
      figure({
        scenario: 'summary',
        figure: `API 200, viewer token + ETag (${CONNECTIONS} conn)`,
        value: okRun.requestsPerSecond,
        unit: 'req/s',
        baseline: bareLabel,
        baselineValue: bareRun.requestsPerSecond,
        goal: { on: 'ratio', op: '>=', target: 0.7 },
      }),
      figure({
        scenario: 'summary',
        figure: `API 304, If-None-Match (${CONNECTIONS} conn)`,
        value: notModifiedRun.requestsPerSecond,
        unit: 'req/s',
        baseline: bareLabel,
        baselineValue: bareRun.requestsPerSecond,
        goal: { on: 'ratio', op: '>=', target: 0.85 },
      }),
      figure({
        scenario: 'summary',
        figure: `uncached GET p50, ${formatNumber(large.records)} enrollments`,
        value: largeLatency.p50,
        unit: 'ms',
        baseline: `p50 at ${formatNumber(small.records)} enrollments`,
        baselineValue: smallLatency.p50,
        goal: { on: 'ratio', op: '<=', target: 1.2 },
      }),
      // p99 is reported, not judged: a few hundred samples on a shared machine make its tail noisy.
      figure({
        scenario: 'summary',
        figure: `uncached GET p99, ${formatNumber(large.records)} enrollments`,
        value: largeLatency.p99,
        unit: 'ms',
        baseline: `p99 at ${formatNumber(small.records)} enrollments`,
        baselineValue: smallLatency.p99,
        goal: null,
      }),
    ],
    details: {
      connections: CONNECTIONS,
      seconds: options.seconds,
      warmupSeconds,
      bodyBytes,
      etag,
      rounds: ROUNDS,
      roundsRequestsPerSecond: Object.fromEntries(
        Object.entries(runs).map(([target, list]) => [target, list.map((r) => round(r.requestsPerSecond))]),
      ),
      bare: rateDetails(bareRun),
      api200: rateDetails(okRun),
      api304: rateDetails(notModifiedRun),
      latency: { warmupRequests: LATENCY_WARMUP, small: latencyDetails(small, smallLatency), large: latencyDetails(large, largeLatency) },
      profiled: options.profile,
      ...(profile ? { profile } : {}),
    },
    notes,
  };
}

export const summary: Scenario = {
  name: 'summary',
  description: 'Coverage summary: cached 200 and 304 req/s vs. a bare Fastify route; uncached latency at 10k vs. 1M enrollments.',
  run,
};
