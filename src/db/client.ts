import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { causeChain, codeInCauseChain } from '../lib/cause-chain.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What a repository runs its SQL on: the database, or a transaction the service opened. */
export type Executor = Database | Transaction;

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolMax?: number }
  /** `dataDir: null` is an in-memory database (tests); `loadDataDir` restores a dump into an empty one. */
  | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob };

export interface DatabaseHandle {
  db: Database;
  engine: 'postgres' | 'pglite';
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * Follows NOTIFYs on `channel` (delivered when the notifying transaction commits). `onLost` is
   * called whenever notifications may have been missed (the connection dropped), `onReady` once
   * it follows again. Stops when the handle is closed.
   */
  listen(channel: string, handlers: ChangeHandlers): Promise<void>;
  /** The connection pool's counts (PostgreSQL); undefined on PGlite, which has one connection. */
  poolStats?(): { total: number; idle: number; waiting: number };
  /** The PGlite instance, for dumps in tests; undefined on PostgreSQL. */
  pglite?: PGlite;
}

export interface ChangeHandlers {
  onNotify: (payload: string) => void;
  onReady: () => void;
  onLost: () => void;
}

/** LISTEN on a dedicated connection (a pooled one would lose it), reconnecting with backoff. */
function listenOnPostgres(Client: typeof pg.Client, url: string, channel: string, handlers: ChangeHandlers) {
  let stopped = false;
  let client: pg.Client | undefined;
  let delay = 500;
  const connect = async () => {
    if (stopped) return;
    const attempt = new Client({ connectionString: url, application_name: 'sinergi-listen' });
    const lost = () => {
      if (client !== attempt) return;
      client = undefined;
      handlers.onLost();
      attempt.end().catch(() => {});
      if (!stopped) setTimeout(connect, delay).unref();
      delay = Math.min(delay * 2, 30_000);
    };
    client = attempt;
    attempt.on('error', lost);
    attempt.on('end', lost);
    attempt.on('notification', (message) => handlers.onNotify(message.payload ?? ''));
    try {
      await attempt.connect();
      await attempt.query(`LISTEN "${channel.replace(/"/g, '')}"`);
      delay = 500;
      handlers.onReady();
    } catch {
      lost();
    }
  };
  return {
    start: connect,
    stop: async () => {
      stopped = true;
      const current = client;
      client = undefined;
      await current?.end().catch(() => {});
    },
  };
}

/**
 * Only the driver in use is loaded (a start on PGlite never loads pg, nor PostgreSQL's PGlite):
 * each is a fraction of a second of a start's CPU.
 */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') {
    const [{ default: pg }, { drizzle: drizzleNodePg }] = await Promise.all([import('pg'), import('drizzle-orm/node-postgres')]);
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolMax ?? 10,
      // Fail fast when the server is away instead of queueing requests forever.
      connectionTimeoutMillis: 5_000,
      application_name: 'sinergi',
    });
    // An idle client losing its connection (server restart) must not crash the process.
    pool.on('error', () => {});
    // Nor one checked out for a transaction: pg-pool listens for errors only on idle clients
    // (and during pool.query), so a connection the server ends between two statements of a
    // transaction raised an unheard 'error' event — an uncaught exception that took the
    // process down. The statement under way, or the next, fails on its own (a 503), and the
    // pool discards the broken client when it is released.
    pool.on('connect', (client) => {
      client.on('error', () => {});
    });
    const db = drizzleNodePg(pool, { schema }) as unknown as Database;
    const listeners: { stop(): Promise<void> }[] = [];
    return {
      db,
      engine: 'postgres',
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      ping: async () => {
        await pool.query('SELECT 1');
      },
      listen: async (channel, handlers) => {
        const listener = listenOnPostgres(pg.Client, target.url, channel, handlers);
        listeners.push(listener);
        await listener.start();
      },
      close: async () => {
        await Promise.all(listeners.map((listener) => listener.stop()));
        await pool.end();
      },
    };
  }

  const [{ PGlite }, { drizzle: drizzlePglite }] = await Promise.all([import('@electric-sql/pglite'), import('drizzle-orm/pglite')]);
  let client: PGlite;
  if (target.dataDir === null) {
    client = new PGlite(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {});
  } else {
    const dir = path.resolve(target.dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    client = new PGlite(dir, target.loadDataDir ? { loadDataDir: target.loadDataDir } : {});
  }
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    engine: 'pglite',
    pglite: client,
    ping: async () => {
      await client.query('SELECT 1');
    },
    listen: async (channel, handlers) => {
      await client.listen(channel, handlers.onNotify);
      handlers.onReady();
    },
    close: () => client.close(),
  };
}

/** The PostgreSQL error code (SQLSTATE) of a failed query, looking through drizzle's wrapper. */
export function pgErrorCode(error: unknown): string | undefined {
  return codeInCauseChain(error, (code) => SQLSTATE.test(code));
}
const SQLSTATE = /^[0-9A-Z]{5}$/;

export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';

/**
 * Runs `work` in one read-only REPEATABLE READ transaction, so every query in it sees the same
 * snapshot: figures read by several queries (a summary's totals and its breakdowns) then agree
 * with each other even while batches and voids commit. The snapshot is taken at the first
 * statement. On PGlite (one connection) the transaction also holds the connection, so `work` must
 * run every query on `tx`: a query on the database itself would wait for the transaction to end.
 */
export function readSnapshot<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(work, { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

/** The constraint a failed query violated (node-postgres and PGlite both name it), looking through drizzle's wrapper. */
export function pgConstraint(error: unknown): string | undefined {
  for (const { constraint } of causeChain(error)) {
    if (typeof constraint === 'string') return constraint;
  }
  return undefined;
}

/** Rows of a raw SQL query; node-postgres and PGlite both answer with `{ rows }`. */
export async function queryRows<T>(exec: Executor, query: SQL): Promise<T[]> {
  const result = (await exec.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
