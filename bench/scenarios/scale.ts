import { Cleanup } from '../lib/cleanup.js';
import { withClient } from '../lib/database.js';
import { type CpuProfileSummary, formatCpuProfile, summariseCpuProfile } from '../lib/profile.js';
import { figure, formatNumber } from '../lib/report.js';
import type { Scenario, ScenarioContext, ScenarioResult } from '../lib/scenario.js';
import { type Latency, latencyOf, monotonicUs, round } from '../lib/stats.js';
import { type SummaryApi, startSummaryApi } from '../lib/summary-api.js';

/**
 * scale: does computing the governor's summary stay flat as enrollments grow? It reads rollups
 * only (one row per agency, per agency and day, per agency and breakdown key), never the
 * enrollments, so its uncached latency with 10 M enrollments should be that with 10,000.
 *
 * Two API servers, each on its own database, one loaded with 10,000 enrollments and one with
 * `--scale-records` (10 M in a full run), both by SQL as if posted in batches of 5,000 (see
 * bench/lib/bulk-enrollments.ts). Each timed GET follows a dry-run POST that emptied that
 * server's summary cache, so each one computes the summary from the database: the latency a
 * poller sees right after a change. The sizes take turns request by request, so a burst of other
 * work on the machine weighs on both alike instead of on whichever was measured at that moment.
 */

/** The small size of the comparison; `--scale-records` is the large one. */
export const SCALE_SMALL_RECORDS = 10_000;
/** The size the goal is set for: 10 M enrollments. */
export const SCALE_GOAL_RECORDS = 10_000_000;
/**
 * Uncached requests sent to each server, untimed, before the samples. The computing path keeps
 * getting faster for about a thousand requests (JIT tiers, pool connections, PostgreSQL's plan
 * and buffer caches); a server measured before it settles looks slower than it is. A quick run
 * settles for less.
 */
const WARMUP = 1_000;
const QUICK_WARMUP = 300;

