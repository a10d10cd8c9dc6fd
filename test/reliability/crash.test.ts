import pg from 'pg';
import t from 'tap';
import { type ServerProcess, startServer } from '../fixtures/server-process.js';
import { realDatabase } from './lib/database.js';
import { count, recordFigure } from './lib/figures.js';
import { dumpDatabase, privacyFigure, scanForNiks } from './lib/privacy.js';
import { checkBatchIntegrity, recountCounters } from './lib/recount.js';
import {
  AGREEMENT,
  BatchPlanner,
  type BatchReport,
  networkFailure,
  participants,
  postBatch,
  randomSource,
  readSummary,
  sleep,
  Tally,
} from './lib/traffic.js';

/**
 * Line 2 of the reliability suite — crash. The server process is killed with SIGKILL while batches are being
 * written, RELIABILITY_KILLS times (default 20), and started again on the same database. Every
 * client retries its batch with the same Idempotency-Key until it is acknowledged, as the API
 * tells agency systems to. Afterwards: every acknowledged batch is stored once, none is
 * half-written, and the counters the summary reads equal a recount from the stored rows.
 */
const KILLS = Number(process.env.RELIABILITY_KILLS ?? 20);
const CLIENTS = 8;
/** Large batches, so that a batch takes long enough to write for a kill to land inside it. */
const BATCH_SIZE = [200, 1_000] as const;
const SEED = Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000);

interface Acknowledgement {
  key: string;
  report: BatchReport;
  /** Answered from the idempotency record: an earlier attempt had committed. */
  replayed: boolean;
  inRegion: string[];
  attempts: number;
}

