import { PROVINCE_CODES } from '../../src/domain/nik.js';
import { programsToBits } from '../../src/domain/programs.js';
import { type BatchClient, batchClient, postBatches } from '../lib/batch-client.js';
import type { AgreementLoad } from '../lib/bulk-enrollments.js';
import { Cleanup } from '../lib/cleanup.js';
import { withClient } from '../lib/database.js';
import { figure, formatNumber } from '../lib/report.js';
import type { Scenario, ScenarioContext, ScenarioResult } from '../lib/scenario.js';
import { latencyOf, round } from '../lib/stats.js';
import { type SummaryApi, startSummaryApi } from '../lib/summary-api.js';
import { AGREEMENT_ID, buildWorkload } from '../lib/workload.js';

/**
 * national: the same API serving every province at once. 38 agreements, one per province (the
 * seed's Jakarta one and 37 copies of it, each with its own region code and the same parties),
 * share one database with `--national-records` enrollments between them (20 M in a full run),
 * loaded by SQL as if posted (bench/lib/bulk-enrollments.ts, as the scale scenario). One
 * province, Jakarta, is measured there and on a database holding only its own share: does its
 * governor's summary, and do its agencies' batches, slow down because 37 other provinces share
 * the tables?
 *
 * - Uncached summary p50/p99: as in the scale scenario, each timed GET follows a dry-run POST that
 *   emptied the server's cache, the two servers taking turns request by request.
 * - Ingest: `--national-ingest-records` new Jakarta records posted over HTTP in batches to each
 *   server (`--concurrency` in flight), a few batches to one then the other, the order
 *   alternating; records/s is what each server took over the time spent on it.
 * Goal for both: within 1.2× of the province alone.
 */

/** The full size: what 38 provinces' universal-coverage drives could report. */
export const NATIONAL_GOAL_RECORDS = 20_000_000;
export const NATIONAL_PROVINCES = 38;
/** Jakarta's code; the other 37 (src/domain/nik.ts' PROVINCE_CODES) get copies of its agreement. */
const MEASURED_REGION = '31';
const WARMUP = 1_000;
const QUICK_WARMUP = 300;
/** Batches posted to one server before the other takes its turn. */
const INGEST_TURN_BATCHES = 4;

async function addProvinceAgreements(databaseUrl: string, provinces: readonly string[]): Promise<void> {
  const ids = provinces.map(agreementIdOf);
  await withClient(databaseUrl, async (client) => {
    await client.query('BEGIN');
    // Copies of the seed agreement row and its parties, whatever their columns: only the id, the
    // region (and the title, to tell them apart) differ.
    await client.query(
      `INSERT INTO agreements
       SELECT (jsonb_populate_record(a, jsonb_build_object('id', n.id, 'region_code', n.region,
                 'title', a.title || ' — province ' || n.region))).*
       FROM agreements a, unnest($2::text[], $3::text[]) AS n(id, region) WHERE a.id = $1`,
      [AGREEMENT_ID, ids, provinces],
    );
    await client.query(
      `INSERT INTO agreement_parties
       SELECT (jsonb_populate_record(p, jsonb_build_object('agreement_id', n.id))).*
       FROM agreement_parties p, unnest($2::text[]) AS n(id) WHERE p.agreement_id = $1`,
      [AGREEMENT_ID, ids],
    );
    await client.query('COMMIT');
  });
}

const agreementIdOf = (region: string) => (region === MEASURED_REGION ? AGREEMENT_ID : `national-${region}-2024`);

/**
 * The plans PostgreSQL picks, at this size, for the summary's reads of the rollups (the same SQL
 * as src/modules/progress/repository.ts) and for a batch's two hot statements on `enrollments`:
 * the credit-holder lookup and the credited insert of 5,000 new workers (src/modules/batches/
 * repository.ts, abridged to their core). EXPLAIN ANALYZE in a transaction rolled back.
 */
