import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Transaction } from '../db/client.js';
import type { JobRow } from '../db/schema.js';
import { claimJob, deleteFile, failJob, finishJob, purgeJobs, releaseLease, renewLease } from './repository.js';

/**
 * The generic job runner: each instance claims one job at a time with a lease on its row, renews
 * the lease while it works, and commits each unit of work in a transaction that also stores the
 * job's checkpoint and checks that the lease is still its own. So a job whose instance died is
 * taken over (by another instance, or the restarted one) from its last committed checkpoint once
 * the lease runs out, and two instances never both commit work for one job.
 *
 * Our own lease on a `jobs` table rather than a job library: the well-kept PostgreSQL queues
 * (pg-boss, graphile-worker) need a real PostgreSQL server — advisory locks across sessions,
 * LISTEN on a second connection, their own schema migrations — and do not run on PGlite, the
 * embedded database the service runs on in development and tests. Job kinds register a handler.
 */

/** Thrown inside a job when its lease is gone (taken over, cancelled, or the runner stopping). */
export class JobStoppedError extends Error {
  constructor(readonly reason: 'lease-lost' | 'stopping') {
    super(`The job stopped: ${reason}.`);
  }
}

/** Thrown by a handler for a failure that retrying cannot fix (a corrupt file): the job fails. */
export class JobFailedError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export interface JobContext {
  job: JobRow;
  /** Aborted when the job must stop: lease lost, cancelled, or the instance shutting down. */
  signal: AbortSignal;
  /**
   * Runs `work` in a transaction that also stores `checkpoint` and renews the lease; rolls it all
   * back (JobStoppedError) if the lease is no longer this runner's.
   */
  commit<T>(checkpoint: unknown, work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Throws JobStoppedError if the job must stop. */
  throwIfStopped(): void;
}

export interface JobKind {
  run(context: JobContext): Promise<void>;
  /** Work done in the transaction that ends the job (e.g. a final report). */
  onEnd?(tx: Transaction, job: JobRow, outcome: 'completed' | 'failed'): Promise<void>;
}

export interface RunnerOptions {
  leaseMs?: number;
  pollMs?: number;
  /** A job claimed more often than this (it keeps killing or hanging its instance) fails. */
  maxAttempts?: number;
  retentionHours: number;
  logger: FastifyBaseLogger;
}

export class JobRunner {
  readonly owner = `${process.pid}-${randomUUID()}`;
  private readonly kinds = new Map<string, JobKind>();
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly maxAttempts: number;
  private timer: NodeJS.Timeout | undefined;
  private purgeTimer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private current: { job: JobRow; abort: AbortController } | undefined;
  private stopped = true;
  private wakeAgain = false;

  constructor(
    private readonly db: Database,
    private readonly options: RunnerOptions,
  ) {
    this.leaseMs = options.leaseMs ?? 30_000;
    this.pollMs = options.pollMs ?? 1_000;
    this.maxAttempts = options.maxAttempts ?? 20;
  }

  register(kind: string, handler: JobKind): void {
    this.kinds.set(kind, handler);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.timer = setInterval(() => this.wake(), this.pollMs);
    this.timer.unref();
    this.purgeTimer = setInterval(() => void this.purge(), 60_000);
    this.purgeTimer.unref();
    void this.purge();
    this.wake();
  }

