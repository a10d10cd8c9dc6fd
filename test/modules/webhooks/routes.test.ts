import { Webhook } from 'standardwebhooks';
import t from 'tap';
import { MAX_WEBHOOKS_PER_OWNER } from '../../../src/modules/webhooks/schemas.js';
import { jakartaNiks, record } from '../../fixtures/nik.js';
import { eventually, startReceiver } from '../../fixtures/receiver.js';
import { buildTestApp, fixedClock } from '../../helper.js';

const base = '/v1/agreements/jakarta-uc-2024';
const clock = fixedClock('2024-11-10T05:00:00Z');

t.test('subscriptions: who may create and read them, the secret, and refused targets', async (t) => {
  const { as } = await buildTestApp(t, { clock });
  const admin = as('admin');
  const dinkes = as('agency', 'dinkes');
  const dishub = as('agency', 'dishub');

  const created = await dinkes({ method: 'POST', url: '/v1/webhooks', payload: { url: 'https://203.0.113.10/hooks', events: ['batch.created'] } });
  t.equal(created.statusCode, 201);
  const webhook = created.json();
  t.match(webhook.secret, /^whsec_[A-Za-z0-9+/]{32}$/, 'whsec_ and the base64 of 24 random bytes');
  t.equal(created.headers.location, `/v1/webhooks/${webhook.id}`);
  t.match(webhook, { agency: 'dinkes', active: true, disabledReason: null, events: ['batch.created'] });

  const read = await dinkes({ url: `/v1/webhooks/${webhook.id}` });
  t.equal(read.statusCode, 200);
  t.notOk('secret' in read.json(), 'the secret is shown once, at creation');
  t.equal((await dishub({ url: `/v1/webhooks/${webhook.id}` })).statusCode, 404, 'another agency’s subscription is not revealed');
  t.equal((await as('viewer')({ url: '/v1/webhooks' })).statusCode, 403);
  t.equal(
    (await dishub({ method: 'POST', url: '/v1/webhooks', payload: { url: 'https://203.0.113.10/', events: ['batch.created'], agency: 'dinkes' } }))
      .statusCode,
    403,
  );
  t.equal(
    (await dishub({ method: 'POST', url: '/v1/webhooks', payload: { url: 'https://203.0.113.10/', events: ['batch.created'], agency: null } }))
      .statusCode,
    201,
  );
  t.same(
    (await dishub({ url: '/v1/webhooks' })).json().items.map((w: { agency: string }) => w.agency),
    ['dishub'],
    'an agency lists its own subscriptions only',
  );
  t.equal((await admin({ url: '/v1/webhooks' })).json().items.length, 2);

  for (const url of [
    'http://127.0.0.1:8080/hook',
    'http://localhost/hook',
    'http://[::1]/',
    'http://10.0.0.5/',
    'http://169.254.169.254/latest/meta-data',
    'http://2130706433/',
  ]) {
    const refused = await admin({ method: 'POST', url: '/v1/webhooks', payload: { url, events: ['batch.created'] } });
    t.equal(refused.statusCode, 422, url);
    t.equal(refused.json().type, '/problems/webhook-target-forbidden');
  }
  const patched = await dinkes({ method: 'PATCH', url: `/v1/webhooks/${webhook.id}`, payload: { url: 'http://192.168.1.10/' } });
  t.equal(patched.statusCode, 422, 'a private URL is refused on change too');
  for (const payload of [
    { url: 'ftp://203.0.113.10/', events: ['batch.created'] },
    { url: 'https://203.0.113.10/', events: [] },
    { url: 'https://203.0.113.10/', events: ['batch.created', 'batch.created'] },
    { url: 'https://203.0.113.10/', events: ['no.such'] },
    { url: 'https://203.0.113.10/', events: ['batch.created'], description: 'NIK 3171014501900000' },
  ]) {
    t.equal((await dinkes({ method: 'POST', url: '/v1/webhooks', payload })).statusCode, 400, JSON.stringify(payload));
  }

  const rotated = await dinkes({ method: 'POST', url: `/v1/webhooks/${webhook.id}/rotate-secret` });
  t.equal(rotated.statusCode, 200);
  t.not(rotated.json().secret, webhook.secret);
  t.equal(rotated.json().previousSecretExpiresAt, (await dinkes({ url: `/v1/webhooks/${webhook.id}` })).json().previousSecretExpiresAt);

  t.equal((await dinkes({ method: 'DELETE', url: `/v1/webhooks/${webhook.id}` })).statusCode, 204);
  t.equal((await dinkes({ url: `/v1/webhooks/${webhook.id}` })).statusCode, 404);
});

