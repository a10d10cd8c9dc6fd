import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The environment, parsed once. Everything else in the service receives a `Config`
 * and never reads `process.env` itself, so tests can build an app with their own.
 */
const booleanFlag = z.enum(['true', 'false', '1', '0', '']).transform((value) => value === 'true' || value === '1');

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const durationUnits: Record<string, number> = { s: 1, m: 60, h: 3_600, d: 86_400 };

/** Seconds in a duration such as `3600`, `90m`, `24h` or `30d` (a bare number is seconds). */
export function durationSeconds(duration: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(duration.trim());
  if (!match) throw new ConfigError(`Not a duration: ${duration} (use e.g. 3600, 15m, 8h, 7d)`);
  return Number(match[1]) * (durationUnits[match[2] || 's'] as number);
}

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  DATA_DIR: z.string().min(1).default('./data'),
  JWT_SECRET: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .refine((s) => Buffer.byteLength(s, 'utf8') >= 32, 'must be at least 32 bytes')
      .optional(),
  ),
  JWT_ALGORITHM: z.enum(['HS256', 'RS256', 'ES256', 'EdDSA']).default('HS256'),
  JWT_PUBLIC_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  JWT_ISSUER: z.string().min(1).default('sinergi'),
  JWT_AUDIENCE: z.string().min(1).default('sinergi-api'),
  JWT_MAX_TTL: z
    .string()
    .regex(/^\d{1,9}[smhd]?$/, 'a duration such as 3600, 90m, 24h or 30d')
    .default('24h')
    .transform(durationSeconds)
    .refine((s) => s >= 60 && s <= 366 * 86_400, 'must be between 1 minute and 366 days'),
  NIK_PEPPER: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .refine((s) => Buffer.byteLength(s, 'utf8') >= 32, 'must be at least 32 bytes')
      .optional(),
  ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_FILE: z.preprocess(emptyAsUndefined, z.string().optional()),
  PUBLIC_SUMMARY: z.preprocess(emptyAsUndefined, booleanFlag.optional()).default(false),
  IDEMPOTENCY_TTL_HOURS: z.coerce.number().int().min(24).default(24),
  IDEMPOTENCY_PURGE_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(3600),
  CORS_ORIGINS: z.string().default(''),
  RATE_LIMIT_MAX: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(1000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(120_000),
  IMPORT_ENCRYPTION_KEY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .refine((s) => Buffer.byteLength(s, 'utf8') >= 32, 'must be at least 32 bytes')
      .optional(),
  ),
  IMPORT_RETENTION_HOURS: z.coerce.number().int().min(1).max(24).default(24),
  JOB_LEASE_SECONDS: z.coerce.number().int().min(2).max(600).default(30),
  METRICS: z.enum(['api', 'listener', 'off']).default('api'),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: z.preprocess(emptyAsUndefined, booleanFlag.optional()).default(false),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  WEBHOOK_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
  WEBHOOK_MAX_PER_SUBSCRIPTION: z.coerce.number().int().min(1).max(64).default(4),
  WEBHOOK_RETRY_SCHEDULE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\d{1,9}[smhd]?(,\d{1,9}[smhd]?){0,19}$/, 'comma-separated durations such as 5s,5m,30m,2h')
      .transform((list) => list.split(',').map(durationSeconds))
      .optional(),
  ),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  /** `undefined` means the embedded PGlite database under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  jwt: {
    algorithm: Env['JWT_ALGORITHM'];
    /** HMAC secret (HS256) — or, for asymmetric algorithms, unused. */
    secret: string;
    /** PEM public key for asymmetric algorithms. */
    publicKey: string | undefined;
    issuer: string;
    audience: string;
    /** The longest a token may live, `exp − iat`, in seconds (JWT_MAX_TTL). */
    maxTtlSeconds: number;
  };
  nikPepper: string;
  logLevel: Env['LOG_LEVEL'];
  seedFile: string | undefined;
  publicSummary: boolean;
  idempotencyTtlHours: number;
  /** How often each instance deletes expired idempotency records; 0 = never (another instance does). */
  idempotencyPurgeIntervalSeconds: number;
  /** Origins allowed by CORS; empty = CORS closed (no Access-Control-* headers). */
  corsOrigins: string[];
  /** Requests per window per agency (or per user, or per IP when anonymous); 0 = no limit. */
  rateLimit: { max: number; windowSeconds: number };
  /** Above this event-loop delay the service answers 503 instead of drowning; 0 = off. */
  maxEventLoopDelayMs: number;
  /** A request (headers and body) must arrive within this; a slower client is cut off with 408. */
  requestTimeoutMs: number;
  imports: {
    /** Secret from which the key that encrypts uploaded files at rest is derived (HKDF). */
    encryptionSecret: string;
    /** An import not finished within this is stopped and its file purged (at most the idempotency TTL). */
    retentionHours: number;
    /** How long a job's lease lasts unrenewed: how soon another instance resumes a dead one's job. */
    jobLeaseMs: number;
  };
  /**
   * Prometheus metrics, never public: `api` serves `GET /metrics` on the API's listener to admin
   * tokens; `listener` serves it, without a token, on a listener of its own at host:port (loopback
   * by default, for a scraper on the same host or a sidecar) and not on the API; `off` collects nothing.
   */
  metrics: { mode: Env['METRICS']; host: string; port: number };
  webhooks: {
    /** Whether loopback, private and link-local receivers are allowed (one-machine setups, tests). */
    allowPrivateTargets: boolean;
    /** A delivery attempt (connect, send, answer) must finish within this. */
    timeoutMs: number;
    maxConcurrency: number;
    perSubscription: number;
    /** Seconds to wait before each retry; undefined = the default schedule (dispatcher.ts). */
    retrySchedule: number[] | undefined;
  };
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function parseEnv(env: NodeJS.ProcessEnv): Env {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

interface DevSecrets {
  jwtSecret: string;
  nikPepper: string;
  importKey: string;
}

/**
 * Outside production a missing secret is generated once and kept in the data folder, so
 * tokens and NIK hashes stay valid across restarts. Never used in production.
 */
function loadOrCreateDevSecrets(dataDir: string): DevSecrets {
  const file = path.join(dataDir, 'secrets.json');
  const stored: Partial<DevSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  if (stored.jwtSecret && stored.nikPepper && stored.importKey) return stored as DevSecrets;
  // A secret added later joins the kept ones; the kept ones never change (hashes depend on them).
  const secrets: DevSecrets = {
    jwtSecret: stored.jwtSecret ?? randomBytes(32).toString('base64url'),
    nikPepper: stored.nikPepper ?? randomBytes(32).toString('base64url'),
    importKey: stored.importKey ?? randomBytes(32).toString('base64url'),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = parseEnv(env);
  const asymmetric = e.JWT_ALGORITHM !== 'HS256';

  if (e.NODE_ENV === 'production') {
    const missing: string[] = [];
    if (!e.DATABASE_URL) missing.push('DATABASE_URL');
    if (!asymmetric && !e.JWT_SECRET) missing.push('JWT_SECRET (at least 32 bytes)');
    if (asymmetric && !e.JWT_PUBLIC_KEY) missing.push('JWT_PUBLIC_KEY');
    if (!e.NIK_PEPPER) missing.push('NIK_PEPPER (at least 32 bytes)');
    if (!e.IMPORT_ENCRYPTION_KEY) missing.push('IMPORT_ENCRYPTION_KEY (at least 32 bytes)');
    if (missing.length > 0) {
      throw new ConfigError(`NODE_ENV=production requires: ${missing.join(', ')}`);
    }
    // Receivers are promised retries over at least a day (docs/webhooks.md); a shorter schedule is for tests.
    if (e.WEBHOOK_RETRY_SCHEDULE && e.WEBHOOK_RETRY_SCHEDULE.reduce((sum, s) => sum + s, 0) < 86_400) {
      throw new ConfigError('NODE_ENV=production requires WEBHOOK_RETRY_SCHEDULE to span at least 24 hours');
    }
  } else if (asymmetric && !e.JWT_PUBLIC_KEY) {
    throw new ConfigError(`JWT_ALGORITHM=${e.JWT_ALGORITHM} requires JWT_PUBLIC_KEY`);
  }

  const needsDevSecrets = !e.NIK_PEPPER || (!asymmetric && !e.JWT_SECRET) || !e.IMPORT_ENCRYPTION_KEY;
  const dev = needsDevSecrets ? loadOrCreateDevSecrets(e.DATA_DIR) : undefined;

  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    jwt: {
      algorithm: e.JWT_ALGORITHM,
      secret: e.JWT_SECRET ?? dev?.jwtSecret ?? '',
      publicKey: e.JWT_PUBLIC_KEY,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      maxTtlSeconds: e.JWT_MAX_TTL,
    },
    nikPepper: (e.NIK_PEPPER ?? dev?.nikPepper) as string,
    logLevel: e.LOG_LEVEL,
    seedFile: e.SEED_FILE,
    publicSummary: e.PUBLIC_SUMMARY,
    idempotencyTtlHours: e.IDEMPOTENCY_TTL_HOURS,
    idempotencyPurgeIntervalSeconds: e.IDEMPOTENCY_PURGE_INTERVAL_SECONDS,
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    rateLimit: { max: e.RATE_LIMIT_MAX, windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS },
    maxEventLoopDelayMs: e.MAX_EVENT_LOOP_DELAY_MS,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    imports: {
      encryptionSecret: (e.IMPORT_ENCRYPTION_KEY ?? dev?.importKey) as string,
      retentionHours: Math.min(e.IMPORT_RETENTION_HOURS, e.IDEMPOTENCY_TTL_HOURS),
      jobLeaseMs: e.JOB_LEASE_SECONDS * 1000,
    },
    metrics: { mode: e.METRICS, host: e.METRICS_HOST, port: e.METRICS_PORT },
    webhooks: {
      allowPrivateTargets: e.WEBHOOK_ALLOW_PRIVATE_TARGETS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      maxConcurrency: e.WEBHOOK_MAX_CONCURRENCY,
      perSubscription: e.WEBHOOK_MAX_PER_SUBSCRIPTION,
      retrySchedule: e.WEBHOOK_RETRY_SCHEDULE,
    },
  };
}
