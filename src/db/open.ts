import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { migrationsFolder, projectRoot } from '../lib/paths.js';
import { type DatabaseHandle, openDatabase } from './client.js';
import { runMigrations } from './migrate.js';

/** The database named by the config: PostgreSQL with DATABASE_URL, else PGlite in DATA_DIR. */
export function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  return config.databaseUrl ? openDatabase({ kind: 'postgres', url: config.databaseUrl }) : openPglite(config.dataDir);
}

/**
 * PGlite in `dataDir`. A cold start (no cluster there yet) is most of its time in PGlite's
 * initdb and the migrations: about 2 s on a 2-core machine, against a few hundred ms to unpack
 * a dump of a freshly migrated database. So the first cold start writes that dump once, into
 * node_modules/.cache, keyed by the migrations and PGlite's version, and every later cold start
 * (a new DATA_DIR, a wiped one) restores it instead. The dump holds the migrations only, never
 * the seed (SEED_FILE may differ from one start to the next, and loading it is cheap); the
 * migrations still run after a restore, and find nothing to do.
 */
async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const cluster = path.resolve(dataDir, 'pglite');
  if (existsSync(path.join(cluster, 'PG_VERSION'))) return openDatabase({ kind: 'pglite', dataDir });
  const snapshot = snapshotFile();
  if (snapshot && existsSync(snapshot)) {
    try {
      return await openDatabase({ kind: 'pglite', dataDir, loadDataDir: new Blob([readFileSync(snapshot)]) });
    } catch {
      // An unreadable dump (a write cut short, a PGlite that changed its format without changing
      // its version) costs the time it wasted, never the start: initdb as if it were not there.
      rmSync(cluster, { recursive: true, force: true });
      rmSync(snapshot, { force: true });
    }
  }
  const database = await openDatabase({ kind: 'pglite', dataDir });
  if (snapshot) {
    await runMigrations(database);
    await writeSnapshot(database, snapshot).catch(() => undefined);
  }
  return database;
}

/** Where the dump of a freshly migrated database goes; undefined when PGlite's version cannot be read. */
export function snapshotFile(): string | undefined {
  const modules = path.join(projectRoot, 'node_modules');
  let version: string;
  try {
    version = (JSON.parse(readFileSync(path.join(modules, '@electric-sql', 'pglite', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
  const hash = createHash('sha256').update(version);
  for (const file of readdirSync(migrationsFolder, { recursive: true }).map(String).sort()) {
    if (file.endsWith('.sql') || file.endsWith('.json')) hash.update(file).update(readFileSync(path.join(migrationsFolder, file)));
  }
  return path.join(modules, '.cache', 'sinergi', `pglite-migrated-${hash.digest('hex').slice(0, 16)}.tar`);
}

/**
 * Written to a temporary name and renamed, so a start never reads half a dump. Uncompressed: 42 MB
 * rather than 5, but PGlite's gunzip (in JavaScript) cost a cold start 0.4–0.6 s of its restore.
 */
async function writeSnapshot(database: DatabaseHandle, file: string): Promise<void> {
  const dump = await database.pglite?.dumpDataDir('none');
  if (!dump) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  renameSync(tmp, file);
}
