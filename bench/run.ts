/**
 * `npm run bench` — the benchmark harness. Each scenario starts what it needs (a fresh database,
 * the API in its own process), measures a figure against a baseline on the same machine in the
 * same run, and tears everything down. Results print as one table and are kept as JSON in
 * bench/results/ (ignored by git), one file per run so runs can be compared over time. The
 * committed reference (bench/reference.json and the README's table) changes only with `--record`,
 * which a full run (every scenario, default sizes, no profiler) alone accepts.
 *
 *   npm run bench                       all scenarios, full size (under ten minutes)
 *   npm run bench -- --quick            a short run (smaller data, about two minutes)
 *   npm run bench -- --scenario ingest --records 100000 --batch 5000 --concurrency 4
 *   npm run bench -- --scenario jakarta --jakarta-concurrency 4
 *   npm run bench -- --scenario scale --scale-records 1000000
 *   npm run bench -- --scenario confirmations --confirmation-rows 100000
 *   npm run bench -- --quick --profile  also profile the servers (CPU + SQL); slows them down
 *   npm run bench -- --record           a full run that becomes the committed reference
 */
import { parseArgs } from 'node:util';
import { Cleanup } from './lib/cleanup.js';
import { adminUrl, postgresVersion } from './lib/database.js';
import { type Figure, formatMachine, formatTable, machineInfo, recordReference, writeResults } from './lib/report.js';
import type { BenchOptions, Scenario, ScenarioResult } from './lib/scenario.js';
import { confirmations } from './scenarios/confirmations.js';
import { importScenario } from './scenarios/import.js';
import { ingest } from './scenarios/ingest.js';
import { JAKARTA_TARGET_RECORDS, jakarta } from './scenarios/jakarta.js';
import { NATIONAL_PROVINCES, national } from './scenarios/national.js';
import { SCALE_SMALL_RECORDS, scale } from './scenarios/scale.js';
import { start } from './scenarios/start.js';
import { summary } from './scenarios/summary.js';
import { webhooks } from './scenarios/webhooks.js';

/** In the order they run: the short ones first, so a failure in the long ones costs the least. */
const SCENARIOS: Scenario[] = [ingest, webhooks, summary, start, importScenario, confirmations, jakarta, scale];
/** Run only when named: national loads 20 M rows (many minutes and some 10 GB of disk before it measures anything). */
const OPTIONAL: Scenario[] = [national];
const ALL = [...SCENARIOS, ...OPTIONAL];

const FULL = {
  records: 200_000,
  jakartaRecords: JAKARTA_TARGET_RECORDS,
  scaleRecords: 10_000_000,
  seconds: 10,
  samples: 2_000,
  startRuns: 3,
  importRecords: 1_000_000,
  confirmationRows: 2_500_000,
  confirmationEnrollments: 270_000,
  nationalRecords: 20_000_000,
  nationalIngestRecords: 100_000,
};
const QUICK = {
  records: 50_000,
  jakartaRecords: 270_000,
  scaleRecords: 1_000_000,
  seconds: 4,
  samples: 200,
  startRuns: 2,
  importRecords: 50_000,
  confirmationRows: 50_000,
  confirmationEnrollments: 20_000,
  nationalRecords: 380_000,
  nationalIngestRecords: 20_000,
};
/**
 * Batches in flight for jakarta. 2 and 4 were measured on the 2-core machine: the same CPU per
 * record on every side, 4 not reliably faster (the database's two cores are the limit either
 * way), and the server's peak RSS 40–50 MB higher with twice the request bodies in flight.
 */
const JAKARTA_CONCURRENCY = 2;

