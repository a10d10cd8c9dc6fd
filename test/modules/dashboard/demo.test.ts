import t from 'tap';
import { type DemoApp, demoNik, seedDemo } from '../../../scripts/demo.js';
import { buildTestApp, fixedClock } from '../../helper.js';

t.test('npm run demo: a live agreement around today, posted through the API, touching no other agreement', async (t) => {
  const { app, as, config } = await buildTestApp(t, { clock: fixedClock('2026-12-01T05:00:00Z') });
  const viewer = as('viewer');
  const realBefore = (await viewer({ url: '/v1/agreements/jakarta-uc-2024/summary' })).body;

  // A run stopped right after creating the agreement (a crash, Ctrl+C) ...
  const interrupted: DemoApp = {
    inject: async (request) => {
      const response = await app.inject(request);
      if (request.method === 'POST' && request.url === '/v1/agreements') throw new Error('interrupted');
      return response;
    },
  };
  await t.rejects(seedDemo(interrupted, config, '2026-12-01'), /interrupted/);
  t.equal((await viewer({ url: '/v1/agreements/demo-2026' })).statusCode, 200, 'the agreement exists, empty');

  // ... is completed by the next run, which also waits out a server shedding load (503, Retry-After).
  let shed = 0;
  const loaded: DemoApp = {
    inject: async (request) => {
      const response = await app.inject(request);
      if (request.method === 'POST' && shed < 3 && request.url.endsWith('/batches')) {
        shed++;
        // A 503 as a loaded server answers (here after the batch was written, as when an answer is lost: the retry's idempotency key replays it).
        return { ...response, statusCode: 503, headers: { 'retry-after': '1' }, body: '{}' } as typeof response;
      }
      return response;
    },
  };
  const waits: number[] = [];
  const first = await seedDemo(loaded, config, '2026-12-01', { sleep: async (ms) => void waits.push(ms) });
  t.match(first, { agreementId: 'demo-2026', created: false, resumed: true });
  t.same(waits, [1000, 1000, 1000], 'waited as Retry-After said, then retried');
  t.ok(first.records > 3_000, `${first.records} records in ${first.batches} batches`);

  const agreement = (await viewer({ url: '/v1/agreements/demo-2026' })).json();
  t.ok(agreement.periodStart <= '2026-12-01' && agreement.targetDate >= '2026-12-01', 'its period contains today');
  const summary = (await viewer({ url: '/v1/agreements/demo-2026/summary' })).json();
  t.ok(summary.pace.daysLeft > 0, 'days left');
  t.ok(summary.pace.last7DaysPerDay > 0, 'a pace to project');
  t.ok(summary.newlyCovered > 0 && summary.newlyCovered < first.records, 'repeats counted once (the retried batches too)');
  const committed = summary.agencies.filter((a: { status: string }) => a.status !== 'no_commitment');
  t.ok(committed.length >= 10, 'most dinas have a commitment');
  t.ok(new Set(committed.map((a: { status: string }) => a.status)).size >= 2, 'some ahead, some behind');

  // BPJS confirmed part of the reported workers: some active, some inactive or not found, some not yet.
  t.ok(summary.confirmation.asOf, 'BPJS posted a confirmation');
  t.ok(summary.confirmation.confirmedActive > 0 && summary.confirmation.confirmedInactive > 0 && summary.confirmation.notFound > 0);
  t.ok(summary.confirmation.unconfirmed > 0, 'not every worker is confirmed yet');
  t.ok(summary.confirmation.bpjsOnly > 0, 'BPJS knows workers no dinas reported');
  t.ok(summary.confirmed.workers > summary.baseline.workers && summary.confirmed.workers < summary.reported.workers);
  t.match(summary.officialFigure, { source: /demo/, workers: Number }, 'an official figure (marked as demo data)');
  t.ok(summary.areaTargets.length >= 2, 'area targets for the agreement');
  t.ok(summary.milestones.length >= 1, 'a milestone');

  for (const agency of committed) {
    const progress = (await viewer({ url: `/v1/agreements/demo-2026/agencies/${agency.code}/progress` })).json();
    t.equal(progress.batches.rejected, 0, `${agency.code}: every generated NIK is valid`);
    const enrollment = progress.commitments.find((c: { kind: string }) => c.kind === 'enrollment');
    t.ok(enrollment?.progress?.credited > 0, `${agency.code}: its batches carry the commitment, so the card shows progress`);
  }
  const dinkes = (await viewer({ url: '/v1/agreements/demo-2026/agencies/dinkes/progress' })).json();
  t.ok(dinkes.areaTargets.length > 0, 'a commitment with area targets');

  t.equal((await viewer({ url: '/v1/agreements/jakarta-uc-2024/summary' })).body, realBefore, 'the real agreement is untouched');
  const after = (await viewer({ url: '/v1/agreements/demo-2026/summary' })).body;
  t.match(await seedDemo(app, config, '2026-12-01'), { created: false, resumed: false, batches: 0 }, 'a complete demo is left as it is');
  t.equal((await viewer({ url: '/v1/agreements/demo-2026/summary' })).body, after);
});

t.test('the demo’s generated NIKs are distinct', async (t) => {
  const niks = Array.from({ length: 50_000 }, (_, i) => demoNik(i));
  t.equal(new Set(niks).size, niks.length);
  t.ok(niks.every((nik) => /^31(01|7[1-5])\d{12}$/.test(nik)));
});
