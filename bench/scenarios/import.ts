import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { syntheticNik } from '../../test/fixtures/nik.js';
import { batchClient, postBatch, postBatches } from '../lib/batch-client.js';
import { BUILT_SERVER_ENTRY, buildServer } from '../lib/build.js';
import { Cleanup } from '../lib/cleanup.js';
import { createBenchDatabase } from '../lib/database.js';
import { commandLine, sampleMemory, servingPid } from '../lib/proc.js';
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
import { monotonicUs, round } from '../lib/stats.js';

/**
 * import: a generated CSV of N rows (one agency, distinct Jakarta workers) imported end to end —
 * upload, header check, the background job posting it chunk by chunk through the batch pipeline,
 * until the import reports `completed` — against the same rows posted as JSON batches through
 * `POST /batches` in the same run, each on a fresh database and server (the compiled build, as
 * in production). The ratio is the import's rows per second over the batch API's (goal ≥ 0.8);
 * memory is the importing server's peak RSS (VmHWM) over the import (goal < 200 MB).
 */

const GOAL_ROWS = 1_000_000;
const RATIO_GOAL = 0.8;
const MEMORY_GOAL_MB = 200;
const MB = 2 ** 20;
const AGENCY = 'dinkes';
const PROGRAMS = ['JKK', 'JKM', 'JHT', 'JP'];

