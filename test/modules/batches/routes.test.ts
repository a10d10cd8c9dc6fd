import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../../../src/db/client.js';
import { invalidNiks, jakartaNiks, record, syntheticNik } from '../../fixtures/nik.js';
import { findNiks } from '../../fixtures/privacy-scan.js';
import { buildTestApp, fixedClock, onPostgres, TEST_ENV } from '../../helper.js';

const url = '/v1/agreements/jakarta-uc-2024/batches';
const summaryUrl = '/v1/agreements/jakarta-uc-2024/summary';

t.test('enrollment batches', async (t) => {
  const { as, database, logs } = await buildTestApp(t, { clock: fixedClock('2024-12-01T05:00:00Z') });
  const admin = as('admin');
  const dinkes = as('agency', 'dinkes');
  const dishub = as('agency', 'dishub');
  let keySeq = 0;
  const post = (who: typeof dinkes, payload: object, key: string | null = `key-${++keySeq}`, query = '') =>
    who({ method: 'POST', url: `${url}${query}`, headers: key === null ? {} : { 'idempotency-key': key }, payload });
  const count = async (table: string) =>
    Number((await queryRows<{ n: number }>(database.db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`)))[0]?.n);
  const summary = async () => (await admin({ url: summaryUrl })).json();
  const credited = (body: { agencies: { code: string; credited: number }[] }, code: string) => body.agencies.find((a) => a.code === code)?.credited;
  const responses: string[] = [];
  const keep = <T extends { body: string }>(res: T) => {
    responses.push(res.body);
    return res;
  };

  t.test('every record is classified once, and received is always the sum', async (t) => {
    const niks = jakartaNiks(100, 6);
    // dishub already covers niks[4]; dinkes already covers niks[5].
    t.equal((await post(dishub, { records: [record(niks[4] as string)] })).json().accepted, 1);
    t.equal((await post(dinkes, { records: [record(niks[5] as string)] })).json().accepted, 1);

    const records = [
      record(niks[0] as string),
      record(niks[1] as string, { segment: 'BPU', programs: ['JKK', 'JKM', 'JHT'] }),
      record(niks[0] as string), // in-batch repeat
      record(niks[4] as string), // other agency
      record(niks[5] as string), // same agency
      record(syntheticNik(7, '32')), // out of region (Jawa Barat)
      ...Object.values(invalidNiks).map((nik) => record(nik)),
      record(niks[2] as string, { segment: 'GIG' }),
      record(niks[2] as string, { segment: 'BPU', programs: ['JKK', 'JKM', 'JP'] }),
      record(niks[2] as string, { programs: ['JKK', 'JHT'] }),
      record(niks[2] as string, { programs: ['JKK', 'JKM', 'XYZ'] }),
      record(niks[2] as string, { enrolledOn: '2024-12-02' }),
      record(niks[2] as string, { enrolledOn: '2024-10-22' }),
      record(niks[2] as string, { enrolledOn: '2024-02-30' }),
      record(niks[2] as string, { kpj: '12' }),
      'not an object',
      { ...record(niks[3] as string), nik: Number(niks[3]) },
    ];
    const res = keep(await post(dinkes, { records, externalRef: 'DINKES-001' }));
    t.equal(res.statusCode, 201);
    const body = res.json();
    t.match(body, {
      agency: 'dinkes',
      externalRef: 'DINKES-001',
      status: 'partially_accepted',
      received: records.length,
      accepted: 2,
      duplicates: { inBatch: 1, sameAgency: 1, otherAgency: 1 },
      outOfRegion: 1,
      rejected: 16,
      credited: 2,
    });
    const { accepted, duplicates: d, outOfRegion, rejected, received } = body;
    t.equal(received, accepted + d.inBatch + d.sameAgency + d.otherAgency + outOfRegion + rejected);
    t.same(
      body.errors.map((e: { index: number; code: string }) => [e.index, e.code]),
      [
        [6, 'nik_format'],
        [7, 'nik_province'],
        [8, 'nik_regency'],
        [9, 'nik_district'],
        [10, 'nik_birth_date'],
        [11, 'nik_serial'],
        [12, 'segment_unknown'],
        [13, 'program_not_allowed'],
        [14, 'programs_missing_mandatory'],
        [15, 'program_unknown'],
        [16, 'enrolled_on_future'],
        [17, 'enrolled_on_before_period'],
        [18, 'enrolled_on_format'],
        [19, 'kpj_format'],
        [20, 'record_invalid'],
        [21, 'nik_format'],
      ],
    );
    for (const error of body.errors) t.match(error, { field: String, message: String });
  });

  t.test('each stored record carries HMAC-SHA256(pepper, its own NIK) and its own facts', async (t) => {
    // Valid and invalid records interleaved, an in-batch repeat and an out-of-region worker: the
    // stored hash of record i must be the HMAC of record i's NIK, not of a neighbour's.
    const niks = jakartaNiks(300, 5);
    const records = [
      record(invalidNiks.nik_serial),
      record(niks[0] as string, { kota: 'Jakarta Timur' }),
      record(niks[1] as string),
      record(niks[0] as string),
      'not an object',
      record(syntheticNik(11, '32')),
      record(niks[2] as string, { segment: 'BPU', programs: ['JKK', 'JKM'] }),
    ];
    const res = keep(await post(dishub, { records }));
    t.equal(res.statusCode, 201);
    const rows = await queryRows<{ record_index: number; nik_hash: string; regency: string; segment: string; kota: string | null }>(
      database.db,
      sql`SELECT e.record_index, encode(e.nik_hash, 'hex') AS nik_hash, e.regency, e.segment, e.kota
          FROM enrollments e WHERE e.batch_id = ${res.json().id}::uuid ORDER BY e.record_index`,
    );
    const hmac = (nik: string) => createHmac('sha256', TEST_ENV.NIK_PEPPER).update(nik).digest('hex');
    t.same(
      rows.map((r) => [Number(r.record_index), r.nik_hash, r.regency, r.segment, r.kota]),
      [
        [1, hmac(niks[0] as string), (niks[0] as string).slice(0, 4), 'PU', 'Jakarta Timur'],
        [2, hmac(niks[1] as string), (niks[1] as string).slice(0, 4), 'PU', null],
        [5, hmac(syntheticNik(11, '32')), syntheticNik(11, '32').slice(0, 4), 'PU', null],
        [6, hmac(niks[2] as string), (niks[2] as string).slice(0, 4), 'BPU', null],
      ],
    );
  });

  t.test('an enrollment dated after the target date is rejected with its own code', async (t) => {
    const late = buildTestApp(t, { clock: fixedClock('2025-01-15T05:00:00Z') });
    const res = await (await late).as(
      'agency',
      'dinkes',
    )({
      method: 'POST',
      url,
      headers: { 'idempotency-key': 'late' },
      payload: { records: [record(syntheticNik(1), { enrolledOn: '2025-01-02' })] },
    });
    t.match(res.json(), { status: 'rejected', rejected: 1, errors: [{ code: 'enrolled_on_after_period' }] });
  });

  t.test('the Done-when walk-through: 1,000 + 10, replay, overlap, void', async (t) => {
    const before = await summary();
    const niks = jakartaNiks(10_000, 1000);
    const invalid = Array.from({ length: 10 }, (_, i) => record(`31710100${String(i).padStart(8, '0')}`));
    const payload = { records: [...niks.map((nik) => record(nik)), ...invalid] };
    const first = keep(await post(dinkes, payload, 'dinkes-2024-11-04'));
    t.equal(first.statusCode, 201);
    t.match(first.json(), { accepted: 1000, rejected: 10 });
    t.equal(first.json().errors.length, 10);
    t.same(
      first.json().errors.map((e: { index: number }) => e.index),
      [1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009],
    );

    const replay = await post(dinkes, payload, 'dinkes-2024-11-04');
    t.equal(replay.statusCode, 201);
    t.equal(replay.headers['idempotent-replayed'], 'true');
    t.equal(replay.body, first.body, 'the stored response, byte for byte');

    const overlap = keep(await post(dishub, { records: [...niks.slice(0, 100), ...jakartaNiks(20_000, 50)].map((nik) => record(nik)) }));
    t.match(overlap.json(), { accepted: 50, duplicates: { otherAgency: 100 } });

    const mid = await summary();
    t.equal(mid.newlyCovered, before.newlyCovered + 1050);
    const voided = keep(await dinkes({ method: 'POST', url: `/v1/batches/${first.json().id}/void`, payload: { reason: 'Sent twice by mistake' } }));
    t.equal(voided.statusCode, 200);
    t.match(voided.json(), { status: 'voided', credited: 0, void: { by: 'dinkes-test', reason: 'Sent twice by mistake' } });

    const after = await summary();
    t.equal(after.newlyCovered, mid.newlyCovered - 900, 'the 900 reported by dinkes alone leave coverage');
    t.equal(credited(after, 'dishub'), (credited(mid, 'dishub') as number) + 100, 'the 100 fall back to dishub');
    t.equal(credited(after, 'dinkes'), (credited(mid, 'dinkes') as number) - 1000);
    t.equal((await admin({ url: `/v1/batches/${overlap.json().id}` })).json().credited, 150, 'the dishub batch now holds 150');

    const again = await dinkes({ method: 'POST', url: `/v1/batches/${first.json().id}/void`, payload: { reason: 'Again' } });
    t.equal(again.statusCode, 409);
    t.equal(again.json().type, '/problems/already-voided');
  });

  t.test('concurrent batches with overlapping workers credit each worker exactly once', async (t) => {
    const before = await summary();
    const shared = jakartaNiks(30_000, 300);
    const a = [...shared, ...jakartaNiks(31_000, 200)].map((nik) => record(nik));
    const b = [...jakartaNiks(32_000, 200), ...shared].reverse().map((nik) => record(nik));
    const [ra, rb] = await Promise.all([post(dinkes, { records: a }), post(dishub, { records: b })]);
    t.equal(ra.statusCode, 201);
    t.equal(rb.statusCode, 201);
    t.equal(ra.json().accepted + rb.json().accepted, 700, 'credits sum to the distinct workers');
    t.equal(ra.json().duplicates.otherAgency + rb.json().duplicates.otherAgency, 300);
    const after = await summary();
    t.equal(after.newlyCovered - before.newlyCovered, 700);
    const sumOfCredits = after.agencies.reduce((s: number, a: { credited: number }) => s + a.credited, 0);
    t.equal(sumOfCredits, after.newlyCovered);
  });

  t.test('idempotency: a key with a different payload is a 422; keys are per agency; a missing key is a 400', async (t) => {
    const payload = { records: [record(syntheticNik(40_000))] };
    t.equal((await post(dinkes, payload, 'shared-key')).statusCode, 201);
    const mismatch = await post(dinkes, { records: [record(syntheticNik(40_001))] }, 'shared-key');
    t.equal(mismatch.statusCode, 422);
    t.equal(mismatch.json().type, '/problems/idempotency-key-reused');
    const otherAgency = await post(dishub, payload, 'shared-key');
    t.equal(otherAgency.statusCode, 201, 'the same key from another agency is another request');
    t.equal(otherAgency.headers['idempotent-replayed'], undefined);
    const missing = await post(dinkes, payload, null);
    t.equal(missing.statusCode, 400);
    t.equal(missing.json().type, '/problems/idempotency-key-missing');
  });

  t.test('idempotency: a request while the first with its key is still running', async (t) => {
    const payload = { records: jakartaNiks(50_000, 10_000).map((nik) => record(nik)) };
    const first = post(dinkes, payload, 'slow-key');
    if (onPostgres) {
      // Wait until the first request holds its key, then try again with it.
      const held = async () =>
        (await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = 7302`))[0]
          ?.n;
      for (let i = 0; i < 500 && !(await held()); i++) await new Promise((r) => setTimeout(r, 5));
      const second = await post(dinkes, payload, 'slow-key');
      t.equal(second.statusCode, 409);
      t.equal(second.json().type, '/problems/idempotency-key-in-use');
      t.equal((await first).statusCode, 201);
    } else {
      // PGlite has one connection and runs transactions one after another: the second request
      // cannot overlap the first: whichever reaches the database second gets the replay.
      const [a, b] = await Promise.all([first, post(dinkes, payload, 'slow-key')]);
      t.same([a.statusCode, b.statusCode], [201, 201]);
      t.same([a.headers['idempotent-replayed'], b.headers['idempotent-replayed']].sort(), ['true', undefined]);
      t.equal(a.json().id, b.json().id, 'one batch');
    }
  });

  t.test('a validation reports validity only: it writes nothing but its audit entry, and uses no key', async (t) => {
    const tables = ['enrollment_batches', 'enrollments', 'idempotency_keys', 'audit_log', 'agency_coverage'];
    const before = await Promise.all(tables.map(count));
    const payload = {
      externalRef: 'CHECK-1',
      records: [
        record(syntheticNik(60_000)),
        record(syntheticNik(100)),
        record('x'),
        record(syntheticNik(60_000)),
        record(syntheticNik(60_001, '32')),
      ],
    };
    const checked = keep(await dinkes({ method: 'POST', url: `${url}/validate`, payload }));
    t.equal(checked.statusCode, 200);
    t.same(checked.json(), {
      agreementId: 'jakarta-uc-2024',
      agency: 'dinkes',
      commitmentId: null,
      externalRef: 'CHECK-1',
      received: 5,
      rejected: 1,
      inBatch: 1,
      outOfRegion: 1,
      outOfScope: 0,
      toBeChecked: 2,
      errors: [{ index: 2, field: 'nik', code: 'nik_format', message: checked.json().errors[0].message }],
      errorCounts: { nik_format: 1 },
      errorsTruncated: false,
    });
    const [batchesAfter, enrollmentsAfter, keysAfter, auditAfter, coverageAfter] = await Promise.all(tables.map(count));
    t.same([batchesAfter, enrollmentsAfter, keysAfter, coverageAfter], [before[0], before[1], before[2], before[4]], 'nothing written');
    t.equal(auditAfter, (before[3] as number) + 1, 'one audit entry');
    const [entry] = await queryRows<{ action: string; entity_id: string; details: Record<string, unknown> }>(
      database.db,
      sql`SELECT action, entity_id, details FROM audit_log ORDER BY id DESC LIMIT 1`,
    );
    t.same(
      entry,
      {
        action: 'batch.validate',
        entity_id: 'jakarta-uc-2024',
        details: { agency: 'dinkes', received: 5, rejected: 1, inBatch: 1, outOfRegion: 1, outOfScope: 0, toBeChecked: 2 },
      },
      'counts only',
    );

    const dry = keep(await post(dinkes, payload, 'dry-key', '?dryRun=true'));
    t.equal(dry.statusCode, 200, 'the deprecated dry run answers the same');
    t.equal(dry.body, checked.body);
    const real = await post(dinkes, payload, 'dry-key');
    t.equal(real.statusCode, 201, 'the key is still unused');
    t.equal(real.headers['idempotent-replayed'], undefined);
    const keyless = keep(await post(dinkes, payload, null, '?dryRun=true'));
    t.equal(keyless.statusCode, 400, 'the deprecated dry run needs a key, as every post to the operation does');
    t.equal(keyless.json().type, '/problems/idempotency-key-missing');
    t.equal((await post(dinkes, payload, null, '?dryRun=yes')).statusCode, 400, 'dryRun is true or false');
  });

  t.test('a validation tells nothing of coverage: covered and uncovered workers get the same answer', async (t) => {
    const covered = jakartaNiks(61_000, 50);
    const fresh = jakartaNiks(62_000, 50);
    t.equal((await post(dishub, { records: covered.slice(0, 25).map((nik) => record(nik)) })).json().accepted, 25);
    t.equal((await post(dinkes, { records: covered.slice(25).map((nik) => record(nik)) })).json().accepted, 25);
    const check = async (niks: string[], how: 'validate' | 'dryRun') =>
      how === 'validate'
        ? (await dinkes({ method: 'POST', url: `${url}/validate`, payload: { records: niks.map((nik) => record(nik)) } })).body
        : (await post(dinkes, { records: niks.map((nik) => record(nik)) }, undefined, '?dryRun=true')).body;
    for (const how of ['validate', 'dryRun'] as const) {
      const answers = await Promise.all([check(covered, how), check(fresh, how), check(covered.slice(0, 25).concat(fresh.slice(25)), how)]);
      t.equal(new Set(answers).size, 1, `${how}: one answer for workers covered by another agency, by this one, or by none`);
    }
  });

  t.test('a report lists the first 1,000 errors, of whole records, and counts them all', async (t) => {
    // Each record has three errors (NIK, segment, programs): 333 records fit in 1,000.
    const records = Array.from({ length: 2_000 }, (_, i) => ({ ...record(syntheticNik(63_000 + i)), nik: `x${i}`, segment: 'GIG', programs: [] }));
    const res = keep(await post(dinkes, { records }));
    t.equal(res.statusCode, 201);
    const body = res.json();
    t.match(body, { status: 'rejected', rejected: 2_000, errorsTruncated: true });
    t.same(body.errorCounts, { nik_format: 2_000, segment_unknown: 2_000, programs_format: 2_000 });
    t.equal(body.errors.length, 999);
    t.equal(body.errors.at(-1).index, 332, 'the errors of the first 333 records');
    t.equal((await dinkes({ url: `/v1/batches/${body.id}` })).body, res.body, 'stored as answered');
    const listed = (await dinkes({ url: `${url}?limit=1` })).json().items[0];
    t.match(listed, { id: body.id, errorCount: 6_000, errorCounts: body.errorCounts });
    const checked = (await dinkes({ method: 'POST', url: `${url}/validate`, payload: { records } })).json();
    t.match(checked, { rejected: 2_000, errorsTruncated: true, errorCounts: body.errorCounts });
    t.same(checked.errors, body.errors);
  });

  t.test('batches and stored answers from before the error cap are shown in today’s shape', async (t) => {
    const payload = { records: [record(syntheticNik(64_000)), record('x')] };
    const first = await post(dinkes, payload, 'old-shape');
    t.equal(first.statusCode, 201);
    const id = first.json().id as string;
    // As written before: every error listed (here 1,500 records' worth), no counts; the stored
    // answer with a `dryRun` flag and neither `errorCounts` nor `errorsTruncated`.
    const old = Array.from({ length: 1_500 }, (_, index) => ({ index, field: 'nik', code: 'nik_format', message: 'old' }));
    await database.db.execute(
      sql`UPDATE enrollment_batches SET errors = ${JSON.stringify(old)}::jsonb, error_counts = '{"nik_format": 1500}'::jsonb WHERE id = ${id}::uuid`,
    );
    const { errorCounts: _c, errorsTruncated: _t, ...oldAnswer } = { ...first.json(), dryRun: false, errors: old };
    await database.db.execute(
      sql`UPDATE idempotency_keys SET response_body = ${JSON.stringify(oldAnswer)}::jsonb WHERE response_body->>'id' = ${id}`,
    );

    const read = await dinkes({ url: `/v1/batches/${id}` });
    t.equal(read.statusCode, 200);
    t.match(read.json(), { errorsTruncated: true, errorCounts: { nik_format: 1_500 } });
    t.equal(read.json().errors.length, 1_000);
    const replay = await post(dinkes, payload, 'old-shape');
    t.equal(replay.statusCode, 201);
    t.equal(replay.headers['idempotent-replayed'], 'true');
    t.match(replay.json(), { id, errorsTruncated: true, errorCounts: { nik_format: 1_500 } });
    t.equal(replay.json().errors.length, 1_000);
    t.notOk('dryRun' in replay.json());
  });

  t.test('a batch is written whole or not at all', async (t) => {
    const tables = ['enrollment_batches', 'enrollments', 'idempotency_keys', 'audit_log', 'agency_coverage', 'coverage_daily'];
    const before = await Promise.all(tables.map(count));
    const summaryBefore = await summary();
    // A real failure late in the transaction: the rollup write for one day raises.
    await database.db.execute(
      sql.raw(`
      CREATE FUNCTION fail_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.day = DATE '2024-11-29' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$`),
    );
    await database.db.execute(sql.raw('CREATE TRIGGER fail_rollup BEFORE INSERT ON coverage_daily FOR EACH ROW EXECUTE FUNCTION fail_rollup()'));
    const payload = { records: [record(syntheticNik(70_000)), record(syntheticNik(70_001), { enrolledOn: '2024-11-29' })] };
    const failed = await post(dinkes, payload, 'atomic-key');
    t.equal(failed.statusCode, 500);
    t.notMatch(failed.body, 'injected failure', 'the 500 shows no internals');
    t.same(await Promise.all(tables.map(count)), before, 'nothing of the batch remains');
    t.same(await summary(), summaryBefore);
    await database.db.execute(sql.raw('DROP TRIGGER fail_rollup ON coverage_daily'));
    await database.db.execute(sql.raw('DROP FUNCTION fail_rollup()'));
    const retried = await post(dinkes, payload, 'atomic-key');
    t.equal(retried.statusCode, 201, 'the same key works once the failure is gone');
    t.equal(retried.json().accepted, 2);
  });

  t.test('more than 10,000 records are refused whole with a problem', async (t) => {
    const res = await post(dinkes, { records: Array.from({ length: 10_001 }, (_, i) => record(syntheticNik(80_000 + i))) });
    t.equal(res.statusCode, 400);
    t.equal(res.headers['content-type'], 'application/problem+json');
    t.match(res.json().errors, [{ pointer: '/records', code: 'too_big' }]);
  });

  t.test('who may post: the agency itself or an admin naming a party; nobody else', async (t) => {
    const forOther = await post(dinkes, { agency: 'dishub', records: [record(syntheticNik(90_000))] });
    t.equal(forOther.statusCode, 403);
    t.equal((await post(as('viewer'), { agency: 'dinkes', records: [record(syntheticNik(90_000))] })).statusCode, 403);
    await admin({ method: 'POST', url: '/v1/agencies', payload: { code: 'bapenda', name: 'Badan Pendapatan Daerah' } });
    const foreign = await post(as('agency', 'bapenda'), { records: [record(syntheticNik(90_000))] });
    t.equal(foreign.statusCode, 403, 'an agency that is not a party');
    const adminNoAgency = await post(admin, { records: [record(syntheticNik(90_000))] });
    t.equal(adminNoAgency.statusCode, 400);
    const byAdmin = await post(admin, { agency: 'dlh', records: [record(syntheticNik(90_000))] });
    t.equal(byAdmin.statusCode, 201);
    t.equal(byAdmin.json().agency, 'dlh');
  });

  t.test('a batch may count toward its agency’s enrollment commitment, and must match its segment', async (t) => {
    const commitment = (
      await dinkes({
        method: 'POST',
        url: '/v1/agreements/jakarta-uc-2024/commitments',
        payload: { kind: 'enrollment', title: 'Informal health workers', targetWorkers: 100, segment: 'BPU', dueDate: '2024-12-31' },
      })
    ).json();
    const res = await post(dinkes, {
      commitmentId: commitment.id,
      records: [record(syntheticNik(95_000), { segment: 'BPU', programs: ['JKK', 'JKM'] }), record(syntheticNik(95_001))],
    });
    t.match(res.json(), { commitmentId: commitment.id, accepted: 1, rejected: 1, errors: [{ index: 1, code: 'segment_mismatch' }] });
    const foreign = await post(dishub, { commitmentId: commitment.id, records: [record(syntheticNik(95_002))] });
    t.equal(foreign.statusCode, 422);
    t.equal(foreign.json().type, '/problems/invalid-commitment');
  });

  t.test('reading batches: the owner and admins; lists are the caller’s own', async (t) => {
    const mine = await dinkes({ url: `${url}?limit=2` });
    t.equal(mine.statusCode, 200);
    t.equal(mine.json().items.length, 2);
    t.ok(mine.json().items.every((b: { agency: string }) => b.agency === 'dinkes'));
    t.type(mine.json().items[0].errorCount, 'number');
    const next = await dinkes({ url: `${url}?limit=2&cursor=${mine.json().nextCursor}` });
    t.ok(next.json().items.every((b: { id: string }) => !mine.json().items.some((m: { id: string }) => m.id === b.id)));
    t.equal((await dinkes({ url: `${url}?agency=dishub` })).statusCode, 403);
    t.equal((await as('viewer')({ url })).statusCode, 403);
    const id = mine.json().items[0].id;
    t.equal((await dishub({ url: `/v1/batches/${id}` })).statusCode, 403);
    t.equal((await dishub({ method: 'POST', url: `/v1/batches/${id}/void`, payload: { reason: 'Not mine' } })).statusCode, 403);
    t.equal((await admin({ url: `/v1/batches/${id}` })).statusCode, 200);
    t.equal((await admin({ url: `${url}?agency=dishub` })).json().items[0].agency, 'dishub');
  });

  t.test('a client’s free text cannot carry a NIK into storage', async (t) => {
    // The Idempotency-Key is the client's own text: it is kept as a digest, and still works.
    const asKey = syntheticNik(70_000);
    const payload = { records: [record(syntheticNik(70_010))] };
    t.equal(keep(await post(dinkes, payload, asKey)).statusCode, 201);
    t.equal(keep(await post(dinkes, payload, asKey)).headers['idempotent-replayed'], 'true');
    // externalRef and a void's reason are refused whole; a record's kota rejects that record only.
    const ref = keep(await post(dinkes, { externalRef: `REF-${syntheticNik(70_001)}`, records: [record(syntheticNik(70_011))] }));
    t.equal(ref.statusCode, 400);
    t.match(ref.json(), { errors: [{ pointer: '/externalRef' }] });
    const kota = keep(await post(dinkes, { records: [record(syntheticNik(70_012), { kota: `Jakarta ${syntheticNik(70_002)}` })] }));
    t.match(kota.json(), { rejected: 1, errors: [{ index: 0, code: 'kota_format' }] });
    const id = ref.statusCode === 400 ? (await post(dinkes, { records: [record(syntheticNik(70_013))] })).json().id : '';
    const voided = keep(await dinkes({ method: 'POST', url: `/v1/batches/${id}/void`, payload: { reason: `Wrong ${syntheticNik(70_003)}` } }));
    t.equal(voided.statusCode, 400);
  });

  t.test('a character PostgreSQL cannot hold rejects only its record, in the dry run and the real post alike', async (t) => {
    const niks = jakartaNiks(71_000, 3);
    const records = [
      record(niks[0] as string, { kota: 'Jakarta\u0000Barat' }),
      record(niks[1] as string, { kota: 'Jakarta \ud800' }),
      record(niks[2] as string, { kota: 'Jakarta Barat' }),
    ];
    const expected = {
      received: 3,
      rejected: 2,
      errors: [
        { index: 0, field: 'kota', code: 'invalid_characters' },
        { index: 1, field: 'kota', code: 'invalid_characters' },
      ],
    };
    const dry = keep(await post(dinkes, { records }, undefined, '?dryRun=true'));
    t.equal(dry.statusCode, 200);
    t.match(dry.json(), expected);
    const real = keep(await post(dinkes, { records }));
    t.equal(real.statusCode, 201);
    t.match(real.json(), { ...expected, accepted: 1, status: 'partially_accepted' });
    t.equal(real.json().errors.length, 2);

    // A NUL in any other string field of a record is that field's own error, for that record only.
    const fields = jakartaNiks(71_020, 6);
    const nul = [
      record(`${(fields[0] as string).slice(0, 15)}\u0000`),
      record(fields[1] as string, { segment: 'PU\u0000' }),
      record(fields[2] as string, { programs: ['JKK', 'JKM\u0000'] }),
      record(fields[3] as string, { enrolledOn: '2024-11-04\u0000' }),
      record(fields[4] as string, { kpj: '12345678\u0000' }),
      record(fields[5] as string),
    ];
    for (const query of ['?dryRun=true', '']) {
      const res = keep(await post(dinkes, { records: nul }, undefined, query));
      t.equal(res.statusCode, query ? 200 : 201);
      t.match(res.json(), { received: 6, rejected: 5 });
      t.same(
        res.json().errors.map((e: { index: number; code: string }) => [e.index, e.code]),
        [
          [0, 'nik_format'],
          [1, 'segment_unknown'],
          [2, 'program_unknown'],
          [3, 'enrolled_on_format'],
          [4, 'kpj_format'],
        ],
      );
    }

    // Outside the records, the whole request is refused, dry run or not.
    for (const query of ['?dryRun=true', '']) {
      const envelope = keep(
        await post(dinkes, { externalRef: 'REF\u0000', records: [record(jakartaNiks(71_010, 1)[0] as string)] }, undefined, query),
      );
      t.equal(envelope.statusCode, 400, `envelope ${query || 'real post'}`);
      t.match(envelope.json(), { errors: [{ pointer: '/externalRef' }] });
    }
  });

  t.test('no NIK is stored, logged or returned', async (t) => {
    const tables = await queryRows<{ table_name: string }>(
      database.db,
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    let dump = '';
    for (const { table_name } of tables) {
      const rows = await queryRows<Record<string, unknown>>(database.db, sql.raw(`SELECT * FROM "${table_name}"`));
      dump += JSON.stringify(rows, (_k, v) => (v && v.type === 'Buffer' ? Buffer.from(v.data).toString('hex') : v));
    }
    const usedNiks = [
      ...jakartaNiks(100, 6),
      ...jakartaNiks(10_000, 1000),
      ...jakartaNiks(30_000, 300),
      syntheticNik(60_000),
      ...jakartaNiks(70_000, 4),
      ...jakartaNiks(70_010, 4),
      ...jakartaNiks(71_000, 3),
      ...jakartaNiks(71_010, 1),
      ...jakartaNiks(71_020, 6),
    ];
    t.ok(dump.length > 100_000, 'the dump has the enrollments');
    // In any written form: the scan reads each text as the service's NIK detector does.
    t.same(findNiks(usedNiks, [dump, ...logs.lines, ...responses]), [], 'no NIK in the database dump, the logs or the responses');
  });
});