t.test('delivery to a real receiver: signed, retried, switched off by a 410, redelivered by hand', async (t) => {
  const flakyFailures = 3;
  let downIsUp = false;
  const receiver = await startReceiver(t, (path, count) => {
    if (path === '/flaky') return { status: count <= flakyFailures ? 500 : 200 };
    if (path === '/gone') return { status: 410 };
    if (path === '/down') return { status: downIsUp ? 200 : 503 };
    return { status: 204 };
  });
  const { as } = await buildTestApp(t, {
    clock,
    env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_RETRY_SCHEDULE: '1,1,1', WEBHOOK_TIMEOUT_MS: '2000' },
    webhooks: { pollMs: 100 },
  });
  const admin = as('admin');
  const dinkes = as('agency', 'dinkes');
  const subscribe = async (who: typeof admin, path: string, events: string[]) => {
    const res = await who({ method: 'POST', url: '/v1/webhooks', payload: { url: `${receiver.url}${path}`, events } });
    t.equal(res.statusCode, 201, path);
    return res.json() as { id: string; secret: string };
  };
  const own = await subscribe(dinkes, '/dinkes', ['batch.created', 'batch.voided']);
  const flaky = await subscribe(dinkes, '/flaky', ['batch.created']);
  const gone = await subscribe(admin, '/gone', ['batch.created']);
  const down = await subscribe(admin, '/down', ['batch.created']);

  const niks = jakartaNiks(7_100_000, 4);
  const posted = await dinkes({
    method: 'POST',
    url: `${base}/batches`,
    headers: { 'idempotency-key': 'w-1' },
    payload: { records: niks.slice(0, 2).map((n) => record(n)) },
  });
  t.equal(posted.statusCode, 201);
  const batchId = posted.json().id;
  const other = await as(
    'agency',
    'dishub',
  )({
    method: 'POST',
    url: `${base}/batches`,
    headers: { 'idempotency-key': 'w-2' },
    payload: { records: niks.slice(2).map((n) => record(n)) },
  });
  t.equal(other.statusCode, 201);

  await eventually(() => receiver.at('/dinkes').length >= 1, 10_000, 'the agency’s event');
  const [event] = receiver.at('/dinkes');
  const verified = new Webhook(own.secret).verify(event?.body as string, event?.headers as Record<string, string>) as {
    type: string;
    data: Record<string, unknown>;
  };
  t.equal(verified.type, 'batch.created', 'the reference library verifies the signature');
  t.match(verified.data, {
    batchId,
    agreementId: 'jakarta-uc-2024',
    agency: 'dinkes',
    received: 2,
    accepted: 2,
    links: { batch: `/v1/batches/${batchId}` },
  });
  t.throws(() => new Webhook(flaky.secret).verify(event?.body as string, event?.headers as Record<string, string>), 'another secret does not verify');
  for (const nik of niks)
    t.notOk(
      receiver.received.some((r) => r.body.includes(nik)),
      'no NIK in any payload',
    );

  await eventually(() => receiver.at('/flaky').length === flakyFailures + 1, 15_000, 'the retries');
  const flakyIds = new Set(receiver.at('/flaky').map((r) => r.headers['webhook-id']));
  t.equal(receiver.at('/flaky').length, 4, '500 three times, then 200: four attempts');
  t.equal(flakyIds.size, 1, 'one webhook-id across the retries');
  await eventually(async () =>
    (await admin({ url: `/v1/webhooks/${flaky.id}/deliveries` })).json().items.every((d: { status: string }) => d.status === 'succeeded'),
  );
  const log = (await admin({ url: `/v1/webhooks/${flaky.id}/deliveries` })).json().items as {
    status: string;
    attempts: number;
    attemptLog: { statusCode: number }[];
  }[];
  t.same(
    log.map((d) => d.attemptLog.map((a) => a.statusCode)),
    [[500, 500, 500, 200]],
    'the delivery log shows each attempt',
  );
  t.match(log[0], { status: 'succeeded', attempts: 4, nextAttemptAt: null });

  t.equal(receiver.at('/dinkes').length, 1, 'the agency hears nothing of another agency’s batch');

  await eventually(async () => (await admin({ url: `/v1/webhooks/${gone.id}` })).json().active === false, 10_000, 'the 410');
  t.match((await admin({ url: `/v1/webhooks/${gone.id}` })).json(), { active: false, disabledReason: 'gone' });
  t.ok(receiver.at('/gone').length >= 1 && receiver.at('/gone').length <= 2, 'no retry after a 410');

  await eventually(
    async () => (await admin({ url: `/v1/webhooks/${down.id}/deliveries` })).json().items.every((d: { status: string }) => d.status === 'failed'),
    20_000,
    'the retries to run out',
  );
  const failed = (await admin({ url: `/v1/webhooks/${down.id}/deliveries` })).json().items as { id: string; attempts: number; nextAttemptAt: null }[];
  t.same(
    failed.map((d) => [d.attempts, d.nextAttemptAt]),
    [
      [4, null],
      [4, null],
    ],
    'an attempt and 3 retries, then failed',
  );
  const pendingAgain = await admin({ method: 'POST', url: `/v1/webhooks/${flaky.id}/deliveries/${failed[0]?.id}/redeliver` });
  t.equal(pendingAgain.statusCode, 404, 'a delivery is redelivered through its own subscription');
  downIsUp = true;
  const redelivered = await admin({ method: 'POST', url: `/v1/webhooks/${down.id}/deliveries/${failed[0]?.id}/redeliver` });
  t.equal(redelivered.statusCode, 202);
  t.equal(redelivered.json().status, 'pending');
  await eventually(() => receiver.at('/down').some((r) => r.headers['webhook-id'] === failed[0]?.id && receiver.at('/down').indexOf(r) >= 8), 10_000);
  await eventually(async () =>
    (await admin({ url: `/v1/webhooks/${down.id}/deliveries` })).json().items.some((d: { status: string }) => d.status === 'succeeded'),
  );
  t.equal(
    (await admin({ method: 'POST', url: `/v1/webhooks/${down.id}/deliveries/${failed[1]?.id}/redeliver` })).statusCode,
    202,
    'the other one too',
  );

  // A rotation: both secrets sign for the overlap, so a receiver holding either verifies.
  const rotated = (await dinkes({ method: 'POST', url: `/v1/webhooks/${own.id}/rotate-secret` })).json();
  const voided = await dinkes({ method: 'POST', url: `/v1/batches/${batchId}/void`, payload: { reason: 'Posted twice by mistake' } });
  t.equal(voided.statusCode, 200);
  await eventually(() => receiver.at('/dinkes').length >= 2, 10_000, 'the void’s event');
  const after = receiver.at('/dinkes')[1];
  t.match(after?.headers['webhook-signature'], /^v1,\S+ v1,\S+$/);
  for (const secret of [own.secret, rotated.secret]) {
    const body = new Webhook(secret).verify(after?.body as string, after?.headers as Record<string, string>) as { type: string; data: object };
    t.match(body, { type: 'batch.voided', data: { batchId, released: 2, fellBack: 0 } });
  }
});

