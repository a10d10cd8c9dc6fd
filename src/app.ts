import { randomUUID } from 'node:crypto';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/client.js';
import { containsNik } from './domain/nik-text.js';
import { type Clock, systemClock } from './domain/time.js';
import { queueStats } from './jobs/repository.js';
import { JobRunner } from './jobs/runner.js';
import { createLogger, requestLogger } from './lib/logger.js';
import { Metrics } from './lib/metrics.js';
import { startIdempotencyPurge } from './modules/batches/idempotency-purge.js';
import { DEFAULT_RETRY_SCHEDULE, WebhookDispatcher } from './modules/webhooks/dispatcher.js';
import { webhooksDocument } from './modules/webhooks/openapi.js';
import { pendingDeliveryStats } from './modules/webhooks/repository.js';
import { authPlugin } from './plugins/auth.js';
import { databasePlugin } from './plugins/database.js';
import { metricsPlugin } from './plugins/metrics.js';
import { openapiPlugin } from './plugins/openapi.js';
import { clientErrorProblem, frameworkErrorProblem, problemsPlugin } from './plugins/problems.js';
import { rateLimitPlugin, securityPlugin } from './plugins/security.js';
import { strictQueryPlugin } from './plugins/strict-query.js';
import { registerRoutes } from './routes.js';
import { createServices } from './services.js';

