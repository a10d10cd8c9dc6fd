/** Applies migrations/ to the configured database (DATABASE_URL, or PGlite in DATA_DIR). Exits non-zero on failure. */
import { loadConfig } from '../src/config.js';
import { runMigrations } from '../src/db/migrate.js';
import { openConfiguredDatabase } from '../src/db/open.js';

const config = loadConfig();
const database = await openConfiguredDatabase(config);
try {
  await runMigrations(database);
  console.log(`migrations applied (${database.engine})`);
} catch (error) {
  console.error('migration failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