t.test('reporting periods announce submissions and closes', async (t) => {
  const receiver = await startReceiver(t);
  let now = new Date('2024-11-20T05:00:00Z');
  const { as } = await buildTestApp(t, {
    clock: () => now,
    env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' },
    webhooks: { pollMs: 100 },
  });
  const admin = as('admin');
  const dinkes = as('agency', 'dinkes');
  const dishub = as('agency', 'dishub');
  const types = ['period.submitted', 'period.verified', 'period.accepted', 'period.closed'];
  const all = (await admin({ method: 'POST', url: '/v1/webhooks', payload: { url: `${receiver.url}/all`, events: types } })).json();
  await dishub({ method: 'POST', url: '/v1/webhooks', payload: { url: `${receiver.url}/dishub`, events: types } });
  const november = `${base}/periods/2024-11`;
  t.equal((await dinkes({ method: 'POST', url: `${november}/submissions`, payload: {} })).statusCode, 200);
  now = new Date('2024-12-05T05:00:00Z'); // November is over: it may be closed
  t.equal((await admin({ method: 'POST', url: `${november}/close` })).statusCode, 200);
  await eventually(() => receiver.at('/all').length === 2 && receiver.at('/dishub').length === 1, 10_000, 'the period events');
  const bodies = receiver
    .at('/all')
    .map((r) => new Webhook(all.secret).verify(r.body, r.headers as Record<string, string>) as { type: string; data: object });
  t.same(bodies.map((b) => b.type).sort(), ['period.closed', 'period.submitted']);
  t.match(
    bodies.find((b) => b.type === 'period.submitted'),
    { data: { agency: 'dinkes', period: '2024-11', status: 'submitted' } },
  );
  t.match(
    JSON.parse(receiver.at('/dishub')[0]?.body ?? '{}'),
    { type: 'period.closed', data: { period: '2024-11', version: 1 } },
    'another party hears the close, not dinkes’s submission',
  );
});

