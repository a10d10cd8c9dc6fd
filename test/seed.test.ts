import { eq, sql } from 'drizzle-orm';
import t from 'tap';
import { pgErrorCode } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';
import { agreements } from '../src/db/schema.js';
import { prepareDatabase } from '../src/seed.js';
import { buildTestApp, freshDatabase, testConfig } from './helper.js';

type Executes = { execute: (query: ReturnType<typeof sql>) => Promise<unknown> };

/** The rows of a raw query, on either engine (both drivers answer `{ rows }`). */
async function rows<T = Record<string, unknown>>(db: Executes, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as { rows: T[] }).rows;
}

async function counts(db: Executes) {
  const [row] = await rows<{ agencies: number; agreements: number; parties: number; migrations: number }>(
    db,
    sql`SELECT
      (SELECT count(*)::int FROM agencies) AS agencies,
      (SELECT count(*)::int FROM agreements) AS agreements,
      (SELECT count(*)::int FROM agreement_parties) AS parties,
      (SELECT count(*)::int FROM drizzle.__drizzle_migrations) AS migrations`,
  );
  return row as { agencies: number; agreements: number; parties: number; migrations: number };
}

t.test('on a migrated, seeded database', async (t) => {
  const config = testConfig();
  const database = await freshDatabase(t, config);
  t.teardown(() => database.close());
  const { db } = database;

  t.test('the seed holds 19 agencies and one agreement with 19 parties', async (t) => {
    t.match(await counts(db), { agencies: 19, agreements: 2, parties: 38 });
  });

  t.test('preparing the database again inserts nothing and changes no counts', async (t) => {
    const before = await counts(db);
    t.ok(before.migrations > 0, 'migrations are recorded');
    const result = await prepareDatabase(database, config);
    t.same(result, { agencies: 0, agreements: 0, parties: 0 });
    t.same(await counts(db), before);
  });

  t.test('running the migrations again is a no-op', async (t) => {
    const before = await counts(db);
    const tables = sql`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`;
    const [tablesBefore] = await rows(db, tables);
    await runMigrations(database);
    await runMigrations(database);
    t.same(await counts(db), before, 'no migration recorded twice, no row touched');
    t.same(await rows(db, tables), [tablesBefore], 'no table added');
  });

  t.test('the seeded agreement jakarta-uc-2024 carries the published figures', async (t) => {
    const [agreement] = await db.select().from(agreements).where(eq(agreements.id, 'jakarta-uc-2024'));
    if (!agreement) return t.fail('jakarta-uc-2024 is seeded');
    t.equal(agreement.regionCode, '31', 'coverage counted by NIK of DKI Jakarta');
    t.equal(agreement.periodStart, '2024-10-23');
    t.equal(agreement.targetDate, '2024-12-31');
    t.equal(agreement.baselineWorkers, 2_200_000);
    t.equal(Number(agreement.baselinePercent), 51);
    t.equal(agreement.targetWorkers, 2_700_000);
    t.equal(Number(agreement.targetPercent), 65);
    t.match(agreement.workforceNote, /^TURUNAN\./, 'the inferred workforce says so');
    t.match(agreement.workforceSource, 'Angka turunan, tidak dipublikasikan: 2.700.000 ÷ 0,65 = 4.153.846', 'in Bahasa Indonesia, id-ID numbers');
    t.match(agreement.baselineSource, /dikutip Wartapembaruan\.co\.id, 23 Oktober 2024/);
    t.ok(agreement.workforceWorkers > agreement.targetWorkers, 'the workforce exceeds the target');
  });

  t.test('the 2025 follow-up follows the 2024 MoU, counts PU and BPU only, and says what it inferred', async (t) => {
    const [agreement] = await db.select().from(agreements).where(eq(agreements.id, 'jakarta-uc-2025'));
    if (!agreement) return t.fail('jakarta-uc-2025 is seeded');
    t.equal(agreement.predecessorId, 'jakarta-uc-2024');
    t.equal(agreement.signedOn, '2025-02-13');
    t.equal(agreement.targetDate, '2025-12-31');
    t.equal(agreement.baselineKind, 'declared');
    t.equal(agreement.baselineWorkers, 2_291_409);
    t.equal(agreement.baselineAsOf, '2025-01-31');
    t.equal(agreement.targetWorkers, 2_800_000);
    t.equal(Number(agreement.targetPercent), 66.72);
    t.same(agreement.countedSegments, ['PU', 'BPU']);
    t.match(agreement.workforceNote, /^TURUNAN\./);
    t.match(agreement.description, 'INFERRED', 'the inferred period start and parties say so');
    t.match(agreement.baselineSource, /13 Februari 2025/);
    t.match(agreement.targetSource, /13 Februari 2025/);
  });

  t.test('the agreement has one lead, one counterpart and 17 participants', async (t) => {
    const parties = await rows<{ agency_code: string; role: string }>(
      db,
      sql`SELECT agency_code, role FROM agreement_parties WHERE agreement_id = 'jakarta-uc-2024' ORDER BY agency_code`,
    );
    const byRole = (role: string) => parties.filter((p) => p.role === role).map((p) => p.agency_code);
    t.same(byRole('lead'), ['disnakertransgi']);
    t.same(byRole('counterpart'), ['bpjstk-dki']);
    t.equal(byRole('participant').length, 17);
    t.same(
      byRole('participant').sort(),
      [
        'binamarga',
        'citata',
        'dinkes',
        'dinsos',
        'disdik',
        'dishub',
        'diskominfotik',
        'disparekraf',
        'dkpkp',
        'dlh',
        'dppapp',
        'dprkp',
        'dpmptsp',
        'dukcapil',
        'gulkarmat',
        'ppkukm',
        'sda',
      ].sort(),
      'the participants are the 17 dinas of docs/domain.md §2',
    );
  });

  t.test('the audit log accepts inserts but refuses UPDATE, DELETE and TRUNCATE', async (t) => {
    await db.execute(sql`
      INSERT INTO audit_log (actor_sub, actor_role, action, entity_type, entity_id, request_id)
      VALUES ('admin-test', 'admin', 'agency.update', 'agency', 'dinkes', 'req-seed-test')`);
    const statements = {
      UPDATE: sql`UPDATE audit_log SET action = 'rewritten' WHERE request_id = 'req-seed-test'`,
      DELETE: sql`DELETE FROM audit_log WHERE request_id = 'req-seed-test'`,
      'UPDATE of no row': sql`UPDATE audit_log SET action = 'rewritten' WHERE false`,
      TRUNCATE: sql`TRUNCATE audit_log`,
    };
    for (const [what, statement] of Object.entries(statements)) {
      const error = await db.execute(statement).then(
        () => undefined,
        (e: unknown) => e,
      );
      t.ok(error, `${what} is refused`);
      t.equal(pgErrorCode(error), '42501', `${what}: insufficient_privilege`);
    }
    const left = await rows<{ action: string }>(db, sql`SELECT action FROM audit_log WHERE request_id = 'req-seed-test'`);
    t.same(left, [{ action: 'agency.update' }], 'the row is untouched');
  });

  t.test('an enrollment belongs to a batch that exists, and batches are never deleted or re-keyed', async (t) => {
    const batchId = '0b7c5a38-6f0e-4f3c-9d6a-3a1f5e2b7c11';
    await db.execute(sql`
      INSERT INTO enrollment_batches (id, agreement_id, agency_code, status, received, accepted, duplicates_in_batch,
                                      duplicates_same_agency, duplicates_other_agency, out_of_region, rejected, credited,
                                      errors, created_by)
      VALUES (${batchId}::uuid, 'jakarta-uc-2024', 'dinkes', 'accepted', 1, 1, 0, 0, 0, 0, 0, 1, '[]'::jsonb, 'seed-test')`);
    const enrollment = (batch: string, index: number) => sql`
      INSERT INTO enrollments (agreement_id, batch_id, record_index, agency_code, nik_hash, credited, in_region, segment,
                               programs, enrolled_on, regency, sex)
      VALUES ('jakarta-uc-2024', ${batch}::uuid, ${index}, 'dinkes', decode(repeat('ab', 32), 'hex'), false, true, 'pu', 1,
              '2024-11-01', '3171', 'F')`;
    await db.execute(enrollment(batchId, 0));
    const statements = {
      'an enrollment of a batch that does not exist': enrollment('5d1e8f0a-2b3c-4d5e-8f70-8192a3b4c5d6', 1),
      'moving an enrollment to such a batch': sql`UPDATE enrollments SET batch_id = '5d1e8f0a-2b3c-4d5e-8f70-8192a3b4c5d6' WHERE batch_id = ${batchId}::uuid`,
      'deleting a batch': sql`DELETE FROM enrollment_batches WHERE id = ${batchId}::uuid`,
      're-keying a batch': sql`UPDATE enrollment_batches SET id = '5d1e8f0a-2b3c-4d5e-8f70-8192a3b4c5d6' WHERE id = ${batchId}::uuid`,
    };
    for (const [what, statement] of Object.entries(statements)) {
      const error = await db.execute(statement).then(
        () => undefined,
        (e: unknown) => e,
      );
      t.equal(pgErrorCode(error), '23503', `${what} is refused (foreign_key_violation)`);
    }
    const left = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM enrollments WHERE batch_id = ${batchId}::uuid`);
    t.same(left, [{ n: 1 }], 'the enrollment stays with its batch');
  });
});

t.test('an admin’s edits survive re-seeding', async (t) => {
  const { as, database, config } = await buildTestApp(t);
  const admin = as('admin');

  t.test('a renamed agency keeps its new name', async (t) => {
    const patched = await admin({
      method: 'PATCH',
      url: '/v1/agencies/dinkes',
      payload: { name: 'Dinas Kesehatan Provinsi DKI Jakarta' },
    });
    t.equal(patched.statusCode, 200);

    t.same(await prepareDatabase(database, config), { agencies: 0, agreements: 0, parties: 0 });

    const res = await admin({ url: '/v1/agencies/dinkes' });
    t.equal(res.json().name, 'Dinas Kesehatan Provinsi DKI Jakarta');
    t.equal(res.json().shortName, 'Dinkes', 'untouched fields keep their seeded value');
  });

  t.test('the edit itself was audited, and the audit row survives too', async (t) => {
    const entries = await rows(database.db, sql`SELECT actor_role FROM audit_log WHERE entity_id = 'dinkes'`);
    t.ok(entries.length >= 1, 'the rename left an audit entry');
  });

  t.test('a party an admin removed stays removed', async (t) => {
    const removed = await admin({ method: 'DELETE', url: '/v1/agreements/jakarta-uc-2024/parties/dppapp' });
    t.equal(removed.statusCode, 204);

    t.same(await prepareDatabase(database, config), { agencies: 0, agreements: 0, parties: 0 });

    const parties = (await admin({ url: '/v1/agreements/jakarta-uc-2024/parties?limit=100' })).json();
    const codes = parties.items.map((p: { agency: { code: string } }) => p.agency.code);
    t.equal(codes.length, 18, 'still 18 parties');
    t.notOk(codes.includes('dppapp'), 'dppapp is not a party again');
  });
});
