import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import t from 'tap';
import { loadConfig } from '../../../src/config.js';
import { DEFAULT_RETRY_SCHEDULE, MAX_RESPONSE_BYTES, retryDelayMs } from '../../../src/modules/webhooks/dispatcher.js';
import { generateSecret, SecretBox, signatureHeader } from '../../../src/modules/webhooks/secrets.js';
import { sendWebhook } from '../../../src/modules/webhooks/send.js';
import { TEST_ENV } from '../../helper.js';

const options = { timeoutMs: 500, allowPrivate: true, maxResponseBytes: MAX_RESPONSE_BYTES, signal: new AbortController().signal };

async function server(t: { teardown(fn: () => unknown): void }, handler: Parameters<typeof createServer>[1]) {
  const s = createServer(handler);
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  t.teardown(() => {
    s.closeAllConnections();
    return new Promise((resolve) => s.close(resolve));
  });
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

t.test('an attempt reports the status, or why there is none: timeout, refused connection, refused target, stopped', async (t) => {
  const url = await server(t, (request, response) => {
    if (request.url === '/slow') setTimeout(() => response.end(), 2_000);
    else if (request.url === '/huge') response.end(Buffer.alloc(MAX_RESPONSE_BYTES * 4));
    else response.writeHead(302, { location: 'http://169.254.169.254/' }).end();
  });
  t.match(await sendWebhook(`${url}/slow`, {}, '{}', options), { statusCode: null, error: 'timeout' });
  t.match(await sendWebhook(`${url}/huge`, {}, '{}', options), { statusCode: 200, error: null }, 'a huge answer is cut off, its status kept');
  t.match(await sendWebhook(`${url}/redirect`, {}, '{}', options), { statusCode: 302, error: null }, 'a redirect is not followed');
  t.match(await sendWebhook(`${url}/x`, {}, '{}', { ...options, allowPrivate: false }), { statusCode: null, error: 'target-forbidden (loopback)' });
  t.match(await sendWebhook('http://169.254.169.254/latest', {}, '{}', options), { statusCode: null, error: 'target-forbidden (metadata)' });
  t.match(await sendWebhook('http://127.0.0.1:1/', {}, '{}', options), { statusCode: null, error: /^connection \(/ });
  t.match(await sendWebhook('http://no-such-host.invalid/', {}, '{}', options), { statusCode: null, error: /^dns \(/ });
  const stop = new AbortController();
  const stopped = sendWebhook(`${url}/slow`, {}, '{}', { ...options, timeoutMs: 5_000, signal: stop.signal });
  setTimeout(() => stop.abort(), 100);
  t.match(await stopped, { statusCode: null, error: 'stopped' });
});

t.test('the retry schedule spans more than 24 hours whatever the jitter, and then ends', async (t) => {
  const total = (random: number) =>
    DEFAULT_RETRY_SCHEDULE.reduce((sum, _s, i) => sum + (retryDelayMs(i + 1, DEFAULT_RETRY_SCHEDULE, random) ?? 0), 0);
  t.ok(total(0) >= 24 * 3_600_000, `${(total(0) / 3_600_000).toFixed(2)} h at the least jitter`);
  t.ok(total(0.999) <= 31 * 3_600_000);
  t.equal(retryDelayMs(1, DEFAULT_RETRY_SCHEDULE, 0.5), 5_000);
  t.equal(retryDelayMs(DEFAULT_RETRY_SCHEDULE.length + 1, DEFAULT_RETRY_SCHEDULE, 0.5), null);
});

t.test('secrets: sealed per subscription, and the signature is the specification’s', async (t) => {
  const box = new SecretBox(TEST_ENV.IMPORT_ENCRYPTION_KEY);
  const secret = generateSecret();
  const sealed = box.seal('a', secret);
  t.notOk(sealed.toString('latin1').includes(secret.slice(6)), 'not readable at rest');
  t.equal(box.open('a', sealed), secret);
  t.throws(() => box.open('b', sealed), 'a sealed secret copied to another subscription does not open');
  t.throws(() => new SecretBox('another-key-that-is-at-least-32-bytes-long').open('a', sealed));
  // The example of the Standard Webhooks specification's test vectors.
  t.equal(
    signatureHeader(['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'], 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}'),
    'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
  );
});

t.test('production refuses a retry schedule shorter than a day', async (t) => {
  const production = {
    ...TEST_ENV,
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://localhost/x',
  };
  t.throws(() => loadConfig({ ...production, WEBHOOK_RETRY_SCHEDULE: '1,1,1' }), /24 hours/);
  t.same(loadConfig({ ...production, WEBHOOK_RETRY_SCHEDULE: '5s,5m,30m,2h,5h,10h,10h' }).webhooks.retrySchedule, DEFAULT_RETRY_SCHEDULE);
  t.equal(loadConfig({ ...TEST_ENV, WEBHOOK_RETRY_SCHEDULE: '1,1' }).webhooks.retrySchedule?.length, 2);
  t.throws(() => loadConfig({ ...TEST_ENV, WEBHOOK_RETRY_SCHEDULE: 'soon' }));
});
