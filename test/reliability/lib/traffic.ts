import { readFileSync } from 'node:fs';
import { codeInCauseChain } from '../../../src/lib/cause-chain.js';
import { defaultSeedFile } from '../../../src/lib/paths.js';
import { signToken } from '../../../src/lib/tokens.js';
import { invalidNiks, record, syntheticNik } from '../../fixtures/nik.js';
import { testConfig } from '../../helper.js';

/**
 * What the agency systems of the reliability suite send: batches of synthetic workers that
 * overlap within an agency and across agencies, with some out-of-region, repeated and invalid
 * records, posted over real HTTP. Every NIK sent is remembered for the privacy scan, and the
 * in-region ones of acknowledged batches for the exact count the summary must show.
 */

export const AGREEMENT = 'jakarta-uc-2024';

interface Seed {
  agreements: { id: string; parties: { agency: string; role: string }[] }[];
}

/** The agreement's participant agencies (the 17 dinas), from the seed data. */
export const participants: string[] =
  (JSON.parse(readFileSync(defaultSeedFile, 'utf8')) as Seed).agreements
    .find((agreement) => agreement.id === AGREEMENT)
    ?.parties.filter((party) => party.role === 'participant')
    .map((party) => party.agency) ?? [];

/** A small seeded PRNG (mulberry32), so a run's batches can be reproduced from its seed. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T };
}
export type Random = ReturnType<typeof randomSource>;

/** Segments with programs each may carry (docs/domain.md §4), so every valid record passes. */
const COVER = [
  ['PU', ['JKK', 'JKM', 'JHT', 'JP']],
  ['PU', ['JKK', 'JKM', 'JHT', 'JP', 'JKP']],
  ['BPU', ['JKK', 'JKM']],
  ['BPU', ['JKK', 'JKM', 'JHT']],
  ['JAKON', ['JKK', 'JKM']],
  ['PMI', ['JKK', 'JKM', 'JHT']],
] as const;

/** A day inside the 2024 agreement's period (2024-10-23 … 2024-12-31). */
function enrolledOn(random: Random): string {
  const day = new Date(Date.UTC(2024, 9, 23 + random.int(0, 69)));
  return day.toISOString().slice(0, 10);
}

export interface NikPools {
  /** In-region workers every agency may report: overlap across agencies. */
  shared: number;
  /** In-region workers of one agency's own clientele: overlap between that agency's clients. */
  perAgency: number;
  /** Workers with a West Java (32) NIK: valid, kept, never counted for Jakarta. */
  outOfRegion: number;
}

export interface PlannedBatch {
  agency: string;
  records: ReturnType<typeof record>[];
  /** The valid in-region NIKs of the batch (what an acknowledgement makes covered). */
  inRegion: string[];
}

/**
 * Plans batches from the pools. Mix per record: about half from the shared pool, a third from
 * the agency's own, 8 % out of region, 2 % never seen before, and now and then a record repeated
 * within the batch or an invalid NIK (rejected, the batch partially accepted).
 */
export class BatchPlanner {
  /** Every NIK put into a batch, valid or not: what the privacy scan looks for. */
  readonly sent = new Set<string>();
  private fresh = 0;

  constructor(
    private readonly pools: NikPools,
    /** Keeps the NIK ranges of separate planners (processes, test files) apart. */
    private readonly offset = 0,
  ) {}

  private agencyIndex(agency: string) {
    return Math.max(0, participants.indexOf(agency));
  }

