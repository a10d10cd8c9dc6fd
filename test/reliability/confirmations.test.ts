import t from 'tap';
import { openDatabase } from '../../src/db/client.js';
import { confirmationDifferences, recountConfirmations } from '../fixtures/confirmation-recount.js';
import { startServer } from '../fixtures/server-process.js';
import { type SummaryFigures, summaryInconsistencies } from '../fixtures/summary-invariants.js';
import { realDatabase } from './lib/database.js';
import { count, recordFigure } from './lib/figures.js';
import { dumpDatabase, privacyFigure, scanForNiks } from './lib/privacy.js';
import {
  AGREEMENT,
  adminToken,
  agencyToken,
  BatchPlanner,
  type BatchReport,
  participants,
  postBatch,
  randomSource,
  send,
  sleep,
  Tally,
} from './lib/traffic.js';

/**
 * Line 11 — BPJS confirmations under concurrency. Twenty clients on two server processes sharing
 * one PostgreSQL, for a fixed time: agency systems post overlapping enrollment batches and void
 * some, BPJS posts confirmation batches of the same workers (and of workers no agency reported)
 * and voids some. Afterwards, on both instances, every identity holds — confirmedActive +
 * confirmedInactive + notFound + unconfirmed = reported, per agency and overall — and every
 * confirmation figure equals a recount from the stored rows (docs/domain.md §11). The database
 * dump, the responses and an agency's unconfirmed CSV carry no NIK (line 8's scan).
 */
const SECONDS = Number(process.env.RELIABILITY_SECONDS ?? 20);
const ENROLLERS = 14;
const CONFIRMERS = 6;
const SEED = Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000);
const STATUSES = ['active', 'active', 'active', 'inactive', 'not_found'] as const;
const EXTRACT_DAYS = ['2024-11-15', '2024-11-30', '2024-12-31', '2025-01-31'];

t.test(`confirmations and enrollments from ${ENROLLERS + CONFIRMERS} clients on two instances for ${SECONDS} s keep every identity`, async (t) => {
  t.comment(`seed ${SEED} (RELIABILITY_SEED reproduces the traffic)`);
  const db = await realDatabase(t);
  const env = { NODE_ENV: 'production', DATABASE_URL: db.url, RATE_LIMIT_MAX: '1000000' };
  const servers = await Promise.all([startServer(t, env), startServer(t, env)]);
  const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
  const planner = new BatchPlanner({ shared: 3_000, perAgency: 800, outOfRegion: 300 }, 8_000_000);
  const bpjs = agencyToken('bpjstk-dki');
  const writes = new Tally();
  const bodies: string[] = [];
  let batches = 0;
  let confirmationBatches = 0;
  let voids = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const json = { 'content-type': 'application/json' };

  const enroller = async (index: number) => {
    const agency = participants[index % participants.length] as string;
    const random = randomSource(SEED * 100 + index);
    const url = (index % 2 === 0 ? a : b).url;
    for (let n = 0; performance.now() < deadline; n++) {
      const answer = await postBatch(url, planner.plan(random, agency, random.int(20, 150)), `conf-${SEED}-${index}-${n}`);
      writes.add(`batch ${answer.status}`);
      if (answer.status !== 201) continue;
      batches++;
      if (n % 4 === 3) {
        const { id } = JSON.parse(answer.text) as BatchReport;
        const voided = await send(`${url}/v1/batches/${id}/void`, {
          method: 'POST',
          token: agencyToken(agency),
          headers: json,
          body: JSON.stringify({ reason: 'resent' }),
        });
        writes.add(`void ${voided.status}`);
        if (voided.status === 200) voids++;
      }
    }
  };

  const confirmer = async (index: number) => {
    const random = randomSource(SEED * 100 + 50 + index);
    const url = (index % 2 === 0 ? a : b).url;
    for (let n = 0; performance.now() < deadline; n++) {
      // Workers from the agencies' pools (so most are reported) and some BPJS alone knows.
      const plan = planner.plan(random, random.pick(participants), random.int(50, 400));
      const records = plan.records.map((r) => {
        const asOf = random.pick(EXTRACT_DAYS);
        return { nik: r.nik, status: random.pick(STATUSES), asOf, ...(random.next() < 0.5 ? { registeredOn: r.enrolledOn } : {}) };
      });
      const answer = await send(`${url}/v1/agreements/${AGREEMENT}/confirmations`, {
        method: 'POST',
        token: bpjs,
        headers: { ...json, 'idempotency-key': `conf-${SEED}-c${index}-${n}` },
        body: JSON.stringify({ records }),
      });
      writes.add(`confirmation ${answer.status}`);
      if (answer.status !== 201) continue;
      confirmationBatches++;
      if (n % 3 === 2) {
        const { id } = JSON.parse(answer.text) as { id: string };
        const voided = await send(`${url}/v1/confirmations/${id}/void`, {
          method: 'POST',
          token: bpjs,
          headers: json,
          body: JSON.stringify({ reason: 'wrong extract' }),
        });
        writes.add(`confirmation void ${voided.status}`);
        if (voided.status === 200) voids++;
      }
    }
  };
  await Promise.all([...Array.from({ length: ENROLLERS }, (_, i) => enroller(i)), ...Array.from({ length: CONFIRMERS }, (_, i) => confirmer(i))]);
  t.comment(`writes: ${writes}`);

  const handle = await openDatabase({ kind: 'postgres', url: db.url, poolMax: 1 });
  t.teardown(() => handle.close());
  const recount = await recountConfirmations(handle.db, AGREEMENT);
  let diffs: string[] = [];
  for (const server of [a, b]) {
    for (let attempt = 0; ; attempt++) {
      const answer = await send(`${server.url}/v1/agreements/${AGREEMENT}/summary`, { token: adminToken() });
      bodies.push(answer.text);
      const summary = JSON.parse(answer.text);
      const found = [...confirmationDifferences(summary, recount), ...summaryInconsistencies(summary as SummaryFigures)];
      if (found.length === 0 || attempt >= 50) {
        diffs = [...diffs, ...found];
        break;
      }
      await sleep(100);
    }
  }
  const csv = await send(`${a.url}/v1/agreements/${AGREEMENT}/agencies/${participants[0]}/unconfirmed.csv`, { token: adminToken() });
  t.equal(csv.status, 200);
  bodies.push(csv.text);

  const errors = writes.matching((key) => /\s5\d\d$/.test(key));
  const overall = recount.overall;
  recordFigure(t, {
    line: 11,
    name: 'confirmations under concurrency',
    figure:
      `${count(batches)} enrollment and ${count(confirmationBatches)} confirmation batches, ${count(voids)} voids from ${ENROLLERS + CONFIRMERS} clients on 2 instances ` +
      `(${count(overall.reported)} reported: ${count(overall.confirmedActive)} active, ${count(overall.confirmedInactive)} inactive, ${count(overall.notFound)} not found, ` +
      `${count(overall.unconfirmed)} unconfirmed; ${count(overall.bpjsOnly)} BPJS-only): ${diffs.length} identity or recount differences, ${errors} 5xx`,
    goal: '0 differences, 0 5xx',
    ok: batches > 0 && confirmationBatches > 0 && overall.confirmedActive > 0 && diffs.length === 0 && errors === 0,
  });
  t.same(diffs.slice(0, 10), [], 'both instances serve the recount');

  const scan = scanForNiks(planner.sent, { dump: await dumpDatabase(db.url), responses: bodies, logs: servers.map((s) => s.log()) });
  recordFigure(t, privacyFigure('confirmations', scan));
});