export interface BuildOptions {
  /** An open, migrated database; the app closes it when it closes. */
  database: DatabaseHandle;
  logger?: FastifyBaseLogger;
  /** Injected so tests can freeze "today" (WIB). */
  clock?: Clock;
  /** The background job runner (imports): its lease and poll interval; `false` runs no jobs here. */
  jobs?: false | { leaseMs?: number; pollMs?: number };
  /** The webhook dispatcher and the daily alert evaluation; `false` runs neither here. */
  webhooks?: false | { pollMs?: number; dailyCheckMs?: number };
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
/** A request id that never reads as a NIK, so masking never hides it from logs and problems. */
function newRequestId(): string {
  let id = randomUUID();
  while (containsNik(id)) id = randomUUID();
  return id;
}

/**
 * One log line per request at info, written when it is answered, with the request's method,
 * URL and addresses as well as the status and time (Fastify's default is two lines, "incoming
 * request" and "request completed": at LOG_LEVEL=info that doubled the logging, ~25 µs of a
 * cached summary's ~37). The incoming line, useful to see what is in flight, is kept at debug.
 * Error, not-found and stream lines are Fastify's own.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(request: FastifyRequest) {
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

/**
 * The zod type provider's compilers, for every route (see buildApp). Fastify types its compiler
 * factories after Ajv and fast-json-stringify, whose route definitions differ from the ones the
 * zod compilers take; at run time Fastify calls them the same way, hence the cast.
 */
const zodCompilers = {
  compilersFactory: { buildValidator: () => validatorCompiler, buildSerializer: () => serializerCompiler },
} as unknown as FastifyServerOptions['schemaController'];

/** Builds the app: plugins, then routes. Never listens (see server.ts). */
export async function buildApp(config: Config, options: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger ?? createLogger(config),
    logController: new OneLinePerRequest(),
    // A request's logger is made when it first writes a line (see requestLogger).
    childLoggerFactory: requestLogger,
    // A caller's request id is kept when it is a plain token, so logs correlate across systems.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) && !containsNik(given) ? given : newRequestId();
    },
    frameworkErrors: frameworkErrorProblem,
    clientErrorHandler: clientErrorProblem,
    bodyLimit: 1024 * 1024,
    // Slow clients (slow-loris) are cut off: the headers within requestTimeout, checked a few
    // times per timeout (Node checks every 30 s by default, far too coarse for short ones); the
    // body likewise (the security plugin: Node stops counting once the headers are in); a socket
    // idle for longer than that is closed.
    requestTimeout: config.requestTimeoutMs,
    http: { connectionsCheckingInterval: Math.min(30_000, Math.ceil(config.requestTimeoutMs / 4)) },
    connectionTimeout: config.requestTimeoutMs + 10_000,
    keepAliveTimeout: 72_000,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
    // HEAD is not part of the API: a HEAD request gets a 405 naming the methods the path has.
    exposeHeadRoutes: false,
    // Every schema is zod's: validated and serialised by its compilers, given here rather than
    // set after construction, so Fastify never loads its default Ajv and fast-json-stringify
    // compilers (about 40 ms of a start for nothing).
    schemaController: zodCompilers,
  }).withTypeProvider<ZodTypeProvider>();

  // Hooks that run on every request are callback hooks: an async one costs a promise and a
  // microtask per request for nothing here.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  // While closing, every answer (the in-flight batches' included) closes its connection: a
  // keep-alive socket that turns idle after close() began would otherwise hold shutdown open.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });

  await app.register(problemsPlugin);
  await app.register(databasePlugin, { database: options.database });
  await app.register(securityPlugin, { config });
  const clock = options.clock ?? systemClock;
  const services = createServices(options.database.db, config, clock);
  await app.register(authPlugin, { config, agencyExists: (code) => services.agencies.exists(code) });
  await app.register(rateLimitPlugin, { config });
  await app.register(strictQueryPlugin);
  await app.register(openapiPlugin, { rateLimited: config.rateLimit.max > 0, webhooks: webhooksDocument() });
  const { db, poolStats } = options.database;
  const metrics =
    config.metrics.mode === 'off'
      ? undefined
      : new Metrics({ jobQueue: () => queueStats(db), webhookBacklog: () => pendingDeliveryStats(db), pool: poolStats && (() => poolStats()) });
  await app.register(metricsPlugin, { config, metrics });
  if (metrics) {
    services.batches.observeBatches(metrics.batchCommitted);
    services.imports.observeBatches(metrics.batchCommitted);
  }

  const purge = startIdempotencyPurge(options.database.db, {
    clock,
    intervalMs: config.idempotencyPurgeIntervalSeconds * 1000,
    log: app.log,
  });
  app.addHook('preClose', async () => {
    await purge.stop();
  });
  await services.progress.start(options.database);

  // Webhooks: each instance delivers the outbox (its changes' events, and any instance's once
  // their leases run out) and evaluates the alerts the changes call for; the daily evaluation
  // runs on one instance per WIB day.
  const dispatcher =
    options.webhooks === false
      ? undefined
      : new WebhookDispatcher(options.database.db, {
          logger: app.log,
          secrets: services.webhooks.secrets,
          timeoutMs: config.webhooks.timeoutMs,
          maxConcurrency: config.webhooks.maxConcurrency,
          perSubscription: config.webhooks.perSubscription,
          schedule: config.webhooks.retrySchedule ?? DEFAULT_RETRY_SCHEDULE,
          allowPrivate: config.webhooks.allowPrivateTargets,
          leaseMarginMs: config.imports.jobLeaseMs,
          pollMs: options.webhooks?.pollMs,
          onFannedOut: (tx, events) => services.alerts.afterEvents(tx, events),
          onAttempt: metrics?.webhookAttempt,
        });
  if (dispatcher) {
    const webhookOptions = options.webhooks === false ? undefined : options.webhooks;
    services.webhooks.onQueued = () => dispatcher.wake();
    app.addHook('onReady', async () => {
      dispatcher.start();
      services.alerts.startDaily(app.log, webhookOptions?.dailyCheckMs);
    });
    app.addHook('preClose', async () => {
      services.alerts.stopDaily();
      await dispatcher.stop();
    });
  }
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400) {
      services.progress.noteLocalWrite();
      dispatcher?.wake();
    }
    done(null, payload);
  });
  await registerRoutes(app, services, config);

  // Background jobs run while the app is up; on close the job under way stops at its next step
  // and hands its lease back, so a restarted or another instance resumes it at once.
  if (options.jobs !== false) {
    const runner = new JobRunner(options.database.db, {
      logger: app.log,
      retentionHours: config.imports.retentionHours,
      leaseMs: options.jobs?.leaseMs ?? config.imports.jobLeaseMs,
      pollMs: options.jobs?.pollMs,
    });
    services.imports.attach(runner);
    app.addHook('onReady', async () => runner.start());
    app.addHook('preClose', () => runner.stop());
  }
  return app;
}
