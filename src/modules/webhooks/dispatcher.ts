import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Transaction } from '../../db/client.js';
import {
  type ClaimedDelivery,
  claimDeliveries,
  disableSubscription,
  type FannedOutEvent,
  fanOutEvents,
  purgeDelivered,
  recordAttempt,
  releaseDeliveries,
} from './repository.js';
import { type SecretBox, signatureHeader } from './secrets.js';
import { sendWebhook } from './send.js';

/**
 * The retry schedule (seconds after the previous attempt), Standard Webhooks' suggested one: an
 * attempt at once, then after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h — 8 attempts over about
 * 27.6 hours. Each wait is jittered by ±10 % (so receivers that failed together are not retried
 * together), which keeps the whole at 24.8 hours or more. After the last, the delivery is `failed`.
 */
export const DEFAULT_RETRY_SCHEDULE = [5, 300, 1_800, 7_200, 18_000, 36_000, 36_000];
const JITTER = 0.1;

/** Only this much of a receiver's answer is read; the status is all that counts. */
export const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * The delay before retry number `retry` (1 = the first retry), or null when the schedule is
 * spent. `random` in [0, 1) picks the jitter.
 */
export function retryDelayMs(retry: number, schedule: readonly number[], random: number): number | null {
  const base = schedule[retry - 1];
  if (base === undefined) return null;
  return Math.round(base * 1000 * (1 - JITTER + 2 * JITTER * random));
}

export interface DispatcherOptions {
  logger: FastifyBaseLogger;
  secrets: SecretBox;
  timeoutMs: number;
  /** Deliveries in flight from this instance, in all. */
  maxConcurrency: number;
  /** Deliveries in flight from this instance to one subscription: a slow receiver holds at most these. */
  perSubscription: number;
  schedule: readonly number[];
  allowPrivate: boolean;
  /** Added to the timeout to make a delivery's lease: how soon another instance resends a dead one's. */
  leaseMarginMs: number;
  pollMs?: number;
  /** Ended deliveries (and events no delivery needs) are deleted after this many days. */
  retentionDays?: number;
  /** Runs in the transaction that fans events out (the alerts evaluate the agencies they touched). */
  onFannedOut?: (tx: Transaction, events: FannedOutEvent[]) => Promise<void>;
  /** Told of each attempt once recorded (metrics), with how long the receiver took. */
  onAttempt?: (outcome: 'succeeded' | 'retrying' | 'failed', seconds: number) => void;
}

const FAN_OUT_BATCH = 200;

/**
 * Delivers the outbox. Each instance runs one: it fans new events out to deliveries, claims due
 * deliveries with a lease (so with several instances one of them at a time sends each, and one
 * that died mid-delivery is resent by whoever claims it once the lease runs out), sends them
 * concurrently — bounded in all and per subscription, so a slow or dead receiver never delays
 * another, nor the API — and records each attempt with its outcome: success on a 2xx, the
 * subscription switched off on a 410, else a retry by the schedule until it is spent.
 */
export class WebhookDispatcher {
  readonly owner = `${process.pid}-${randomUUID()}`;
  private readonly inFlight = new Map<string, number>();
  private total = 0;
  private readonly stopSignal = new AbortController();
  private readonly pending = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private purgeTimer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(
    private readonly db: Database,
    private readonly options: DispatcherOptions,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.timer = setInterval(() => this.wake(), this.options.pollMs ?? 1_000);
    this.timer.unref();
    this.purgeTimer = setInterval(() => {
      purgeDelivered(this.db, this.options.retentionDays ?? 30).catch((error) => this.options.logger.warn({ err: error }, 'webhook purge failed'));
    }, 3_600_000);
    this.purgeTimer.unref();
    this.wake();
  }

