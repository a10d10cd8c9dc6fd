import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { record, syntheticNik } from '../../test/fixtures/nik.js';
import { batchClient, postBatch, postBatches } from '../lib/batch-client.js';
import { BUILT_SERVER_ENTRY, buildServer } from '../lib/build.js';
import { Cleanup } from '../lib/cleanup.js';
import { createBenchDatabase } from '../lib/database.js';
import { commandLine, sampleMemory, servingPid } from '../lib/proc.js';
import { figure, formatNumber } from '../lib/report.js';
import type { Scenario, ScenarioContext, ScenarioResult } from '../lib/scenario.js';
import { startServer } from '../lib/server.js';
import { type Latency, latencyOf, round } from '../lib/stats.js';
import { AGREEMENT_ID, buildWorkload } from '../lib/workload.js';

/**
 * confirmations: BPJS's register extract imported as a confirmation file import
 * (`POST /v1/agreements/{id}/imports?kind=confirmation`, CSV, posted by the counterpart
 * `bpjstk-dki`) against a Jakarta workload already posted over HTTP by the dinas. The extract
 * names the workload's workers and, one row in ten, workers no dinas reported; its statuses mix
 * active (7 in 10), inactive (2 in 10) and not_found (1 in 10). Figures: the import's wall time
 * and rows/s until it reports `completed`, the server's peak RSS (VmHWM) over it, and the
 * uncached summary p50 with the confirmations loaded against the same server and enrollments
 * before they were posted (goal ≤ 1.2×). One compiled server and database throughout.
 */

const GOAL_ROWS = 2_500_000;
const RATIO_GOAL = 1.2;
const MB = 2 ** 20;
const COUNTERPART = 'bpjstk-dki';
/** Workers no dinas reported are numbered from here, far past any workload's NIKs. */
const UNREPORTED_FROM = 100_000_000;
const AS_OF = '30/11/2024';
/** Uncached summaries requested, untimed, before each set of samples. */
const WARMUP = 200;
const QUICK_WARMUP = 50;

/** Row i of the extract: its NIK and status. */
function extractRow(i: number, reported: number): { nik: string; status: string } {
  const unreported = i % 10 === 3 || i >= reported;
  const nik = syntheticNik(unreported ? UNREPORTED_FROM + i : i);
  const k = i % 10;
  const status = k < 7 ? 'aktif' : k < 9 ? 'tidak aktif' : 'tidak ditemukan';
  return { nik, status };
}

