import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The service's Prometheus metrics, one registry per app (tests build many apps in one process).
 * prom-client is the library the Prometheus project lists for Node; its text format, default
 * process metrics and event-loop delay histogram are more than we would want to keep ourselves.
 *
 * Label values are bounded sets (route templates, status codes, record classes, job statuses),
 * never a request's own values: no id, no agency from a path, and so never anything NIK-like.
 */

/** How a batch's records came in. */
export type BatchSource = 'api' | 'import';

/** Counts per record class, as a batch reports them (`accepted`, `inBatch`, `rejected`, …): each numeric field is one. */
export type ClassCounts = object;

export interface JobQueueStats {
  status: string;
  jobs: number;
  /** Seconds since the oldest job in this status was created. */
  oldestAgeSeconds: number;
}

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** How a webhook delivery attempt ended: a 2xx, a retry scheduled, or no retry left (or 410 Gone). */
export type WebhookOutcome = 'succeeded' | 'retrying' | 'failed';

export interface MetricSources {
  /** Jobs not finished, by status; read at each scrape. */
  jobQueue?: () => Promise<JobQueueStats[]>;
  /** Webhook deliveries waiting for an attempt; read at each scrape. */
  webhookBacklog?: () => Promise<{ pending: number; oldestDueSeconds: number }>;
  /** The connection pool (PostgreSQL only). */
  pool?: () => PoolStats;
}

/** Request durations in seconds: a cached summary answers in well under a millisecond, a batch of 10,000 in about one second. */
const REQUEST_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const BATCH_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export class Metrics {
  readonly registry = new Registry();
  private readonly requestDuration = new Histogram({
    name: 'sinergi_http_request_duration_seconds',
    help: 'Time from a request’s arrival to its answer, by route template, method and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });
  /** One child per label set: a map lookup per request instead of prom-client hashing the labels. */
  private readonly requestChildren = new Map<string, { observe(value: number): void }>();
  private readonly batchRecords = new Counter({
    name: 'sinergi_batch_records_total',
    help: 'Records of committed batches by class (received, accepted, inBatch, sameAgency, otherAgency, outOfRegion, rejected, …) and source (api, import).',
    labelNames: ['source', 'class'] as const,
    registers: [this.registry],
  });
  private readonly batchDuration = new Histogram({
    name: 'sinergi_batch_duration_seconds',
    help: 'Time to validate, classify and commit one batch (an import commits one per chunk of its file), by source.',
    labelNames: ['source'] as const,
    buckets: BATCH_BUCKETS,
    registers: [this.registry],
  });

  private readonly webhookAttempts = new Histogram({
    name: 'sinergi_webhook_attempt_duration_seconds',
    help: 'Webhook delivery attempts from this instance by outcome (succeeded, retrying, failed), and the time each took; the _count is the number of attempts.',
    labelNames: ['outcome'] as const,
    buckets: BATCH_BUCKETS,
    registers: [this.registry],
  });

  constructor(sources: MetricSources = {}) {
    collectDefaultMetrics({ register: this.registry, prefix: 'sinergi_', eventLoopMonitoringPrecision: 20 });
    const { jobQueue, pool, webhookBacklog } = sources;
    if (webhookBacklog) {
      // One query per scrape for both gauges.
      let reading: Promise<{ pending: number; oldestDueSeconds: number }> | undefined;
      const read = () => {
        reading ??= webhookBacklog().finally(() => {
          reading = undefined;
        });
        return reading;
      };
      new Gauge({
        name: 'sinergi_webhook_deliveries_pending',
        help: 'Webhook deliveries waiting for an attempt, due or scheduled, across all instances.',
        registers: [this.registry],
        async collect() {
          this.set((await read()).pending);
        },
      });
      new Gauge({
        name: 'sinergi_webhook_deliveries_overdue_seconds',
        help: 'How long the most overdue pending webhook delivery has been due (0 when none is).',
        registers: [this.registry],
        async collect() {
          this.set((await read()).oldestDueSeconds);
        },
      });
    }
    if (jobQueue) {
      const statuses = ['uploading', 'queued', 'running'];
      // Read at each scrape; each gauge sets every status, 0 when there is no such job.
      const queueGauge = (name: string, help: string, value: (s: JobQueueStats | undefined) => number) =>
        new Gauge({
          name,
          help,
          labelNames: ['status'] as const,
          registers: [this.registry],
          async collect() {
            const rows = await jobQueue();
            for (const status of statuses) this.set({ status }, value(rows.find((row) => row.status === status)));
          },
        });
      queueGauge('sinergi_jobs', 'Background jobs (imports) not finished, by status.', (s) => s?.jobs ?? 0);
      queueGauge(
        'sinergi_jobs_oldest_age_seconds',
        'Age of the oldest job not finished, by status (0 when there is none).',
        (s) => s?.oldestAgeSeconds ?? 0,
      );
    }
    if (pool) {
      new Gauge({
        name: 'sinergi_db_pool_connections',
        help: 'Database pool: connections open (total), idle, in use, and queries waiting for one (waiting).',
        labelNames: ['state'] as const,
        registers: [this.registry],
        collect() {
          const stats = pool();
          this.set({ state: 'total' }, stats.total);
          this.set({ state: 'idle' }, stats.idle);
          this.set({ state: 'in_use' }, stats.total - stats.idle);
          this.set({ state: 'waiting' }, stats.waiting);
        },
      });
    }
  }

  observeRequest(method: string, route: string, statusCode: number, seconds: number): void {
    const key = `${method} ${statusCode} ${route}`;
    let child = this.requestChildren.get(key);
    if (child === undefined) {
      child = this.requestDuration.labels(method, route, String(statusCode));
      this.requestChildren.set(key, child);
    }
    child.observe(seconds);
  }

  /** A batch committed (not a replay, not a dry run): its records by class, and how long it took. */
  readonly batchCommitted = (source: BatchSource, counts: ClassCounts, seconds: number): void => {
    for (const [name, count] of Object.entries(counts)) {
      if (typeof count === 'number' && count > 0) this.batchRecords.inc({ source, class: name }, count);
    }
    this.batchDuration.observe({ source }, seconds);
  };

  /** A webhook delivery attempt recorded, with how long the receiver took. */
  readonly webhookAttempt = (outcome: WebhookOutcome, seconds: number): void => {
    this.webhookAttempts.observe({ outcome }, seconds);
  };

  get contentType(): string {
    return this.registry.contentType;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}

/** Told of each committed batch; services take one without knowing about metrics. */
export type BatchObserver = (source: BatchSource, counts: ClassCounts, seconds: number) => void;
