import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Cleanup } from '../lib/cleanup.js';
import { measureRate, type RateRun } from '../lib/http-load.js';
import { type CpuProfileSummary, formatCpuProfile, summariseCpuProfile } from '../lib/profile.js';
import { figure, formatNumber } from '../lib/report.js';
import type { Scenario, ScenarioContext, ScenarioResult } from '../lib/scenario.js';
import { startBareServer } from '../lib/server.js';
import { round } from '../lib/stats.js';
import { startSummaryApi } from '../lib/summary-api.js';

/**
 * summary: the governor's summary (`GET /v1/agreements/{id}/summary`), the endpoint polled all
 * day. Two questions, each against a baseline measured in the same run:
 *
 * 1. How much of a bare Fastify route's throughput does the cached 200 keep once the API adds
 *    everything a request goes through: token check, validation, security headers, rate limit,
 *    request id, the ETag, the log line? The bare route sends the same pre-rendered bytes (same
 *    content type and length, same connection settings), as the API sends its cached rendering.
 * 2. The same for the 304 a poller with a current ETag gets.
 *
 * A second bare route that serialises the same JSON on every request is measured as an extra
 * line: it was the baseline once, and it flatters the API, which never serialises a cached body.
 *
 * Whether computing it stays flat as enrollments grow is the scale scenario's question.
 * Load comes from autocannon in this process; the API server and the bare server each run in
 * their own.
 */

/** Enrollments behind the summary polled: its body (agencies, days, breakdowns) is full size at any count. */
const RECORDS = 10_000;
const CONNECTIONS = 10;
/** Load runs per target (bare, 200, 304), taken in turns. */
const ROUNDS = 3;

/** The run with the median rate (ROUNDS is odd), so its latency and CPU figures belong to it. */
function medianRun(runs: RateRun[]): RateRun {
  return [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(runs.length / 2)] as RateRun;
}

/**
 * The round whose ratio to the baseline's run of the same round is the median: a ratio is taken
 * between neighbours in time, which a burst of the machine's other work slows alike, not between
 * two medians that may come from different rounds.
 */
function medianPair(runs: RateRun[], baseline: RateRun[]): { run: RateRun; baseline: RateRun } {
  const pairs = runs.map((run, i) => ({ run, baseline: baseline[i] as RateRun }));
  const ratio = (p: (typeof pairs)[number]) => p.run.requestsPerSecond / p.baseline.requestsPerSecond;
  return [...pairs].sort((a, b) => ratio(a) - ratio(b))[Math.floor(pairs.length / 2)] as (typeof pairs)[number];
}