const PLANS: { name: string; sql: string }[] = [
  {
    name: 'summary: agency standings',
    sql: `SELECT a.code, a.name, p.role, coalesce(c.credited, 0), coalesce(c.batches, 0), c.last_batch_at
          FROM agreement_parties p JOIN agencies a ON a.code = p.agency_code
          LEFT JOIN agency_coverage c ON c.agreement_id = p.agreement_id AND c.agency_code = p.agency_code
          WHERE p.agreement_id = $1 ORDER BY a.code`,
  },
  {
    name: 'summary: credits by day',
    sql: `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(credited)::int FROM coverage_daily
          WHERE agreement_id = $1 GROUP BY day HAVING sum(credited) <> 0 ORDER BY day`,
  },
  {
    name: 'summary: breakdown totals',
    sql: `SELECT dimension, key, sum(credited)::int FROM coverage_breakdown
          WHERE agreement_id = $1 GROUP BY dimension, key HAVING sum(credited) <> 0 ORDER BY dimension, key`,
  },
  {
    name: 'ingest: credit holders of 5,000 workers (one index probe each)',
    sql: `SELECT count(*) FROM generate_series(1, 5000) AS h(i)
          CROSS JOIN LATERAL (SELECT e.agency_code FROM enrollments e
            WHERE e.agreement_id = $1 AND e.credited AND e.nik_hash = sha256(('plan-' || h.i)::bytea) LIMIT 1 FOR SHARE) c`,
  },
  {
    name: 'ingest: credited insert of 5,000 new workers',
    sql: `INSERT INTO enrollments (agreement_id, batch_id, record_index, agency_code, nik_hash, credited, in_region,
            segment, programs, enrolled_on, regency, sex)
          SELECT $1, (SELECT id FROM enrollment_batches WHERE agreement_id = $1 LIMIT 1), 100000 + i, 'dinkes',
                 sha256(('plan-' || i)::bytea), true, true, 'PU', ${programsToBits(['JKK', 'JKM', 'JHT', 'JP'])}, DATE '2024-11-04', '3171', 'M'
          FROM generate_series(1, 5000) AS i ORDER BY 5
          ON CONFLICT (agreement_id, nik_hash) WHERE credited DO NOTHING`,
  },
];

async function explainPlans(databaseUrl: string): Promise<Record<string, string>> {
  const plans: Record<string, string> = {};
  await withClient(databaseUrl, async (client) => {
    for (const { name, sql } of PLANS) {
      await client.query('BEGIN');
      try {
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, [AGREEMENT_ID]);
        plans[name] = rows.map((row) => row['QUERY PLAN']).join('\n');
      } finally {
        await client.query('ROLLBACK');
      }
    }
    // The sizes the plans work against: the table, and the index every batch's probes and conflict checks walk.
    const { rows } = await client.query<{ relation: string; size: string }>(
      `SELECT c.relname AS relation, pg_size_pretty(pg_relation_size(c.oid)) AS size FROM pg_class c
       WHERE c.relname IN ('enrollments', 'enrollments_credited_uq', 'enrollments_pkey', 'coverage_daily', 'coverage_breakdown') ORDER BY 1`,
    );
    plans.sizes = rows.map((row) => `${row.relation} ${row.size}`).join(', ');
  });
  return plans;
}

