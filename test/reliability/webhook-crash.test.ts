import { Webhook } from 'standardwebhooks';
import t from 'tap';
import { signToken } from '../../src/lib/tokens.js';
import { type Received, startReceiver } from '../fixtures/receiver.js';
import { type ServerProcess, startServer } from '../fixtures/server-process.js';
import { testConfig } from '../helper.js';
import { realDatabase } from './lib/database.js';
import { count, recordFigure } from './lib/figures.js';
import { randomSource, sleep } from './lib/traffic.js';

/**
 * Line 12 of the reliability suite — webhooks survive crashes. 1,000 events are pending in the
 * outbox for three subscriptions (an admin's to every event, and two agencies' to their own) whose
 * receivers answer slowly, and the server is SIGKILLed RELIABILITY_WEBHOOK_KILLS times (default
 * 10) mid-delivery and started again on the same database. Afterwards every event reached every
 * subscriber it was for at least once, none reached a subscriber it was not for (each receiver
 * verifies with its own secret, with the Standard Webhooks library), and deduplicating by
 * `webhook-id` leaves exactly one of each.
 */
const KILLS = Number(process.env.RELIABILITY_WEBHOOK_KILLS ?? 10);
const EVENTS = Number(process.env.RELIABILITY_WEBHOOK_EVENTS ?? 1_000);
const SEED = Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000);
const AGREEMENT = 'jakarta-uc-2024';

// Ten restarts of a server process (a few seconds each, far more on a loaded machine): room beyond
// tap's default timeout.
t.setTimeout(600_000);

t.test(`${count(EVENTS)} pending events survive ${KILLS} SIGKILLs: delivered at least once, to the right subscribers only`, async (t) => {
  t.comment(`seed ${SEED}`);
  const random = randomSource(SEED);
  // Each request is verified as it arrives (a signature's timestamp is only good for 5 minutes),
  // with the secret of the subscription whose URL it came to.
  const subscriptions: Record<string, { id: string; secret: string; agency: string | null }> = {};
  const verified = new Map<Received, { data: { agency: string } } | undefined>();
  const receiver = await startReceiver(t, (path, _count, request) => {
    try {
      verified.set(
        request,
        new Webhook(subscriptions[path]?.secret ?? 'whsec_AAAA').verify(request.body, request.headers as Record<string, string>) as never,
      );
    } catch {
      verified.set(request, undefined);
    }
    return { status: 200, delayMs: 20 + Math.floor(Math.random() * 60) };
  });
  const db = await realDatabase(t);
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    RATE_LIMIT_MAX: '0',
    JOB_LEASE_SECONDS: '2',
    WEBHOOK_TIMEOUT_MS: '2000',
    WEBHOOK_MAX_PER_SUBSCRIPTION: '8',
    WEBHOOK_MAX_CONCURRENCY: '24',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_RETRY_SCHEDULE: '1,1,1,1,1,1,1,1,1,1',
  };
  let server: ServerProcess = await startServer(t, env);
  const port = new URL(server.url).port;
  const url = server.url;
  const admin = { authorization: `Bearer ${signToken(testConfig(), { sub: 'ops', role: 'admin' })}`, 'content-type': 'application/json' };

  for (const [path, agency] of [
    ['/all', null],
    ['/dinkes', 'dinkes'],
    ['/dishub', 'dishub'],
  ] as const) {
    const response = await fetch(`${url}/v1/webhooks`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ url: `${receiver.url}${path}`, events: ['batch.created'], agency }),
    });
    t.equal(response.status, 201);
    const body = (await response.json()) as { id: string; secret: string };
    subscriptions[path] = { id: body.id, secret: body.secret, agency };
  }

  // The pending events, as batches of two agencies would have written them (outbox rows).
  await db.query(
    `INSERT INTO webhook_events (id, type, agreement_id, agency_code, audience, data)
     SELECT id, 'batch.created', $1::text, agency, 'agency',
            jsonb_build_object('batchId', id, 'agreementId', $1::text, 'agency', agency, 'commitmentId', null, 'status', 'accepted',
                               'received', 1, 'accepted', 1, 'rejected', 0, 'createdAt', now(), 'links', jsonb_build_object('batch', '/v1/batches/' || id))
     FROM (SELECT gen_random_uuid() AS id, CASE WHEN n % 2 = 0 THEN 'dinkes' ELSE 'dishub' END AS agency FROM generate_series(1, $2::int) n) e`,
    [AGREEMENT, EVENTS],
  );

  const started = Date.now();
  const kills: number[] = [];
  for (let k = 0; k < KILLS; k++) {
    // Mid-delivery: once this instance has delivered something of its own, a random moment later.
    const before = receiver.received.length;
    for (let waited = 0; receiver.received.length === before && waited < 30_000; waited += 50) await sleep(50);
    await sleep(random.int(0, 500));
    if (new Set(receiver.received.map((r) => r.headers['webhook-id'])).size >= EVENTS * 2) break;
    kills.push(receiver.received.length);
    server.child.kill('SIGKILL');
    await server.exited;
    server = await startServer(t, { ...env, PORT: port });
  }
  t.comment(`kills done after ${((Date.now() - started) / 1000).toFixed(1)} s, ${receiver.received.length} received`);
  const expected = EVENTS * 2; // the admin's subscription hears all, each agency's its half
  const unique = () => new Set(receiver.received.map((r) => r.headers['webhook-id'])).size;
  for (let waited = 0; unique() < expected && waited < 150_000; waited += 250) await sleep(250);
  const seconds = (Date.now() - started) / 1000;

  // What each delivery was: its subscription and event (the receivers' view is checked against it).
  const deliveries = await db.query<{ id: string; subscription_id: string; agency_code: string }>(
    `SELECT d.id, d.subscription_id, e.agency_code FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id`,
  );
  const byId = new Map(deliveries.map((d) => [d.id, d]));
  let wrong = 0;
  let unverified = 0;
  const seen = new Map<string, number>();
  for (const request of receiver.received) {
    const subscription = subscriptions[request.path];
    const id = request.headers['webhook-id'] as string;
    const delivery = byId.get(id);
    const payload = verified.get(request);
    if (!payload) unverified++;
    if (!subscription || !delivery || delivery.subscription_id !== subscription.id) wrong++;
    else if (subscription.agency !== null && (delivery.agency_code !== subscription.agency || payload?.data.agency !== subscription.agency)) wrong++;
    seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  const missing = deliveries.filter((d) => !seen.has(d.id)).length;
  const repeats = receiver.received.length - seen.size;
  t.comment(`received so far at each kill: ${kills.join(' ')}`);
  recordFigure(t, {
    line: 12,
    name: 'webhook crash',
    figure:
      `${kills.length} SIGKILLs mid-delivery; ${count(deliveries.length)} deliveries (${count(EVENTS)} events × their subscribers) in ${seconds.toFixed(1)} s: ` +
      `${count(missing)} never received, ${count(wrong)} to a wrong subscriber, ${count(unverified)} failed verification, ` +
      `${count(repeats)} repeats removed by webhook-id, ${count(seen.size)} after deduplication`,
    goal: `${KILLS} kills; ${count(expected)} deliveries, each received ≥ 1×, 0 wrong, 0 unverified; exactly ${count(expected)} after deduplication`,
    ok: kills.length === KILLS && deliveries.length === expected && missing === 0 && wrong === 0 && unverified === 0 && seen.size === expected,
  });
});
