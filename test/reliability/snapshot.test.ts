import t from 'tap';
import { startServer } from '../fixtures/server-process.js';
import { type SummaryFigures, summaryInconsistencies } from '../fixtures/summary-invariants.js';
import { realDatabase } from './lib/database.js';
import { count, recordFigure } from './lib/figures.js';
import { recountCounters } from './lib/recount.js';
import {
  AGREEMENT,
  agencyToken,
  BatchPlanner,
  type BatchReport,
  participants,
  postBatch,
  randomSource,
  type Summary,
  send,
  sleep,
  Tally,
  viewerToken,
} from './lib/traffic.js';

/**
 * Line 9 — summary snapshot consistency under writes. Agency systems post overlapping batches and
 * void some of them (credit then moves to the next agency that reported the worker) on two
 * server processes sharing one PostgreSQL, while the governor's office polls the summary on
 * both. Every body served must add up on its own — newlyCovered = Σ agencies' credits = Σ
 * bySegment = Σ byRegency = byProgram.JKK = byProgram.JKM — whether it was computed or served
 * from an instance's cache. Once the writers stop, both instances serve a summary equal to a
 * recount from the stored rows.
 */
const SECONDS = Number(process.env.RELIABILITY_SECONDS ?? 20);
const WRITERS = 8;
const READERS = 6;
const SEED = Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000);

t.test(`summaries read during ${SECONDS} s of batches and voids on two instances each add up, and end equal to a recount`, async (t) => {
  t.comment(`seed ${SEED} (RELIABILITY_SEED reproduces the batches)`);
  const db = await realDatabase(t);
  const env = { NODE_ENV: 'production', DATABASE_URL: db.url, RATE_LIMIT_MAX: '1000000' };
  const servers = await Promise.all([startServer(t, env), startServer(t, env)]);
  const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];

  const planner = new BatchPlanner({ shared: 4_000, perAgency: 1_000, outOfRegion: 500 }, 7_000_000);
  const writes = new Tally();
  const reads = new Tally();
  let posted = 0;
  let voided = 0;
  let bodies = 0;
  const inconsistent: string[] = [];
  const deadline = performance.now() + SECONDS * 1000;

  const writer = async (index: number) => {
    const agency = participants[index % participants.length] as string;
    const random = randomSource(SEED * 100 + index);
    const url = (index % 2 === 0 ? a : b).url;
    for (let n = 0; performance.now() < deadline; n++) {
      const answer = await postBatch(url, planner.plan(random, agency, random.int(20, 120)), `snapshot-${SEED}-${index}-${n}`);
      writes.add(`post ${answer.status}`);
      if (answer.status !== 201) continue;
      posted++;
      // Every third batch is withdrawn: its workers' credit moves or leaves coverage.
      if (n % 3 === 2) {
        const { id } = JSON.parse(answer.text) as BatchReport;
        const voidAnswer = await send(`${url}/v1/batches/${id}/void`, {
          method: 'POST',
          token: agencyToken(agency),
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ reason: 'sent by mistake' }),
        });
        writes.add(`void ${voidAnswer.status}`);
        if (voidAnswer.status === 200) voided++;
      }
    }
  };
  const viewer = viewerToken();
  const read = (url: string) => send(`${url}/v1/agreements/${AGREEMENT}/summary`, { token: viewer });
  const reader = async (index: number) => {
    const url = (index % 2 === 0 ? a : b).url;
    while (performance.now() < deadline) {
      const answer = await read(url);
      reads.add(answer.status);
      if (answer.status !== 200) continue;
      bodies++;
      const broken = summaryInconsistencies(JSON.parse(answer.text) as SummaryFigures);
      if (broken.length > 0) inconsistent.push(`${answer.headers.get('etag')}: ${broken.join('; ')}`);
    }
  };
  await Promise.all([...Array.from({ length: WRITERS }, (_, i) => writer(i)), ...Array.from({ length: READERS }, (_, i) => reader(i))]);
  t.comment(`writes: ${writes}; reads: ${reads}`);
  for (const line of inconsistent.slice(0, 5)) t.comment(`inconsistent: ${line}`);

  // Afterwards: each instance serves the recount (the other instance hears of the last writes by
  // NOTIFY; bounded, as a liveness check).
  let finalDiffs: string[] = [];
  let compared = 0;
  for (const server of [a, b]) {
    for (let attempt = 0; ; attempt++) {
      const answer = await read(server.url);
      const summary = JSON.parse(answer.text) as Summary;
      const recount = await recountCounters(db, AGREEMENT, summary);
      compared = recount.compared;
      if (recount.diffs.length === 0 || attempt >= 50) {
        finalDiffs = [...finalDiffs, ...recount.diffs];
        break;
      }
      await sleep(100);
    }
  }
  const errors = writes.matching((key) => /\s5\d\d$/.test(key)) + reads.matching((key) => /^5\d\d$/.test(key));
  recordFigure(t, {
    line: 9,
    name: 'summary snapshot consistency under writes',
    figure:
      `${count(bodies)} summary bodies checked during ${count(posted)} batches and ${count(voided)} voids on 2 instances: ` +
      `${inconsistent.length} inconsistent, ${errors} 5xx; afterwards ${finalDiffs.length} of ${count(compared)} counters differ from a recount`,
    goal: '0 inconsistent, summary = recount',
    ok: bodies > 0 && posted > 0 && voided > 0 && inconsistent.length === 0 && errors === 0 && finalDiffs.length === 0,
  });
  t.same(finalDiffs.slice(0, 10), [], 'both instances serve the recount');
  if (errors > 0) {
    for (const server of [a, b]) {
      for (const line of server
        .log()
        .split('\n')
        .filter((l) => /"level":5\d/.test(l))
        .slice(0, 3))
        t.comment(`server error: ${line.slice(0, 3000)}`);
    }
  }
});
