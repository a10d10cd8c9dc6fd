/**
 * Preloaded into the server (`--import`) by `npm run bench -- --profile`: times every statement
 * the server sends through node-postgres, from the call to the result, grouped by statement text,
 * and writes the totals to $BENCH_PG_TIMING_FILE when the process exits. It sees the statements
 * as the application does (round trip, execution, commit waits), needs no server-side extension
 * (pg_stat_statements must be preloaded by PostgreSQL itself), and leaves src/ untouched.
 */
import { writeFileSync } from 'node:fs';
import pg from 'pg';

interface Stat {
  calls: number;
  totalMs: number;
  maxMs: number;
  rows: number;
}

const stats = new Map<string, Stat>();
const file = process.env.BENCH_PG_TIMING_FILE;

/** Whitespace collapsed; parameters are already placeholders, so equal statements share a key. */
const keyOf = (text: string) => text.replace(/\s+/g, ' ').trim();

function record(text: string, startedAt: number, rows: number) {
  const ms = performance.now() - startedAt;
  const key = keyOf(text);
  let stat = stats.get(key);
  if (!stat) {
    stat = { calls: 0, totalMs: 0, maxMs: 0, rows: 0 };
    stats.set(key, stat);
  }
  stat.calls++;
  stat.totalMs += ms;
  stat.maxMs = Math.max(stat.maxMs, ms);
  stat.rows += rows;
}

type Query = (this: pg.Client, ...args: unknown[]) => unknown;
const original = pg.Client.prototype.query as unknown as Query;

function timedQuery(this: pg.Client, ...args: unknown[]): unknown {
  const first = args[0];
  const text = typeof first === 'string' ? first : (first as { text?: unknown } | null)?.text;
  // Streams (COPY, cursors) and anything without text go through untouched.
  if (typeof text !== 'string' || (first as { submit?: unknown }).submit) return original.apply(this, args);
  const startedAt = performance.now();
  const last = args.at(-1);
  if (typeof last === 'function') {
    // Callback style (pg.Pool#query uses it).
    args[args.length - 1] = (error: unknown, result: { rowCount?: number | null } | undefined) => {
      record(text, startedAt, result?.rowCount ?? 0);
      (last as (error: unknown, result: unknown) => void)(error, result);
    };
    return original.apply(this, args);
  }
  const promise = original.apply(this, args) as Promise<{ rowCount?: number | null }>;
  return promise.then(
    (result) => {
      record(text, startedAt, result?.rowCount ?? 0);
      return result;
    },
    (error: unknown) => {
      record(text, startedAt, 0);
      throw error;
    },
  );
}

pg.Client.prototype.query = timedQuery as unknown as typeof pg.Client.prototype.query;

process.on('exit', () => {
  if (!file) return;
  const rows = [...stats.entries()].map(([statement, stat]) => ({ statement, ...stat }));
  writeFileSync(file, JSON.stringify(rows));
});
