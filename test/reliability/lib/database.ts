import pg from 'pg';
import { buildTestApp, freshDatabase, testConfig } from '../../helper.js';

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

export interface RealDatabase {
  /** `postgres://…/<name>`: what the server processes get as DATABASE_URL. */
  url: string;
  /** One query on a connection of its own: the test's view of the stored rows. */
  query<T extends object>(text: string, values?: unknown[]): Promise<T[]>;
}

/**
 * A fresh, migrated and seeded database on a real PostgreSQL server (by default the one above),
 * for tests that run the server in processes of their own; dropped at teardown. Tap runs
 * teardowns last-registered first, so a private cluster started before it outlives the drop.
 */
export async function realDatabase(t: Parameters<typeof buildTestApp>[0], serverUrl = postgresServerUrl): Promise<RealDatabase> {
  const handle = await freshDatabase(t, testConfig(), serverUrl);
  await handle.close();
  const url = handle.url as string;
  return {
    url,
    query: async <T extends object>(text: string, values: unknown[] = []) => {
      const client = new pg.Client({ connectionString: url, application_name: 'sinergi-reliability-check' });
      await client.connect();
      try {
        return (await client.query<T>(text, values)).rows;
      } finally {
        await client.end();
      }
    },
  };
}
