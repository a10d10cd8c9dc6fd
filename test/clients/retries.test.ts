import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import t from 'tap';
import { createSinergiClient } from '../../clients/typescript/index.js';

/**
 * The client's wrapper over a real socket: a local HTTP server (node:http, a random port) answers
 * with a script of statuses, and records what each request carried. Retries of 409, 429 and 503
 * after `Retry-After`, the Idempotency-Key kept across them, their limit, and the 304 that answers
 * with the representation already held.
 */

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

type Answer = { status: number; headers?: Record<string, string>; body?: unknown };

async function scriptedServer(t: { teardown(fn: () => unknown): void }, script: (seen: Seen, n: number) => Answer) {
  const seen: Seen[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const entry = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body, at: performance.now() };
      seen.push(entry);
      const answer = script(entry, seen.length);
      const problem = answer.status >= 400;
      response.writeHead(answer.status, {
        'content-type': problem ? 'application/problem+json' : 'application/json',
        ...answer.headers,
      });
      response.end(answer.status === 304 || answer.body === undefined ? undefined : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, seen };
}

const problem = (status: number, slug: string) => ({ type: `/problems/${slug}`, title: 'x', status, detail: 'x', requestId: 'req-1' });
const batch = { records: [{ nik: '3171014501900001', segment: 'PU', programs: ['JKK'], enrolledOn: '2024-11-04' }] };
const path = { agreementId: 'jakarta-uc-2024' };

t.test('a batch post answered 409, 429, then 503 is retried after each Retry-After with the same key and body, until its 201', async (t) => {
  const { baseUrl, seen } = await scriptedServer(t, (_seen, n): Answer => {
    if (n === 1) return { status: 409, headers: { 'retry-after': '0' }, body: problem(409, 'idempotency-key-in-use') };
    if (n === 2) return { status: 429, headers: { 'retry-after': '1' }, body: problem(429, 'rate-limited') };
    if (n === 3) return { status: 503, headers: { 'retry-after': '0' }, body: problem(503, 'unavailable') };
    return { status: 201, headers: { location: '/v1/batches/b1' }, body: { id: 'b1', accepted: 1 } };
  });
  const api = createSinergiClient({ baseUrl, token: () => 'jwt-1' });
  const { data, response } = await api.POST('/v1/agreements/{agreementId}/batches', { params: { path }, body: batch } as never);
  t.equal(response.status, 201);
  t.match(data, { id: 'b1', accepted: 1 });
  t.equal(seen.length, 4, 'three retries');
  const keys = new Set(seen.map((s) => s.headers['idempotency-key']));
  t.equal(keys.size, 1, 'one Idempotency-Key for all attempts');
  t.match([...keys][0], /^[0-9a-f-]{36}$/, 'a key the client chose');
  t.same(
    seen.map((s) => s.body),
    Array(4).fill(JSON.stringify(batch)),
    'the same body each time',
  );
  t.ok(
    seen.every((s) => s.headers.authorization === 'Bearer jwt-1'),
    'the token on every attempt',
  );
  t.ok((seen[2]?.at ?? 0) - (seen[1]?.at ?? 0) >= 900, 'the 429’s Retry-After: 1 was waited out');
});

t.test('retries stop at the limit: the last answer is the caller’s', async (t) => {
  const { baseUrl, seen } = await scriptedServer(t, () => ({ status: 503, headers: { 'retry-after': '0' }, body: problem(503, 'unavailable') }));
  const api = createSinergiClient({ baseUrl, retries: 2 });
  const { error, response } = await api.GET('/v1/agreements/{agreementId}/summary', { params: { path } } as never);
  t.equal(response.status, 503);
  t.match(error, { type: '/problems/unavailable' });
  t.equal(seen.length, 3, 'the first attempt and two retries');
});

t.test('other statuses are not retried, and a caller’s own key is kept', async (t) => {
  const { baseUrl, seen } = await scriptedServer(t, () => ({ status: 422, body: problem(422, 'idempotency-key-reused') }));
  const api = createSinergiClient({ baseUrl });
  const { response } = await api.POST('/v1/agreements/{agreementId}/batches', {
    params: { path, header: { 'idempotency-key': 'mine-1' } },
    body: batch,
  } as never);
  t.equal(response.status, 422);
  t.equal(seen.length, 1);
  t.equal(seen[0]?.headers['idempotency-key'], 'mine-1');
});

t.test('a 304 answers with the representation already held, as a 200', async (t) => {
  const summary = { agreementId: 'jakarta-uc-2024', newlyCovered: 42 };
  const { baseUrl, seen } = await scriptedServer(t, (request) =>
    request.headers['if-none-match'] === '"3"' ? { status: 304, headers: { etag: '"3"' } } : { status: 200, headers: { etag: '"3"' }, body: summary },
  );
  const api = createSinergiClient({ baseUrl });
  const first = await api.GET('/v1/agreements/{agreementId}/summary', { params: { path } } as never);
  t.equal(first.response.status, 200);
  t.same(first.data, summary);
  const second = await api.GET('/v1/agreements/{agreementId}/summary', { params: { path } } as never);
  t.equal(seen[1]?.headers['if-none-match'], '"3"', 'the held ETag is sent back');
  t.equal(second.response.status, 200, 'the 304 is answered as a 200');
  t.equal(second.response.headers.get('x-sinergi-not-modified'), 'true');
  t.same(second.data, summary, 'with the figures already held');
});