t.test(`the server is SIGKILLed ${KILLS} times mid-batch: every acknowledged batch is stored once and whole, counters equal a recount`, async (t) => {
  t.comment(`seed ${SEED} (RELIABILITY_SEED reproduces the batches)`);
  const db = await realDatabase(t);
  const env = { NODE_ENV: 'production', DATABASE_URL: db.url, RATE_LIMIT_MAX: '1000000' };
  let server: ServerProcess = await startServer(t, env);
  // Restarts listen on the same port: the clients keep one address, as behind a load balancer.
  const port = new URL(server.url).port;
  const url = server.url;
  const logs: (() => string)[] = [server.log];

  // A connection of the test's own, to see how many of the server's transactions are open when it dies.
  const observer = new pg.Client({ connectionString: db.url, application_name: 'sinergi-reliability-observer' });
  await observer.connect();
  t.teardown(() => observer.end());
  const openTransactions = async () => {
    const { rows } = await observer.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = 'sinergi' AND xact_start IS NOT NULL`,
    );
    return Number(rows[0]?.n ?? 0);
  };

  const planner = new BatchPlanner({ shared: 20_000, perAgency: 5_000, outOfRegion: 3_000 });
  const statuses = new Tally();
  const bodies: string[] = [];
  const acknowledged = new Map<string, Acknowledgement>();
  const unexpected: string[] = [];
  /** Keys whose request was cut off at least once (sent, then the connection died unanswered). */
  const cutOffKeys = new Set<string>();
  let inFlight = 0;
  let stopping = false;

  /** One agency system: posts batch after batch, each retried with its key until acknowledged. */
  const client = async (index: number) => {
    const agency = participants[(index * 2) % participants.length] as string;
    const random = randomSource(SEED * 100 + index);
    for (let n = 0; !stopping; n++) {
      const batch = planner.plan(random, agency, random.int(...BATCH_SIZE));
      const key = `crash-${SEED}-${index}-${n}`;
      for (let attempts = 1; ; attempts++) {
        inFlight++;
        let answer: Awaited<ReturnType<typeof postBatch>>;
        try {
          answer = await postBatch(url, batch, key);
        } catch (error) {
          const failure = networkFailure(error);
          statuses.add(`network: ${failure}`);
          if (failure === 'cut off') cutOffKeys.add(key);
          await sleep(random.int(50, 150));
          continue;
        } finally {
          inFlight--;
        }
        statuses.add(answer.status);
        bodies.push(answer.text);
        if (answer.status === 201) {
          const report = JSON.parse(answer.text) as BatchReport;
          const replayed = answer.headers.get('idempotent-replayed') === 'true';
          acknowledged.set(key, { key, report, replayed, inRegion: batch.inRegion, attempts });
          break;
        }
        // 409: the killed process's transaction still holds the key until PostgreSQL notices
        // the dead connection; 503: the server is still warming up. Both say: retry shortly.
        if (answer.status === 409 || answer.status === 503) {
          await sleep(random.int(50, 150));
          continue;
        }
        unexpected.push(`${key}: ${answer.status} ${answer.text.slice(0, 200)}`);
        break;
      }
    }
  };
  const clients = Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));

  // The killer: once the new process has acknowledged a batch (the clients are no longer in step
  // after the restart) and several batches are in flight, waits a random 20–400 ms and kills.
  const killer = randomSource(SEED);
  const kills: { inFlight: number; openTransactions: number }[] = [];
  for (let k = 0; k < KILLS; k++) {
    const acksBefore = acknowledged.size;
    for (let waited = 0; acknowledged.size === acksBefore && waited < 10_000; waited += 5) await sleep(5);
    for (let waited = 0; inFlight < 2 && waited < 10_000; waited += 5) await sleep(5);
    await sleep(killer.int(20, 400));
    const open = await openTransactions();
    const flying = inFlight;
    server.child.kill('SIGKILL');
    await server.exited;
    kills.push({ inFlight: flying, openTransactions: open });
    server = await startServer(t, { ...env, PORT: port });
    logs.push(server.log);
  }
  // Let every client see its current batch acknowledged by the last process, then stop.
  stopping = true;
  await clients;

  const cutOff = statuses.get('network: cut off');
  const replayedAfterCut = [...acknowledged.values()].filter((ack) => ack.replayed && cutOffKeys.has(ack.key)).length;
  t.comment(`answers by status: ${statuses}`);
  t.comment(`in flight at each kill: ${kills.map((k) => k.inFlight).join(' ')}`);
  t.comment(`open transactions at each kill: ${kills.map((k) => k.openTransactions).join(' ')}`);
  recordFigure(t, {
    line: 2,
    name: 'crash',
    figure:
      `${kills.length} SIGKILLs, each with batches in flight (${count(cutOff)} requests cut off, ` +
      `${kills.reduce((sum, k) => sum + k.openTransactions, 0)} open transactions at the kills); ` +
      `${replayedAfterCut} cut-off batches had committed and were answered on retry from the idempotency record`,
    goal: `${KILLS} kills, each mid-batch`,
    ok: kills.length === KILLS && kills.every((k) => k.inFlight > 0) && cutOff >= KILLS,
  });
  t.same(unexpected, [], 'no answer but 201, 409 (key in use) or 503 (retry)');

  // Stored: exactly the acknowledged batches, once each, as their reports say.
  const acks = [...acknowledged.values()];
  const stored = await db.query<{ id: string } & Record<string, string | number>>(
    `SELECT id::text, agency_code, received, accepted, duplicates_in_batch, duplicates_same_agency,
            duplicates_other_agency, out_of_region, rejected, credited
     FROM enrollment_batches WHERE agreement_id = $1`,
    [AGREEMENT],
  );
  const storedById = new Map(stored.map((row) => [row.id, row]));
  const missing = acks.filter((ack) => !storedById.has(ack.report.id)).length;
  const ackedIds = new Set(acks.map((ack) => ack.report.id));
  const extra = stored.filter((row) => !ackedIds.has(row.id)).length;
  const differing = acks.filter((ack) => {
    const row = storedById.get(ack.report.id);
    const r = ack.report;
    return (
      row &&
      [
        [row.agency_code, r.agency],
        [row.received, r.received],
        [row.accepted, r.accepted],
        [row.duplicates_in_batch, r.duplicates.inBatch],
        [row.duplicates_same_agency, r.duplicates.sameAgency],
        [row.duplicates_other_agency, r.duplicates.otherAgency],
        [row.out_of_region, r.outOfRegion],
        [row.rejected, r.rejected],
        [row.credited, r.credited],
      ].some(([a, b]) => String(a) !== String(b))
    );
  }).length;
  const integrity = await checkBatchIntegrity(db, AGREEMENT);
  const { answer, summary } = await readSummary(url);
  bodies.push(answer.text);
  const recount = await recountCounters(db, AGREEMENT, summary);
  const distinctInRegion = new Set(acks.flatMap((ack) => ack.inRegion)).size;
  t.same(integrity.broken.slice(0, 10), [], 'every stored batch matches its report');
  t.same(recount.diffs.slice(0, 10), [], 'every counter equals its recount');

  recordFigure(t, {
    line: 2,
    name: 'crash',
    figure:
      `${count(acks.length)} batches acknowledged, ${count(stored.length)} stored: ${missing} missing, ${extra} unacknowledged or twice, ` +
      `${differing} unlike their report, ${integrity.broken.length + integrity.orphanKeys} half-written`,
    goal: 'each acknowledged batch stored once, whole',
    ok: acks.length > 0 && missing === 0 && extra === 0 && differing === 0 && integrity.broken.length === 0 && integrity.orphanKeys === 0,
  });
  recordFigure(t, {
    line: 2,
    name: 'crash',
    figure:
      `${recount.diffs.length} of ${count(recount.compared)} counters differ from a recount of the stored rows; ` +
      `newlyCovered ${count(summary.newlyCovered)} = ${count(distinctInRegion)} distinct in-region NIKs acknowledged`,
    goal: '0 differ, equal',
    ok: recount.diffs.length === 0 && summary.newlyCovered === distinctInRegion && recount.credited === distinctInRegion,
  });

  const scan = scanForNiks(planner.sent, {
    dump: await dumpDatabase(db.url),
    logs: logs.map((log) => log()),
    responses: bodies,
  });
  recordFigure(t, privacyFigure('crash', scan));
});
