import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { type Config, loadConfig } from '../src/config.js';
import { type DatabaseHandle, openDatabase } from '../src/db/client.js';
import type { Clock } from '../src/domain/time.js';
import { createLogger } from '../src/lib/logger.js';
import { defaultSeedFile, migrationsFolder, projectRoot } from '../src/lib/paths.js';
import { signToken, type TokenClaims } from '../src/lib/tokens.js';
import { prepareDatabase } from '../src/seed.js';
import { checkResponsesAgainstDocument } from './contract.js';

/**
 * Every test file builds its app on a database of its own: an in-memory PGlite by default, or,
 * when DATABASE_URL is set, a fresh database on that PostgreSQL server, dropped afterwards.
 */

export const TEST_ENV = {
  NODE_ENV: 'test',
  JWT_SECRET: 'test-secret-that-is-at-least-32-bytes-long',
  NIK_PEPPER: 'test-pepper-that-is-at-least-32-bytes-long',
  IMPORT_ENCRYPTION_KEY: 'test-import-key-that-is-at-least-32-bytes',
  LOG_LEVEL: 'info',
  // The overload guard sheds load when the event loop lags past a second, which a starved 2-core
  // CI machine running test files in parallel can do; a spec would then see a 503 it did not earn.
  // The guard has its own specs (test/plugins/security.test.ts, test/reliability/abuse.test.ts).
  MAX_EVENT_LOOP_DELAY_MS: '0',
} as const;

export const testConfig = (env: Record<string, string> = {}): Config => loadConfig({ ...TEST_ENV, ...env });

interface Teardown {
  teardown(fn: () => unknown): void;
}

export const onPostgres = Boolean(process.env.DATABASE_URL);

/**
 * A migrated, seeded database of its own; closed (and on PostgreSQL dropped) at teardown.
 * `serverUrl` (default: DATABASE_URL) names a PostgreSQL server to create it on; none = PGlite.
 */
export async function freshDatabase(
  t: Teardown,
  config: Config,
  serverUrl: string | undefined = process.env.DATABASE_URL,
): Promise<DatabaseHandle & { url?: string }> {
  if (serverUrl) {
    const name = `sinergi_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ kind: 'postgres', url: url.toString() });
    t.teardown(async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    });
    await prepareDatabase(database, config);
    return { ...database, url: url.toString() };
  }

  const database = await openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: await cachedPgliteDump(config) });
  return database;
}

/**
 * A fresh PGlite takes seconds to migrate; a dump of a migrated, seeded one loads in a fraction
 * of that. The dump is cached on disk, keyed by the migrations and the seed, so every test file
 * (each its own process) reuses it.
 */
async function cachedPgliteDump(config: Config): Promise<Blob> {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsFolder, { recursive: true }).map(String).sort()) {
    const full = path.join(migrationsFolder, file);
    if (file.endsWith('.sql') || file.endsWith('.json')) hash.update(file).update(readFileSync(full));
  }
  hash.update(readFileSync(defaultSeedFile));
  const dir = path.join(projectRoot, 'node_modules', '.cache', 'sinergi-test');
  const file = path.join(dir, `pglite-${hash.digest('hex').slice(0, 16)}.tar`);
  if (!existsSync(file)) {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    await prepareDatabase(database, config);
    // Uncompressed: PGlite's gunzip, in JavaScript, cost each restore 0.4–0.6 s.
    const dump = (await database.pglite?.dumpDataDir('none')) as Blob;
    await database.close();
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file);
  }
  return new Blob([readFileSync(file)]);
}

/** Log lines the app wrote, for assertions (and privacy scans). */
export class CapturedLogs extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get text() {
    return this.lines.join('\n');
  }
}

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  database: DatabaseHandle & { url?: string };
  logs: CapturedLogs;
  token(claims: Partial<TokenClaims> & Pick<TokenClaims, 'role'>): string;
  /** `app.inject` with a bearer token for the given role (and agency). */
  as(role: 'admin' | 'viewer'): Requester;
  as(role: 'agency', agency: string): Requester;
}

type Requester = (options: InjectOptions) => Promise<LightMyRequestResponse>;

export async function buildTestApp(
  t: Teardown,
  options: {
    env?: Record<string, string>;
    clock?: Clock;
    /** Extra routes for a test (registered before the app is ready). */
    extraRoutes?: (app: FastifyInstance) => void;
    /** A PostgreSQL server to create the database on, whatever DATABASE_URL says (reliability suite). */
    databaseUrl?: string;
    /**
     * The webhook dispatcher and daily alert evaluation: off unless a test asks (they write in the
     * background, which specs that compare the database before and after a call must not see).
     */
    webhooks?: false | { pollMs?: number; dailyCheckMs?: number };
  } = {},
): Promise<TestApp> {
  const config = testConfig(options.env);
  const database = await freshDatabase(t, config, options.databaseUrl ?? process.env.DATABASE_URL);
  const logs = new CapturedLogs();
  const app = await buildApp(config, { database, logger: createLogger(config, logs), clock: options.clock, webhooks: options.webhooks ?? false });
  options.extraRoutes?.(app);
  // Every answer is checked against the app's OpenAPI document (test/contract.ts): an injected
  // request whose answer breaks it rejects, naming the route; socket answers fail at teardown.
  const contract = checkResponsesAgainstDocument(app);
  await app.ready();
  const inject = app.inject.bind(app) as (...args: unknown[]) => unknown;
  app.inject = ((...args: unknown[]) => {
    if (args.length !== 1) return inject(...args);
    return (inject(args[0]) as Promise<LightMyRequestResponse>).then((res) => {
      const violation = contract.take(res.headers['x-request-id'] as string | undefined);
      if (violation) throw new Error(`The answer breaks the OpenAPI document: ${violation}`);
      return res;
    });
  }) as typeof app.inject;
  t.teardown(async () => {
    await app.close();
    const pending = contract.pending();
    if (pending.length > 0) throw new Error(`Answers that break the OpenAPI document:\n${pending.join('\n')}`);
  });

  const token = (claims: Partial<TokenClaims> & Pick<TokenClaims, 'role'>) =>
    signToken(config, { sub: `${claims.agency ?? claims.role}-test`, ...claims });
  const as = (role: 'admin' | 'viewer' | 'agency', agency?: string): Requester => {
    const bearer = token(role === 'agency' ? { role, agency } : { role });
    return (request) => app.inject({ ...request, headers: { authorization: `Bearer ${bearer}`, ...request.headers } });
  };
  return { app, config, database, logs, token, as: as as TestApp['as'] };
}

/** A fixed instant, for tests that depend on "today" in WIB. */
export const fixedClock =
  (iso: string): Clock =>
  () =>
    new Date(iso);
