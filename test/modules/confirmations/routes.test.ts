import { createHmac } from 'node:crypto';
import t from 'tap';
import { confirmationDifferences, recountConfirmations } from '../../fixtures/confirmation-recount.js';
import { jakartaNiks, record, syntheticNik } from '../../fixtures/nik.js';
import { findNiks } from '../../fixtures/privacy-scan.js';
import { buildTestApp, fixedClock, TEST_ENV } from '../../helper.js';

const agreement = '/v1/agreements/jakarta-uc-2024';

t.test('BPJS confirmations, as BPJS and the dinas would use them', async (t) => {
  const { as, database } = await buildTestApp(t, { clock: fixedClock('2024-12-01T05:00:00Z') });
  const admin = as('admin');
  const bpjs = as('agency', 'bpjstk-dki');
  const dinkes = as('agency', 'dinkes');
  const dishub = as('agency', 'dishub');
  const dinsos = as('agency', 'dinsos');
  const viewer = as('viewer');
  let keySeq = 0;
  const key = () => ({ 'idempotency-key': `k-${++keySeq}` });
  const postBatch = (who: typeof dinkes, records: object[]) =>
    who({ method: 'POST', url: `${agreement}/batches`, headers: key(), payload: { records } });
  const confirm = (who: typeof bpjs, records: unknown[], headers: Record<string, string> = key(), query = '') =>
    who({ method: 'POST', url: `${agreement}/confirmations${query}`, headers, payload: { records } });
  const summary = async () => (await admin({ url: `${agreement}/summary` })).json();
  // biome-ignore lint/suspicious/noExplicitAny: a summary body, checked field by field
  const agencyOf = (s: { agencies: { code: string }[] }, code: string) => s.agencies.find((a) => a.code === code) as Record<string, any>;
  const holds = async (t: { same: (a: unknown, b: unknown, m: string) => void }, what: string) => {
    const s = await summary();
    t.same(confirmationDifferences(s, await recountConfirmations(database.db, 'jakarta-uc-2024')), [], what);
    return s;
  };
  const bodies: string[] = [];

  // dinkes 0–9 (with refs), dishub 10–14, dinsos 15–19; dishub also reports 0 (a duplicate).
  const niks = jakartaNiks(5000, 30);
  const nik = (i: number) => niks[i] as string;
  const dinkesBatch = await postBatch(
    dinkes,
    Array.from({ length: 10 }, (_, i) => record(nik(i), { ref: `PKM-TEBET-${String(i).padStart(4, '0')}` })),
  );
  t.equal(dinkesBatch.statusCode, 201);
  t.equal(
    (
      await postBatch(
        dishub,
        [0, 10, 11, 12, 13, 14].map((i) => record(nik(i))),
      )
    ).json().accepted,
    5,
  );
  t.equal(
    (
      await postBatch(
        dinsos,
        [15, 16, 17, 18, 19].map((i) => record(nik(i))),
      )
    ).json().accepted,
    5,
  );

  t.test('only the counterpart or an admin posts confirmations', async (t) => {
    for (const who of [dinkes, viewer]) {
      const res = await confirm(who, [{ nik: nik(0), status: 'active', asOf: '2024-11-30' }]);
      t.equal(res.statusCode, 403);
    }
    const res = await confirm(bpjs, [{ nik: nik(0), status: 'active', asOf: '2024-11-30' }], {});
    t.equal(res.statusCode, 400);
    t.equal(res.json().type, '/problems/idempotency-key-missing');
  });

  t.test('a dry run checks and writes nothing', async (t) => {
    const res = await confirm(
      bpjs,
      [
        { nik: nik(0), status: 'active', asOf: '2024-11-30' },
        { nik: '123', status: 'x', asOf: '2024-12-02' },
      ],
      undefined,
      '?dryRun=true',
    );
    t.equal(res.statusCode, 200);
    t.match(res.json(), { received: 2, accepted: 1, rejected: 1, byStatus: { active: 1 } });
    t.same(
      res.json().errors.map((e: { code: string }) => e.code),
      ['nik_format', 'status_unknown', 'as_of_future'],
    );
    t.equal((await summary()).confirmation.asOf, null);
  });

  t.test('the extract: active, inactive, not found, BPJS-only, another province, bad records', async (t) => {
    const records = [
      ...[0, 1, 2, 3, 10, 11, 15].map((i) => ({ nik: nik(i), status: 'active', asOf: '2024-11-30', registeredOn: '2024-11-04' })),
      { nik: nik(4), status: 'inactive', asOf: '2024-11-30' },
      { nik: nik(12), status: 'inactive', asOf: '2024-11-30', segment: 'BPU', programs: ['JKK', 'JKM'] },
      { nik: nik(5), status: 'not_found', asOf: '2024-11-30' },
      { nik: nik(16), status: 'not_found', asOf: '2024-11-30', kpj: '12345678901' },
      // Reported by no dinas: BPJS's own channels.
      { nik: nik(25), status: 'active', asOf: '2024-11-30', registeredOn: '2024-11-20' },
      { nik: nik(26), status: 'active', asOf: '2024-11-30' },
      { nik: nik(27), status: 'inactive', asOf: '2024-11-30' },
      // Before the period: part of the baseline, never counted in `confirmed`.
      { nik: nik(28), status: 'active', asOf: '2024-11-30', registeredOn: '2019-03-01' },
      { nik: syntheticNik(77, '32'), status: 'active', asOf: '2024-11-30' },
      { nik: nik(0), status: 'inactive', asOf: '2024-11-30' }, // a repeat: the first record of a NIK counts
      { nik: nik(1), status: 'active', asOf: '2024-11-30', registeredOn: '2024-12-01' },
      { nik: nik(1), status: 'active', asOf: '2024-11-30', programs: ['JKK'] },
      'not an object',
    ];
    const res = await confirm(bpjs, records, { 'idempotency-key': 'extract-1' });
    bodies.push(res.body);
    t.equal(res.statusCode, 201);
    t.match(res.headers.location, /^\/v1\/confirmations\/[0-9a-f-]{36}$/);
    t.match(res.json(), {
      agency: 'bpjstk-dki',
      status: 'partially_accepted',
      received: records.length,
      accepted: 15,
      inBatch: 1,
      outOfRegion: 1,
      rejected: 3,
      byStatus: { active: 10, inactive: 3, notFound: 2 },
      asOf: '2024-11-30',
    });
    t.same(
      res.json().errors.map((e: { index: number; code: string }) => [e.index, e.code]),
      [
        [17, 'registered_on_after_as_of'],
        [18, 'programs_missing_mandatory'],
        [19, 'record_invalid'],
      ],
    );
    const replay = await confirm(bpjs, records, { 'idempotency-key': 'extract-1' });
    t.equal(replay.statusCode, 201);
    t.equal(replay.headers['idempotent-replayed'], 'true');
    t.equal(replay.json().id, res.json().id);
    // The same key names a confirmation of the counterpart, not one of its enrollment batches.
    t.equal(
      (
        await bpjs({
          method: 'POST',
          url: `${agreement}/batches`,
          headers: { 'idempotency-key': 'extract-1' },
          payload: { records: [record(nik(29))] },
        })
      ).statusCode,
      201,
    );

    const s = await holds(t, 'identities after the extract');
    t.same(s.confirmation, {
      reported: 21,
      confirmedActive: 7,
      confirmedInactive: 2,
      notFound: 2,
      unconfirmed: 10,
      rate: 0.3333,
      bpjsOnly: 3,
      asOf: '2024-11-30',
    });
    t.same(agencyOf(s, 'dinkes').confirmation, { reported: 10, confirmedActive: 4, confirmedInactive: 1, notFound: 1, unconfirmed: 4, rate: 0.4 });
    t.same(agencyOf(s, 'dishub').confirmation, { reported: 5, confirmedActive: 2, confirmedInactive: 1, notFound: 0, unconfirmed: 2, rate: 0.4 });
    t.same(agencyOf(s, 'dinsos').confirmation, { reported: 5, confirmedActive: 1, confirmedInactive: 0, notFound: 1, unconfirmed: 3, rate: 0.2 });
    t.same(agencyOf(s, 'bpjstk-dki').confirmation, { reported: 1, confirmedActive: 0, confirmedInactive: 0, notFound: 0, unconfirmed: 1, rate: 0 });
    t.same(agencyOf(s, 'dlh').confirmation.rate, null);
    // 7 reported active + 2 BPJS-only in the period (the worker registered in 2019 is the baseline's).
    t.equal(s.confirmed.workers, s.baseline.workers + 9);
    t.equal(s.reported.workers, s.baseline.workers + 21);
    t.equal(s.countBasis, 'reported');
    t.equal(s.covered.workers, s.reported.workers);
  });

  t.test('the latest confirmation wins: by asOf, then posting order', async (t) => {
    // An older extract posted later changes nothing; a newer one relabels.
    await confirm(bpjs, [{ nik: nik(2), status: 'not_found', asOf: '2024-11-15' }]);
    t.equal(agencyOf(await holds(t, 'older'), 'dinkes').confirmation.confirmedActive, 4);
    await confirm(bpjs, [{ nik: nik(2), status: 'inactive', asOf: '2024-11-30' }]);
    t.equal(agencyOf(await holds(t, 'same date, posted later'), 'dinkes').confirmation.confirmedInactive, 2);
    await confirm(bpjs, [{ nik: nik(2), status: 'active', asOf: '2024-12-01' }]);
    const s = await holds(t, 'newer');
    t.equal(agencyOf(s, 'dinkes').confirmation.confirmedActive, 4);
    t.equal(s.confirmation.asOf, '2024-12-01');
  });

  t.test('voids of either kind keep the identities; a credit moving carries its label', async (t) => {
    // dinkes's batch goes: worker 0 falls back to dishub (its second report), the rest leave coverage.
    const voided = await dinkes({
      method: 'POST',
      url: `/v1/batches/${dinkesBatch.json().id}/void`,
      payload: { reason: 'Posted to the wrong agreement' },
    });
    t.equal(voided.statusCode, 200);
    let s = await holds(t, 'after an enrollment void');
    t.same(agencyOf(s, 'dinkes').confirmation, { reported: 0, confirmedActive: 0, confirmedInactive: 0, notFound: 0, unconfirmed: 0, rate: null });
    t.equal(agencyOf(s, 'dishub').confirmation.reported, 6);
    t.equal(agencyOf(s, 'dishub').confirmation.confirmedActive, 3, 'worker 0, confirmed active, moved with its credit');
    // Workers 1–3 are active and now reported by no one: BPJS's own.
    t.equal(s.confirmation.bpjsOnly, 6);

    // dinkes reports them again: its claims are labelled at once.
    const again = await postBatch(
      dinkes,
      [1, 2, 3, 4, 5, 6].map((i) => record(nik(i), { ref: `ULANG-${i}` })),
    );
    t.equal(again.json().accepted, 6);
    s = await holds(t, 'after a re-post');
    t.equal(agencyOf(s, 'dinkes').confirmation.confirmedActive, 3);
    t.equal(s.confirmation.bpjsOnly, 3);

    // The extract is withdrawn: its labels go, the later ones stay.
    const list = await bpjs({ url: `${agreement}/confirmations` });
    t.equal(list.statusCode, 200);
    const extract = list.json().items.find((b: { externalRef: string | null; received: number }) => b.received === 20);
    const res = await bpjs({ method: 'POST', url: `/v1/confirmations/${extract.id}/void`, payload: { reason: 'Wrong extract file' } });
    t.equal(res.statusCode, 200);
    t.equal(res.json().status, 'voided');
    t.equal((await bpjs({ method: 'POST', url: `/v1/confirmations/${extract.id}/void`, payload: { reason: 'Again' } })).statusCode, 409);
    s = await holds(t, 'after a confirmation void');
    t.equal(s.confirmation.confirmedActive, 1, 'only worker 2, confirmed by a later batch');
    t.equal(s.confirmation.bpjsOnly, 0);
  });

  t.test('an agency’s unconfirmed list: its own only, never a NIK or a hash', async (t) => {
    await confirm(bpjs, [
      { nik: nik(3), status: 'not_found', asOf: '2024-12-01' },
      { nik: nik(4), status: 'inactive', asOf: '2024-12-01' },
    ]);
    const url = `${agreement}/agencies/dinkes/unconfirmed`;
    const all = await dinkes({ url });
    t.equal(all.statusCode, 200);
    bodies.push(all.body);
    t.same(
      all.json().items.map((i: { ref: string; status: string }) => [i.ref, i.status]),
      [
        ['ULANG-1', 'pending'],
        ['ULANG-3', 'not_found'],
        ['ULANG-4', 'inactive'],
        ['ULANG-5', 'pending'],
        ['ULANG-6', 'pending'],
      ],
    );
    t.same(
      (await dinkes({ url: `${url}?status=not_found` })).json().items.map((i: { ref: string }) => i.ref),
      ['ULANG-3'],
    );
    const first = await dinkes({ url: `${url}?status=pending&limit=2` });
    const second = await dinkes({ url: `${url}?status=pending&limit=2&cursor=${first.json().nextCursor}` });
    t.same(
      [...first.json().items, ...second.json().items].map((i: { ref: string }) => i.ref),
      ['ULANG-1', 'ULANG-5', 'ULANG-6'],
    );
    t.equal(second.json().nextCursor, null);
    t.equal((await dinkes({ url: `${url}?cursor=bm9wZQ` })).statusCode, 400);

    const csv = await dinkes({ url: `${url}.csv` });
    t.equal(csv.statusCode, 200);
    t.match(csv.headers['content-type'], /^text\/csv/);
    bodies.push(csv.body);
    t.match(csv.body, /"ULANG-3";"not_found"/);
    t.equal(csv.body.split('\r\n').filter((line) => line.includes('ULANG-')).length, 5);

    t.equal((await admin({ url })).statusCode, 200);
    for (const who of [dishub, viewer, bpjs]) {
      t.equal((await who({ url })).statusCode, 403);
      t.equal((await who({ url: `${url}.csv` })).statusCode, 403);
    }
    t.equal((await admin({ url: `${agreement}/agencies/nobody/unconfirmed` })).statusCode, 404);

    const hashes = niks.map((n) => createHmac('sha256', TEST_ENV.NIK_PEPPER).update(n).digest());
    for (const body of bodies) {
      for (const hash of hashes) {
        t.notOk(body.includes(hash.toString('hex')) || body.includes(hash.toString('base64')), 'no NIK hash in a response');
      }
    }
    t.same(findNiks(niks, bodies), [], 'no NIK in any form in a response');
  });

  t.test('official figures, the confirmed basis and the series', async (t) => {
    for (const who of [dinkes, viewer]) {
      const res = await who({ method: 'POST', url: `${agreement}/official-figures`, payload: { workers: 1, asOf: '2024-11-30', source: 'Nobody' } });
      t.equal(res.statusCode, 403);
    }
    const older = await bpjs({
      method: 'POST',
      url: `${agreement}/official-figures`,
      payload: { workers: 2_250_000, percent: 54.2, asOf: '2024-11-15', source: 'BPJS Ketenagakerjaan Kanwil DKI Jakarta' },
    });
    t.equal(older.statusCode, 201);
    const newer = await admin({
      method: 'POST',
      url: `${agreement}/official-figures`,
      payload: { workers: 2_300_000, asOf: '2024-11-30', source: 'Kemendagri', workforce: 4_200_000 },
    });
    t.equal(newer.statusCode, 201);
    t.equal((await viewer({ url: `${agreement}/official-figures` })).json().items.length, 2);
    let s = await summary();
    t.same(s.officialFigure, { workers: 2_300_000, percent: null, workforce: 4_200_000, asOf: '2024-11-30', source: 'Kemendagri' });

    const patched = await admin({ method: 'PATCH', url: agreement, payload: { countBasis: 'confirmed' } });
    t.equal(patched.statusCode, 200);
    t.equal(patched.json().countBasis, 'confirmed');
    t.equal((await dinkes({ method: 'PATCH', url: agreement, payload: { countBasis: 'reported' } })).statusCode, 403);
    s = await holds(t, 'on the confirmed basis');
    t.equal(s.countBasis, 'confirmed');
    t.equal(s.covered.workers, s.confirmed.workers);
    t.not(s.covered.workers, s.reported.workers);
    t.equal(s.gap.workers, s.target.workers - s.confirmed.workers);

    const series = await viewer({ url: `${agreement}/series?from=2024-11-01&to=2024-12-01` });
    t.equal(series.statusCode, 200);
    const points = series.json().points;
    t.equal(points.at(-1).confirmedCumulative, s.confirmed.workers);
    t.same(
      series.json().officialFigures.map((f: { asOf: string }) => f.asOf),
      ['2024-11-15', '2024-11-30'],
    );
    const byAgency = await viewer({ url: `${agreement}/series?agency=dinkes` });
    t.equal(byAgency.json().points[0].confirmedCumulative, null);
  });
});
