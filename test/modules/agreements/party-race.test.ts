import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../../../src/db/client.js';
import { record, syntheticNik } from '../../fixtures/nik.js';
import { buildTestApp, fixedClock } from '../../helper.js';

const AGREEMENT = 'jakarta-uc-2024';
const TRIES = 30;

/**
 * Removing a party while that agency writes under the agreement: whichever commits first wins,
 * and the other gets the answer it would get alone — never a 500, never a write by a non-party.
 * A batch or commitment that got in keeps the agency a party (the removal is a 409); a removal
 * that got in makes the write the answer a non-party gets (a 403, or a commitment's 422).
 */
t.test('removing a party while it posts batches or commitments: each race has one winner, and never a 500', async (t) => {
  const { as, database } = await buildTestApp(t, { clock: fixedClock('2024-12-01T05:00:00Z'), env: { RATE_LIMIT_MAX: '0' } });
  const admin = as('admin');
  const writes = {
    batch: async (agency: ReturnType<typeof as>, i: number) =>
      agency({
        method: 'POST',
        url: `/v1/agreements/${AGREEMENT}/batches`,
        headers: { 'idempotency-key': `race-${i}` },
        payload: { records: [record(syntheticNik(90_000 + i))] },
      }),
    commitment: async (agency: ReturnType<typeof as>) =>
      agency({
        method: 'POST',
        url: `/v1/agreements/${AGREEMENT}/commitments`,
        payload: { kind: 'milestone', title: 'Pergub draft', dueDate: '2024-12-20', milestoneStatus: 'open' },
      }),
  };
  const outcomes = new Map<string, number>();
  const fiveHundreds: string[] = [];

  for (const [kind, write] of Object.entries(writes)) {
    for (let i = 0; i < TRIES; i++) {
      const code = `race${kind[0]}${i}`;
      t.equal((await admin({ method: 'POST', url: '/v1/agencies', payload: { code, name: `Race agency ${i}` } })).statusCode, 201);
      t.equal((await admin({ method: 'PUT', url: `/v1/agreements/${AGREEMENT}/parties/${code}`, payload: { role: 'participant' } })).statusCode, 201);
      const agency = as('agency', code);
      const remove = async () => {
        // Staggered by a few turns of the event loop, so the removal lands at different points of the write.
        for (let n = 0; n < i % 4; n++) await new Promise((resolve) => setImmediate(resolve));
        return admin({ method: 'DELETE', url: `/v1/agreements/${AGREEMENT}/parties/${code}` });
      };
      const [written, removed] = await Promise.all([write(agency, i), remove()]);
      outcomes.set(
        `${kind} ${written.statusCode} / remove ${removed.statusCode}`,
        (outcomes.get(`${kind} ${written.statusCode} / remove ${removed.statusCode}`) ?? 0) + 1,
      );
      if (written.statusCode >= 500 || removed.statusCode >= 500)
        fiveHundreds.push(`${kind} ${written.statusCode} ${removed.statusCode} ${written.body}`);

      const [party] = await queryRows<{ n: number }>(
        database.db,
        sql`SELECT count(*)::int AS n FROM agreement_parties WHERE agreement_id = ${AGREEMENT} AND agency_code = ${code}`,
      );
      if (written.statusCode === 201) {
        t.equal(removed.statusCode, 409, `${kind} ${i}: the write got in, so the agency stays a party`);
        t.match(removed.json(), { type: '/problems/party-has-commitments' });
        t.equal(party?.n, 1);
      } else {
        t.equal(removed.statusCode, 204, `${kind} ${i}: the removal got in`);
        // A batch from a non-party is a 403; a commitment, a 403 (the agency reads no such agreement) or,
        // when the removal lands after that check, a 422 (not-a-party).
        t.ok(
          written.statusCode === 403 || (kind === 'commitment' && written.statusCode === 422),
          `${kind} ${i}: the write is answered as a non-party's (${written.statusCode})`,
        );
        t.match(written.headers['content-type'], /^application\/problem\+json/);
        t.equal(party?.n, 0);
      }
    }
  }
  t.comment(`outcomes: ${[...outcomes].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  t.same(fiveHundreds, [], `0 of ${2 * TRIES} races answered with a 5xx`);
});
