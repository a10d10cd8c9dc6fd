import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../../../src/db/client.js';
import { record, syntheticNik } from '../../fixtures/nik.js';
import { type SummaryFigures, summaryInconsistencies } from '../../fixtures/summary-invariants.js';
import { buildTestApp, fixedClock } from '../../helper.js';

const AGREEMENT = 'jakarta-uc-2024';
const SEGMENTS = ['PU', 'BPU', 'PMI'] as const;
const PROGRAMS = { PU: ['JKK', 'JKM', 'JHT', 'JP'], BPU: ['JKK', 'JKM'], PMI: ['JKK', 'JKM', 'JHT'] } as const;

/** A small deterministic generator, so a failing run can be replayed. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return (n: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
}

/** What the stored enrollments say, counted afresh (not from the rollups the summary reads). */
async function recount(db: Parameters<typeof queryRows>[0]) {
  const rows = await queryRows<{ dimension: string; key: string; n: number }>(
    db,
    sql`SELECT 'agency' AS dimension, agency_code AS key, count(*)::int AS n FROM enrollments WHERE agreement_id = ${AGREEMENT} AND credited GROUP BY 2
        UNION ALL SELECT 'segment', segment, count(*)::int FROM enrollments WHERE agreement_id = ${AGREEMENT} AND credited GROUP BY 2
        UNION ALL SELECT 'regency', regency, count(*)::int FROM enrollments WHERE agreement_id = ${AGREEMENT} AND credited GROUP BY 2`,
  );
  const of = (dimension: string) => Object.fromEntries(rows.filter((r) => r.dimension === dimension).map((r) => [r.key, r.n]));
  const agencies = of('agency');
  return { newlyCovered: Object.values(agencies).reduce((a, b) => a + b, 0), agencies, bySegment: of('segment'), byRegency: of('regency') };
}

const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));