const n = (value: number) => value.toLocaleString('en-US');
const usage = `Usage: npm run bench -- [options]

  --scenario <names>        comma-separated, from: ${SCENARIOS.map((s) => [s.name, ...(s.aliases ?? [])].join(' | ')).join(', ')}
                            (default: all but national, in that order; memory is measured during jakarta)
  --quick                   a short run, about two minutes: smaller sizes (below), shorter load runs;
                            figures measured below their goal's size are shown but not judged
  --records <n>             ingest: records posted (default ${n(FULL.records)}; --quick ${n(QUICK.records)})
  --batch <n>               ingest, jakarta: records per batch (default 5000; the API takes at most 10000)
  --concurrency <n>         ingest: batches in flight (default 2)
  --jakarta-records <n>     jakarta: records posted (default ${n(FULL.jakartaRecords)}, the MoU's target, which the
                            goals are set for; --quick ${n(QUICK.jakartaRecords)})
  --jakarta-concurrency <n> jakarta: batches in flight (default ${JAKARTA_CONCURRENCY})
  --duration <s>            summary: seconds per measured load run (default ${FULL.seconds}; --quick ${QUICK.seconds})
  --start-runs <n>          start: warm starts timed after the cold one; the figure is their median
                            (default ${FULL.startRuns}; --quick ${QUICK.startRuns})
  --scale-records <n>       scale: enrollments for the large latency run, against ${n(SCALE_SMALL_RECORDS)}
                            (default ${n(FULL.scaleRecords)}, the goal's size; --quick ${n(QUICK.scaleRecords)})
  --import-records <n>      import: rows of the generated CSV (default ${n(FULL.importRecords)}, the goal's size;
                            --quick ${n(QUICK.importRecords)})
  --confirmation-rows <n>   confirmations: rows of the BPJS extract imported (default ${n(FULL.confirmationRows)}, the
                            goal's size; --quick ${n(QUICK.confirmationRows)})
  --confirmation-enrollments <n>
                            confirmations: enrollments posted before it (default ${n(FULL.confirmationEnrollments)};
                            --quick ${n(QUICK.confirmationEnrollments)})
  --national-records <n>    national: enrollments of the ${NATIONAL_PROVINCES} provinces together (default ${n(FULL.nationalRecords)},
                            the goal's size; --quick ${n(QUICK.nationalRecords)})
  --national-ingest-records <n>
                            national: Jakarta records posted over HTTP to each server (default
                            ${n(FULL.nationalIngestRecords)}; --quick ${n(QUICK.nationalIngestRecords)})
  --samples <n>             scale, confirmations, national: uncached requests timed per size (default ${FULL.samples}; --quick ${QUICK.samples})
  --profile                 profile the servers: CPU profile and time per SQL statement (slows them down)
  --record                  make this run the committed reference: bench/reference.json and the table in
                            README.md (a full run only: every scenario, no size flag, no --quick, no --profile)
  --help

Results: bench/results/<timestamp>.json (ignored by git: a run never dirties the checkout).

PostgreSQL: DATABASE_URL if set, else postgres://postgres@127.0.0.1:5432 (a database
sinergi_bench_<timestamp> is created there per server and dropped at the end). The start
scenario runs \`npm start\` on the embedded database (PGlite) in a temporary DATA_DIR instead.

Scenarios:
${ALL.map((s) => `  ${s.name.padEnd(14)} ${s.description}`).join('\n')}`;

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, not "${value}"`);
  return n;
}

function parseOptions(): { options: BenchOptions; scenarios: Scenario[]; record: boolean } | undefined {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string' },
      quick: { type: 'boolean', default: false },
      records: { type: 'string' },
      batch: { type: 'string' },
      concurrency: { type: 'string' },
      'jakarta-records': { type: 'string' },
      'jakarta-concurrency': { type: 'string' },
      'scale-records': { type: 'string' },
      'import-records': { type: 'string' },
      'confirmation-rows': { type: 'string' },
      'confirmation-enrollments': { type: 'string' },
      'national-records': { type: 'string' },
      'national-ingest-records': { type: 'string' },
      'start-runs': { type: 'string' },
      duration: { type: 'string' },
      samples: { type: 'string' },
      profile: { type: 'boolean', default: false },
      record: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return undefined;
  }
  const names = values.scenario ? values.scenario.split(',').map((s) => s.trim()) : SCENARIOS.map((s) => s.name);
  const chosen = new Set(
    names.map((name) => {
      const scenario = ALL.find((s) => s.name === name || s.aliases?.includes(name));
      if (!scenario) throw new Error(`Unknown scenario "${name}" (have: ${ALL.map((s) => s.name).join(', ')}, memory)`);
      return scenario;
    }),
  );
  // Always in the harness's order, each once (`--scenario jakarta,memory` is one run).
  const scenarios = ALL.filter((s) => chosen.has(s));
  const size = values.quick ? QUICK : FULL;
  const options: BenchOptions = {
    records: positiveInt('records', values.records, size.records),
    batch: positiveInt('batch', values.batch, 5_000),
    concurrency: positiveInt('concurrency', values.concurrency, 2),
    jakartaRecords: positiveInt('jakarta-records', values['jakarta-records'], size.jakartaRecords),
    jakartaConcurrency: positiveInt('jakarta-concurrency', values['jakarta-concurrency'], JAKARTA_CONCURRENCY),
    scaleRecords: positiveInt('scale-records', values['scale-records'], size.scaleRecords),
    importRecords: positiveInt('import-records', values['import-records'], size.importRecords),
    confirmationRows: positiveInt('confirmation-rows', values['confirmation-rows'], size.confirmationRows),
    confirmationEnrollments: positiveInt('confirmation-enrollments', values['confirmation-enrollments'], size.confirmationEnrollments),
    nationalRecords: positiveInt('national-records', values['national-records'], size.nationalRecords),
    nationalIngestRecords: positiveInt('national-ingest-records', values['national-ingest-records'], size.nationalIngestRecords),
    startRuns: positiveInt('start-runs', values['start-runs'], size.startRuns),
    seconds: positiveInt('duration', values.duration, size.seconds),
    samples: positiveInt('samples', values.samples, size.samples),
    quick: values.quick,
    profile: values.profile,
  };
  if (options.batch > 10_000) throw new Error('--batch cannot exceed 10000 (the API’s limit per batch)');
  if (options.batch < 10) throw new Error('--batch must be at least 10 (jakarta repeats every tenth record)');
  if (options.scaleRecords <= SCALE_SMALL_RECORDS) {
    throw new Error(`--scale-records must exceed ${SCALE_SMALL_RECORDS} (the small size it is compared with)`);
  }
  // Only a full run — every scenario, default sizes, no profiler — may become the reference the
  // README quotes, and only when asked (--record); any run is kept in its own ignored file.
  const sizeFlags = [
    'records',
    'batch',
    'concurrency',
    'jakarta-records',
    'jakarta-concurrency',
    'scale-records',
    'import-records',
    'confirmation-rows',
    'confirmation-enrollments',
    'national-records',
    'national-ingest-records',
    'start-runs',
    'duration',
    'samples',
  ] as const;
  const full =
    !options.quick &&
    !options.profile &&
    scenarios.length === SCENARIOS.length &&
    scenarios.every((s) => SCENARIOS.includes(s)) &&
    sizeFlags.every((flag) => values[flag] === undefined);
  if (values.record && !full) throw new Error('--record takes a full run only: every scenario, no size flag, no --quick, no --profile');
  return { options, scenarios, record: values.record };
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions();
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (!parsed) return 0;
  const { options, scenarios, record } = parsed;

  const cleanup = new Cleanup();
  let interrupted = false;
  // Ctrl-C or a kill: tear down (server, database) before leaving; a second signal waits for the same cleanup.
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.on(signal, () => {
      interrupted = true;
      console.error(`\nbench: ${signal}, cleaning up…`);
      void cleanup.runAll().finally(() => process.exit(code));
    });
  }

  const startedAt = new Date();
  const serverUrl = adminUrl();
  const log = (line: string) => console.error(line);
  try {
    const machine = machineInfo(await postgresVersion(serverUrl));
    log(formatMachine(machine));
    const context = { options, cleanup, serverUrl, log };
    for (const scenario of scenarios) await scenario.prepare?.(context);
    const results: { scenario: string; result: ScenarioResult }[] = [];
    for (const scenario of scenarios) {
      results.push({ scenario: scenario.name, result: await scenario.run(context) });
    }
    const figures: Figure[] = results.flatMap((r) => r.result.figures);

    console.log(`\n${formatTable(figures)}\n${formatMachine(machine)}`);
    for (const { result } of results) for (const note of result.notes) console.log(note);
    const report = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      options,
      machine,
      figures,
      details: Object.fromEntries(results.map((r) => [r.scenario, r.result.details])),
    };
    console.log(`results: ${writeResults(report, startedAt)}`);
    if (record) console.log(`recorded as the reference: ${recordReference(report).join(', ')}`);
    return 0;
  } catch (error) {
    // Ctrl-C also reaches the server (same process group): the requests it was serving fail, which is no news.
    if (!interrupted) console.error('bench: failed:', error);
    return 1;
  } finally {
    await cleanup.runAll();
  }
}

process.exitCode = await main();
// A request still streaming its body to a server that already answered (a refused upload) keeps
// the event loop alive; once everything is cleaned up and printed, the run ends regardless.
setTimeout(() => process.exit(), 5_000).unref();