async function writeExtract(file: string, rows: number, reported: number): Promise<Record<string, number>> {
  const out = createWriteStream(file);
  out.write('\ufeffnik;status;tanggal_data;tanggal_registrasi;segmen\r\n');
  const statuses: Record<string, number> = {};
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const { nik, status } = extractRow(i, reported);
    statuses[status] = (statuses[status] ?? 0) + 1;
    const registered = status === 'tidak ditemukan' ? '' : `${4 + (i % 20)}/11/2024`;
    chunk += `${nik};${status};${AS_OF};${registered};${status === 'tidak ditemukan' ? '' : 'PU'}\r\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return statuses;
}

interface ImportView {
  id: string;
  status: string;
  error: string | null;
  rows: { read: number };
  counts: Record<string, unknown> & { received: number; accepted: number };
}

async function run(ctx: ScenarioContext): Promise<ScenarioResult> {
  const { options } = ctx;
  const rows = options.confirmationRows;
  const enrollments = options.confirmationEnrollments;
  const atGoalSize = rows >= GOAL_ROWS;
  const warmup = options.quick ? QUICK_WARMUP : WARMUP;
  const cleanup = new Cleanup();
  ctx.cleanup.add('confirmations scenario', () => cleanup.runAll());
  await buildServer(ctx.log);

  // ---- Enrollments, posted by the dinas as in jakarta ----------------------------------------
  const workload = buildWorkload(enrollments, options.batch);
  const db = await createBenchDatabase(ctx.serverUrl, cleanup, 'confirmations');
  const server = await startServer({ databaseUrl: db.url, built: true, env: { RATE_LIMIT_MAX: String(1_000_000_000) } }, cleanup);
  const port = Number(new URL(server.baseUrl).port);
  if (servingPid(server.pid, port) !== server.pid) throw new Error(`The process on ${port} is not the server's pid ${server.pid}`);
  const serverCommand = commandLine(server.pid);
  const client = batchClient(server.baseUrl, (agency) => server.token({ sub: `bench-${agency}`, role: 'agency', agency }));
  const bodies = workload.batches.map((batch) => JSON.stringify({ externalRef: `bench-${batch.index}`, records: batch.records }));
  const agencyOf = workload.batches.map((batch) => batch.agency);
  await postBatch(client, agencyOf[0] as string, bodies[0] as string, true);
  const posted = await postBatches(client, bodies, agencyOf, options.concurrency);
  if (posted.totals.accepted !== workload.distinctNiks) throw new Error(`accepted ${posted.totals.accepted}, expected ${workload.distinctNiks}`);
  ctx.log(
    `confirmations: ${formatNumber(enrollments)} enrollments (${formatNumber(workload.distinctNiks)} workers) posted in ${(posted.wallMs / 1000).toFixed(1)} s`,
  );

  // ---- The summary's uncached latency ------------------------------------------------------
  const viewer = `Bearer ${server.token({ sub: 'bench-viewer', role: 'viewer' })}`;
  const dinkes = `Bearer ${server.token({ sub: 'bench-dinkes', role: 'agency', agency: 'dinkes' })}`;
  const summaryUrl = `${server.baseUrl}/v1/agreements/${AGREEMENT_ID}/summary`;
  const dryRunUrl = `${server.baseUrl}/v1/agreements/${AGREEMENT_ID}/batches?dryRun=true`;
  const dryRunBody = JSON.stringify({ externalRef: 'bench-invalidate', records: [record(syntheticNik(0))] });
  // A dry run writes nothing but empties the server's summary cache, as any successful non-GET does.
  const invalidate = async () => {
    const response = await fetch(dryRunUrl, {
      method: 'POST',
      headers: { authorization: dinkes, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: dryRunBody,
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`dry run: HTTP ${response.status} ${text.slice(0, 500)}`);
  };
  const getSummary = async () => {
    const response = await fetch(summaryUrl, { headers: { authorization: viewer } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`summary: HTTP ${response.status} ${body.slice(0, 500)}`);
    return JSON.parse(body) as { newlyCovered: number; confirmation?: Record<string, number> };
  };
  const uncachedLatency = async (): Promise<Latency> => {
    for (let i = 0; i < warmup; i++) {
      await invalidate();
      await getSummary();
    }
    const samples: number[] = [];
    for (let i = 0; i < options.samples; i++) {
      await invalidate();
      const sent = performance.now();
      await getSummary();
      samples.push(performance.now() - sent);
    }
    return latencyOf(samples);
  };
  const before = await uncachedLatency();
  ctx.log(`confirmations: uncached summary before the extract: p50 ${before.p50.toFixed(2)} ms, p99 ${before.p99.toFixed(2)} ms`);

  // ---- The extract, imported -----------------------------------------------------------------
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-confirmations-'));
  cleanup.add('confirmations csv', () => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'bpjs.csv');
  const generated = performance.now();
  const statuses = await writeExtract(file, rows, workload.distinctNiks);
  const bytes = statSync(file).size;
  ctx.log(
    `confirmations: extract of ${formatNumber(rows)} rows, ${(bytes / MB).toFixed(1)} MB (generated in ${((performance.now() - generated) / 1000).toFixed(1)} s)`,
  );
  const bpjs = { authorization: `Bearer ${server.token({ sub: 'bench-bpjs', role: 'agency', agency: COUNTERPART })}` };
  const memory = sampleMemory(server.pid);
  const started = performance.now();
  const response = await fetch(`${server.baseUrl}/v1/agreements/${AGREEMENT_ID}/imports?kind=confirmation`, {
    method: 'POST',
    headers: { ...bpjs, 'content-type': 'text/csv' },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  if (response.status !== 202) throw new Error(`confirmation import upload answered ${response.status}: ${await response.text()}`);
  const uploadSeconds = (performance.now() - started) / 1000;
  let view = (await response.json()) as ImportView;
  let lastLog = performance.now();
  while (!['completed', 'failed', 'cancelled'].includes(view.status)) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    view = (await (await fetch(`${server.baseUrl}/v1/imports/${view.id}`, { headers: bpjs })).json()) as ImportView;
    if (performance.now() - lastLog > 10_000) {
      ctx.log(`confirmations: ${formatNumber(view.rows.read)} of ${formatNumber(rows)} rows`);
      lastLog = performance.now();
    }
  }
  const importSeconds = (performance.now() - started) / 1000;
  const trace = memory.stop();
  if (view.status !== 'completed') throw new Error(`the confirmation import ended ${view.status} (${view.error})`);
  if (view.counts.received !== rows || view.counts.accepted + Number(view.counts.outOfRegion ?? 0) !== rows) {
    throw new Error(`the confirmation import counted ${JSON.stringify(view.counts)} for ${rows} rows`);
  }
  const importRate = rows / importSeconds;
  ctx.log(
    `confirmations: ${formatNumber(round(importRate))} rows/s (${importSeconds.toFixed(1)} s, upload ${uploadSeconds.toFixed(1)} s), peak RSS ${(trace.peakRss / MB).toFixed(1)} MB`,
  );

  const after = await uncachedLatency();
  const { confirmation } = await getSummary();
  if (!confirmation || !(Number(confirmation.reported) > 0)) throw new Error(`the summary shows no confirmations: ${JSON.stringify(confirmation)}`);
  ctx.log(`confirmations: uncached summary with the extract: p50 ${after.p50.toFixed(2)} ms, p99 ${after.p99.toFixed(2)} ms`);
  await cleanup.runAll();

  const sizeLabel = `${formatNumber(rows)} rows over ${formatNumber(enrollments)} enrollments${atGoalSize ? '' : ' (quick size)'}`;
  const latencyDetails = (latency: Latency) => Object.fromEntries(Object.entries(latency).map(([k, v]) => [k, round(v)]));
  return {
    figures: [
      figure({
        scenario: 'confirmations',
        figure: `BPJS extract as a confirmation import, ${sizeLabel}`,
        value: importRate,
        unit: 'rows/s',
        baseline: null,
        baselineValue: null,
        goal: null,
      }),
      figure({
        scenario: 'confirmations',
        figure: `server peak RSS (VmHWM, node ${BUILT_SERVER_ENTRY}) during the confirmation import${atGoalSize ? '' : ' (quick size)'}`,
        value: trace.peakRss / MB,
        unit: 'MB',
        baseline: null,
        baselineValue: null,
        goal: null,
      }),
      figure({
        scenario: 'confirmations',
        figure: `uncached summary p50 with ${formatNumber(rows)} confirmations${atGoalSize ? '' : ' (quick size)'}`,
        value: after.p50,
        unit: 'ms',
        baseline: 'p50 of the same enrollments before the extract',
        baselineValue: before.p50,
        goal: { on: 'ratio', op: '<=', target: RATIO_GOAL },
        judged: atGoalSize,
      }),
    ],
    details: {
      rows,
      enrollments,
      workers: workload.distinctNiks,
      atGoalSize,
      fileBytes: bytes,
      statuses,
      enrollmentsPosted: { seconds: round(posted.wallMs / 1000), totals: posted.totals },
      import: { seconds: round(importSeconds), uploadSeconds: round(uploadSeconds), rowsPerSecond: round(importRate), counts: view.counts },
      summary: { samples: options.samples, warmupRequests: warmup, before: latencyDetails(before), after: latencyDetails(after), confirmation },
      memory: { serverPid: server.pid, serverCommand, ...trace },
    },
    notes: [
      `confirmations: ${formatNumber(rows)} rows (${(bytes / MB).toFixed(0)} MB) imported in ${importSeconds.toFixed(1)} s (upload ${uploadSeconds.toFixed(1)} s), ` +
        `peak RSS ${(trace.peakRss / MB).toFixed(1)} MB; uncached summary p50 ${before.p50.toFixed(2)} → ${after.p50.toFixed(2)} ms, ` +
        `p99 ${before.p99.toFixed(2)} → ${after.p99.toFixed(2)} ms (${options.samples} samples each after ${warmup} untimed)`,
    ],
  };
}

export const confirmations: Scenario = {
  name: 'confirmations',
  description: `A BPJS extract of ${formatNumber(GOAL_ROWS)} rows as a confirmation import (rows/s, peak RSS), and the uncached summary p50 with it vs. without.`,
  prepare: async (ctx) => {
    await buildServer(ctx.log);
  },
  run,
};
