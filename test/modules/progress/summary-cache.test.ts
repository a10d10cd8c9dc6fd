import { sql } from 'drizzle-orm';
import t from 'tap';
import { CHANGES_CHANNEL } from '../../../src/modules/audit/repository.js';
import { SummaryCache } from '../../../src/modules/progress/summary-cache.js';
import { freshDatabase, testConfig } from '../../helper.js';

/**
 * The cache keeps a value only if no change arrived between the start of its computation and its
 * end: a computation that began before a change may have read a snapshot without it, and nothing
 * would evict it afterwards. Changes arrive as NOTIFYs on the real database.
 */
t.test('the summary cache never keeps a value computed across a change', async (t) => {
  const database = await freshDatabase(t, testConfig());
  t.teardown(() => database.close());
  const cache = new SummaryCache<string>();
  await cache.follow(database);
  const today = '2024-12-01';

  /** NOTIFYs a change and waits until the cache has heard it (a kept sentinel is gone). */
  const change = async () => {
    cache.begin()('sentinel', today, 'x');
    t.equal(cache.get('sentinel', today), 'x');
    await database.db.execute(sql`SELECT pg_notify(${CHANGES_CHANNEL}, 'test')`);
    while (cache.get('sentinel', today) !== undefined) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  t.test('a computation with no change meanwhile is kept, for its WIB date only', async (t) => {
    cache.begin()('a', today, 'body');
    t.equal(cache.get('a', today), 'body');
    t.equal(cache.get('a', '2024-12-02'), undefined, 'the next day computes afresh');
  });

  t.test('a change forgets what is kept', async (t) => {
    cache.begin()('a', today, 'body');
    await change();
    t.equal(cache.get('a', today), undefined);
  });

  t.test('a computation begun before a change is not kept when it ends after it', async (t) => {
    const keep = cache.begin();
    await change(); // read starts → a write commits and notifies → the read ends
    keep('a', today, 'stale');
    t.equal(cache.get('a', today), undefined, 'the stale body is not kept');
    cache.begin()('a', today, 'fresh');
    t.equal(cache.get('a', today), 'fresh', 'the next computation is');
  });

  t.test('a local write forgets at once, also computations under way', async (t) => {
    const keep = cache.begin();
    cache.invalidate();
    keep('b', today, 'stale');
    t.equal(cache.get('b', today), undefined);
  });

  t.test('nothing is kept while changes are not being followed', async (t) => {
    const unfollowed = new SummaryCache<string>();
    unfollowed.begin()('a', today, 'body');
    t.equal(unfollowed.get('a', today), undefined);
  });
});
