/**
 * `npm run demo`: a live agreement to look at. On the embedded database by default (or on
 * DATABASE_URL), creates the demo agreement `demo-<year>` — its period contains today — with
 * commitments for most dinas (some with area targets), area targets for the agreement, a few weeks
 * of generated batches, BPJS confirmations of part of them and an official figure, all posted
 * through the API like any agency or BPJS would (so every counting rule applies), then serves the
 * app and prints the dashboard's URL with a viewer token. It never touches another agreement.
 *
 * Every step is skipped when already done, so a run that stopped half-way (a crash, Ctrl+C, the
 * server shedding load) is completed by the next run; a complete demo (its official figure, the
 * last step, is recorded) is left as it is. 503 and 429 answers are retried after `Retry-After`.
 *
 * Options: --no-serve (prepare only), --port N.
 */
import { pathToFileURL } from 'node:url';
import type { LightMyRequestResponse } from 'fastify';
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
  /** false when the demo was already complete (then nothing was posted). */
  created: boolean;
  /** true when an earlier, incomplete run was completed. */
  resumed: boolean;
  batches: number;
  records: number;
  confirmations: number;
}

export interface DemoRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  url: string;
  headers: Record<string, string>;
  payload?: object;
}
/** What the demo needs of the app: its in-process `inject`. */
export interface DemoApp {
  inject(request: DemoRequest): Promise<LightMyRequestResponse>;
}

/** Area targets of the agreement (newly covered workers per regency/city code of the NIK). */
const AREA_TARGETS = [
  { areaCode: '3171', workers: 4_000 },
  { areaCode: '3172', workers: 6_500 },
  { areaCode: '3174', workers: 5_500 },
];
/** Area targets on some dinas' commitments (part of their target). */
const COMMITMENT_AREAS: Record<string, { areaCode: string; workers: number }[]> = {
  dinkes: [
    { areaCode: '3171', workers: 1_200 },
    { areaCode: '3174', workers: 900 },
  ],
  disdik: [{ areaCode: '3172', workers: 1_500 }],
  dlh: [{ areaCode: '3175', workers: 1_000 }],
};
const RETRIES = 6;
const MAX_RETRY_WAIT_S = 30;

/**
 * Creates (or completes) the demo agreement through the app's own API (admin, agency and BPJS
 * tokens). `today` dates a new demo; a resumed one keeps the dates it was started with.
 */