  plan(random: Random, agency: string, size: number): PlannedBatch {
    const records: PlannedBatch['records'] = [];
    const inRegion: string[] = [];
    const { shared, perAgency, outOfRegion } = this.pools;
    for (let i = 0; i < size; i++) {
      const roll = random.next();
      let nik: string;
      let valid = true;
      let jakarta = true;
      if (roll < 0.5) nik = syntheticNik(this.offset + random.int(0, shared - 1));
      else if (roll < 0.84) nik = syntheticNik(this.offset + 1_000_000 + this.agencyIndex(agency) * 100_000 + random.int(0, perAgency - 1));
      else if (roll < 0.92) {
        nik = syntheticNik(this.offset + random.int(0, outOfRegion - 1), '32');
        jakarta = false;
      } else if (roll < 0.94) nik = syntheticNik(this.offset + 3_000_000 + this.fresh++);
      else if (roll < 0.99 && records.length > 0) {
        // The same worker twice in one batch: counted once (inBatch).
        records.push({ ...(random.pick(records) as PlannedBatch['records'][number]) });
        continue;
      } else {
        nik = random.pick(Object.values(invalidNiks));
        valid = false;
      }
      const [segment, programs] = random.pick(COVER);
      records.push(record(nik, { segment, programs: [...programs], enrolledOn: enrolledOn(random) }));
      this.sent.add(nik);
      if (valid && jakarta) inRegion.push(nik);
    }
    return { agency, records, inRegion };
  }
}

const config = testConfig();
const tokens = new Map<string, string>();
/** A bearer token of the agency's system (signed like the servers under test verify). */
export function agencyToken(agency: string): string {
  let token = tokens.get(agency);
  if (!token) {
    token = signToken(config, { sub: `${agency}-system`, role: 'agency', agency, ttl: '2h' });
    tokens.set(agency, token);
  }
  return token;
}
export const viewerToken = () => signToken(config, { sub: 'governor-office', role: 'viewer', ttl: '2h' });
export const adminToken = () => signToken(config, { sub: 'reliability-admin', role: 'admin', ttl: '2h' });

/** One HTTP answer, read whole. */
export interface Answer {
  status: number;
  /** From sending the request to having read the whole body. */
  ms: number;
  headers: Headers;
  text: string;
}

/** A request over real HTTP (undici's fetch); a network failure throws, as it would for a client. */
export async function send(url: string, init: RequestInit & { token?: string } = {}): Promise<Answer> {
  const { token, headers, ...rest } = init;
  const started = performance.now();
  const res = await fetch(url, {
    ...rest,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(headers as Record<string, string>) },
  });
  const text = await res.text();
  return { status: res.status, ms: performance.now() - started, headers: res.headers, text };
}

/** POSTs a batch with its Idempotency-Key. */
export const postBatch = (baseUrl: string, batch: PlannedBatch, key: string) =>
  send(`${baseUrl}/v1/agreements/${AGREEMENT}/batches`, {
    method: 'POST',
    token: agencyToken(batch.agency),
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({ records: batch.records }),
  });

/** How a request that got no answer failed: refused (nobody listening) or cut off mid-request. */
export function networkFailure(error: unknown): 'refused' | 'cut off' {
  return codeInCauseChain(error, (code) => code === 'ECONNREFUSED') ? 'refused' : 'cut off';
}

export interface BatchReport {
  id: string;
  agency: string;
  received: number;
  accepted: number;
  duplicates: { inBatch: number; sameAgency: number; otherAgency: number };
  outOfRegion: number;
  rejected: number;
  credited: number;
}

export interface Summary {
  newlyCovered: number;
  agencies: { code: string; credited: number }[];
  bySegment: Record<string, number>;
  byProgram: Record<string, number>;
  byRegency: Record<string, number>;
}

export async function readSummary(baseUrl: string): Promise<{ answer: Answer; summary: Summary }> {
  const answer = await send(`${baseUrl}/v1/agreements/${AGREEMENT}/summary`, { token: viewerToken() });
  if (answer.status !== 200) throw new Error(`summary answered ${answer.status}`);
  return { answer, summary: JSON.parse(answer.text) as Summary };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts answers by status ("201", "503", "network: cut off", …). */
export class Tally {
  readonly counts = new Map<string, number>();
  add(what: string | number) {
    const key = String(what);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  get(what: string | number) {
    return this.counts.get(String(what)) ?? 0;
  }
  total() {
    return [...this.counts.values()].reduce((sum, n) => sum + n, 0);
  }
  matching(test: (key: string) => boolean) {
    return [...this.counts].filter(([key]) => test(key)).reduce((sum, [, n]) => sum + n, 0);
  }
  toString() {
    return [...this.counts]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, n]) => `${key}: ${n}`)
      .join(', ');
  }
}
