import { buildTestApp } from '../../helper.js';

/**
 * The reliability suite runs against a real PostgreSQL server, never PGlite: DATABASE_URL when set,
 * else the machine's local server (what CI provides). Each test file gets a fresh database on it,
 * created and dropped by test/helper.ts.
 */
export const postgresServerUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** `buildTestApp` on a fresh database of the PostgreSQL server above. */
export const buildReliabilityApp = (
  t: Parameters<typeof buildTestApp>[0],
  options: Omit<NonNullable<Parameters<typeof buildTestApp>[1]>, 'databaseUrl'> = {},
) => buildTestApp(t, { ...options, databaseUrl: postgresServerUrl });