t.test(
  'a summary, a series and an agency’s progress are each one snapshot: while batches and voids commit, every body adds up; afterwards the summary equals a recount',
  async (t) => {
    const { as, database } = await buildTestApp(t, { clock: fixedClock('2024-12-01T05:00:00Z'), env: { RATE_LIMIT_MAX: '0' } });
    const admin = as('admin');
    const viewer = as('viewer');
    const agencies = ['dinkes', 'dishub', 'dinsos', 'dlh'];
    const BATCHES = 12;
    const SIZE = 40;
    let writing = agencies.length;
    const failures: string[] = [];

    // Each agency's batches all name its one commitment, so in any single snapshot the commitment's
    // credited workers equal the agency's (credit falls back only between batches that name one).
    const commitmentOf = new Map<string, string>();
    for (const agency of agencies) {
      const created = await as(
        'agency',
        agency,
      )({
        method: 'POST',
        url: `/v1/agreements/${AGREEMENT}/commitments`,
        payload: { kind: 'enrollment', title: `Snapshot ${agency}`, targetWorkers: 1000, dueDate: '2024-12-31' },
      });
      t.equal(created.statusCode, 201);
      commitmentOf.set(agency, created.json().id as string);
    }

    // Writers: each agency posts batches drawn from one shared pool (so credit moves between
    // agencies when a batch is voided) and voids every third of its own.
    const writer = async (agency: string, index: number) => {
      const pick = random(7919 * (index + 1));
      const post = as('agency', agency);
      try {
        for (let b = 0; b < BATCHES; b++) {
          const records = Array.from({ length: SIZE }, () => {
            const segment = SEGMENTS[pick(SEGMENTS.length)] as (typeof SEGMENTS)[number];
            return record(syntheticNik(pick(600)), { segment, programs: [...PROGRAMS[segment]] });
          });
          const res = await post({
            method: 'POST',
            url: `/v1/agreements/${AGREEMENT}/batches`,
            headers: { 'idempotency-key': `snapshot-${agency}-${b}` },
            payload: { commitmentId: commitmentOf.get(agency), records },
          });
          if (res.statusCode !== 201) failures.push(`post ${res.statusCode}`);
          else if (b % 3 === 2) {
            const voided = await post({ method: 'POST', url: `/v1/batches/${res.json().id}/void`, payload: { reason: 'sent twice' } });
            if (voided.statusCode !== 200) failures.push(`void ${voided.statusCode}`);
          }
        }
      } finally {
        writing--;
      }
    };

    let bodies = 0;
    const inconsistent: string[] = [];
    const reader = async () => {
      while (writing > 0) {
        // A cached summary is answered without I/O: let the writers' I/O in between reads.
        await new Promise((resolve) => setImmediate(resolve));
        const res = await viewer({ url: `/v1/agreements/${AGREEMENT}/summary` });
        if (res.statusCode !== 200) {
          failures.push(`summary ${res.statusCode}`);
          continue;
        }
        bodies++;
        const broken = summaryInconsistencies(res.json() as SummaryFigures);
        if (broken.length > 0) inconsistent.push(broken.join('; '));
      }
    };

    let progressBodies = 0;
    let seriesBodies = 0;
    /** An agency's progress (its standing, its commitments' credits, its batch totals: separate queries) and the agreement's series. */
    const progressReader = async () => {
      let turn = 0;
      while (writing > 0) {
        // Now and then, not flat out: on the embedded engine every read queues with the writers.
        await new Promise((resolve) => setTimeout(resolve, 50));
        const agency = agencies[turn++ % agencies.length] as string;
        const res = await viewer({ url: `/v1/agreements/${AGREEMENT}/agencies/${agency}/progress` });
        if (res.statusCode !== 200) {
          failures.push(`progress ${res.statusCode}`);
          continue;
        }
        progressBodies++;
        const body = res.json();
        const commitment = body.commitments.find((c: { id: string }) => c.id === commitmentOf.get(agency));
        if (commitment?.progress?.credited !== body.agency.credited) {
          inconsistent.push(`${agency}: commitment credits ${commitment?.progress?.credited} ≠ agency's ${body.agency.credited}`);
        }
        const { batches } = body;
        const classified =
          batches.accepted +
          batches.duplicates.inBatch +
          batches.duplicates.sameAgency +
          batches.duplicates.otherAgency +
          batches.outOfRegion +
          batches.outOfScope +
          batches.rejected;
        if (classified !== batches.received) inconsistent.push(`${agency}: ${classified} classified ≠ ${batches.received} received`);

        const series = await viewer({ url: `/v1/agreements/${AGREEMENT}/series?from=2024-10-23&to=2024-12-01` });
        if (series.statusCode !== 200) {
          failures.push(`series ${series.statusCode}`);
          continue;
        }
        seriesBodies++;
        const points = series.json().points as { newlyCovered: number; cumulativeCovered: number }[];
        for (let i = 1; i < points.length; i++) {
          const [before, point] = [points[i - 1], points[i]] as [(typeof points)[0], (typeof points)[0]];
          if (point.cumulativeCovered - before.cumulativeCovered !== point.newlyCovered) {
            inconsistent.push(
              `series: day ${i} adds ${point.newlyCovered} but its total moves by ${point.cumulativeCovered - before.cumulativeCovered}`,
            );
            break;
          }
        }
      }
    };

    await Promise.all([...agencies.map(writer), reader(), reader(), progressReader()]);
    t.same(failures, [], 'every write and read answered as it should');
    t.ok(bodies > 0, `${bodies} summary bodies read while writing`);
    t.ok(progressBodies > 0 && seriesBodies > 0, `${progressBodies} agency progress and ${seriesBodies} series bodies read while writing`);
    t.same(inconsistent.slice(0, 5), [], `of ${bodies + progressBodies + seriesBodies} bodies, ${inconsistent.length} did not add up`);

    const served = (await admin({ url: `/v1/agreements/${AGREEMENT}/summary` })).json();
    const fresh = await recount(database.db);
    t.equal(served.newlyCovered, fresh.newlyCovered, 'newlyCovered equals a recount of the credited enrollments');
    t.same(nonZero(Object.fromEntries(served.agencies.map((a: { code: string; credited: number }) => [a.code, a.credited]))), fresh.agencies);
    t.same(nonZero(served.bySegment), fresh.bySegment);
    t.same(nonZero(served.byRegency), fresh.byRegency);
    t.same(summaryInconsistencies(served), []);
  },
);