async function run(ctx: ScenarioContext): Promise<ScenarioResult> {
  const { options } = ctx;
  const startedAt = new Date();
  const provinces = [...PROVINCE_CODES].sort();
  if (provinces.length !== NATIONAL_PROVINCES || !provinces.includes(MEASURED_REGION)) {
    throw new Error(`national: expected ${NATIONAL_PROVINCES} provinces including ${MEASURED_REGION}, have ${provinces.length}`);
  }
  const atGoalSize = options.nationalRecords >= NATIONAL_GOAL_RECORDS;
  const share = Math.floor(options.nationalRecords / provinces.length);
  // The measured province first: it is the one loadEnrollments checks a summary against.
  const loads: AgreementLoad[] = [MEASURED_REGION, ...provinces.filter((p) => p !== MEASURED_REGION)].map((region) => ({
    agreementId: agreementIdOf(region),
    regionCode: region,
    records: share,
  }));
  const others = provinces.filter((p) => p !== MEASURED_REGION);

  const cleanup = new Cleanup();
  ctx.cleanup.add('national scenario', () => cleanup.runAll());
  const alone = await startSummaryApi(ctx, cleanup, 'national', 'alone', share, startedAt);
  const national = await startSummaryApi(ctx, cleanup, 'national', 'national', loads, startedAt, (url) => addProvinceAgreements(url, others));
  await withClient(ctx.serverUrl, (client) => client.query('CHECKPOINT')).catch(() => undefined);

  // ---- Uncached summary, the two servers taking turns ---------------------------------------
  const servers = [alone, national];
  const warmup = options.quick ? QUICK_WARMUP : WARMUP;
  for (let i = 0; i < warmup; i++) {
    for (const api of servers) {
      await api.invalidate();
      await api.getSummary();
    }
  }
  const samples = new Map<SummaryApi, number[]>(servers.map((api) => [api, []]));
  for (let i = 0; i < options.samples; i++) {
    for (const api of i % 2 === 0 ? servers : [...servers].reverse()) {
      await api.invalidate();
      const sent = performance.now();
      await api.getSummary();
      (samples.get(api) as number[]).push(performance.now() - sent);
    }
  }
  const aloneLatency = latencyOf(samples.get(alone) as number[]);
  const nationalLatency = latencyOf(samples.get(national) as number[]);

  // ---- Ingest over HTTP, the two servers taking turns ---------------------------------------
  // New Jakarta workers (the loaded ones' hashes are not the server's, so none of these repeats them).
  const workload = buildWorkload(options.nationalIngestRecords, options.batch);
  const bodies = workload.batches.map((batch) => JSON.stringify({ externalRef: `bench-national-${batch.index}`, records: batch.records }));
  const agencyOf = workload.batches.map((batch) => batch.agency);
  const clients = new Map<SummaryApi, BatchClient>(
    servers.map((api) => [api, batchClient(api.baseUrl, (agency) => api.token({ sub: `bench-${agency}`, role: 'agency', agency }))]),
  );
  const ingestMs = new Map<SummaryApi, number>(servers.map((api) => [api, 0]));
  const accepted = new Map<SummaryApi, number>(servers.map((api) => [api, 0]));
  for (let from = 0, turn = 0; from < bodies.length; from += INGEST_TURN_BATCHES, turn++) {
    const to = Math.min(bodies.length, from + INGEST_TURN_BATCHES);
    for (const api of turn % 2 === 0 ? servers : [...servers].reverse()) {
      const posted = await postBatches(clients.get(api) as BatchClient, bodies.slice(from, to), agencyOf.slice(from, to), options.concurrency);
      ingestMs.set(api, (ingestMs.get(api) as number) + posted.wallMs);
      accepted.set(api, (accepted.get(api) as number) + posted.totals.accepted);
    }
  }
  for (const api of servers) {
    if (accepted.get(api) !== workload.distinctNiks) {
      throw new Error(`national: ${api.label} accepted ${accepted.get(api)} of the ingest's ${workload.distinctNiks} workers`);
    }
  }
  const rate = (api: SummaryApi) => workload.records / ((ingestMs.get(api) as number) / 1000);
  const aloneRate = rate(alone);
  const nationalRate = rate(national);
  const plans = { national: await explainPlans(national.databaseUrl), alone: await explainPlans(alone.databaseUrl) };
  for (const [name, plan] of Object.entries(plans.national)) ctx.log(`national: ${name}, among every province:\n${plan}`);
  ctx.log(`national: sizes alone: ${plans.alone.sizes}`);
  await cleanup.runAll();

  const sizeNote = atGoalSize ? '' : ` (${options.quick ? 'quick' : 'resized'}: the goal is at ${formatNumber(NATIONAL_GOAL_RECORDS)})`;
  const where = `Jakarta's ${formatNumber(share)} enrollments among ${formatNumber(national.records)} of ${provinces.length} provinces`;
  const notes = [
    `national: uncached summary (each after a dry-run POST emptied the cache), ${options.samples} samples per server after ${warmup} untimed: ` +
      `${where} p50 ${nationalLatency.p50.toFixed(2)} ms / p99 ${nationalLatency.p99.toFixed(2)} ms; alone p50 ` +
      `${aloneLatency.p50.toFixed(2)} ms / p99 ${aloneLatency.p99.toFixed(2)} ms${sizeNote}`,
    `national: ingest of ${formatNumber(workload.records)} new Jakarta records over HTTP (batches of ${options.batch}, ${options.concurrency} in flight, ` +
      `${INGEST_TURN_BATCHES} batches a turn): ${formatNumber(Math.round(nationalRate))} records/s among every province, ` +
      `${formatNumber(Math.round(aloneRate))} records/s alone`,
    `national: loading ${formatNumber(national.records)} enrollments by SQL took ${(national.load.totalMs / 1000).toFixed(1)} s ` +
      `(rows ${(national.load.insertMs / 1000).toFixed(1)} s, batches and rollups ${(national.load.rollupMs / 1000).toFixed(1)} s, ` +
      `indexes and foreign key ${(national.load.indexMs / 1000).toFixed(1)} s, VACUUM ANALYZE ${(national.load.vacuumMs / 1000).toFixed(1)} s)`,
  ];
  const label = (what: string) => `${what}, Jakarta among ${formatNumber(national.records)} enrollments${atGoalSize ? '' : ' (quick size)'}`;
  return {
    figures: [
      ...(['p50', 'p99'] as const).map((p) =>
        figure({
          scenario: 'national',
          figure: label(`uncached summary ${p}`),
          value: nationalLatency[p],
          unit: 'ms',
          baseline: `${p} with only Jakarta's ${formatNumber(share)}`,
          baselineValue: aloneLatency[p],
          goal: { on: 'ratio', op: '<=', target: 1.2 },
          judged: atGoalSize,
        }),
      ),
      // A rate: at most 1.2× slower is national ÷ alone ≥ 1 / 1.2, shown as 0.83.
      figure({
        scenario: 'national',
        figure: label('ingest over HTTP, records/s'),
        value: nationalRate,
        unit: 'records/s',
        baseline: `records/s with only Jakarta's ${formatNumber(share)}`,
        baselineValue: aloneRate,
        goal: { on: 'ratio', op: '>=', target: 0.83 },
        judged: atGoalSize,
      }),
    ],
    details: {
      atGoalSize,
      provinces: provinces.length,
      recordsPerProvince: share,
      warmupRequests: warmup,
      summaryLatencyMs: {
        national: Object.fromEntries(Object.entries(nationalLatency).map(([k, v]) => [k, round(v)])),
        alone: Object.fromEntries(Object.entries(aloneLatency).map(([k, v]) => [k, round(v)])),
      },
      ingest: {
        records: workload.records,
        batches: bodies.length,
        concurrency: options.concurrency,
        nationalMs: Math.round(ingestMs.get(national) as number),
        aloneMs: Math.round(ingestMs.get(alone) as number),
      },
      load: { national: national.load, alone: alone.load },
      plans,
    },
    notes,
  };
}

export const national: Scenario = {
  name: 'national',
  description: `One province's uncached summary and ingest among ${NATIONAL_PROVINCES} provinces' ${formatNumber(NATIONAL_GOAL_RECORDS)} enrollments vs. alone (not in the default run).`,
  run,
};
