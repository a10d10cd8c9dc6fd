import t from 'tap';
import { record, syntheticNik } from '../../fixtures/nik.js';
import { buildTestApp, fixedClock } from '../../helper.js';

const agreementUrl = '/v1/agreements/jakarta-uc-2025';

t.test('targets per area and budget commitments', async (t) => {
  const { as } = await buildTestApp(t, { clock: fixedClock('2025-07-02T05:00:00Z') });
  const admin = as('admin');
  const dinkes = as('agency', 'dinkes');
  const dinsos = as('agency', 'dinsos');
  const summary = async () => (await admin({ url: `${agreementUrl}/summary` })).json();
  const sign = (who: typeof dinkes, id: string) =>
    who({
      method: 'POST',
      url: `/v1/commitments/${id}/sign`,
      payload: { signatoryName: 'Kepala Dinas', signatoryTitle: 'Kepala Dinas', signedOn: '2025-03-01' },
    });

  t.test('area codes are checked against the agreement’s region', async (t) => {
    const outside = await admin({ method: 'PATCH', url: agreementUrl, payload: { areaTargets: [{ areaCode: '3201', workers: 10 }] } });
    t.equal(outside.statusCode, 400);
    t.match(outside.json().errors, [{ pointer: '/areaTargets/0/areaCode', code: 'area_code' }]);
    const unknown = await admin({ method: 'PATCH', url: agreementUrl, payload: { areaTargets: [{ areaCode: '3176', workers: 10 }] } });
    t.equal(unknown.statusCode, 400, 'Jakarta has 3101 and 3171–3175 only');
    const twice = await admin({
      method: 'PATCH',
      url: agreementUrl,
      payload: {
        areaTargets: [
          { areaCode: '3171', workers: 10 },
          { areaCode: '3171', workers: 5 },
        ],
      },
    });
    t.equal(twice.statusCode, 400);
    for (const workers of [0, -1, 1.5, 100_000_001]) {
      const bad = await admin({ method: 'PATCH', url: agreementUrl, payload: { areaTargets: [{ areaCode: '3171', workers }] } });
      t.equal(bad.statusCode, 400, `${workers} workers is refused`);
    }
    const commitment = await dinkes({
      method: 'POST',
      url: `${agreementUrl}/commitments`,
      payload: {
        kind: 'enrollment',
        title: 'Puskesmas staff',
        targetWorkers: 100,
        dueDate: '2025-12-31',
        areaTargets: [{ areaCode: '3275', workers: 5 }],
      },
    });
    t.equal(commitment.statusCode, 400);
  });

  t.test('the summary shows each area’s target, gap and pace beside byRegency', async (t) => {
    const set = await admin({
      method: 'PATCH',
      url: agreementUrl,
      payload: {
        areaTargets: [
          { areaCode: '3171', workers: 100 },
          { areaCode: '3101', workers: 10 },
        ],
      },
    });
    t.equal(set.statusCode, 200);
    t.same(set.json().areaTargets, [
      { areaCode: '3171', workers: 100 },
      { areaCode: '3101', workers: 10 },
    ]);
    const posted = await dinkes({
      method: 'POST',
      url: `${agreementUrl}/batches`,
      headers: { 'idempotency-key': 'area-1' },
      payload: { records: [1, 2, 3].map((n) => record(syntheticNik(n), { enrolledOn: '2025-06-30' })) },
    });
    t.equal(posted.json().accepted, 3);
    const body = await summary();
    const [central, islands] = body.areaTargets;
    t.equal(central.areaCode, '3171');
    t.equal(central.credited, body.byRegency['3171'] ?? 0, 'the same count as byRegency');
    t.equal(central.gap, 100 - central.credited);
    t.equal(central.name, 'Jakarta Pusat');
    t.ok(central.pace.expectedByToday > 0 && central.pace.expectedByToday < 100, 'mid-period: part of the target is expected');
    t.equal(central.pace.onTrack, central.credited >= central.pace.expectedByToday);
    t.equal(central.pace.requiredPerDay, Math.ceil(central.gap / 183), '183 days left, today included');
    t.match(islands, { areaCode: '3101', target: 10, name: 'Kepulauan Seribu' });
  });

  t.test('an agency’s progress shows the area targets of its active enrollment commitments', async (t) => {
    const created = await dinkes({
      method: 'POST',
      url: `${agreementUrl}/commitments`,
      payload: {
        kind: 'enrollment',
        title: 'Puskesmas staff',
        targetWorkers: 100,
        dueDate: '2025-12-31',
        areaTargets: [
          { areaCode: '3171', workers: 40 },
          { areaCode: '3175', workers: 60 },
        ],
      },
    });
    t.equal(created.statusCode, 201);
    t.same(created.json().areaTargets, [
      { areaCode: '3171', workers: 40 },
      { areaCode: '3175', workers: 60 },
    ]);
    const before = (await dinkes({ url: `${agreementUrl}/agencies/dinkes/progress` })).json();
    t.same(before.areaTargets, [], 'a draft does not count');
    t.equal((await sign(dinkes, created.json().id)).statusCode, 200);
    const after = (await dinkes({ url: `${agreementUrl}/agencies/dinkes/progress` })).json();
    t.match(after.areaTargets, [
      { areaCode: '3171', target: 40, name: 'Jakarta Pusat' },
      { areaCode: '3175', target: 60, credited: 0 },
    ]);
    const amended = await dinkes({
      method: 'PATCH',
      url: `/v1/commitments/${created.json().id}`,
      payload: { areaTargets: [{ areaCode: '3171', workers: 100 }] },
    });
    t.equal(amended.statusCode, 200);
    t.equal(amended.json().status, 'draft', 'new area targets are new terms: signed again');
  });

  t.test('a budget commitment is whole rupiah, and its realisations never exceed it', async (t) => {
    for (const amountRupiah of [0, 1.5, 1_000_000_000_001, '20000000000', 2 ** 53]) {
      const bad = await dinsos({
        method: 'POST',
        url: `${agreementUrl}/commitments`,
        payload: { kind: 'budget', title: 'APBD contributions', amountRupiah, fundedWorkers: 100, dueDate: '2025-12-31' },
      });
      t.equal(bad.statusCode, 400, `amount ${amountRupiah} is refused`);
    }
    const created = await dinsos({
      method: 'POST',
      url: `${agreementUrl}/commitments`,
      payload: {
        kind: 'budget',
        title: 'APBD contributions for vulnerable informal workers',
        amountRupiah: 1_000_000_000_000,
        fundedWorkers: 100_000,
        dueDate: '2025-12-31',
      },
    });
    t.equal(created.statusCode, 201);
    const id = created.json().id as string;
    t.match(created.json(), { kind: 'budget', amountRupiah: 1_000_000_000_000, fundedWorkers: 100_000, targetWorkers: null, areaTargets: [] });
    const wrongField = await dinsos({ method: 'PATCH', url: `/v1/commitments/${id}`, payload: { targetWorkers: 5 } });
    t.equal(wrongField.statusCode, 400);
    t.equal((await sign(dinsos, id)).statusCode, 200);

    const realise = (who: typeof dinsos, payload: object) => who({ method: 'POST', url: `/v1/commitments/${id}/realisations`, payload });
    const first = await realise(dinsos, {
      amountRupiah: 600_000_000_000,
      fundedWorkers: 60_000,
      realisedOn: '2025-06-30',
      evidenceRefs: ['SP2D 00123/2025'],
    });
    t.equal(first.statusCode, 201);
    t.match(first.json(), { commitmentId: id, amountRupiah: 600_000_000_000, evidenceRefs: ['SP2D 00123/2025'], note: null });
    t.equal((await realise(dinkes, { amountRupiah: 1, fundedWorkers: 0, realisedOn: '2025-06-30', evidenceRefs: ['x'] })).statusCode, 403);
    const over = await realise(dinsos, { amountRupiah: 400_000_000_001, fundedWorkers: 1, realisedOn: '2025-07-01', evidenceRefs: ['SP2D 2'] });
    t.equal(over.statusCode, 422, 'more than committed');
    t.equal(
      (await realise(dinsos, { amountRupiah: 5, fundedWorkers: 1, realisedOn: '2025-07-03', evidenceRefs: ['SP2D 3'] })).statusCode,
      422,
      'not in the future',
    );
    t.equal(
      (await realise(dinsos, { amountRupiah: 5, fundedWorkers: 1, realisedOn: '2025-07-01', evidenceRefs: [] })).statusCode,
      400,
      'evidence is required',
    );
    t.equal(
      (await realise(dinsos, { amountRupiah: 5.5, fundedWorkers: 1, realisedOn: '2025-07-01', evidenceRefs: ['x'] })).statusCode,
      400,
      'never a fraction',
    );
    const last = await realise(admin, {
      amountRupiah: 400_000_000_000,
      fundedWorkers: 40_000,
      realisedOn: '2025-07-01',
      evidenceRefs: ['SP2D 00456/2025', 'BPJS invoice 7781'],
    });
    t.equal(last.statusCode, 201);

    const list = (await dinsos({ url: `/v1/commitments/${id}/realisations?limit=1` })).json();
    t.equal(list.items.length, 1);
    t.ok(list.nextCursor);
    const rest = (await dinsos({ url: `/v1/commitments/${id}/realisations?limit=1&cursor=${list.nextCursor}` })).json();
    t.equal(rest.items[0].amountRupiah, 400_000_000_000);

    const { budget } = await summary();
    t.match(budget, {
      count: 1,
      committedRupiah: 1_000_000_000_000,
      realisedRupiah: 1_000_000_000_000,
      fundedWorkers: 100_000,
      realisedWorkers: 100_000,
    });
    t.match(budget.commitments, [{ id, agency: 'dinsos', signed: true, amountRupiah: 1_000_000_000_000, realisedRupiah: 1_000_000_000_000 }]);

    const enrollment = (await dinkes({ url: `${agreementUrl}/commitments?kind=enrollment` })).json().items[0];
    const notBudget = await realise(admin, { amountRupiah: 1, fundedWorkers: 1, realisedOn: '2025-07-01', evidenceRefs: ['x'] });
    t.equal(notBudget.statusCode, 422, 'over the amount');
    const enrollmentRealised = await admin({
      method: 'POST',
      url: `/v1/commitments/${enrollment.id}/realisations`,
      payload: { amountRupiah: 1, fundedWorkers: 1, realisedOn: '2025-07-01', evidenceRefs: ['x'] },
    });
    t.equal(enrollmentRealised.statusCode, 422, 'only budget commitments are realised');
    t.equal((await as('viewer')({ url: `${agreementUrl}/commitments?kind=budget` })).json().items.length, 1);
  });
});
