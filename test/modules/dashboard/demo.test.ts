import t from 'tap';
import { demoNik, seedDemo } from '../../../scripts/demo.js';
import { buildTestApp, fixedClock } from '../../helper.js';

t.test('npm run demo: a live agreement around today, posted through the API, touching no other agreement', async (t) => {
  const { app, as, config } = await buildTestApp(t, { clock: fixedClock('2026-12-01T05:00:00Z') });
  const viewer = as('viewer');
  const realBefore = (await viewer({ url: '/v1/agreements/jakarta-uc-2024/summary' })).body;

  const first = await seedDemo(app, config, '2026-12-01');
  t.match(first, { agreementId: 'demo-2026', created: true });
  t.ok(first.records > 3_000, `${first.records} records in ${first.batches} batches`);

  const agreement = (await viewer({ url: '/v1/agreements/demo-2026' })).json();
  t.ok(agreement.periodStart <= '2026-12-01' && agreement.targetDate >= '2026-12-01', 'its period contains today');
  const summary = (await viewer({ url: '/v1/agreements/demo-2026/summary' })).json();
  t.ok(summary.pace.daysLeft > 0, 'days left');
  t.ok(summary.pace.last7DaysPerDay > 0, 'a pace to project');
  t.ok(summary.newlyCovered > 0 && summary.newlyCovered < first.records, 'repeats counted once');
  const committed = summary.agencies.filter((a: { status: string }) => a.status !== 'no_commitment');
  t.ok(committed.length >= 10, 'most dinas have a commitment');
  t.ok(new Set(committed.map((a: { status: string }) => a.status)).size >= 2, 'some ahead, some behind');

  for (const agency of committed) {
    const progress = (await viewer({ url: `/v1/agreements/demo-2026/agencies/${agency.code}/progress` })).json();
    t.equal(progress.batches.rejected, 0, `${agency.code}: every generated NIK is valid`);
  }

  t.equal((await viewer({ url: '/v1/agreements/jakarta-uc-2024/summary' })).body, realBefore, 'the real agreement is untouched');
  t.match(await seedDemo(app, config, '2026-12-01'), { created: false, batches: 0 }, 'a second run leaves it as it is');
});

t.test('the demo’s generated NIKs are distinct', async (t) => {
  const niks = Array.from({ length: 50_000 }, (_, i) => demoNik(i));
  t.equal(new Set(niks).size, niks.length);
  t.ok(niks.every((nik) => /^31(01|7[1-5])\d{12}$/.test(nik)));
});
