import pg from 'pg';
import type { Cleanup } from './cleanup.js';

/** The PostgreSQL server the benchmark runs on: DATABASE_URL, else the local trust-auth server. */
export const adminUrl = (): string => process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432';

export interface BenchDatabase {
  name: string;
  url: string;
}

/** Runs `work` on a short-lived connection (the bench never holds connections it does not use). */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'sinergi-bench' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, empty database named `sinergi_bench_<timestamp>[_<suffix>]`, dropped by `cleanup`.
 * The server migrates and seeds it itself, so a run measures the schema as shipped, never a
 * leftover.
 */
export async function createBenchDatabase(serverUrl: string, cleanup: Cleanup, suffix?: string): Promise<BenchDatabase> {
  if (suffix !== undefined && !/^[a-z0-9]+$/.test(suffix)) throw new Error(`Not a database name suffix: ${suffix}`);
  // UTC down to the millisecond, digits only: sortable, and a valid unquoted identifier. A
  // scenario creating several databases in the same millisecond tells them apart by suffix.
  const name = `sinergi_bench_${new Date().toISOString().replace(/\D/g, '')}${suffix ? `_${suffix}` : ''}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  cleanup.add(`drop database ${name}`, () =>
    // FORCE: a server killed mid-run may leave connections behind.
    withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

export async function postgresVersion(serverUrl: string): Promise<string> {
  return withClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ version: string }>('SELECT version()');
    // "PostgreSQL 15.20 (Debian …) on x86_64-pc-linux-gnu, compiled by …": keep the part before "on".
    return (rows[0]?.version ?? 'unknown').replace(/ on .*$/, '');
  });
}

/**
 * Process ids of the PostgreSQL backends serving `database` (except monitoring connections like
 * this one) and of the server-wide background writers, for CPU accounting. Meaningful only when
 * PostgreSQL runs on this machine.
 */
export async function backendPids(serverUrl: string, database: string): Promise<{ backends: number[]; background: number[] }> {
  return withClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ pid: number; background: boolean }>(
      `SELECT pid, backend_type <> 'client backend' AS background
       FROM pg_stat_activity
       WHERE pid <> pg_backend_pid()
         AND ((datname = $1 AND application_name <> 'sinergi-bench')
              OR backend_type IN ('walwriter', 'checkpointer', 'background writer'))`,
      [database],
    );
    return {
      backends: rows.filter((r) => !r.background).map((r) => r.pid),
      background: rows.filter((r) => r.background).map((r) => r.pid),
    };
  });
}
