import t from 'tap';
import { startServer } from '../fixtures/server-process.js';
import { realDatabase } from './lib/database.js';
import { count, recordFigure } from './lib/figures.js';
import { startPostgresCluster } from './lib/postgres-cluster.js';
import { dumpDatabase, privacyFigure, scanForNiks } from './lib/privacy.js';
import { checkBatchIntegrity, recountCounters } from './lib/recount.js';
import {
  AGREEMENT,
  type Answer,
  BatchPlanner,
  type BatchReport,
  networkFailure,
  participants,
  postBatch,
  randomSource,
  readSummary,
  send,
  sleep,
  viewerToken,
} from './lib/traffic.js';

/**
 * Line 3 of the reliability suite — database restart. PostgreSQL (a private cluster: the machine's shared one
 * serves other tests) is stopped under load, kept down for a few seconds and started again. While
 * it is down, the API answers fast with 503 problem+json and Retry-After — never hangs, never a
 * 500 — and /health/ready says so; once it is back, service resumes by itself, without a restart
 * of the API, and every batch acknowledged before, during or after is stored. Two instances run:
 * A takes the batches, B serves the summary, so B's cache must hear of A's writes again (its
 * LISTEN connection is lost with the database and has to come back on its own).
 */
const CLIENTS = 6;
const BATCH_SIZE = [50, 300] as const;
/** Load on a healthy database before the outage, the outage itself, and service after it. */
const BEFORE_MS = 3_000;
const DOWN_MS = 4_000;
const AFTER_MS = 3_000;
/** A failed request must be answered within this: "fail fast" (the pool waits 5 s at most to connect). */
const FAIL_FAST_MS = 6_000;
const SEED = Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000);

interface Exchange {
  what: 'batch' | 'summary' | 'ready';
  sentAt: number;
  /** undefined: no answer at all (the API itself was unreachable). */
  answer?: Answer;
}

/** What a failure answer must be: a 503 problem, Retry-After, a fixed text and nothing from inside. */
function isCleanUnavailable(answer: Answer): boolean {
  if (answer.status !== 503) return false;
  if (!answer.headers.get('content-type')?.startsWith('application/problem+json')) return false;
  if (!/^\d+$/.test(answer.headers.get('retry-after') ?? '')) return false;
  const body = JSON.parse(answer.text) as Record<string, unknown>;
  const keys = Object.keys(body).sort().join(',');
  return (
    body.type === '/problems/unavailable' &&
    keys === 'detail,instance,requestId,status,title,type' &&
    !/ECONN|postgres|sql|terminat|stack|\.ts\b|node_modules/i.test(answer.text)
  );
}