t.test('a BPJS confirmation batch is announced to the counterpart that posted it', async (t) => {
  const receiver = await startReceiver(t);
  const { as } = await buildTestApp(t, {
    clock: fixedClock('2024-12-01T05:00:00Z'),
    env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' },
    webhooks: { pollMs: 100 },
  });
  const bpjs = as('agency', 'bpjstk-dki');
  const subscribe = (who: typeof bpjs, path: string) =>
    who({ method: 'POST', url: '/v1/webhooks', payload: { url: `${receiver.url}${path}`, events: ['confirmation.completed'] } });
  const bpjsHook = (await subscribe(bpjs, '/bpjs')).json();
  t.equal((await subscribe(as('agency', 'dinkes'), '/dinkes')).statusCode, 201);

  const niks = jakartaNiks(7000, 3);
  const records = [
    { nik: niks[0], status: 'active', asOf: '2024-11-30' },
    { nik: niks[1], status: 'inactive', asOf: '2024-11-30' },
    { nik: niks[2], status: 'not_found', asOf: '2024-11-29' },
    { nik: 'not a NIK', status: 'active', asOf: '2024-11-30' },
  ];
  const posted = await bpjs({ method: 'POST', url: `${base}/confirmations`, headers: { 'idempotency-key': 'extract-1' }, payload: { records } });
  t.equal(posted.statusCode, 201);
  await eventually(() => receiver.at('/bpjs').length === 1, 10_000, 'the confirmation event');
  const [delivery] = receiver.at('/bpjs');
  const event = new Webhook(bpjsHook.secret).verify(delivery?.body ?? '', delivery?.headers as Record<string, string>) as {
    type: string;
    data: object;
  };
  t.match(event, {
    type: 'confirmation.completed',
    data: {
      confirmationBatchId: posted.json().id,
      agency: 'bpjstk-dki',
      status: 'partially_accepted',
      received: 4,
      accepted: 3,
      rejected: 1,
      active: 1,
      inactive: 1,
      notFound: 1,
      asOf: '2024-11-30',
      links: { confirmation: `/v1/confirmations/${posted.json().id}` },
    },
  });
  for (const nik of niks) t.notOk(delivery?.body.includes(nik as string), 'no NIK in the payload');
  t.equal(receiver.at('/dinkes').length, 0, 'a dinas does not hear BPJS’s batches');
});

t.test(`an agency holds at most ${MAX_WEBHOOKS_PER_OWNER} subscriptions, also when it creates them all at once`, async (t) => {
  const { as } = await buildTestApp(t, { clock, env: { RATE_LIMIT_MAX: '0' } });
  const dinkes = as('agency', 'dinkes');
  const extra = 5;
  const create = (i: number) =>
    dinkes({ method: 'POST', url: '/v1/webhooks', payload: { url: `https://203.0.113.10/hooks/${i}`, events: ['batch.created'] } });
  const answers = await Promise.all(Array.from({ length: MAX_WEBHOOKS_PER_OWNER + extra }, (_, i) => create(i)));
  const statuses = answers.map((a) => a.statusCode);
  t.equal(statuses.filter((s) => s === 201).length, MAX_WEBHOOKS_PER_OWNER, 'exactly the limit was created');
  t.equal(statuses.filter((s) => s === 409).length, extra, 'every one past it is a 409');
  const refused = answers.find((a) => a.statusCode === 409);
  t.match(refused?.headers['content-type'], /^application\/problem\+json/);
  t.match(refused?.json(), { type: '/problems/webhook-limit', status: 409, limit: MAX_WEBHOOKS_PER_OWNER });
  t.equal((await dinkes({ url: `/v1/webhooks?limit=100` })).json().items.length, MAX_WEBHOOKS_PER_OWNER);
  t.equal(
    (await as('agency', 'dishub')({ method: 'POST', url: '/v1/webhooks', payload: { url: 'https://203.0.113.10/d', events: ['batch.created'] } }))
      .statusCode,
    201,
    'the limit is per agency',
  );

  const first = answers.find((a) => a.statusCode === 201)?.json().id as string;
  t.equal((await dinkes({ method: 'DELETE', url: `/v1/webhooks/${first}` })).statusCode, 204);
  t.equal((await create(99)).statusCode, 201, 'one deleted, one may be created');
});
