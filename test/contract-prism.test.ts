import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { projectRoot } from '../src/lib/paths.js';
import { record, syntheticNik } from './fixtures/nik.js';
import { buildTestApp, fixedClock } from './helper.js';

/**
 * Prism, a validating gateway integrators put in front of an API, run as a proxy in front of a
 * real server with the committed document: what it lets through is what the server takes (a
 * mixed batch gets the server's 201), what it refuses the server refuses with a 400, and the
 * server's answers raise no violation.
 */

const PRISM_REFUSAL = 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startPrism(upstream: string, port: number): Promise<ChildProcess> {
  const cli = path.join(projectRoot, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');
  const document = path.join(projectRoot, 'openapi', 'openapi.json');
  const prism = spawn(process.execPath, [cli, 'proxy', document, upstream, '--errors', '--port', String(port), '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  prism.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  prism.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  // Bounded: Prism reads the document and starts in a few seconds (up to 3 minutes on a loaded host).
  for (let i = 0; i < 720 && !output.includes('Prism is listening'); i++) {
    if (prism.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!output.includes('Prism is listening')) {
    prism.kill();
    throw new Error(`Prism did not start:\n${output.slice(-2000)}`);
  }
  return prism;
}

t.test('Prism in front of the server accepts exactly what the server accepts', async (t) => {
  const { app, token } = await buildTestApp(t, { clock: fixedClock('2024-12-01T05:00:00Z') });
  const upstream = await app.listen({ port: 0, host: '127.0.0.1' });
  const port = await freePort();
  const prism = await startPrism(upstream, port);
  t.teardown(() => {
    prism.kill();
  });
  const gateway = `http://127.0.0.1:${port}`;
  const headers = { authorization: `Bearer ${token({ role: 'agency', agency: 'dinkes' })}`, 'content-type': 'application/json' };
  const batches = '/v1/agreements/jakarta-uc-2024/batches';
  let key = 0;
  const post = (base: string, body: unknown) =>
    fetch(`${base}${batches}`, { method: 'POST', headers: { ...headers, 'idempotency-key': `prism-${++key}` }, body: JSON.stringify(body) });

  t.test('a mixed batch gets the server’s 201 through Prism, with its per-record errors', async (t) => {
    const res = await post(gateway, { records: [record(syntheticNik(9_300_001)), { nik: 'not a nik' }, 'junk'] });
    t.equal(res.status, 201);
    t.equal(res.headers.get('sl-violations'), null, 'no violation');
    t.match(await res.json(), { accepted: 1, rejected: 2 });
  });

  t.test('a post without Idempotency-Key, the deprecated dry run too: Prism refuses it and the server answers 400', async (t) => {
    for (const query of ['', '?dryRun=true']) {
      const send = (base: string) =>
        fetch(`${base}${batches}${query}`, { method: 'POST', headers, body: JSON.stringify({ records: [record(syntheticNik(9_300_002))] }) });
      const direct = await send(upstream);
      t.equal(direct.status, 400, `server${query}`);
      t.equal(((await direct.json()) as { type: string }).type, '/problems/idempotency-key-missing');
      const through = await send(gateway);
      t.equal(through.status, 422, `Prism${query}`);
      t.match(await through.text(), PRISM_REFUSAL);
    }
  });

  t.test('reads pass through Prism without violations', async (t) => {
    for (const url of ['/v1/agencies?limit=3', '/v1/agreements/jakarta-uc-2024/summary', `${batches}?limit=2`]) {
      const res = await fetch(`${gateway}${url}`, { headers });
      t.equal(res.status, 200, url);
      t.equal(res.headers.get('sl-violations'), null, `${url}: no violation`);
    }
  });

  t.test('generated batch requests: Prism refuses one exactly when the server answers it 400', async () => {
    const junk = fc.oneof(fc.constant(null), fc.string({ maxLength: 10 }), fc.integer(), fc.constant({}));
    const body = fc.oneof(
      fc.record(
        {
          agency: fc.constantFrom('dinkes', 'Not A Code'),
          commitmentId: fc.constantFrom('not-a-uuid'),
          records: fc.oneof(
            fc.array(
              fc.oneof(
                fc.integer({ min: 1, max: 9_000 }).map((i) => record(syntheticNik(9_400_000 + i))),
                junk,
              ),
              { maxLength: 4 },
            ),
            junk,
          ),
        },
        { requiredKeys: [] },
      ),
      junk,
    );
    await fc.assert(
      fc.asyncProperty(body, async (sent) => {
        const direct = await post(upstream, sent);
        await direct.body?.cancel();
        const through = await post(gateway, sent);
        const answer = await through.text();
        const refused = through.status === 422 && answer.includes(PRISM_REFUSAL);
        if (refused !== (direct.status === 400)) {
          throw new Error(
            `Prism ${refused ? 'refused' : `passed (${through.status})`}, the server answered ${direct.status}: ${JSON.stringify(sent).slice(0, 200)}`,
          );
        }
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});
