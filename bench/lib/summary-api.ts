import { randomUUID } from 'node:crypto';
import type { TokenClaims } from '../../src/lib/tokens.js';
import { record, syntheticNik } from '../../test/fixtures/nik.js';
import { type AgreementLoad, type LoadResult, loadEnrollments } from './bulk-enrollments.js';
import type { Cleanup } from './cleanup.js';
import { createBenchDatabase } from './database.js';
import { profilingSetup } from './profile.js';
import { formatNumber } from './report.js';
import type { ScenarioContext } from './scenario.js';
import { startServer } from './server.js';
import { AGREEMENT_ID, seedAgencies } from './workload.js';

/**
 * An API server (its own process) on a database of its own holding `records` enrollments, as the
 * summary and scale scenarios need it: the governor's summary to poll, and a way to empty the
 * server's summary cache so the next GET computes it from the database.
 */
export interface SummaryApi {
  label: string;
  /** In every agreement loaded. */
  records: number;
  pid: number;
  baseUrl: string;
  databaseUrl: string;
  /** Signs a token for the server, e.g. an agency's to post batches with. */
  token: (claims: TokenClaims) => string;
  summaryUrl: string;
  /** `Authorization` header value of a viewer token. */
  viewer: string;
  load: LoadResult;
  profileDir: string | undefined;
  /** A dry-run POST: writes nothing, but empties the server's summary cache (see below). */
  invalidate(): Promise<void>;
  getSummary(): Promise<{ body: string; etag: string }>;
}

export async function startSummaryApi(
  ctx: ScenarioContext,
  cleanup: Cleanup,
  scenario: string,
  label: string,
  records: number | readonly AgreementLoad[],
  startedAt: Date,
  /** Runs on the fresh database once the server has migrated and seeded it, before the load (e.g. more agreements). */
  beforeLoad?: (databaseUrl: string) => Promise<void>,
): Promise<SummaryApi> {
  const db = await createBenchDatabase(ctx.serverUrl, cleanup, label);
  const profiling = ctx.options.profile ? profilingSetup(startedAt, label) : undefined;
  const server = await startServer(
    {
      databaseUrl: db.url,
      nodeArgs: profiling?.nodeArgs,
      // The per-user rate limit (600 a minute by default) would refuse nearly all of a load run.
      // A limit no run reaches keeps the limiter's per-request work in what is measured, but
      // never a 429; a server without a rate limit ignores the variable.
      env: { RATE_LIMIT_MAX: String(1_000_000_000), ...profiling?.env },
      // A busy machine can take over a minute to start a server under tsx.
      readyTimeoutMs: 300_000,
    },
    cleanup,
  );
  ctx.log(`${scenario}: ${label} server pid ${server.pid} on ${server.baseUrl}, database ${db.name}`);
  await beforeLoad?.(db.url);
  const load = await loadEnrollments(db.url, seedAgencies(), records);
  ctx.log(
    `${scenario}: ${label}: loaded ${formatNumber(load.records)} enrollments (${formatNumber(load.credited)} credited) in ` +
      `${load.batches.toLocaleString('en-US')} batches${load.agreements > 1 ? ` of ${load.agreements} agreements` : ''} by SQL in ${(load.totalMs / 1000).toFixed(1)} s — rows ${(load.insertMs / 1000).toFixed(1)} s ` +
      `(${load.sessions} sessions), batches and rollups ${(load.rollupMs / 1000).toFixed(1)} s, indexes ${(load.indexMs / 1000).toFixed(1)} s, ` +
      `VACUUM ANALYZE ${(load.vacuumMs / 1000).toFixed(1)} s`,
  );

  const viewer = `Bearer ${server.token({ sub: 'bench-viewer', role: 'viewer' })}`;
  const dinkes = `Bearer ${server.token({ sub: 'bench-dinkes', role: 'agency', agency: 'dinkes' })}`;
  const summaryUrl = `${server.baseUrl}/v1/agreements/${AGREEMENT_ID}/summary`;
  const dryRunUrl = `${server.baseUrl}/v1/agreements/${AGREEMENT_ID}/batches?dryRun=true`;
  // One valid record: the dry run validates and classifies it and writes nothing, but — as
  // every successful non-GET request does — empties the server's summary cache on its way out.
  const dryRunBody = JSON.stringify({ externalRef: 'bench-invalidate', records: [record(syntheticNik(0))] });
  const api: SummaryApi = {
    label,
    records: load.records,
    pid: server.pid,
    baseUrl: server.baseUrl,
    databaseUrl: db.url,
    token: server.token,
    summaryUrl,
    viewer,
    load,
    profileDir: profiling?.dir,
    async invalidate() {
      const response = await fetch(dryRunUrl, {
        method: 'POST',
        headers: { authorization: dinkes, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
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
  if (newlyCovered !== load.credited) {
    throw new Error(`${label}: the summary counts ${newlyCovered} newly covered, expected ${load.credited}`);
  }
  return api;
}
