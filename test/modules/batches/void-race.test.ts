import { sql } from 'drizzle-orm';
import pg from 'pg';
import tap from 'tap';
import { type Executor, queryRows } from '../../../src/db/client.js';
import { jakartaNiks, record } from '../../fixtures/nik.js';
import { buildTestApp, fixedClock, onPostgres } from '../../helper.js';

/**
 * Voids and batches race over the same workers. A void locks only the credits it moves, and a
 * batch only the holders of its duplicates, so they run side by side (on PostgreSQL; PGlite runs
 * them one after another). Whatever the interleaving, afterwards the credits must equal a recount
 * from the stored reports: every worker with a report in a batch that is not voided is credited
 * exactly once, to such a report; no one else is; and every rollup agrees with the rows.
 */

const url = '/v1/agreements/jakarta-uc-2024/batches';
const AGREEMENT = 'jakarta-uc-2024';

const liveWorkers = async (db: Executor) =>
  Number(
    (
      await queryRows<{ n: number }>(
        db,
        sql`SELECT count(DISTINCT e.nik_hash)::int AS n FROM enrollments e JOIN enrollment_batches b ON b.id = e.batch_id
            WHERE e.agreement_id = ${AGREEMENT} AND e.in_region AND b.status <> 'voided'`,
      )
    )[0]?.n,
  );

/** Credits and rollups against a recount from the stored reports. */
async function checkRecount(t: Pick<typeof tap, 'equal'>, db: Executor) {
  const [recount] = await queryRows<Record<string, number | string>>(
    db,
    sql`WITH live AS (
          SELECT DISTINCT e.nik_hash FROM enrollments e JOIN enrollment_batches b ON b.id = e.batch_id
          WHERE e.agreement_id = ${AGREEMENT} AND e.in_region AND b.status <> 'voided'
        )
        SELECT
          (SELECT count(*) FROM live) AS live_workers,
          (SELECT count(*) FROM enrollments WHERE agreement_id = ${AGREEMENT} AND credited) AS credited_rows,
          (SELECT count(DISTINCT nik_hash) FROM enrollments WHERE agreement_id = ${AGREEMENT} AND credited) AS credited_workers,
          (SELECT count(*) FROM enrollments e JOIN enrollment_batches b ON b.id = e.batch_id
            WHERE e.credited AND (b.status = 'voided' OR NOT e.in_region)) AS credited_wrongly,
          (SELECT count(*) FROM enrollments e WHERE e.credited AND e.nik_hash NOT IN (SELECT nik_hash FROM live)) AS credited_dead,
          (SELECT coalesce(sum(credited), 0) FROM agency_coverage WHERE agreement_id = ${AGREEMENT}) AS rollup_credited,
          (SELECT coalesce(sum(credited), 0) FROM coverage_daily WHERE agreement_id = ${AGREEMENT}) AS daily_credited,
          (SELECT coalesce(sum(credited), 0) FROM coverage_breakdown WHERE agreement_id = ${AGREEMENT} AND dimension = 'segment') AS segment_credited,
          (SELECT count(*) FROM enrollment_batches b
            WHERE b.credited <> (SELECT count(*) FROM enrollments e WHERE e.batch_id = b.id AND e.credited)) AS batches_off,
          (SELECT count(*) FROM agency_coverage c
            WHERE c.agreement_id = ${AGREEMENT}
              AND c.credited <> (SELECT count(*) FROM enrollments e WHERE e.agreement_id = c.agreement_id AND e.agency_code = c.agency_code AND e.credited)) AS agencies_off`,
  );
  const n = (field: string) => Number(recount?.[field]);
  t.equal(n('credited_rows'), n('live_workers'), 'every worker with a live report is credited');
  t.equal(n('credited_workers'), n('credited_rows'), 'once');
  t.equal(n('credited_wrongly'), 0, 'never to a voided batch or an out-of-region record');
  t.equal(n('credited_dead'), 0, 'and no worker without a live report');
  t.equal(n('rollup_credited'), n('credited_rows'), 'agency rollups');
  t.equal(n('daily_credited'), n('credited_rows'), 'daily rollups');
  t.equal(n('segment_credited'), n('credited_rows'), 'breakdown rollups');
  t.equal(n('batches_off'), 0, 'each batch’s credited count');
  t.equal(n('agencies_off'), 0, 'each agency’s credited count');
}

