/**
 * Two stress measurements of the batch pipeline on a real socket and PostgreSQL, outside the
 * regular suite (they time things):
 *
 *   npx tsx bench/batch-stress.ts void-contention [--root <checkout>] [--seconds 30]
 *     Ingest rate of one agency (batches of 5,000 fresh workers, two in flight) alone, then while
 *     another agency loops "post 10,000 workers, void them" (`--no-void`: posts only, the control
 *     for the CPU the loop itself takes on a small machine).
 *   npx tsx bench/batch-stress.ts bad-batches [--root <checkout>]
 *     Peak RSS of the server for 8 concurrent batches of 10,000 valid records, then (a fresh server)
 *     for 8 concurrent batches of 10,000 records with six errors each; and one such answer's size.
 *
 * `--root` runs the server of another checkout (e.g. an older commit in a temporary worktree), so
 * before and after are measured by the same client. PostgreSQL: DATABASE_URL's server, else the
 * local one; a database is created per server and dropped at the end.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/lib/paths.js';
import { signToken } from '../src/lib/tokens.js';
import { jakartaNiks, record } from '../test/fixtures/nik.js';
import { DEPLOYED_NODE_FLAGS } from './lib/build.js';
import { Cleanup } from './lib/cleanup.js';
import { adminUrl, createBenchDatabase } from './lib/database.js';
import { memoryStatus } from './lib/proc.js';
import { freePort } from './lib/server.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { root: { type: 'string' }, seconds: { type: 'string' }, 'no-void': { type: 'boolean' } },
});
const root = values.root ?? projectRoot;
const seconds = Number(values.seconds ?? 30);
const MiB = 2 ** 20;

interface Server {
  url: string;
  pid: number;
  post(agency: string, body: string, path?: string): Promise<{ status: number; text: string }>;
  voidBatch(agency: string, id: string): Promise<number>;
}

async function startServer(cleanup: Cleanup): Promise<Server> {
  const db = await createBenchDatabase(adminUrl(), cleanup);
  const port = await freePort();
  const jwtSecret = randomBytes(32).toString('base64url');
  const child: ChildProcess = spawn(process.execPath, [...DEPLOYED_NODE_FLAGS, '--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: db.url,
      JWT_SECRET: jwtSecret,
      NIK_PEPPER: randomBytes(32).toString('base64url'),
      IMPORT_ENCRYPTION_KEY: randomBytes(32).toString('base64url'),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '0',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  cleanup.add('server', async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/health/ready`)).ok) break;
    } catch {}
    if (i > 600) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const tokens = new Map<string, string>();
  const auth = (agency: string) => {
    let token = tokens.get(agency);
    if (!token) {
      token = signToken(
        { jwt: { algorithm: 'HS256', secret: jwtSecret, publicKey: undefined, issuer: 'sinergi', audience: 'sinergi-api', maxTtlSeconds: 86_400 } },
        { sub: `stress-${agency}`, role: 'agency', agency },
      );
      tokens.set(agency, token);
    }
    return `Bearer ${token}`;
  };
  return {
    url,
    pid: child.pid as number,
    async post(agency, body, path = '') {
      const response = await fetch(`${url}/v1/agreements/jakarta-uc-2024/batches${path}`, {
        method: 'POST',
        headers: { authorization: auth(agency), 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body,
      });
      return { status: response.status, text: await response.text() };
    },
    async voidBatch(agency, id) {
      const response = await fetch(`${url}/v1/batches/${id}/void`, {
        method: 'POST',
        headers: { authorization: auth(agency), 'content-type': 'application/json' },
        body: JSON.stringify({ reason: 'stress loop' }),
      });
      await response.text();
      return response.status;
    },
  };
}

const batchBody = (start: number, size: number) => JSON.stringify({ records: jakartaNiks(start, size).map((nik) => record(nik)) });

async function voidContention() {
  const cleanup = new Cleanup();
  try {
    const server = await startServer(cleanup);
    // Each batch takes the next unused range of synthetic NIKs.
    let next = 1_000_000;
    const nextBatch = (size: number) => {
      next += size;
      return batchBody(next, size);
    };
    await server.post('dinkes', nextBatch(5_000)); // warm-up
    const ingestFor = async (ms: number) => {
      const until = performance.now() + ms;
      let records = 0;
      const started = performance.now();
      await Promise.all(
        [0, 1].map(async () => {
          while (performance.now() < until) {
            const res = await server.post('dinkes', nextBatch(5_000));
            if (res.status !== 201) throw new Error(`ingest: ${res.status} ${res.text.slice(0, 300)}`);
            records += 5_000;
          }
        }),
      );
      return records / ((performance.now() - started) / 1000);
    };
    const alone = await ingestFor(seconds * 1000);
    let stop = false;
    const voidTimes: number[] = [];
    const looper = (async () => {
      while (!stop) {
        const res = await server.post('dishub', nextBatch(10_000));
        if (res.status !== 201) throw new Error(`loop post: ${res.status} ${res.text.slice(0, 300)}`);
        if (values['no-void']) continue;
        const started = performance.now();
        const status = await server.voidBatch('dishub', JSON.parse(res.text).id);
        if (status !== 200) throw new Error(`void: ${status}`);
        voidTimes.push(performance.now() - started);
      }
    })();
    const contended = await ingestFor(seconds * 1000);
    stop = true;
    await looper;
    voidTimes.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        root,
        seconds,
        loop: values['no-void'] ? 'post only' : 'post + void',
        ingestAlone: Math.round(alone),
        ingestWithPostVoidLoop: Math.round(contended),
        ratio: Number((contended / alone).toFixed(2)),
        voids: voidTimes.length,
        voidMedianMs: Math.round(voidTimes[Math.floor(voidTimes.length / 2)] ?? 0),
      }),
    );
  } finally {
    await cleanup.runAll();
  }
}

async function peakOf(kind: 'good' | 'bad') {
  const cleanup = new Cleanup();
  try {
    const server = await startServer(cleanup);
    await server.post('dinkes', batchBody(2_000_000, 100)); // warm-up
    const idle = memoryStatus(server.pid)?.rss ?? 0;
    const bad = JSON.stringify({
      records: Array.from({ length: 10_000 }, (_, i) => ({ nik: `x${i}`, segment: 'X', programs: 'x', enrolledOn: 'x', kota: 5, kpj: 'x' })),
    });
    const bodies = Array.from({ length: 8 }, (_, i) => (kind === 'bad' ? bad : batchBody(3_000_000 + i * 10_000, 10_000)));
    const started = performance.now();
    const answers = await Promise.all(bodies.map((body, i) => server.post(i % 2 ? 'dinkes' : 'dishub', body)));
    const wallMs = performance.now() - started;
    for (const a of answers) if (a.status !== 201) throw new Error(`${kind}: ${a.status} ${a.text.slice(0, 300)}`);
    const single = performance.now();
    const one = await server.post('dinkes', kind === 'bad' ? bad : batchBody(4_000_000, 10_000));
    const singleMs = performance.now() - single;
    const peak = memoryStatus(server.pid)?.peakRss ?? 0;
    return {
      kind,
      idleMiB: Math.round(idle / MiB),
      peakMiB: Math.round(peak / MiB),
      eightConcurrentMs: Math.round(wallMs),
      oneBatchMs: Math.round(singleMs),
      answerBytes: Buffer.byteLength(one.text),
    };
  } finally {
    await cleanup.runAll();
  }
}

if (positionals[0] === 'void-contention') await voidContention();
else if (positionals[0] === 'bad-batches') console.log(JSON.stringify({ root, good: await peakOf('good'), bad: await peakOf('bad') }));
else {
  console.error('usage: npx tsx bench/batch-stress.ts void-contention|bad-batches [--root <checkout>] [--seconds 30]');
  process.exitCode = 2;
}
