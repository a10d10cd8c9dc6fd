/**
 * `npm run demo`: a live agreement to look at. On the embedded database by default (or on
 * DATABASE_URL), creates the demo agreement `demo-<year>` — its period contains today — with
 * commitments for most dinas and a few weeks of generated batches, posted through the API like
 * any agency would (so every counting rule applies), then serves the app and prints the
 * dashboard's URL with a viewer token. It never touches another agreement; if the demo agreement
 * already exists it is left as it is.
 *
 * Options: --no-serve (prepare only), --port N.
 */
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { type Config, ConfigError, loadConfig } from '../src/config.js';
import { openConfiguredDatabase } from '../src/db/open.js';
import { addDays, wibDate } from '../src/domain/time.js';
import { createLogger } from '../src/lib/logger.js';
import { signToken } from '../src/lib/tokens.js';
import { prepareDatabase } from '../src/seed.js';

const WEEKS = 6;

/** Dinas with a commitment (code, workers they commit to, share of it they deliver at today's pace). */
const COMMITTED: [string, number, number][] = [
  ['dinkes', 3_000, 1.15],
  ['disdik', 4_000, 0.9],
  ['dishub', 2_500, 1.05],
  ['dlh', 3_500, 0.6],
  ['ppkukm', 5_000, 1.0],
  ['dinsos', 4_500, 0.75],
  ['binamarga', 1_500, 1.3],
  ['sda', 1_200, 0.5],
  ['citata', 2_000, 0.85],
  ['dkpkp', 1_800, 1.1],
  ['disparekraf', 1_500, 0.95],
  ['dpmptsp', 2_500, 0.7],
];
/** Dinas without a commitment that still report a few workers. */
const UNCOMMITTED = ['gulkarmat', 'dppapp'];

/** A well-formed, generated NIK of DKI Jakarta (not a real person's): the n-th of a fixed sequence. */
export function demoNik(n: number): string {
  const pad = (v: number, width = 2) => String(v).padStart(width, '0');
  const regency = ['01', '71', '72', '73', '74', '75'][n % 6] as string;
  const serial = 1 + (Math.floor(n / 6) % 9999);
  let rest = Math.floor(n / 6 / 9999);
  const district = 1 + (rest % 40);
  rest = Math.floor(rest / 40);
  const day = 1 + ((n * 7) % 28);
  const month = 1 + ((n * 5 + rest) % 12);
  const female = n % 2 === 1;
  return `31${regency}${pad(district)}${pad(female ? day + 40 : day)}${pad(month)}${pad(70 + (n % 30))}${pad(serial, 4)}`;
}

