import { Webhook } from 'standardwebhooks';
import t from 'tap';
import type { Clock } from '../../../src/domain/time.js';
import { jakartaNiks, record } from '../../fixtures/nik.js';
import { eventually, startReceiver } from '../../fixtures/receiver.js';
import { buildTestApp } from '../../helper.js';

const base = '/v1/agreements/jakarta-uc-2024';

t.test('an agency that falls behind is warned once, can acknowledge, and the alert resolves when it recovers', async (t) => {
  let now = new Date('2024-11-10T05:00:00Z'); // 12:00 WIB, 10 Nov 2024
  const clock: Clock = () => now;
  const receiver = await startReceiver(t);
  const { as } = await buildTestApp(t, { clock, env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }, webhooks: { pollMs: 100, dailyCheckMs: 200 } });
  const dinkes = as('agency', 'dinkes');
  const dishub = as('agency', 'dishub');

  const subscription = (
    await dinkes({
      method: 'POST',
      url: '/v1/webhooks',
      payload: { url: `${receiver.url}/dinkes`, events: ['batch.created', 'agency.projected_miss', 'agency.status_changed', 'milestone.overdue'] },
    })
  ).json();
  const other = (
    await dishub({
      method: 'POST',
      url: '/v1/webhooks',
      payload: { url: `${receiver.url}/dishub`, events: ['agency.projected_miss', 'agency.status_changed'] },
    })
  ).json();
  const events = (path: string, secret: string) =>
    receiver
      .at(path)
      .map((r) => new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as { type: string; data: Record<string, unknown> });
  const ofType = (path: string, secret: string, type: string) => events(path, secret).filter((e) => e.type === type);

  const commitment = await dinkes({
    method: 'POST',
    url: `${base}/commitments`,
    payload: { kind: 'enrollment', title: 'Non-ASN health workers', targetWorkers: 100, dueDate: '2024-11-30' },
  });
  const commitmentId = commitment.json().id as string;
  const signed = await dinkes({
    method: 'POST',
    url: `/v1/commitments/${commitmentId}/sign`,
    payload: { signatoryName: 'dr. Ani Ruspitawati', signatoryTitle: 'Kepala Dinas', signedOn: '2024-11-09' },
  });
  t.equal(signed.statusCode, 200);

  // Nothing credited and no pace: a projected miss, raised after the signing's event.
  await eventually(() => ofType('/dinkes', subscription.secret, 'agency.projected_miss').length === 1, 10_000, 'the projected miss');
  const [miss] = ofType('/dinkes', subscription.secret, 'agency.projected_miss');
  t.match(miss?.data, {
    commitmentId,
    agency: 'dinkes',
    dueDate: '2024-11-30',
    cumulativeTarget: 100,
    credited: 0,
    projected: 0,
    shortfall: 100,
    pacePerDay: 0,
    requiredPerDay: Math.ceil(100 / 21),
  });
  await eventually(() => ofType('/dinkes', subscription.secret, 'agency.status_changed').length === 1);
  const change = ofType('/dinkes', subscription.secret, 'agency.status_changed')[0]?.data;
  t.match(change, { agency: 'dinkes', to: 'behind' });
  // `no_commitment` if the day's first evaluation ran before the signing's, else a first evaluation.
  t.ok(change?.from === null || change?.from === 'no_commitment', `from ${String(change?.from)}`);
  await eventually(() => receiver.at('/dishub').length >= 1, 10_000, 'the public status change to another party');
  t.same(
    events('/dishub', other.secret).map((e) => [e.type, e.data.agency]),
    [['agency.status_changed', 'dinkes']],
    'another party hears the public status change, never dinkes’s projected miss',
  );

  const alerts = await dinkes({ url: `${base}/alerts` });
  t.equal(alerts.statusCode, 200);
  t.equal(alerts.json().items.length, 1);
  const alert = alerts.json().items[0];
  t.match(alert, { agency: 'dinkes', commitmentId, kind: 'projected_miss', details: { shortfall: 100 }, acknowledgement: null });
  t.same((await dishub({ url: `${base}/alerts` })).json().items, [], 'an agency sees its own alerts only');
  t.equal((await dishub({ url: `${base}/alerts?agency=dinkes` })).statusCode, 403);
  t.equal((await as('viewer')({ url: `${base}/alerts` })).json().items.length, 1);

  // Still behind after a small batch: the alert stays open with fresh figures, and no new event.
  const niks = jakartaNiks(7_300_000, 120);
  let key = 0;
  const post = (records: object[]) =>
    dinkes({ method: 'POST', url: `${base}/batches`, headers: { 'idempotency-key': `a-${++key}` }, payload: { records } });
  t.equal((await post(niks.slice(0, 10).map((n) => record(n, { enrolledOn: '2024-11-08' })))).statusCode, 201);
  await eventually(async () => (await dinkes({ url: `${base}/alerts` })).json().items[0]?.details.credited === 10, 10_000, 'fresh figures');
  t.equal(ofType('/dinkes', subscription.secret, 'agency.projected_miss').length, 1, 'raised once per change of state, not per write');

  const ack = await dinkes({ method: 'POST', url: `${base}/alerts/${alert.id}/acknowledge`, payload: { note: 'Outreach week at the puskesmas' } });
  t.equal(ack.statusCode, 200);
  t.match(ack.json().acknowledgement, { by: 'dinkes-test', note: 'Outreach week at the puskesmas' });
  t.equal((await dishub({ method: 'POST', url: `${base}/alerts/${alert.id}/acknowledge`, payload: {} })).statusCode, 403);
  t.equal((await dinkes({ method: 'POST', url: `${base}/alerts/${alert.id}/acknowledge`, payload: { note: '3171014501900000' } })).statusCode, 400);

  // The agency catches up: 100 credited meets the commitment and the alert resolves itself.
  t.equal((await post(niks.slice(10, 100).map((n) => record(n, { enrolledOn: '2024-11-09' })))).statusCode, 201);
  await eventually(async () => (await dinkes({ url: `${base}/alerts` })).json().items.length === 0, 10_000, 'the alert to resolve');
  await eventually(() => ofType('/dinkes', subscription.secret, 'agency.status_changed').some((e) => e.data.to === 'met'));

  // A signed milestone past its due date: overdue on the next WIB day's evaluation.
  const milestone = await dinkes({
    method: 'POST',
    url: `${base}/commitments`,
    payload: { kind: 'milestone', title: 'Pergub on coverage', dueDate: '2024-11-10' },
  });
  await dinkes({
    method: 'POST',
    url: `/v1/commitments/${milestone.json().id}/sign`,
    payload: { signatoryName: 'dr. Ani Ruspitawati', signatoryTitle: 'Kepala Dinas', signedOn: '2024-11-10' },
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  t.equal(ofType('/dinkes', subscription.secret, 'milestone.overdue').length, 0, 'not overdue on its due date');
  now = new Date('2024-11-10T17:00:00Z'); // WIB midnight: 11 Nov
  await eventually(() => ofType('/dinkes', subscription.secret, 'milestone.overdue').length === 1, 10_000, 'the overdue milestone');
  t.match(ofType('/dinkes', subscription.secret, 'milestone.overdue')[0]?.data, { commitmentId: milestone.json().id, dueDate: '2024-11-10' });
  t.match((await dinkes({ url: `${base}/alerts` })).json().items, [{ kind: 'milestone_overdue', commitmentId: milestone.json().id }]);
  for (const nik of niks) t.notOk(receiver.received.some((r) => r.body.includes(nik)));
});