  /** Looks for work now (e.g. a job was just queued here). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeAgain = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.wakeAgain && !this.stopped) {
        this.wakeAgain = false;
        this.wake();
      }
    });
  }

  /** Stops claiming, stops the job under way at its next step and hands its lease back at once. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearInterval(this.purgeTimer);
    this.current?.abort.abort(new JobStoppedError('stopping'));
    await this.running;
  }

  async purge(): Promise<void> {
    try {
      const expired = await purgeJobs(this.db, this.options.retentionHours);
      for (const id of expired) this.options.logger.warn({ jobId: id }, 'job expired and its file was purged');
    } catch (error) {
      this.options.logger.warn({ err: error }, 'job purge failed; retried later');
    }
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      let job: JobRow | undefined;
      try {
        job = await claimJob(this.db, [...this.kinds.keys()], this.owner, this.leaseMs);
      } catch (error) {
        this.options.logger.warn({ err: error }, 'could not claim a job; retried later');
        return;
      }
      if (!job) return;
      await this.runOne(job);
    }
  }

  private async runOne(job: JobRow): Promise<void> {
    const kind = this.kinds.get(job.kind) as JobKind;
    const log = this.options.logger.child({ jobId: job.id, jobKind: job.kind, attempt: job.attempts });
    if (job.attempts > this.maxAttempts) {
      await this.end(job, kind, 'failed', 'too-many-attempts', log);
      return;
    }
    const abort = new AbortController();
    this.current = { job, abort };
    const stopIfLost = (renewed: boolean) => {
      if (!renewed && !abort.signal.aborted) abort.abort(new JobStoppedError('lease-lost'));
    };
    const heartbeat = setInterval(
      () => {
        renewLease(this.db, job.id, this.owner, this.leaseMs).then(stopIfLost, () => {});
      },
      Math.max(50, Math.floor(this.leaseMs / 3)),
    );
    heartbeat.unref();

    const throwIfStopped = () => {
      if (abort.signal.aborted) throw abort.signal.reason instanceof Error ? abort.signal.reason : new JobStoppedError('lease-lost');
    };
    const context: JobContext = {
      job,
      signal: abort.signal,
      throwIfStopped,
      commit: async (checkpoint, work) => {
        throwIfStopped();
        return this.db.transaction(async (tx) => {
          const result = await work(tx);
          if (!(await renewLease(tx, job.id, this.owner, this.leaseMs, checkpoint))) throw new JobStoppedError('lease-lost');
          return result;
        });
      },
    };
    log.info(job.attempts > 1 ? 'job resumed' : 'job started');
    try {
      await kind.run(context);
      clearInterval(heartbeat);
      await this.end(job, kind, 'completed', null, log);
    } catch (error) {
      clearInterval(heartbeat);
      if (error instanceof JobStoppedError) {
        log.info({ reason: error.reason }, 'job stopped');
        if (error.reason === 'stopping') await releaseLease(this.db, job.id, this.owner).catch(() => {});
      } else if (error instanceof JobFailedError) {
        await this.end(job, kind, 'failed', error.code, log);
      } else if (!(await renewLease(this.db, job.id, this.owner, this.leaseMs).catch(() => true))) {
        // Cancelled or taken over under our feet (its file deleted mid-read, say): not an error.
        log.info({ reason: 'lease-lost' }, 'job stopped');
      } else {
        // The database went away, or a bug: the job is tried again (up to maxAttempts), handed
        // back at once so the retry need not wait for the lease to run out.
        log.error({ err: error }, 'job interrupted by an error; it will be resumed');
        await releaseLease(this.db, job.id, this.owner).catch(() => {});
      }
    } finally {
      this.current = undefined;
    }
  }

  private async end(job: JobRow, kind: JobKind, outcome: 'completed' | 'failed', error: string | null, log: FastifyBaseLogger) {
    try {
      await this.db.transaction(async (tx) => {
        if (!(await finishJob(tx, job.id, this.owner, outcome, error))) {
          if (outcome === 'failed' && error === 'too-many-attempts') await failJob(tx, job.id, error);
          else throw new JobStoppedError('lease-lost');
        }
        await deleteFile(tx, job.id);
        await kind.onEnd?.(tx, job, outcome);
      });
      log.info({ outcome, error }, 'job ended');
    } catch (caught) {
      if (caught instanceof JobStoppedError) log.info('job ended elsewhere (cancelled or taken over)');
      else log.error({ err: caught }, 'could not end the job; it will be resumed');
    }
  }
}
