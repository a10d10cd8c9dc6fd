import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../domain/time.js';
import { purgeExpiredIdempotencyRecords } from './repository.js';

/**
 * Expired idempotency records are deleted: each keeps a batch's whole response, and nothing reads
 * one after its TTL (a retry with an expired key is a new request). Every instance purges on its
 * own schedule; the deletes skip rows another purge holds, so concurrent purges neither wait on
 * each other nor conflict. Each delete is a short statement of its own (CHUNK rows), so a large
 * backlog never holds locks, or a transaction, for long.
 */
export const PURGE_CHUNK = 1_000;
/** One run stops after this many chunks; the rest waits for the next run. */
export const PURGE_MAX_CHUNKS = 100;

export interface IdempotencyPurge {
  /** Purges what has expired now, chunk by chunk; resolves with how many records went. */
  runOnce(): Promise<number>;
  /** Stops the schedule and waits for a run under way. */
  stop(): Promise<void>;
}

export function startIdempotencyPurge(
  db: Database,
  options: { clock: Clock; intervalMs: number; log: FastifyBaseLogger; onRun?: (purged: number) => void },
): IdempotencyPurge {
  let running: Promise<number> | undefined;
  let stopped = false;

  const purge = async () => {
    let purged = 0;
    for (let chunk = 0; chunk < PURGE_MAX_CHUNKS && !stopped; chunk++) {
      const n = await purgeExpiredIdempotencyRecords(db, options.clock(), PURGE_CHUNK);
      purged += n;
      if (n < PURGE_CHUNK) break;
    }
    return purged;
  };
  const runOnce = () => {
    // One run at a time per instance: a slow run is not overlapped by the next tick.
    running ??= purge().finally(() => {
      running = undefined;
    });
    return running;
  };

  const timer =
    options.intervalMs > 0
      ? setInterval(() => {
          runOnce().then(
            (purged) => {
              if (purged > 0) options.log.info({ purged }, 'expired idempotency records purged');
              options.onRun?.(purged);
            },
            // A database away now is tried again at the next tick; requests report it themselves.
            (err: unknown) => options.log.warn({ err }, 'idempotency purge failed'),
          );
        }, options.intervalMs)
      : undefined;
  timer?.unref();

  return {
    runOnce,
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      await running?.catch(() => {});
    },
  };
}
