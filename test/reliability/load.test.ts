import t from 'tap';
import { startServer } from '../fixtures/server-process.js';
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
  Tally,
} from './lib/traffic.js';

/**
 * Line 1 of the reliability suite — load. Fifty agency systems (about three per dinas, all 17 dinas) post
 * batches of overlapping workers at the same time, for RELIABILITY_SECONDS (default 20), to a
 * real server process on a real PostgreSQL. No answer may be a 5xx, and afterwards the summary
 * counts exactly the distinct in-region workers of the acknowledged batches — computed here
 * from what was sent, not read back from the service.
 */
const SECONDS = Number(process.env.RELIABILITY_SECONDS ?? 20);
const CLIENTS = 50;
/** Records per batch: small and medium batches, as agency systems send them through the day. */
const BATCH_SIZE = [20, 200] as const;
const SEED = Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000);

t.test(`${CLIENTS} agency clients post overlapping batches for ${SECONDS} s: no 5xx, every acknowledged worker counted once`, async (t) => {
  t.comment(`seed ${SEED} (RELIABILITY_SEED reproduces the batches)`);
  const db = await realDatabase(t);
  const server = await startServer(t, { NODE_ENV: 'production', DATABASE_URL: db.url, RATE_LIMIT_MAX: '1000000' });

  // Pools small enough that batches overlap heavily: within an agency (its clients share its
  // clientele) and across agencies (the shared pool), with West Java NIKs mixed in.
  const planner = new BatchPlanner({ shared: 15_000, perAgency: 3_000, outOfRegion: 3_000 });
  const statuses = new Tally();
  const bodies: string[] = [];
  const overlap = { otherAgency: 0, sameAgency: 0, inBatch: 0, outOfRegion: 0, rejected: 0 };
  /** In-region NIKs of every acknowledged (201) batch: what must be covered afterwards. */
  const acknowledged = new Set<string>();
  const sentInRegion = new Set<string>();
  let batches = 0;
  let records = 0;

  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  const client = async (index: number) => {
    const agency = participants[index % participants.length] as string;
    const random = randomSource(SEED * 100 + index);
    for (let n = 0; performance.now() < deadline; n++) {
      const batch = planner.plan(random, agency, random.int(...BATCH_SIZE));
      for (const nik of batch.inRegion) sentInRegion.add(nik);
      try {
        const answer = await postBatch(server.url, batch, `load-${SEED}-${index}-${n}`);
        statuses.add(answer.status);
        bodies.push(answer.text);
        if (answer.status === 201) {
          batches++;
          records += batch.records.length;
          for (const nik of batch.inRegion) acknowledged.add(nik);
          const report = JSON.parse(answer.text) as BatchReport;
          overlap.otherAgency += report.duplicates.otherAgency;
          overlap.sameAgency += report.duplicates.sameAgency;
          overlap.inBatch += report.duplicates.inBatch;
          overlap.outOfRegion += report.outOfRegion;
          overlap.rejected += report.rejected;
        }
      } catch (error) {
        statuses.add(`network: ${networkFailure(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));
  const seconds = (performance.now() - started) / 1000;

  const fiveXx = statuses.matching((key) => /^5\d\d$/.test(key));
  const unanswered = statuses.matching((key) => key.startsWith('network'));
  t.comment(`answers by status: ${statuses}`);
  t.comment(
    `throughput: ${(batches / seconds).toFixed(1)} batches/s, ${count(Math.round(records / seconds))} records/s ` +
      `(${count(batches)} batches, ${count(records)} records in ${seconds.toFixed(1)} s, ${CLIENTS} clients)`,
  );
  // The overlap is real: many records name workers another report already credited.
  t.comment(
    `records already credited to another agency ${count(overlap.otherAgency)}, to the same agency ${count(overlap.sameAgency)}, ` +
      `repeated in a batch ${count(overlap.inBatch)}, out of region ${count(overlap.outOfRegion)}, rejected ${count(overlap.rejected)}`,
  );
  t.ok(overlap.otherAgency > 0 && overlap.sameAgency > 0 && overlap.outOfRegion > 0, 'batches overlapped within and across agencies');
  recordFigure(t, {
    line: 1,
    name: 'load',
    figure:
      `${count(statuses.total())} answers to ${CLIENTS} clients in ${seconds.toFixed(0)} s ` +
      `(${(batches / seconds).toFixed(1)} batches/s, ${count(Math.round(records / seconds))} records/s): ` +
      `${fiveXx} 5xx, ${unanswered} unanswered`,
    goal: '0 5xx',
    ok: fiveXx === 0 && unanswered === 0 && batches > 0,
  });
  // Every batch is well formed and carries a new key: anything but a 201 is a finding.
  t.equal(statuses.get(201), statuses.total(), 'every batch was acknowledged with a 201');

  const { answer, summary } = await readSummary(server.url);
  bodies.push(answer.text);
  const credits = summary.agencies.reduce((sum, agency) => sum + agency.credited, 0);
  recordFigure(t, {
    line: 1,
    name: 'load',
    figure:
      `newlyCovered ${count(summary.newlyCovered)} = ${count(acknowledged.size)} distinct in-region NIKs acknowledged ` +
      `(of ${count(sentInRegion.size)} sent; ${count(overlap.outOfRegion)} out-of-region records taken, not counted); ` +
      `agencies' credits sum to ${count(credits)}`,
    goal: 'all three equal',
    ok: summary.newlyCovered === acknowledged.size && credits === acknowledged.size,
  });

  // The counters the summary reads agree with the stored rows, and every batch is whole.
  const recount = await recountCounters(db, AGREEMENT, summary);
  t.same(recount.diffs, [], `${recount.compared} counters equal a recount from the stored rows`);
  const integrity = await checkBatchIntegrity(db, AGREEMENT);
  t.equal(integrity.batches, batches, 'one stored batch per acknowledgement');
  t.same(integrity.broken, [], 'every stored batch matches its report');

  // Line 8 for this file: no NIK it sent anywhere it can look.
  const scan = scanForNiks(planner.sent, { dump: await dumpDatabase(db.url), logs: server.log(), responses: bodies });
  recordFigure(t, privacyFigure('load', scan));
});