async function writeCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('\ufeffnik;segmen;program;tanggal_terdaftar;kota\r\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    chunk += `${syntheticNik(i)};PU;JKK, JKM, JHT, JP;${4 + (i % 20)}/11/2024;Jakarta Pusat\r\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

function batchBodies(rows: number, batch: number): string[] {
  const bodies: string[] = [];
  for (let start = 0; start < rows; start += batch) {
    const records = [];
    for (let i = start; i < Math.min(rows, start + batch); i++) {
      records.push({
        nik: syntheticNik(i),
        segment: 'PU',
        programs: PROGRAMS,
        enrolledOn: `2024-11-${String(4 + (i % 20)).padStart(2, '0')}`,
        kota: 'Jakarta Pusat',
      });
    }
    bodies.push(JSON.stringify({ externalRef: `bench-import-${start}`, records }));
  }
  return bodies;
}

async function run(ctx: ScenarioContext): Promise<ScenarioResult> {
  const { options } = ctx;
  const rows = options.importRecords;
  const atGoalSize = rows >= GOAL_ROWS;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-import-'));
  const cleanup = new Cleanup();
  ctx.cleanup.add('import scenario', () => cleanup.runAll());
  cleanup.add('import csv', () => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'dinkes.csv');
  const generated = performance.now();
  await writeCsv(file, rows);
  const bytes = statSync(file).size;
  ctx.log(
    `import: ${formatNumber(rows)} rows, ${(bytes / MB).toFixed(1)} MB of CSV (generated in ${((performance.now() - generated) / 1000).toFixed(1)} s)`,
  );
  await buildServer(ctx.log);

  // ---- Baseline: the same rows as JSON batches ---------------------------------------------
  const bodies = batchBodies(rows, options.batch);
  const batchDb = await createBenchDatabase(ctx.serverUrl, cleanup, 'importbatch');
  const batchServer = await startServer({ databaseUrl: batchDb.url, built: true }, cleanup);
  const client = batchClient(batchServer.baseUrl, (agency) => batchServer.token({ sub: `bench-${agency}`, role: 'agency', agency }));
  await postBatch(client, AGENCY, bodies[0] as string, true);
  // The batch API's server over the same rows: what the pipeline itself holds, beside the import's figure.
  const batchMemory = sampleMemory(batchServer.pid);
  cleanup.add('batch memory sampling', () => void batchMemory.stop());
  const posted = await postBatches(
    client,
    bodies,
    bodies.map(() => AGENCY),
    options.concurrency,
  );
  const batchSeconds = posted.wallMs / 1000;
  const batchRate = rows / batchSeconds;
  const batchTrace = batchMemory.stop();
  ctx.log(
    `import: batch API ${formatNumber(round(batchRate))} rows/s (${batchSeconds.toFixed(1)} s), its server's peak RSS ${(batchTrace.peakRss / MB).toFixed(1)} MB`,
  );
  await batchServer.stop();

  // ---- The import ------------------------------------------------------------------------
  const importDb = await createBenchDatabase(ctx.serverUrl, cleanup, 'import');
  // --profile: the importing server only (the baseline's figure stays comparable).
  const profiling = options.profile ? profilingSetup(new Date(), 'import') : undefined;
  const server = await startServer({ databaseUrl: importDb.url, nodeArgs: profiling?.nodeArgs, env: profiling?.env, built: true }, cleanup);
  const port = Number(new URL(server.baseUrl).port);
  if (servingPid(server.pid, port) !== server.pid) throw new Error(`The process on ${port} is not the server's pid ${server.pid}`);
  const serverCommand = commandLine(server.pid);
  const auth = { authorization: `Bearer ${server.token({ sub: 'bench-dinkes', role: 'agency', agency: AGENCY })}` };
  // Warm-up, as the batch side's dry run: the first request pays for JIT and pool connections.
  await postBatch(
    batchClient(server.baseUrl, () => auth.authorization.slice(7)),
    AGENCY,
    bodies[0] as string,
    true,
  );

  const memory = sampleMemory(server.pid);
  // Its timer would keep the bench alive after a failure below.
  cleanup.add('import memory sampling', () => void memory.stop());
  const started = performance.now();
  const windowFrom = monotonicUs();
  const response = await fetch(`${server.baseUrl}/v1/agreements/jakarta-uc-2024/imports`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'text/csv' },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  if (response.status !== 202) throw new Error(`import upload answered ${response.status}: ${await response.text()}`);
  const uploadSeconds = (performance.now() - started) / 1000;
  const uploadedAt = monotonicUs();
  let view = (await response.json()) as {
    id: string;
    status: string;
    error: string | null;
    rows: { read: number };
    counts: Record<string, unknown> & { received: number; accepted: number };
  };
  let lastLog = performance.now();
  while (!['completed', 'failed', 'cancelled'].includes(view.status)) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const polled = await fetch(`${server.baseUrl}/v1/imports/${view.id}`, { headers: auth });
    // A loaded machine can stall the event loop past the server's limit: a 503 (or a 429) is asked again.
    if (polled.status === 503 || polled.status === 429) {
      await polled.body?.cancel();
      continue;
    }
    if (!polled.ok) throw new Error(`GET /v1/imports/${view.id} answered ${polled.status}: ${await polled.text()}`);
    view = (await polled.json()) as typeof view;
    if (performance.now() - lastLog > 10_000) {
      ctx.log(`import: ${formatNumber(view.rows.read)} of ${formatNumber(rows)} rows`);
      lastLog = performance.now();
    }
  }
  const importSeconds = (performance.now() - started) / 1000;
  const windowTo = monotonicUs();
  const trace = memory.stop();
  if (view.status !== 'completed') throw new Error(`the import ended ${view.status} (${view.error})`);
  if (view.counts.received !== rows || view.counts.accepted !== posted.totals.accepted) {
    throw new Error(
      `the import counted ${view.counts.received} rows, ${view.counts.accepted} accepted; the batches ${posted.totals.accepted} accepted of ${rows}`,
    );
  }
  const notes: string[] = [];
  let profile: Record<string, unknown> | undefined;
  if (profiling) {
    // A CPU profile is written when the server exits.
    await server.stop();
    const upload = summariseCpuProfile(profiling.dir, { fromUs: windowFrom, toUs: uploadedAt });
    const job = summariseCpuProfile(profiling.dir, { fromUs: uploadedAt, toUs: windowTo });
    const statements = readStatementTimings(profiling.timingFile);
    const heap = summariseMemory(profiling.memoryFile);
    if (upload) notes.push('import: the upload —', ...formatCpuProfile(upload));
    if (job) notes.push('import: the job —', ...formatCpuProfile(job));
    if (statements.length > 0) notes.push(...formatStatements(statements, importSeconds * 1000));
    if (heap) notes.push(...formatMemory(heap));
    notes.push(`import: profiled run — figures are slowed by the profiler; files in ${profiling.dir}`);
    profile = { dir: profiling.dir, upload, job, statements: statements.slice(0, 30), memory: heap };
  }
  const importRate = rows / importSeconds;
  const ratio = importRate / batchRate;
  const sizeLabel = `${formatNumber(rows)} rows${atGoalSize ? '' : ' (quick size)'}`;
  ctx.log(
    `import: ${formatNumber(round(importRate))} rows/s (${round(ratio)} of the batch API; ${importSeconds.toFixed(1)} s, upload ${uploadSeconds.toFixed(1)} s), peak RSS ${(trace.peakRss / MB).toFixed(1)} MB`,
  );

  return {
    figures: [
      figure({
        scenario: 'import',
        figure: `CSV import end to end, ${sizeLabel}`,
        value: importRate,
        unit: 'rows/s',
        baseline: 'the same rows as JSON batches (POST /batches)',
        baselineValue: batchRate,
        goal: { on: 'ratio', op: '>=', target: RATIO_GOAL },
        judged: atGoalSize,
      }),
      figure({
        scenario: 'import',
        figure: `server peak RSS (VmHWM, node ${BUILT_SERVER_ENTRY}) during the import${atGoalSize ? '' : ' (quick size)'}`,
        value: trace.peakRss / MB,
        unit: 'MB',
        baseline: null,
        baselineValue: null,
        goal: { on: 'value', op: '<', target: MEMORY_GOAL_MB },
        judged: atGoalSize,
      }),
    ],
    details: {
      rows,
      atGoalSize,
      fileBytes: bytes,
      batchSize: options.batch,
      concurrency: options.concurrency,
      batchApi: { seconds: round(batchSeconds), rowsPerSecond: round(batchRate), totals: posted.totals, memory: batchTrace },
      import: { seconds: round(importSeconds), uploadSeconds: round(uploadSeconds), rowsPerSecond: round(importRate), counts: view.counts },
      memory: { serverPid: server.pid, serverCommand, ...trace },
      profiled: options.profile,
      ...(profile ? { profile } : {}),
    },
    notes: [
      ...notes,
      `import: the upload (${(bytes / MB).toFixed(0)} MB, stored encrypted) took ${uploadSeconds.toFixed(1)} s of the ${importSeconds.toFixed(1)} s; ` +
        `the batch API's ${bodies.length} batches of ${formatNumber(options.batch)} took ${batchSeconds.toFixed(1)} s at concurrency ${options.concurrency}.`,
    ],
  };
}

export const importScenario: Scenario = {
  name: 'import',
  description: `A generated CSV of ${formatNumber(GOAL_ROWS)} rows imported end to end vs the same rows as JSON batches (ratio), and the server's peak RSS.`,
  prepare: async (ctx) => {
    await buildServer(ctx.log);
  },
  run,
};