  /** Looks for work now (e.g. a change was just committed here). */
  wake(): void {
    if (this.stopped) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    this.ticking = this.tick()
      .catch((error) => this.options.logger.warn({ err: error }, 'webhook dispatch failed; retried later'))
      .finally(() => {
        this.ticking = undefined;
        if (this.again && !this.stopped) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Stops claiming, aborts the deliveries under way and hands their leases back. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearInterval(this.purgeTimer);
    this.stopSignal.abort();
    await this.ticking;
    await Promise.allSettled([...this.pending]);
  }

  private async tick(): Promise<void> {
    for (;;) {
      const events = await this.db.transaction(async (tx) => {
        const fanned = await fanOutEvents(tx, FAN_OUT_BATCH);
        if (fanned.length > 0) await this.options.onFannedOut?.(tx, fanned);
        return fanned;
      });
      if (events.length < FAN_OUT_BATCH || this.stopped) break;
    }
    const free = this.options.maxConcurrency - this.total;
    if (free <= 0 || this.stopped) return;
    const busy = [...this.inFlight].filter(([, n]) => n >= this.options.perSubscription).map(([id]) => id);
    const claimed = await claimDeliveries(this.db, {
      owner: this.owner,
      leaseMs: this.options.timeoutMs + this.options.leaseMarginMs,
      limit: free,
      perSubscription: this.options.perSubscription,
      busy,
    });
    const extra: string[] = [];
    for (const delivery of claimed) {
      const n = this.inFlight.get(delivery.subscription_id) ?? 0;
      if (n >= this.options.perSubscription || this.stopped) {
        extra.push(delivery.id);
        continue;
      }
      this.inFlight.set(delivery.subscription_id, n + 1);
      this.total++;
      const sending = this.deliver(delivery).finally(() => {
        this.pending.delete(sending);
        const left = (this.inFlight.get(delivery.subscription_id) ?? 1) - 1;
        if (left > 0) this.inFlight.set(delivery.subscription_id, left);
        else this.inFlight.delete(delivery.subscription_id);
        this.total--;
        this.wake();
      });
      this.pending.add(sending);
    }
    await releaseDeliveries(this.db, extra, this.owner);
    if (claimed.length === free && extra.length < claimed.length) this.again = true;
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    const log = this.options.logger.child({ deliveryId: delivery.id, subscriptionId: delivery.subscription_id, eventType: delivery.type });
    try {
      // The wall clock, not the app's (tests freeze that): receivers reject stale timestamps.
      const now = new Date();
      const secrets = [this.options.secrets.open(delivery.subscription_id, delivery.secret)];
      if (delivery.previous_secret && delivery.previous_secret_until && new Date(delivery.previous_secret_until) > now) {
        secrets.push(this.options.secrets.open(delivery.subscription_id, delivery.previous_secret));
      }
      const body = JSON.stringify({ type: delivery.type, timestamp: new Date(delivery.occurred_at).toISOString(), data: delivery.data });
      const timestamp = Math.floor(now.getTime() / 1000);
      const headers = {
        'content-type': 'application/json',
        'user-agent': 'Sinergi-Webhooks/1.0',
        'webhook-id': delivery.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signatureHeader(secrets, delivery.id, timestamp, body),
      };
      const result = await sendWebhook(delivery.url, headers, body, {
        timeoutMs: this.options.timeoutMs,
        allowPrivate: this.options.allowPrivate,
        maxResponseBytes: MAX_RESPONSE_BYTES,
        signal: this.stopSignal.signal,
      });
      if (result.error === 'stopped') {
        await releaseDeliveries(this.db, [delivery.id], this.owner);
        return;
      }
      const code = result.statusCode;
      const succeeded = code !== null && code >= 200 && code < 300;
      const gone = code === 410;
      const delay = succeeded || gone ? null : retryDelayMs(delivery.attempts + 1 - delivery.round_start, this.options.schedule, Math.random());
      const status = succeeded ? 'succeeded' : gone || delay === null ? 'failed' : 'pending';
      await this.db.transaction(async (tx) => {
        const recorded = await recordAttempt(tx, delivery.id, this.owner, {
          status,
          nextAttemptAt: delay === null ? null : new Date(Date.now() + delay),
          statusCode: code,
          latencyMs: result.latencyMs,
          error: result.error,
        });
        if (recorded && gone) await disableSubscription(tx, delivery.subscription_id, 'gone');
      });
      this.options.onAttempt?.(status === 'pending' ? 'retrying' : status, result.latencyMs / 1000);
      if (status !== 'succeeded') log.info({ statusCode: code, error: result.error, status }, 'webhook attempt failed');
    } catch (error) {
      log.warn({ err: error }, 'webhook delivery interrupted; retried later');
      await releaseDeliveries(this.db, [delivery.id], this.owner).catch(() => {});
    }
  }
}
