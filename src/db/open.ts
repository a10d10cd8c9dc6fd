import type { Config } from '../config.js';
import { defaultSeedFile } from '../lib/paths.js';
import { type DatabaseHandle, openDatabase } from './client.js';
import { runMigrations } from './migrate.js';
import { loadSeed, type SeedResult } from './seed.js';

/** The database named by the config: PostgreSQL with DATABASE_URL, else PGlite in DATA_DIR. */
export function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  return openDatabase(
    config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir },
  );
}

/** Migrates, then loads the seed (idempotently). */
export async function prepareDatabase(database: DatabaseHandle, config: Config): Promise<SeedResult> {
  await runMigrations(database);
  return loadSeed(database.db, config.seedFile ?? defaultSeedFile);
}
