import t from 'tap';
import type { Clock } from '../../../src/domain/time.js';
import { jakartaNiks, record, syntheticNik } from '../../fixtures/nik.js';
import { buildTestApp } from '../../helper.js';

const base = '/v1/agreements/jakarta-uc-2024';

t.test('progress against the shared target', async (t) => {
  let now = new Date('2024-11-10T05:00:00Z'); // 12:00 WIB, 10 Nov 2024
  const clock: Clock = () => now;
  const { as } = await buildTestApp(t, { clock });
  const admin = as('admin');
  let n = 0;
  const post = (agency: string, records: object[]) =>
    as('agency', agency)({ method: 'POST', url: `${base}/batches`, headers: { 'idempotency-key': `p-${++n}` }, payload: { records } });
  const summary = async (headers: Record<string, string> = {}) => admin({ url: `${base}/summary`, headers });

  const empty = await summary();
  t.test('before any batch: the stored figures, nothing newly covered', async (t) => {
    t.equal(empty.statusCode, 200);
    t.equal(empty.headers['cache-control'], 'no-cache');
    t.match(empty.headers.etag, /^"[A-Za-z0-9_-]{32}"$/);
    t.match(empty.json(), {
      baseline: { workers: 2_200_000 },
      target: { workers: 2_700_000 },
      covered: { workers: 2_200_000, percent: 52.96 },
      newlyCovered: 0,
      gap: { workers: 500_000, percentPoints: 12.04 },
      pace: { daysLeft: 52, requiredPerDay: Math.ceil(500_000 / 52), last7DaysPerDay: 0, projectedAtTargetDate: 2_200_000, onTrack: false },
      bySegment: { PU: 0, BPU: 0, JAKON: 0, PMI: 0 },
      byRegency: {},
    });
    t.equal(empty.json().agencies.length, 19);
  });

  t.test('an unchanged summary gives the same ETag and a 304 to If-None-Match', async (t) => {
    const again = await summary();
    t.equal(again.headers.etag, empty.headers.etag);
    t.equal(again.body, empty.body);
    const notModified = await summary({ 'if-none-match': empty.headers.etag as string });
    t.equal(notModified.statusCode, 304);
    t.equal(notModified.body, '');
    t.equal((await summary({ 'if-none-match': `W/${empty.headers.etag}, "other"` })).statusCode, 304);
    t.equal((await summary({ 'if-none-match': '"stale"' })).statusCode, 200);
  });

  // dinkes: 100 (PU, 4 programs) on 9 Nov; dishub: 40 new + 20 of dinkes', BPU, on 4 Nov; dlh: 10 out of region + 5 new JAKON on 10 Nov.
  const dinkes = jakartaNiks(0, 100);
  const dishubNew = jakartaNiks(1_000, 40);
  let etagAfterFirst = '';
  t.test('after batches from three agencies the figures add up by hand', async (t) => {
    t.equal(
      (
        await post(
          'dinkes',
          dinkes.map((nik) => record(nik, { enrolledOn: '2024-11-09' })),
        )
      ).json().accepted,
      100,
    );
    const afterFirst = await summary({ 'if-none-match': empty.headers.etag as string });
    t.equal(afterFirst.statusCode, 200, 'a new batch changes the ETag');
    etagAfterFirst = afterFirst.headers.etag as string;
    t.not(etagAfterFirst, empty.headers.etag);

    const bpu = { segment: 'BPU', programs: ['JKK', 'JKM', 'JHT'], enrolledOn: '2024-11-04' };
    const dishub = await post(
      'dishub',
      [...dishubNew, ...dinkes.slice(0, 20)].map((nik) => record(nik, bpu)),
    );
    t.match(dishub.json(), { accepted: 40, duplicates: { otherAgency: 20 } });
    const jakon = { segment: 'JAKON', programs: ['JKK', 'JKM'], enrolledOn: '2024-11-10' };
    const dlh = await post('dlh', [
      ...Array.from({ length: 10 }, (_, i) => record(syntheticNik(i, '32'), jakon)),
      ...jakartaNiks(2_000, 5).map((nik) => record(nik, jakon)),
    ]);
    t.match(dlh.json(), { accepted: 5, outOfRegion: 10 });

    const body = (await summary()).json();
    t.equal(body.newlyCovered, 145);
    t.same(body.covered, { workers: 2_200_145, percent: Math.round((2_200_145 / 4_153_846) * 10000) / 100 });
    t.same(body.gap, { workers: 499_855, percentPoints: Math.round((499_855 / 4_153_846) * 10000) / 100 });
    // 10 Nov WIB: the last 7 days are 4–10 Nov: all 145.
    t.same(body.pace, {
      daysLeft: 52,
      requiredPerDay: Math.ceil(499_855 / 52),
      last7DaysPerDay: Math.round((145 / 7) * 100) / 100,
      projectedAtTargetDate: Math.floor(2_200_145 + (145 / 7) * 52),
      onTrack: false,
    });
    t.same(body.bySegment, { PU: 100, BPU: 40, JAKON: 5, PMI: 0 });
    t.same(body.byProgram, { JKK: 145, JKM: 145, JHT: 140, JP: 100, JKP: 0 });
    t.equal(
      Object.values(body.byRegency as Record<string, number>).reduce((a, b) => a + b, 0),
      145,
    );
    t.ok(Object.keys(body.byRegency).every((code) => /^31(01|7[1-5])$/.test(code)));
    const agency = (code: string) => body.agencies.find((a: { code: string }) => a.code === code);
    t.match(agency('dinkes'), {
      credited: 100,
      duplicatesReported: 0,
      status: 'no_commitment',
      committedWorkers: 0,
      percentOfCommitment: null,
      lastBatchAt: String,
    });
    t.match(agency('dishub'), { credited: 40, duplicatesReported: 20 });
    t.match(agency('dlh'), { credited: 5 });
    t.equal(agency('dukcapil').lastBatchAt, null);
  });

  t.test('a void is reflected: credit falls back, figures shrink', async (t) => {
    const batches = (await admin({ url: `${base}/batches?agency=dinkes` })).json();
    await admin({ method: 'POST', url: `/v1/batches/${batches.items[0].id}/void`, payload: { reason: 'Duplicate upload' } });
    const body = (await summary()).json();
    t.equal(body.newlyCovered, 65, '80 of dinkes’ workers leave; 20 fall back to dishub');
    t.equal(body.agencies.find((a: { code: string }) => a.code === 'dishub').credited, 60);
    t.equal(body.agencies.find((a: { code: string }) => a.code === 'dinkes').credited, 0);
    // The fallen-back credits keep the crediting record's facts: dishub posted them as BPU on 4 Nov.
    t.same(body.bySegment, { PU: 0, BPU: 60, JAKON: 5, PMI: 0 });
    t.same(body.byProgram, { JKK: 65, JKM: 65, JHT: 60, JP: 0, JKP: 0 });
  });

  t.test('commitments drive agency status and milestones', async (t) => {
    const dishub = as('agency', 'dishub');
    const commitment = (
      await dishub({
        method: 'POST',
        url: `${base}/commitments`,
        payload: { kind: 'enrollment', title: 'Parking attendants', targetWorkers: 120, dueDate: '2024-11-21' },
      })
    ).json();
    let body = (await summary()).json();
    t.equal(body.agencies.find((a: { code: string }) => a.code === 'dishub').status, 'no_commitment', 'a draft does not count');
    await dishub({
      method: 'POST',
      url: `/v1/commitments/${commitment.id}/sign`,
      payload: { signatoryName: 'Kadishub', signatoryTitle: 'Kepala Dinas', signedOn: '2024-11-01' },
    });
    body = (await summary()).json();
    // 10 Nov: 19 of 30 days from 23 Oct to 21 Nov → 76 expected; 60 credited.
    t.match(
      body.agencies.find((a: { code: string }) => a.code === 'dishub'),
      { committedWorkers: 120, percentOfCommitment: 50, status: 'behind' },
    );
    await as(
      'agency',
      'disnakertransgi',
    )({ method: 'POST', url: `${base}/commitments`, payload: { kind: 'milestone', title: 'Pergub draft', dueDate: '2024-11-05' } });
    body = (await summary()).json();
    t.same(body.milestones, [{ agency: 'disnakertransgi', title: 'Pergub draft', dueDate: '2024-11-05', status: 'overdue', signed: false }]);
  });

  t.test('the date turning in WIB changes the summary (and its ETag) without any write', async (t) => {
    const before = await summary();
    now = new Date('2024-11-10T16:59:00Z');
    t.equal((await summary()).headers.etag, before.headers.etag, '23:59 WIB: same day');
    now = new Date('2024-11-10T17:00:00Z');
    const nextDay = await summary();
    t.not(nextDay.headers.etag, before.headers.etag, '00:00 WIB: a new day');
    t.equal(nextDay.json().pace.daysLeft, 51);
  });

  t.test('after the target date: no days left, the verdict is final', async (t) => {
    now = new Date('2025-01-10T05:00:00Z');
    t.match((await summary()).json().pace, { daysLeft: 0, requiredPerDay: null, projectedAtTargetDate: 2_200_065, onTrack: false });
    now = new Date('2024-11-10T05:00:00Z');
  });

  t.test('the series is counted by enrollment date in WIB, gaps filled, with the line to the target', async (t) => {
    const res = await admin({ url: `${base}/series?from=2024-11-03&to=2024-11-10` });
    t.equal(res.statusCode, 200);
    const { points } = res.json();
    t.same(
      points.map((p: { date: string }) => p.date),
      ['2024-11-03', '2024-11-04', '2024-11-05', '2024-11-06', '2024-11-07', '2024-11-08', '2024-11-09', '2024-11-10'],
    );
    t.same(
      points.map((p: { newlyCovered: number }) => p.newlyCovered),
      [0, 60, 0, 0, 0, 0, 0, 5],
    );
    t.same(
      points.map((p: { cumulativeCovered: number }) => p.cumulativeCovered),
      [2_200_000, 2_200_060, 2_200_060, 2_200_060, 2_200_060, 2_200_060, 2_200_060, 2_200_065],
    );
    // 23 Oct..31 Dec is 70 days; by the end of 10 Nov 19 have passed.
    t.equal(points[7].targetLine, Math.round(2_200_000 + 500_000 * (19 / 70)));

    const weekly = (await admin({ url: `${base}/series?interval=week&from=2024-10-30&to=2024-11-10` })).json().points;
    t.same(
      weekly.map((p: { date: string; newlyCovered: number }) => [p.date, p.newlyCovered]),
      [
        ['2024-10-30', 0],
        ['2024-11-04', 65],
      ],
    );

    const dishubOnly = (await admin({ url: `${base}/series?agency=dishub&from=2024-11-04&to=2024-11-04` })).json().points;
    t.same(dishubOnly, [{ date: '2024-11-04', newlyCovered: 60, cumulativeCovered: 60, targetLine: null, confirmedCumulative: null }]);
    t.equal((await admin({ url: `${base}/series?from=2024-11-10&to=2024-11-01` })).statusCode, 400);
  });

  t.test('one agency’s progress: commitments, batches, duplicates credited elsewhere', async (t) => {
    const res = await as('agency', 'dinkes')({ url: `${base}/agencies/dishub/progress` });
    t.equal(res.statusCode, 200, 'parties read each other’s progress');
    const body = res.json();
    t.match(body.agency, { code: 'dishub', credited: 60, committedWorkers: 120, expectedByToday: 76, status: 'behind' });
    t.match(body.commitments, [{ kind: 'enrollment', targetWorkers: 120, progress: { credited: 0, percent: 0, expectedByToday: 76 } }]);
    t.match(body.batches, { count: 1, voided: 0, received: 60, accepted: 40, duplicates: { otherAgency: 20 } });
    t.equal(body.creditedElsewhere, 20);
    t.match((await admin({ url: `${base}/agencies/dinkes/progress` })).json().batches, { count: 1, voided: 1, received: 0 });
    t.equal((await admin({ url: `${base}/agencies/ghost/progress` })).statusCode, 404);
  });

  t.test('agencies outside the agreement read none of its progress', async (t) => {
    await admin({ method: 'POST', url: '/v1/agencies', payload: { code: 'bapenda', name: 'Badan Pendapatan Daerah' } });
    const outsider = as('agency', 'bapenda');
    for (const url of [`${base}/summary`, `${base}/series`, `${base}/agencies/dinkes/progress`]) {
      t.equal((await outsider({ url })).statusCode, 403, url);
    }
    t.equal((await as('viewer')({ url: `${base}/summary` })).statusCode, 200);
    t.equal((await as('agency', 'dlh')({ url: `${base}/summary` })).statusCode, 200);
  });
});

t.test('PUBLIC_SUMMARY=true serves the summary and series without a token, and nothing else', async (t) => {
  const { app } = await buildTestApp(t, { env: { PUBLIC_SUMMARY: 'true' } });
  t.equal((await app.inject({ url: `${base}/summary` })).statusCode, 200);
  t.equal((await app.inject({ url: `${base}/series` })).statusCode, 200);
  t.equal((await app.inject({ url: `${base}/agencies/dinkes/progress` })).statusCode, 401);
  t.equal((await app.inject({ url: base })).statusCode, 401);
});