async function run(ctx: ScenarioContext): Promise<ScenarioResult> {
  const { options } = ctx;
  const startedAt = new Date();
  const atGoalSize = options.scaleRecords >= SCALE_GOAL_RECORDS;

  const cleanup = new Cleanup();
  ctx.cleanup.add('scale scenario', () => cleanup.runAll());
  const small = await startSummaryApi(ctx, cleanup, 'scale', 'small', SCALE_SMALL_RECORDS, startedAt);
  const large = await startSummaryApi(ctx, cleanup, 'scale', 'large', options.scaleRecords, startedAt);
  // The big load leaves gigabytes of dirty pages; flushed now rather than by a checkpoint
  // landing in the middle of the samples. (Superuser or pg_checkpoint only: skipped otherwise.)
  await withClient(ctx.serverUrl, (client) => client.query('CHECKPOINT')).catch(() => undefined);

  const sizes = [small, large];
  const warmup = options.quick ? QUICK_WARMUP : WARMUP;
  for (let i = 0; i < warmup; i++) {
    for (const api of sizes) {
      await api.invalidate();
      await api.getSummary();
    }
  }
  const samples = new Map<SummaryApi, number[]>(sizes.map((api) => [api, []]));
  const windowFromUs = monotonicUs();
  for (let i = 0; i < options.samples; i++) {
    // Which size goes first alternates, so neither always follows the other's request.
    for (const api of i % 2 === 0 ? sizes : [...sizes].reverse()) {
      await api.invalidate();
      const sent = performance.now();
      await api.getSummary();
      (samples.get(api) as number[]).push(performance.now() - sent);
    }
  }
  const window = { fromUs: windowFromUs, toUs: monotonicUs() };
  const smallLatency = latencyOf(samples.get(small) as number[]);
  const largeLatency = latencyOf(samples.get(large) as number[]);
  for (const [api, latency] of [
    [small, smallLatency],
    [large, largeLatency],
  ] as const) {
    ctx.log(
      `scale: uncached GET at ${formatNumber(api.records)} enrollments: p50 ${latency.p50.toFixed(2)} ms, ` +
        `p99 ${latency.p99.toFixed(2)} ms (${options.samples} samples)`,
    );
  }

  // A CPU profile is written when a server exits, so stop them before reading one.
  await cleanup.runAll();

  const sizeNote = atGoalSize ? '' : ` (${options.quick ? 'quick' : 'resized'}: the goal is at ${formatNumber(SCALE_GOAL_RECORDS)})`;
  const notes = [
    `scale: uncached GET (each after a dry-run POST emptied the cache), ${options.samples} samples per size after ${warmup} untimed, ` +
      `sizes alternating: ${formatNumber(small.records)} enrollments p50 ${smallLatency.p50.toFixed(2)} ms / p99 ${smallLatency.p99.toFixed(2)} ms; ` +
      `${formatNumber(large.records)} enrollments p50 ${largeLatency.p50.toFixed(2)} ms / p99 ${largeLatency.p99.toFixed(2)} ms${sizeNote}`,
    `scale: loading ${formatNumber(large.records)} enrollments by SQL took ${(large.load.totalMs / 1000).toFixed(1)} s ` +
      `(rows ${(large.load.insertMs / 1000).toFixed(1)} s in ${large.load.sessions} sessions, batches and rollups ${(large.load.rollupMs / 1000).toFixed(1)} s, ` +
      `indexes and foreign key ${(large.load.indexMs / 1000).toFixed(1)} s, VACUUM ANALYZE ${(large.load.vacuumMs / 1000).toFixed(1)} s)`,
  ];

  let profile: { dir: string; cpu: CpuProfileSummary | null } | undefined;
  if (options.profile) {
    const dir = large.profileDir as string;
    const cpu = summariseCpuProfile(dir, window);
    profile = { dir, cpu };
    if (cpu) notes.push(`scale: uncached GET at ${formatNumber(large.records)} —`, ...formatCpuProfile(cpu));
    notes.push('scale: profiled run — figures are slowed by the profiler');
  }

  const latencyDetails = (api: SummaryApi, latency: Latency) => ({
    records: api.records,
    credited: api.load.credited,
    samples: options.samples,
    latencyMs: Object.fromEntries(Object.entries(latency).map(([k, v]) => [k, round(v)])),
    load: {
      batches: api.load.batches,
      sessions: api.load.sessions,
      totalMs: Math.round(api.load.totalMs),
      insertMs: Math.round(api.load.insertMs),
      rollupMs: Math.round(api.load.rollupMs),
      indexMs: Math.round(api.load.indexMs),
      vacuumMs: Math.round(api.load.vacuumMs),
    },
  });
  const label = (p: string) => `uncached summary ${p}, ${formatNumber(large.records)} enrollments${atGoalSize ? '' : ' (quick size)'}`;
  return {
    figures: (['p50', 'p99'] as const).map((p) =>
      figure({
        scenario: 'scale',
        figure: label(p),
        value: largeLatency[p],
        unit: 'ms',
        baseline: `${p} at ${formatNumber(small.records)} enrollments`,
        baselineValue: smallLatency[p],
        goal: { on: 'ratio', op: '<=', target: 1.2 },
        judged: atGoalSize,
      }),
    ),
    details: {
      atGoalSize,
      warmupRequests: warmup,
      small: latencyDetails(small, smallLatency),
      large: latencyDetails(large, largeLatency),
      profiled: options.profile,
      ...(profile ? { profile } : {}),
    },
    notes,
  };
}

export const scale: Scenario = {
  name: 'scale',
  description: `Uncached summary p50/p99 with ${formatNumber(SCALE_GOAL_RECORDS)} enrollments (loaded by SQL) vs. ${formatNumber(SCALE_SMALL_RECORDS)}.`,
  run,
};