const SEGMENTS = [
  { segment: 'PU', programs: ['JKK', 'JKM', 'JHT', 'JP'] },
  { segment: 'PU', programs: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'] },
  { segment: 'BPU', programs: ['JKK', 'JKM'] },
  { segment: 'BPU', programs: ['JKK', 'JKM', 'JHT'] },
  { segment: 'JAKON', programs: ['JKK', 'JKM'] },
];

export interface DemoResult {
  agreementId: string;
  created: boolean;
  batches: number;
  records: number;
}

/**
 * Creates the demo agreement through the app's own API (admin and agency tokens). Idempotent:
 * an existing demo agreement is left alone.
 */
export async function seedDemo(app: FastifyInstance, config: Config, today: string): Promise<DemoResult> {
  const agreementId = `demo-${today.slice(0, 4)}`;
  const bearer = (claims: Parameters<typeof signToken>[1]) => ({ authorization: `Bearer ${signToken(config, { ttl: '1h', ...claims })}` });
  const admin = bearer({ sub: 'demo', role: 'admin' });
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, headers: Record<string, string>, payload?: object) => {
    const response = await app.inject({ method, url, headers, payload });
    if (response.statusCode >= 400 && !(method === 'GET' && response.statusCode === 404)) {
      throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    }
    return response;
  };

  if ((await call('GET', `/v1/agreements/${agreementId}`, admin)).statusCode === 200) {
    return { agreementId, created: false, batches: 0, records: 0 };
  }

  const periodStart = addDays(today, -7 * WEEKS + 1);
  const targetDate = addDays(today, 8 * 7);
  const note = 'Angka contoh untuk demo, bukan angka resmi.';
  await call('POST', '/v1/agreements', admin, {
    id: agreementId,
    title: `Demo Sinergi ${today.slice(0, 4)} — data contoh`,
    description: 'Perjanjian contoh yang dibuat oleh npm run demo: semua angka dan batch dihasilkan, bukan data nyata.',
    regionCode: '31',
    periodStart,
    baseline: { workers: 120_000, asOf: periodStart, source: 'Data contoh (demo)', note },
    target: { workers: 160_000, date: targetDate, source: 'Data contoh (demo)', note },
    workforce: { workers: 250_000, asOf: periodStart, source: 'Data contoh (demo)', note },
  });
  await call('PUT', `/v1/agreements/${agreementId}/parties/disnakertransgi`, admin, { role: 'lead', joinedOn: periodStart });
  await call('PUT', `/v1/agreements/${agreementId}/parties/bpjstk-dki`, admin, { role: 'counterpart', joinedOn: periodStart });
  for (const code of [...COMMITTED.map(([c]) => c), ...UNCOMMITTED, 'dukcapil', 'dprkp', 'diskominfotik']) {
    await call('PUT', `/v1/agreements/${agreementId}/parties/${code}`, admin, { role: 'participant', joinedOn: periodStart });
  }
  for (const [code, workers] of COMMITTED) {
    const created = await call('POST', `/v1/agreements/${agreementId}/commitments`, admin, {
      agency: code,
      kind: 'enrollment',
      title: `Kepesertaan ${workers.toLocaleString('id-ID')} pekerja binaan`,
      targetWorkers: workers,
      dueDate: targetDate,
    });
    await call('POST', `/v1/commitments/${created.json().id}/sign`, admin, {
      signatoryName: `Kepala ${code.toUpperCase()}`,
      signatoryTitle: 'Kepala Dinas',
      signedOn: periodStart,
    });
  }
  await call('POST', `/v1/agreements/${agreementId}/commitments`, admin, {
    agency: 'disnakertransgi',
    kind: 'milestone',
    title: 'Rancangan Pergub percepatan perlindungan Jamsostek',
    dueDate: addDays(today, 21),
  });

  // A week at a time per dinas, each record dated on a day of that week, the pace growing over the
  // weeks; about one record in twenty repeats a worker another dinas already reported.
  const elapsed = 7 * WEEKS;
  const totalDays = elapsed + 8 * 7;
  let n = 0;
  let batches = 0;
  let records = 0;
  for (let week = 0; week < WEEKS; week++) {
    for (const [code, workers, pace] of [...COMMITTED, ...UNCOMMITTED.map((c) => [c, 140, 1] as [string, number, number])]) {
      const perWeek = Math.round(((workers * pace) / totalDays) * 7 * (0.6 + (0.8 * week) / (WEEKS - 1)));
      const batch = Array.from({ length: perWeek }, (_, i) => {
        const repeat = i % 20 === 19 && n > 100;
        const nik = demoNik(repeat ? (n * 7919) % (n - 50) : n++);
        const kind = SEGMENTS[(i + week) % SEGMENTS.length] as (typeof SEGMENTS)[number];
        const enrolledOn = addDays(periodStart, week * 7 + (i % 7));
        return { nik, ...kind, enrolledOn: enrolledOn > today ? today : enrolledOn };
      });
      if (batch.length === 0) continue;
      await call(
        'POST',
        `/v1/agreements/${agreementId}/batches`,
        { ...bearer({ sub: `demo-${code}`, role: 'agency', agency: code }), 'idempotency-key': `${agreementId}-${code}-${week}` },
        { records: batch },
      );
      batches++;
      records += batch.length;
    }
  }
  return { agreementId, created: true, batches, records };
}

async function main() {
  const args = process.argv.slice(2);
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`sinergi demo: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : config.port;
  const database = await openConfiguredDatabase(config);
  await prepareDatabase(database, config);
  const app = await buildApp(config, { database, logger: createLogger({ ...config, logLevel: 'warn' } as Config) });
  const started = Date.now();
  const result = await seedDemo(app, config, wibDate(new Date()));
  console.log(
    result.created
      ? `Demo agreement ${result.agreementId}: ${result.batches} batches, ${result.records.toLocaleString('id-ID')} records posted in ${((Date.now() - started) / 1000).toFixed(1)} s (${database.engine}).`
      : `Demo agreement ${result.agreementId} already exists; left as it is.`,
  );
  if (args.includes('--no-serve')) {
    await app.close();
    return;
  }
  await app.listen({ host: config.host, port });
  const viewer = signToken(config, { sub: 'demo-viewer', role: 'viewer', ttl: '8h' });
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  console.log(
    `\nDashboard (viewer token valid 8 hours; Ctrl+C to stop):\n\n  http://${host}:${port}/dashboard/${result.agreementId}#token=${viewer}\n`,
  );
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error('sinergi demo: failed', error);
    process.exit(1);
  });
}
