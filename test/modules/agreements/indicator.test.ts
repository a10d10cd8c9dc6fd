import t from 'tap';
import { jakartaNiks, record } from '../../fixtures/nik.js';
import { buildTestApp, fixedClock } from '../../helper.js';

const url2025 = '/v1/agreements/jakarta-uc-2025';

t.test('what an agreement counts, and the agreement that follows it', async (t) => {
  const { as } = await buildTestApp(t, { clock: fixedClock('2025-06-02T05:00:00Z') });
  const admin = as('admin');
  const dinkes = as('agency', 'dinkes');
  const dishub = as('agency', 'dishub');
  let keySeq = 0;
  const post = (who: typeof dinkes, agreement: string, records: object[]) =>
    who({ method: 'POST', url: `${agreement}/batches`, headers: { 'idempotency-key': `k-${++keySeq}` }, payload: { records } });
  const summary = async (agreement: string) => (await admin({ url: `${agreement}/summary` })).json();
  const pu = (nik: string) => record(nik, { enrolledOn: '2025-05-20' });
  const jakon = (nik: string) => record(nik, { segment: 'JAKON', programs: ['JKK', 'JKM'], enrolledOn: '2025-05-20' });

  t.test('both agreements are listed; the 2025 one names its predecessor and counts PU and BPU', async (t) => {
    const list = (await as('viewer')({ url: '/v1/agreements' })).json();
    t.same(
      list.items.map((a: { id: string }) => a.id),
      ['jakarta-uc-2024', 'jakarta-uc-2025'],
    );
    const a = (await admin({ url: url2025 })).json();
    t.match(a, {
      predecessorId: 'jakarta-uc-2024',
      signedOn: '2025-02-13',
      targetDate: '2025-12-31',
      baseline: { kind: 'declared', workers: 2_291_409, asOf: '2025-01-31' },
      target: { workers: 2_800_000, percent: 66.72 },
      indicator: { countedSegments: ['PU', 'BPU'], region: '31', denominator: { workers: a.workforce.workers } },
    });
    t.same((await admin({ url: '/v1/agreements/jakarta-uc-2024' })).json().indicator.countedSegments, ['PU', 'BPU', 'JAKON', 'PMI']);
  });

  t.test('a JAKON record under the 2025 NKS is outOfScope: kept, not counted; received is still the sum', async (t) => {
    const niks = jakartaNiks(500, 3);
    const before = await summary(url2025);
    const res = await post(dinkes, url2025, [jakon(niks[0] as string), pu(niks[1] as string), jakon(niks[1] as string)]);
    t.equal(res.statusCode, 201);
    const batch = res.json();
    t.match(batch, { received: 3, accepted: 1, outOfScope: 1, outOfRegion: 0, rejected: 0, duplicates: { inBatch: 1 } });
    t.equal(
      batch.received,
      batch.accepted +
        batch.duplicates.inBatch +
        batch.duplicates.sameAgency +
        batch.duplicates.otherAgency +
        batch.outOfRegion +
        batch.outOfScope +
        batch.rejected,
    );
    const after = await summary(url2025);
    t.equal(after.newlyCovered, before.newlyCovered + 1, 'only the PU worker counts');
    t.equal(after.bySegment.JAKON, 0);
    const progress = (await dinkes({ url: `${url2025}/agencies/dinkes/progress` })).json();
    t.equal(progress.batches.outOfScope, 1);

    const checked = await dinkes({
      method: 'POST',
      url: `${url2025}/batches/validate`,
      payload: { records: [jakon(niks[2] as string), pu(niks[2] as string)] },
    });
    t.match(checked.json(), { received: 2, outOfScope: 1, inBatch: 1, toBeChecked: 0 });
    const again = await post(dinkes, '/v1/agreements/jakarta-uc-2024', [record(niks[2] as string, { segment: 'JAKON', programs: ['JKK', 'JKM'] })]);
    t.match(again.json(), { accepted: 1, outOfScope: 0 }, 'the 2024 MoU counts JAKON');
  });

  t.test('credit never falls back to an out-of-scope report when a batch is voided', async (t) => {
    const [nik] = jakartaNiks(600, 1) as [string];
    t.equal((await post(dishub, url2025, [jakon(nik)])).json().outOfScope, 1);
    const credited = (await post(dinkes, url2025, [pu(nik)])).json();
    t.equal(credited.accepted, 1);
    const before = (await summary(url2025)).newlyCovered;
    const voided = await admin({ method: 'POST', url: `/v1/batches/${credited.id}/void`, payload: { reason: 'Posted to the wrong agreement.' } });
    t.equal(voided.statusCode, 200);
    t.equal((await summary(url2025)).newlyCovered, before - 1, 'the worker leaves coverage: the JAKON report does not count');
  });

  t.test('counted segments change only while the agreement has no batch', async (t) => {
    const refused = await admin({ method: 'PATCH', url: url2025, payload: { indicator: { countedSegments: ['PU'] } } });
    t.equal(refused.statusCode, 409);
    const renamed = await admin({ method: 'PATCH', url: url2025, payload: { indicator: { name: 'Peserta PU dan BPU', code: 'SDI-UCJ-31' } } });
    t.equal(renamed.statusCode, 200);
    t.match(renamed.json().indicator, { name: 'Peserta PU dan BPU', code: 'SDI-UCJ-31', countedSegments: ['PU', 'BPU'] });
    const bad = await admin({ method: 'PATCH', url: url2025, payload: { indicator: { countedSegments: ['PU', 'PU'] } } });
    t.equal(bad.statusCode, 400);
    const empty = await admin({ method: 'PATCH', url: url2025, payload: { indicator: { countedSegments: [] } } });
    t.equal(empty.statusCode, 400);
  });

  t.test('the next agreement is made from its predecessor: parties and indicator copied, commitments not', async (t) => {
    const commitment = await admin({
      method: 'POST',
      url: `${url2025}/commitments`,
      payload: { agency: 'dinkes', kind: 'enrollment', title: 'Enroll puskesmas staff', targetWorkers: 1000, dueDate: '2025-12-31' },
    });
    t.equal(commitment.statusCode, 201);
    t.equal(
      (await dinkes({ method: 'POST', url: `${url2025}/successor`, payload: { target: { workers: 3_000_000, source: 'x-source' } } })).statusCode,
      403,
    );
    t.equal(
      (await admin({ method: 'POST', url: '/v1/agreements/nope-2025/successor', payload: { target: { workers: 3_000_000, source: 'x-source' } } }))
        .statusCode,
      404,
    );
    const res = await admin({
      method: 'POST',
      url: `${url2025}/successor`,
      payload: { year: 2026, target: { workers: 3_000_000, source: 'NKS 2026 as signed' } },
    });
    t.equal(res.statusCode, 201);
    t.equal(res.headers.location, '/v1/agreements/jakarta-uc-2026');
    const next = res.json();
    const covered = (await summary(url2025)).covered.workers;
    t.match(next, {
      id: 'jakarta-uc-2026',
      title: /2026/,
      predecessorId: 'jakarta-uc-2025',
      periodStart: '2026-01-01',
      targetDate: '2026-12-31',
      baseline: { kind: 'predecessorResult', workers: covered, asOf: '2025-12-31', source: /jakarta-uc-2025/ },
      indicator: { countedSegments: ['PU', 'BPU'], name: 'Peserta PU dan BPU', code: 'SDI-UCJ-31' },
    });
    const parties = (await admin({ url: '/v1/agreements/jakarta-uc-2026/parties' })).json().items;
    t.equal(parties.length, 19);
    t.equal((await admin({ url: '/v1/agreements/jakarta-uc-2026/commitments' })).json().items.length, 0, 'commitments are not copied');

    // Derived, not typed: a later credit under 2025 moves the 2026 baseline.
    t.equal((await post(dishub, url2025, [pu(jakartaNiks(700, 1)[0] as string)])).json().accepted, 1);
    t.equal((await admin({ url: '/v1/agreements/jakarta-uc-2026' })).json().baseline.workers, covered + 1);
    t.equal((await summary('/v1/agreements/jakarta-uc-2026')).baseline.workers, covered + 1);
    const derivedPatch = await admin({ method: 'PATCH', url: '/v1/agreements/jakarta-uc-2026', payload: { baseline: { workers: 5 } } });
    t.equal(derivedPatch.statusCode, 422, 'a derived baseline has no figures to type');

    const twice = await admin({
      method: 'POST',
      url: `${url2025}/successor`,
      payload: { year: 2026, target: { workers: 3_000_000, source: 'NKS 2026 as signed' } },
    });
    t.equal(twice.statusCode, 409);
    // A chain of derived baselines is followed back to the first declared one.
    const after = await admin({
      method: 'POST',
      url: '/v1/agreements/jakarta-uc-2026/successor',
      payload: { year: 2027, target: { workers: 3_100_000, source: 'Plan 2027' } },
    });
    t.match(after.json(), { id: 'jakarta-uc-2027', baseline: { kind: 'predecessorResult', workers: covered + 1, asOf: '2026-12-31' } });
    const backwards = await admin({
      method: 'POST',
      url: '/v1/agreements/jakarta-uc-2027/successor',
      payload: { year: 2028, periodStart: '2028-06-01', targetDate: '2028-01-31', target: { workers: 3_200_000, source: 'Plan 2028' } },
    });
    t.equal(backwards.statusCode, 422);
  });

  t.test('a derived baseline needs a predecessor', async (t) => {
    const res = await admin({
      method: 'POST',
      url: '/v1/agreements',
      payload: {
        id: 'orphan-2026',
        title: 'Orphan agreement',
        regionCode: '31',
        periodStart: '2026-01-01',
        baseline: { kind: 'predecessorResult' },
        target: { workers: 10, date: '2026-12-31', source: 'Test target' },
        workforce: { workers: 100, asOf: '2026-01-01', source: 'Test workforce' },
      },
    });
    t.equal(res.statusCode, 400);
    const ghost = await admin({
      method: 'POST',
      url: '/v1/agreements',
      payload: {
        id: 'ghost-2026',
        title: 'Ghost agreement',
        regionCode: '31',
        periodStart: '2026-01-01',
        predecessorId: 'no-such-agreement',
        baseline: { kind: 'predecessorResult' },
        target: { workers: 10, date: '2026-12-31', source: 'Test target' },
        workforce: { workers: 100, asOf: '2026-01-01', source: 'Test workforce' },
      },
    });
    t.equal(ghost.statusCode, 422);
  });
});