t.test('PostgreSQL restarts under load: fast 503s with Retry-After, readiness follows, service resumes, nothing acknowledged is lost', async (t) => {
  t.comment(`seed ${SEED} (RELIABILITY_SEED reproduces the batches)`);
  const cluster = await startPostgresCluster(t);
  const db = await realDatabase(t, cluster.url);
  const env = { NODE_ENV: 'production', DATABASE_URL: db.url, RATE_LIMIT_MAX: '1000000' };
  const [server, reader] = await Promise.all([startServer(t, env), startServer(t, env)]);
  const pids = [server.child.pid, reader.child.pid];

  const planner = new BatchPlanner({ shared: 5_000, perAgency: 2_000, outOfRegion: 1_000 });
  const exchanges: Exchange[] = [];
  const acknowledged: { report: BatchReport; inRegion: string[]; sentAt: number; attempts: number }[] = [];
  let stopping = false;
  let unansweredShown = 0;
  const begin = performance.now();
  const now = () => performance.now() - begin;

  /** One request, timed and kept; a network failure is kept as an exchange without an answer. */
  const exchange = async (what: Exchange['what'], request: () => Promise<Answer>): Promise<Answer | undefined> => {
    const sentAt = now();
    try {
      const answer = await request();
      exchanges.push({ what, sentAt, answer });
      return answer;
    } catch (error) {
      exchanges.push({ what, sentAt });
      if (++unansweredShown <= 5) t.comment(`no answer to a ${what} request: ${networkFailure(error)}`);
      return undefined;
    }
  };

  /**
   * An agency system posting batches, each retried with its key until acknowledged. It retries
   * after 200 ms rather than the Retry-After it is given, so that many requests meet the outage.
   */
  const client = async (index: number) => {
    const agency = participants[index % participants.length] as string;
    const random = randomSource(SEED * 100 + index);
    for (let n = 0; !stopping; n++) {
      const batch = planner.plan(random, agency, random.int(...BATCH_SIZE));
      const key = `db-restart-${SEED}-${index}-${n}`;
      for (let attempts = 1; ; attempts++) {
        const sentAt = now();
        const answer = await exchange('batch', () => postBatch(server.url, batch, key));
        if (answer?.status === 201) {
          acknowledged.push({ report: JSON.parse(answer.text) as BatchReport, inRegion: batch.inRegion, sentAt, attempts });
          break;
        }
        await sleep(200);
      }
    }
  };
  /** The governor's office polling the summary, and an orchestrator polling readiness. */
  const poller = async (what: 'summary' | 'ready', url: string, token?: string) => {
    while (!stopping) {
      await exchange(what, () => send(url, { token }));
      await sleep(200);
    }
  };

  const traffic = Promise.all([
    ...Array.from({ length: CLIENTS }, (_, index) => client(index)),
    poller('summary', `${reader.url}/v1/agreements/${AGREEMENT}/summary`, viewerToken()),
    poller('ready', `${server.url}/health/ready`),
  ]);

  await sleep(BEFORE_MS);
  const stopAt = now();
  await cluster.stop();
  const stoppedAt = now();
  await sleep(DOWN_MS);
  const startAt = now();
  await cluster.start();
  const upAt = now();
  // Service resumes by itself: wait (bounded) for a batch sent after the database was back to be acknowledged.
  let resumedAt: number | undefined;
  for (let waited = 0; resumedAt === undefined && waited < 60_000; waited += 50) {
    resumedAt = acknowledged.find((ack) => ack.sentAt >= upAt)?.sentAt;
    if (resumedAt === undefined) await sleep(50);
  }
  await sleep(AFTER_MS);
  stopping = true;
  await traffic;
  const endAt = now();

  const answered = exchanges.filter((e): e is Required<Exchange> => e.answer !== undefined);
  const failed = answered.filter((e) => e.answer.status >= 400);
  const unclean = failed.filter((e) => !isCleanUnavailable(e.answer));
  const slowest = Math.max(0, ...failed.map((e) => e.answer.ms));
  const unanswered = exchanges.length - answered.length;
  const fiveHundreds = answered.filter((e) => e.answer.status === 500).length;
  t.comment(
    `timeline (s): stop ${(stopAt / 1000).toFixed(1)}–${(stoppedAt / 1000).toFixed(1)}, start ${(startAt / 1000).toFixed(1)}–${(upAt / 1000).toFixed(1)}, ` +
      `resumed ${resumedAt === undefined ? 'never' : (resumedAt / 1000).toFixed(1)}, end ${(endAt / 1000).toFixed(1)}`,
  );
  for (const e of unclean.slice(0, 5)) {
    // What the server logged about it (its error, by request id), to explain the finding.
    const requestId = e.answer.headers.get('x-request-id') ?? '';
    const logged = `${server.log()}\n${reader.log()}`.split('\n').filter((line) => requestId && line.includes(requestId) && /"err"/.test(line));
    t.comment(`unclean failure: ${e.what} ${e.answer.status} ${e.answer.text.slice(0, 300)}\n${logged.join('\n').slice(0, 3000)}`);
  }
  const failedBy = (what: Exchange['what']) => failed.filter((e) => e.what === what).length;
  recordFigure(t, {
    line: 3,
    name: 'database restart',
    figure:
      `${count(failed.length)} of ${count(exchanges.length)} requests failed during a ${(DOWN_MS / 1000).toFixed(0)} s outage ` +
      `(${failedBy('batch')} batch posts, ${failedBy('summary')} summaries, ${failedBy('ready')} probes): ` +
      `${failed.length - unclean.length} clean 503 problem+json with Retry-After, ${fiveHundreds} 500, ${unanswered} unanswered; ` +
      `slowest failure ${Math.round(slowest)} ms`,
    goal: `all 503 + Retry-After, none over ${FAIL_FAST_MS / 1000} s`,
    ok: failedBy('batch') > 0 && unclean.length === 0 && unanswered === 0 && slowest < FAIL_FAST_MS,
  });

  // Readiness: 200 before the stop, 503 while down, 200 again after the start.
  const probes = answered.filter((e) => e.what === 'ready');
  const firstDown = probes.find((e) => e.sentAt >= stoppedAt && e.answer.status === 503);
  const downWhileDown = probes.filter((e) => e.sentAt >= stoppedAt && e.sentAt + e.answer.ms <= startAt);
  const firstUp = probes.find((e) => e.sentAt >= upAt && e.answer.status === 200);
  const readyOk =
    probes.filter((e) => e.sentAt + e.answer.ms <= stopAt).every((e) => e.answer.status === 200) &&
    downWhileDown.length > 0 &&
    downWhileDown.every((e) => e.answer.status === 503) &&
    firstUp !== undefined &&
    probes.filter((e) => e.sentAt >= (firstUp?.sentAt ?? Infinity)).every((e) => e.answer.status === 200);
  recordFigure(t, {
    line: 3,
    name: 'database restart',
    figure:
      `/health/ready: 200 before; 503 from ${firstDown ? ((firstDown.sentAt - stopAt) / 1000).toFixed(1) : '—'} s after the stop ` +
      `(${downWhileDown.length} probes while down, all 503); 200 again ${firstUp ? ((firstUp.sentAt - upAt) / 1000).toFixed(1) : '—'} s after the start`,
    goal: '503 while down, 200 before and after',
    ok: readyOk,
  });

  // B, which only read, follows A's writes again: it catches up with what A has stored (by
  // NOTIFY once its LISTEN connection is back, uncached until then), then with one more write.
  const readerCatchesUp = async (newlyCovered: number) => {
    let read = await readSummary(reader.url);
    for (let waited = 0; read.summary.newlyCovered !== newlyCovered && waited < 10_000; waited += 100) {
      await sleep(100);
      read = await readSummary(reader.url);
    }
    return read.summary.newlyCovered === newlyCovered;
  };
  const caughtUp = await readerCatchesUp((await readSummary(server.url)).summary.newlyCovered);
  const late = planner.plan(randomSource(SEED), participants[0] as string, 20);
  const lateAnswer = await postBatch(server.url, late, `db-restart-${SEED}-late`);
  t.equal(lateAnswer.status, 201, 'a batch after the restart is acknowledged');
  const lateReport = JSON.parse(lateAnswer.text) as BatchReport;
  acknowledged.push({ report: lateReport, inRegion: late.inRegion, sentAt: now(), attempts: 1 });
  const readerFollows = caughtUp && (await readerCatchesUp((await readSummary(server.url)).summary.newlyCovered));

  // Recovery without restarting either instance; nothing acknowledged lost.
  const stillRunning = [server, reader].every((s, i) => s.child.exitCode === null && s.child.signalCode === null && s.child.pid === pids[i]);
  const stored = await db.query<{ id: string }>(`SELECT id::text FROM enrollment_batches WHERE agreement_id = $1`, [AGREEMENT]);
  const storedIds = new Set(stored.map((row) => row.id));
  const lost = acknowledged.filter((ack) => !storedIds.has(ack.report.id)).length;
  const { answer, summary } = await readSummary(reader.url);
  const distinctInRegion = new Set(acknowledged.flatMap((ack) => ack.inRegion)).size;
  const integrity = await checkBatchIntegrity(db, AGREEMENT);
  const recount = await recountCounters(db, AGREEMENT, summary);
  t.same(integrity.broken.slice(0, 10), [], 'every stored batch matches its report');
  t.same(recount.diffs.slice(0, 10), [], 'every counter equals its recount');
  const retried = acknowledged.filter((ack) => ack.attempts > 1).length;
  recordFigure(t, {
    line: 3,
    name: 'database restart',
    figure:
      `service resumed ${resumedAt === undefined ? 'never' : `${((resumedAt - upAt) / 1000).toFixed(1)} s`} after PostgreSQL was back, ` +
      `both API processes the same, B's summary ${readerFollows ? 'follows' : 'does NOT follow'} A's writes; ` +
      `${count(acknowledged.length)} batches acknowledged (${retried} retried through the outage), ` +
      `${count(stored.length)} stored, ${lost} lost; newlyCovered ${count(summary.newlyCovered)} = ${count(distinctInRegion)} acknowledged in-region NIKs`,
    goal: 'resumes without a restart, 0 lost',
    ok:
      resumedAt !== undefined &&
      stillRunning &&
      readerFollows &&
      lost === 0 &&
      stored.length === acknowledged.length &&
      summary.newlyCovered === distinctInRegion &&
      integrity.broken.length === 0 &&
      recount.diffs.length === 0,
  });

  const scan = scanForNiks(planner.sent, {
    dump: await dumpDatabase(db.url),
    logs: [server.log(), reader.log()],
    responses: [...answered.map((e) => e.answer.text), lateAnswer.text, answer.text],
  });
  recordFigure(t, privacyFigure('database restart', scan));
});