export async function seedDemo(
  app: DemoApp,
  config: Config,
  today: string,
  options: { sleep?: (ms: number) => Promise<void> } = {},
): Promise<DemoResult> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const agreementId = `demo-${today.slice(0, 4)}`;
  const base = `/v1/agreements/${agreementId}`;
  const bearer = (claims: Parameters<typeof signToken>[1]) => ({ authorization: `Bearer ${signToken(config, { ttl: '1h', ...claims })}` });
  const admin = bearer({ sub: 'demo', role: 'admin' });
  const bpjs = bearer({ sub: 'demo-bpjstk-dki', role: 'agency', agency: 'bpjstk-dki' });
  // A loaded server sheds requests with 503 (under pressure) or 429 (rate limit): wait as told and retry, a bounded number of times.
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, headers: Record<string, string>, payload?: object) => {
    for (let attempt = 0; ; attempt++) {
      const response = await app.inject({ method, url, headers, payload });
      if ((response.statusCode === 503 || response.statusCode === 429) && attempt < RETRIES) {
        const seconds = Number(response.headers['retry-after']);
        await sleep(1000 * Math.min(MAX_RETRY_WAIT_S, Number.isFinite(seconds) && seconds >= 0 ? seconds : 2 ** attempt));
        continue;
      }
      if (response.statusCode >= 400 && !(method === 'GET' && response.statusCode === 404)) {
        throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
      }
      return response;
    }
  };
  /** Every item of a paged list. */
  const all = async <T>(url: string, headers: Record<string, string>): Promise<T[]> => {
    const items: T[] = [];
    let cursor: string | null = null;
    do {
      const page = (
        await call('GET', `${url}${url.includes('?') ? '&' : '?'}limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, headers)
      ).json() as { items: T[]; nextCursor: string | null };
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  };

  const existing = await call('GET', base, admin);
  const resumed = existing.statusCode === 200;
  if (resumed && (await all(`${base}/official-figures`, admin)).length > 0) {
    return { agreementId, created: false, resumed: false, batches: 0, records: 0, confirmations: 0 };
  }
  // A resumed demo keeps its dates: the day it was started on is its period start + 7 × WEEKS − 1.
  const periodStart = resumed ? (existing.json().periodStart as string) : addDays(today, -7 * WEEKS + 1);
  const day = addDays(periodStart, 7 * WEEKS - 1);
  const targetDate = addDays(day, 8 * 7);
  const note = 'Angka contoh untuk demo, bukan angka resmi.';
  if (!resumed) {
    await call('POST', '/v1/agreements', admin, {
      id: agreementId,
      title: `Demo Sinergi ${today.slice(0, 4)} — data contoh`,
      description: 'Perjanjian contoh yang dibuat oleh npm run demo: semua angka dan batch dihasilkan, bukan data nyata.',
      regionCode: '31',
      periodStart,
      baseline: { workers: 120_000, asOf: periodStart, source: 'Data contoh (demo)', note },
      target: { workers: 160_000, date: targetDate, source: 'Data contoh (demo)', note },
      workforce: { workers: 250_000, asOf: periodStart, source: 'Data contoh (demo)', note },
      areaTargets: AREA_TARGETS,
    });
  }
  // Parties: PUT is idempotent.
  await call('PUT', `${base}/parties/disnakertransgi`, admin, { role: 'lead', joinedOn: periodStart });
  await call('PUT', `${base}/parties/bpjstk-dki`, admin, { role: 'counterpart', joinedOn: periodStart });
  for (const code of [...COMMITTED.map(([c]) => c), ...UNCOMMITTED, 'dukcapil', 'dprkp', 'diskominfotik']) {
    await call('PUT', `${base}/parties/${code}`, admin, { role: 'participant', joinedOn: periodStart });
  }

  // Commitments: created unless one of the same agency and title exists; signed unless active.
  type Commitment = { id: string; agency: string; title: string; status: string };
  const commitments = await all<Commitment>(`${base}/commitments`, admin);
  const commitment = async (payload: { agency: string; title: string } & Record<string, unknown>) => {
    let found = commitments.find((c) => c.agency === payload.agency && c.title === payload.title);
    if (!found) found = (await call('POST', `${base}/commitments`, admin, payload)).json() as Commitment;
    if (found.status === 'draft') {
      await call('POST', `/v1/commitments/${found.id}/sign`, admin, {
        signatoryName: `Kepala ${payload.agency.toUpperCase()}`,
        signatoryTitle: 'Kepala Dinas',
        signedOn: periodStart,
      });
    }
    return found.id;
  };
  const commitmentIds = new Map<string, string>();
  for (const [code, workers] of COMMITTED) {
    const id = await commitment({
      agency: code,
      kind: 'enrollment',
      title: `Kepesertaan ${workers.toLocaleString('id-ID')} pekerja binaan`,
      targetWorkers: workers,
      dueDate: targetDate,
      ...(COMMITMENT_AREAS[code] ? { areaTargets: COMMITMENT_AREAS[code] } : {}),
    });
    commitmentIds.set(code, id);
  }
  await commitment({
    agency: 'disnakertransgi',
    kind: 'milestone',
    title: 'Rancangan Pergub percepatan perlindungan Jamsostek',
    dueDate: addDays(day, 21),
  });

  // A week at a time per dinas, each record dated on a day of that week, the pace growing over the
  // weeks; about one record in twenty repeats a worker another dinas already reported. The records
  // are the same on every run, so a batch already posted (found by its externalRef) is skipped.
  const posted = new Set((await all<{ externalRef: string | null }>(`${base}/batches`, admin)).map((b) => b.externalRef));
  const elapsed = 7 * WEEKS;
  const totalDays = elapsed + 8 * 7;
  let n = 0;
  let batches = 0;
  let records = 0;
  /** Distinct workers reported before the last week, with their enrollment date: BPJS confirms part of them. */
  const toConfirm = new Map<string, string>();
  for (let week = 0; week < WEEKS; week++) {
    for (const [code, workers, pace] of [...COMMITTED, ...UNCOMMITTED.map((c) => [c, 140, 1] as [string, number, number])]) {
      const perWeek = Math.round(((workers * pace) / totalDays) * 7 * (0.6 + (0.8 * week) / (WEEKS - 1)));
      const batch = Array.from({ length: perWeek }, (_, i) => {
        const repeat = i % 20 === 19 && n > 100;
        const nik = demoNik(repeat ? (n * 7919) % (n - 50) : n++);
        const kind = SEGMENTS[(i + week) % SEGMENTS.length] as (typeof SEGMENTS)[number];
        const enrolledOn = addDays(periodStart, week * 7 + (i % 7));
        return { nik, ...kind, enrolledOn: enrolledOn > day ? day : enrolledOn };
      });
      if (batch.length === 0) continue;
      if (week < WEEKS - 1) for (const r of batch) if (!toConfirm.has(r.nik)) toConfirm.set(r.nik, r.enrolledOn);
      const ref = `${agreementId}-${code}-${week}`;
      if (posted.has(ref)) continue;
      const commitmentId = commitmentIds.get(code);
      await call(
        'POST',
        `${base}/batches`,
        { ...bearer({ sub: `demo-${code}`, role: 'agency', agency: code }), 'idempotency-key': ref },
        { externalRef: ref, ...(commitmentId ? { commitmentId } : {}), records: batch },
      );
      batches++;
      records += batch.length;
    }
  }

  // BPJS's register extract, two days before the demo's day: of the workers reported before the last
  // week, 7 in 10 active, 1 inactive, 1 not found, 1 not yet confirmed; and a few active workers no
  // dinas reported.
  const asOf = addDays(day, -2);
  const statuses = ['active', 'active', 'active', 'active', 'active', 'active', 'active', 'inactive', 'not_found', null] as const;
  const confirmRecords = [...toConfirm].flatMap(([nik, enrolledOn], i) => {
    const status = statuses[i % statuses.length];
    if (!status) return [];
    return [status === 'not_found' ? { nik, status, asOf } : { nik, status, asOf, registeredOn: enrolledOn }];
  });
  for (let i = 0; i < 150; i++) confirmRecords.push({ nik: demoNik(n + i), status: 'active', asOf, registeredOn: addDays(asOf, -(i % 20)) });
  const confirmed = new Set((await all<{ externalRef: string | null }>(`${base}/confirmations`, admin)).map((c) => c.externalRef));
  let confirmations = 0;
  for (let from = 0, part = 0; from < confirmRecords.length; from += 5_000, part++) {
    const ref = `${agreementId}-bpjs-${asOf}-${part}`;
    if (confirmed.has(ref)) continue;
    const chunk = confirmRecords.slice(from, from + 5_000);
    await call('POST', `${base}/confirmations`, { ...bpjs, 'idempotency-key': ref }, { externalRef: ref, records: chunk });
    confirmations += chunk.length;
  }

  // Last: the official figure, a week before the demo's day (its presence marks the demo complete).
  const series = (await call('GET', `${base}/series?from=${addDays(day, -7)}&to=${addDays(day, -7)}`, admin)).json() as {
    points: { cumulativeCovered: number }[];
  };
  const counted = series.points[0]?.cumulativeCovered ?? 120_000;
  await call('POST', `${base}/official-figures`, admin, {
    workers: Math.round(counted * 1.01),
    asOf: addDays(day, -7),
    source: 'Data contoh (demo): rilis BPJS Ketenagakerjaan Kanwil DKI Jakarta, bukan angka resmi',
  });
  return { agreementId, created: !resumed, resumed, batches, records, confirmations };
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
    result.created || result.resumed
      ? `Demo agreement ${result.agreementId}${result.resumed ? ' (an earlier run was incomplete: completed)' : ''}: ${result.batches} batches, ` +
          `${result.records.toLocaleString('id-ID')} records, ${result.confirmations.toLocaleString('id-ID')} confirmations posted in ` +
          `${((Date.now() - started) / 1000).toFixed(1)} s (${database.engine}).`
      : `Demo agreement ${result.agreementId} is complete already; left as it is.`,
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
