/**
 * Line 8 of the reliability suite (privacy) — a check before posting is no coverage oracle. An
 * agency may validate a batch (or use the deprecated dry run) as often as the rate limit allows;
 * if the answer depended on whether the workers are already covered, or by whom, it could test
 * NIKs against every agency's coverage without posting them and leave no trace. So the answers
 * for workers covered by another agency, by the asking agency, and by no one must be the same,
 * byte for byte; and each check leaves an audit entry with counts only.
 */
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../../src/db/client.js';
import { jakartaNiks, record, syntheticNik } from '../fixtures/nik.js';
import { buildReliabilityApp } from './lib/database.js';
import { count, recordFigure } from './lib/figures.js';
import { dumpDatabase, privacyFigure, scanForNiks } from './lib/privacy.js';

const URL = '/v1/agreements/jakarta-uc-2024/batches';
const SIZE = 1_000;

t.test('dry-run reveals no coverage', async (t) => {
  const { as, database, logs } = await buildReliabilityApp(t, { env: { RATE_LIMIT_MAX: '0' } });
  const dinkes = as('agency', 'dinkes');
  const dishub = as('agency', 'dishub');
  const responses: string[] = [];
  const byOther = jakartaNiks(8_000_000, SIZE);
  const bySelf = jakartaNiks(8_100_000, SIZE);
  const byNone = jakartaNiks(8_200_000, SIZE);
  const post = async (who: typeof dinkes, niks: string[], key: string) => {
    const res = await who({ method: 'POST', url: URL, headers: { 'idempotency-key': key }, payload: { records: niks.map((nik) => record(nik)) } });
    responses.push(res.body);
    return res;
  };
  t.equal((await post(dishub, byOther, 'oracle-other')).json().accepted, SIZE);
  t.equal((await post(dinkes, bySelf, 'oracle-self')).json().accepted, SIZE);

  // The same shape in every set: valid workers, one invalid record, one repeat, one of another province.
  const probe = (niks: string[], i: number) => [
    ...niks.slice(i * 100, i * 100 + 100).map((nik) => record(nik)),
    record('3171'),
    record(niks[i * 100] as string),
    record(syntheticNik(9_000_000 + i, '32')),
  ];
  const sets = { 'another agency’s': byOther, 'its own': bySelf, 'no one’s': byNone };
  let pairs = 0;
  let differing = 0;
  const auditBefore = (await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM audit_log`))[0]?.n ?? 0;
  for (let i = 0; i < 10; i++) {
    for (const how of ['validate', 'dryRun'] as const) {
      const answers: string[] = [];
      for (const niks of Object.values(sets)) {
        const payload = { externalRef: `probe-${i}`, records: probe(niks, i) };
        const res =
          how === 'validate'
            ? await dinkes({ method: 'POST', url: `${URL}/validate`, payload })
            : await dinkes({ method: 'POST', url: `${URL}?dryRun=true`, headers: { 'idempotency-key': `probe-${i}-${how}` }, payload });
        t.equal(res.statusCode, 200);
        responses.push(res.body);
        answers.push(res.body);
      }
      for (const answer of answers.slice(1)) {
        pairs++;
        if (answer !== answers[0]) differing++;
      }
    }
  }
  const audits = await queryRows<{ action: string; details: Record<string, unknown> }>(
    database.db,
    sql`SELECT action, details FROM audit_log ORDER BY id OFFSET ${auditBefore}`,
  );
  const checks = 10 * 2 * Object.keys(sets).length;
  t.equal(audits.length, checks, 'each check is audited');
  const countsOnly = audits.every(
    (a) => a.action === 'batch.validate' && Object.values(a.details).every((v) => typeof v === 'number' || v === 'dinkes'),
  );
  t.ok(countsOnly, 'with counts only');

  recordFigure(t, {
    line: 8,
    name: 'dry-run reveals no coverage',
    figure: `${count(differing)} of ${count(pairs)} answer pairs differ between workers covered by another agency, by the asker and by no one (validate and ?dryRun=true, ${count(checks)} checks, ${count(audits.length)} audited, counts only: ${countsOnly})`,
    goal: '0 differ; every check audited',
    ok: differing === 0 && audits.length === checks && countsOnly,
  });

  const scan = scanForNiks([...byOther, ...bySelf, ...byNone], {
    dump: await dumpDatabase(database.url as string),
    logs: logs.text,
    responses,
  });
  recordFigure(t, privacyFigure('oracle', scan));
});
