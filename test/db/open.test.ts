import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../../src/db/client.js';
import { openConfiguredDatabase, snapshotFile } from '../../src/db/open.js';
import { projectRoot } from '../../src/lib/paths.js';
import { prepareDatabase } from '../../src/seed.js';
import { onPostgres, testConfig } from '../helper.js';

/**
 * A cold start on PGlite (an empty DATA_DIR) restores a dump of a freshly migrated database
 * instead of running initdb and the migrations, once some start has written that dump; the
 * database it gives is the one the migrations and the seed would have made.
 */
const cacheDir = path.join(projectRoot, 'node_modules', '.cache', 'sinergi');
const snapshots = () => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((f) => /^pglite-migrated-.*\.tar$/.test(f)) : []);

const appliedMigrations = async (database: Awaited<ReturnType<typeof openConfiguredDatabase>>) =>
  (await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`))[0]?.n;

t.test('cold starts on PGlite', { skip: onPostgres && 'PGlite only: DATABASE_URL names the database instead' }, async (t) => {
  const migrations = readdirSync(path.join(projectRoot, 'migrations')).filter((f) => f.endsWith('.sql')).length;
  // One initdb in all (the slow part): the first start finds only a spoiled dump.
  const dataDir = path.join(t.testdir(), 'second');
  let written = 0;

  await t.test('an unreadable dump is dropped; the start runs initdb and migrates, and writes the dump afresh', async (t) => {
    for (const file of snapshots()) rmSync(path.join(cacheDir, file));
    const file = snapshotFile();
    if (!file) throw new Error('no dump file for this PGlite');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'not a tarball');

    const database = await openConfiguredDatabase(testConfig({ DATA_DIR: path.join(t.testdir(), 'spoiled') }));
    t.equal(await appliedMigrations(database), migrations, 'migrated on open');
    await database.close();
    t.equal(snapshots().length, 1, 'one dump');
    const stat = statSync(path.join(cacheDir, snapshots()[0] as string));
    t.ok(stat.size > 100_000, 'a real dump again');
    written = stat.mtimeMs;
  });

  await t.test('the next cold start restores it, already migrated, and seeds as any start does', async (t) => {
    const config = testConfig({ DATA_DIR: dataDir });
    const database = await openConfiguredDatabase(config);
    t.equal(await appliedMigrations(database), migrations, 'restored migrated, before any migration ran');
    t.same(await prepareDatabase(database, config), { agencies: 19, agreements: 2, parties: 38 }, 'and seeded');
    await database.close();
    t.equal(statSync(path.join(cacheDir, snapshots()[0] as string)).mtimeMs, written, 'restored, not written again');
  });

  await t.test('a warm start opens the cluster that is there', async (t) => {
    const config = testConfig({ DATA_DIR: dataDir });
    const warm = await openConfiguredDatabase(config);
    t.same(await prepareDatabase(warm, config), { agencies: 0, agreements: 0, parties: 0 }, 'the seed found in place');
    await warm.close();
  });
});
