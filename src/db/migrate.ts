import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrationsFolder } from '../lib/paths.js';
import type { DatabaseHandle } from './client.js';

/** Applies `migrations/` (the same drizzle-kit SQL files on both engines). Throws on failure. */
export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  // The migrator of the engine in use only (see openDatabase).
  if (handle.engine === 'pglite') {
    const { migrate: migratePglite } = await import('drizzle-orm/pglite/migrator');
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    const { migrate: migrateNodePg } = await import('drizzle-orm/node-postgres/migrator');
    await migrateNodePg(handle.db as unknown as NodePgDatabase, { migrationsFolder });
  }
}