tap.test('a void racing batches over the same workers leaves credits equal to a recount', async (t) => {
  const { as, database } = await buildTestApp(t, { clock: fixedClock('2024-12-01T05:00:00Z') });
  const agencies = { dinkes: as('agency', 'dinkes'), dishub: as('agency', 'dishub'), dlh: as('agency', 'dlh') };
  let key = 0;
  const post = (agency: keyof typeof agencies, niks: string[]) =>
    agencies[agency]({ method: 'POST', url, headers: { 'idempotency-key': `race-${++key}` }, payload: { records: niks.map((nik) => record(nik)) } });
  const shared = jakartaNiks(500_000, 300);
  let fresh = 600_000;
  const freshNiks = (n: number) => {
    const niks = jakartaNiks(fresh, n);
    fresh += n;
    return niks;
  };

  const statuses: number[] = [];
  for (let round = 0; round < 6; round++) {
    const first = await post('dinkes', [...shared, ...freshNiks(100)]);
    t.equal(first.statusCode, 201);
    // The void of dinkes's batch, two batches repeating its workers (one in reverse order), and
    // a fresh dinkes batch over the same workers, all at once.
    const answers = await Promise.all([
      agencies.dinkes({ method: 'POST', url: `/v1/batches/${first.json().id}/void`, payload: { reason: `race round ${round}` } }),
      post('dishub', [...shared.slice(round * 20), ...freshNiks(50)]),
      post('dlh', [...shared].reverse().concat(freshNiks(50))),
      post('dinkes', [...shared.slice(0, 150), ...freshNiks(20)]),
    ]);
    statuses.push(...answers.map((a) => a.statusCode));
    for (const answer of answers.slice(1)) {
      const b = answer.json();
      t.equal(b.received, b.accepted + b.duplicates.inBatch + b.duplicates.sameAgency + b.duplicates.otherAgency + b.outOfRegion + b.rejected);
    }
  }
  t.same([...new Set(statuses)].sort(), [200, 201], 'every void and batch succeeded');

  t.ok((await liveWorkers(database.db)) > 300, 'the race left workers to count');
  await checkRecount(t, database.db);
  const summary = (await as('admin')({ url: `/v1/agreements/${AGREEMENT}/summary` })).json();
  t.equal(summary.newlyCovered, await liveWorkers(database.db), 'the summary says the same');
});

tap.test(
  'a void that commits between a batch’s insert and its look at the holders: the batch starts again and takes the credit',
  { skip: !onPostgres && 'needs concurrent transactions (PostgreSQL)' },
  async (t) => {
    const { as, database } = await buildTestApp(t, { clock: fixedClock('2024-12-01T05:00:00Z') });
    const dinkes = as('agency', 'dinkes');
    const dishub = as('agency', 'dishub');
    const shared = jakartaNiks(700_000, 200);
    const mine = await dinkes({
      method: 'POST',
      url,
      headers: { 'idempotency-key': 'gate-1' },
      payload: { records: shared.map((nik) => record(nik)) },
    });
    t.equal(mine.json().accepted, 200);

    // A gate inside dishub's insert: the statement ends only when the test opens it. dishub's
    // records are then written (uncommitted) but their holders not yet looked at: the window.
    const gate = new pg.Client({ connectionString: database.url });
    await gate.connect();
    t.teardown(() => gate.end());
    await gate.query('SELECT pg_advisory_lock(4242)');
    await database.db.execute(
      sql.raw(`
      CREATE FUNCTION gate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM new_rows WHERE agency_code = 'dishub') THEN
          PERFORM pg_advisory_xact_lock_shared(4242);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER gate AFTER INSERT ON enrollments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gate();`),
    );
    const theirs = dishub({
      method: 'POST',
      url,
      headers: { 'idempotency-key': 'gate-2' },
      payload: { records: [...shared, ...jakartaNiks(710_000, 10)].map((nik) => record(nik)) },
    });
    const waiting = async () =>
      (await gate.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = 4242 AND NOT granted`)).rows[0].n;
    while ((await waiting()) === 0) await new Promise((resolve) => setTimeout(resolve, 10));

    // dinkes withdraws its batch meanwhile: no other committed report, so its workers leave coverage.
    const voided = await dinkes({ method: 'POST', url: `/v1/batches/${mine.json().id}/void`, payload: { reason: 'Posted to the wrong agreement' } });
    t.equal(voided.statusCode, 200, 'the void does not wait for the batch');
    await gate.query('SELECT pg_advisory_unlock(4242)');

    const answer = await theirs;
    t.equal(answer.statusCode, 201);
    t.match(answer.json(), { accepted: 210, duplicates: { sameAgency: 0, otherAgency: 0 } }, 'classified after the void, as if it came second');
    await database.db.execute(sql.raw('DROP TRIGGER gate ON enrollments; DROP FUNCTION gate();'));
    await checkRecount(t, database.db);
    t.equal(await liveWorkers(database.db), 210);
  },
);