async function run(ctx: ScenarioContext): Promise<ScenarioResult> {
  const { options } = ctx;
  const startedAt = new Date();
  const warmupSeconds = options.quick ? 1 : 2;

  // The servers and the database live only as long as this scenario.
  const cleanup = new Cleanup();
  ctx.cleanup.add('summary scenario', () => cleanup.runAll());
  const api = await startSummaryApi(ctx, cleanup, 'summary', 'api', RECORDS, startedAt);

  // ---- Throughput: the cached summary, against a bare route ---------------------------------
  const { body, etag } = await api.getSummary();
  if (!/^"[^"]+"$/.test(etag)) throw new Error(`The summary's ETag is not a strong one: ${etag}`);
  // The bare server gets the API's body through a temp file and must answer it byte for byte.
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-summary-'));
  cleanup.add(`remove ${tempDir}`, () => rmSync(tempDir, { recursive: true, force: true }));
  const bodyFile = path.join(tempDir, 'summary.json');
  writeFileSync(bodyFile, body);
  const bare = await startBareServer(bodyFile, cleanup);
  const bareSerialisedUrl = `${bare.url}/serialised`;
  for (const url of [bare.url, bareSerialisedUrl]) {
    if ((await (await fetch(url)).text()) !== body) throw new Error(`The bare server does not answer the same JSON body as the API at ${url}`);
  }

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
  // The four targets take turns, round after round, and each ratio is the median of the rounds'
  // ratios (medianPair): on a shared machine a burst of someone else's work then lands in one
  // round, not in all of one target's measurement.
  const runs = { bare: [] as RateRun[], bareSerialised: [] as RateRun[], ok: [] as RateRun[], notModified: [] as RateRun[] };
  for (let turn = 0; turn < ROUNDS; turn++) {
    runs.bare.push(await rate(bare.url, 200, bare.pid, turn));
    runs.bareSerialised.push(await rate(bareSerialisedUrl, 200, bare.pid, turn));
    runs.ok.push(await rate(api.summaryUrl, 200, api.pid, turn, { authorization: api.viewer }));
    runs.notModified.push(await rate(api.summaryUrl, 304, api.pid, turn, { authorization: api.viewer, 'if-none-match': etag }));
    const last = (list: RateRun[]) => formatNumber((list.at(-1) as RateRun).requestsPerSecond);
    ctx.log(
      `summary: round ${turn + 1}/${ROUNDS}: bare ${last(runs.bare)}, bare serialising ${last(runs.bareSerialised)}, API 200 ${last(runs.ok)}, API 304 ${last(runs.notModified)} req/s`,
    );
  }
  await bare.stop();
  const ok = medianPair(runs.ok, runs.bare);
  const notModified = medianPair(runs.notModified, runs.bare);
  const okSerialised = medianPair(runs.ok, runs.bareSerialised);
  const bareRun = medianRun(runs.bare);
  const bareSerialisedRun = medianRun(runs.bareSerialised);
  const okRun = medianRun(runs.ok);
  const notModifiedRun = medianRun(runs.notModified);

  // A CPU profile is written when the server exits, so stop it before reading one.
  await cleanup.runAll();

  const bodyBytes = Buffer.byteLength(body);
  const rates = (list: RateRun[]) => list.map((r) => formatNumber(r.requestsPerSecond)).join(' / ');
  const cores = (r: RateRun) => `${r.cpuCores.server.toFixed(2)} / ${r.cpuCores.loadGenerator.toFixed(2)}`;
  const notes = [
    `summary: body ${formatNumber(bodyBytes)} bytes; ${CONNECTIONS} connections, the median of ${ROUNDS} rounds' ratios, rounds of ${options.seconds} s ` +
      `after ${warmupSeconds} s warm-up; rounds (req/s): bare ${rates(runs.bare)}, bare serialising ${rates(runs.bareSerialised)}, 200 ${rates(runs.ok)}, 304 ${rates(runs.notModified)}`,
    `summary: CPU cores used in the median rounds (server / load generator): bare ${cores(bareRun)}, bare serialising ${cores(bareSerialisedRun)}, 200 ${cores(okRun)}, ` +
      `304 ${cores(notModifiedRun)} of ${os.availableParallelism()}`,
  ];

  type Phase = { dir: string; windowUs: RateRun['windowUs']; cpu: CpuProfileSummary | null };
  let profile: Record<string, Phase> | undefined;
  if (options.profile) {
    // The median round of each load target.
    const phases: [string, RateRun['windowUs']][] = [
      ['200 path', okRun.windowUs],
      ['304 path', notModifiedRun.windowUs],
    ];
    profile = {};
    for (const [label, windowUs] of phases) {
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
  const bareLabel = 'bare Fastify route, same pre-rendered bytes';
  const serialisedLabel = 'bare Fastify route serialising the same JSON';
  return {
    figures: [
      figure({
        scenario: 'summary',
        figure: `API 200, viewer token + ETag (${CONNECTIONS} conn)`,
        value: ok.run.requestsPerSecond,
        unit: 'req/s',
        baseline: bareLabel,
        baselineValue: ok.baseline.requestsPerSecond,
        goal: { on: 'ratio', op: '>=', target: 0.7 },
      }),
      figure({
        scenario: 'summary',
        figure: `API 304, If-None-Match (${CONNECTIONS} conn)`,
        value: notModified.run.requestsPerSecond,
        unit: 'req/s',
        baseline: bareLabel,
        baselineValue: notModified.baseline.requestsPerSecond,
        goal: { on: 'ratio', op: '>=', target: 0.85 },
      }),
      figure({
        scenario: 'summary',
        figure: `API 200 (${CONNECTIONS} conn), against the older baseline`,
        value: okSerialised.run.requestsPerSecond,
        unit: 'req/s',
        baseline: serialisedLabel,
        baselineValue: okSerialised.baseline.requestsPerSecond,
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
      bareSerialised: rateDetails(bareSerialisedRun),
      api200: rateDetails(okRun),
      api304: rateDetails(notModifiedRun),
      enrollments: RECORDS,
      profiled: options.profile,
      ...(profile ? { profile } : {}),
    },
    notes,
  };
}

export const summary: Scenario = {
  name: 'summary',
  description: 'Coverage summary: cached 200 and 304 req/s vs. a bare Fastify route sending the same pre-rendered bytes.',
  run,
};
