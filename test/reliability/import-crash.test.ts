import t from 'tap';
import { signToken } from '../../src/lib/tokens.js';
import { syntheticNik } from '../fixtures/nik.js';
import { type ServerProcess, startServer } from '../fixtures/server-process.js';
import { testConfig } from '../helper.js';
import { realDatabase } from './lib/database.js';
import { count, recordFigure } from './lib/figures.js';
import { dumpDatabase, privacyFigure, scanForNiks } from './lib/privacy.js';
import { randomSource, sleep } from './lib/traffic.js';

/**
 * Line 10 of the reliability suite — import crash. A CSV import is running when the server
 * process is SIGKILLed, RELIABILITY_IMPORT_KILLS times (default 5) at random points, and started
 * again on the same database. The restarted instance takes the import over once its lease runs
 * out and resumes it from its last committed chunk. Afterwards: the import completed, every row
 * was counted exactly once (by the import, by its batches, by the summary and in the stored
 * rows), its file is gone from storage, and no NIK is in the dump, the logs or the answers.
 */
const KILLS = Number(process.env.RELIABILITY_IMPORT_KILLS ?? 5);
const ROWS = Number(process.env.RELIABILITY_IMPORT_ROWS ?? 300_000);
const SEED = Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000);
const AGREEMENT = 'jakarta-uc-2024';

interface ImportView {
  status: string;
  rows: { read: number };
  counts: { received: number; accepted: number; rejected: number; duplicates: { inBatch: number; sameAgency: number } };
  batches: string[];
}

t.test(`an import survives ${KILLS} SIGKILLs at random points: it completes, every row counted once, its file gone`, async (t) => {
  t.comment(`seed ${SEED}, ${count(ROWS)} rows`);
  const random = randomSource(SEED);
  const db = await realDatabase(t);
  // A short lease, so the restarted instance resumes within seconds of starting.
  const env = { NODE_ENV: 'production', DATABASE_URL: db.url, RATE_LIMIT_MAX: '1000000', JOB_LEASE_SECONDS: '2' };
  let server: ServerProcess = await startServer(t, env);
  const port = new URL(server.url).port;
  const url = server.url;
  const logs: (() => string)[] = [server.log];
  const bodies: string[] = [];
  const headers = { authorization: `Bearer ${signToken(testConfig(), { sub: 'dinkes-system', role: 'agency', agency: 'dinkes' })}` };

  // Distinct Jakarta workers; every 40th row invalid (no valid NIK), every 97th a repeat of the row before.
  const niks: string[] = [];
  let csv = '\ufeffnik;segmen;program;tanggal_terdaftar;kota\r\n';
  let invalid = 0;
  let repeats = 0;
  for (let i = 0; i < ROWS; i++) {
    if (i % 40 === 39) {
      invalid++;
      csv += '3171;PU;JKK, JKM;04/11/2024;\r\n';
    } else if (i % 97 === 96 && niks.length > 0) {
      repeats++;
      csv += `${niks[niks.length - 1]};PU;JKK, JKM;04/11/2024;\r\n`;
    } else {
      const nik = syntheticNik(3_000_000 + i);
      niks.push(nik);
      csv += `${nik};PU;JKK, JKM, JHT;${4 + (i % 20)}/11/2024;Jakarta Timur\r\n`;
    }
  }

  const upload = await fetch(`${url}/v1/agreements/${AGREEMENT}/imports`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'text/csv' },
    body: csv,
  });
  const created = await upload.text();
  bodies.push(created);
  t.equal(upload.status, 202, created.slice(0, 300));
  const id = JSON.parse(created).id as string;
  const view = async () => {
    for (;;) {
      try {
        const response = await fetch(`${url}/v1/imports/${id}`, { headers });
        const text = await response.text();
        bodies.push(text);
        if (response.ok) return JSON.parse(text) as ImportView;
      } catch {
        // the server is down or starting
      }
      await sleep(100);
    }
  };

  // The killer: waits until the running instance has committed a chunk of its own (the import is
  // mid-way, not waiting for a lease), then a random 0–1,000 ms more, and kills.
  const kills: { rowsRead: number; status: string }[] = [];
  for (let k = 0; k < KILLS; k++) {
    const before = (await view()).rows.read;
    let now = await view();
    for (let waited = 0; now.rows.read === before && now.status !== 'completed' && waited < 60_000; waited += 100) {
      await sleep(100);
      now = await view();
    }
    await sleep(random.int(0, 1_000));
    now = await view();
    if (now.status === 'completed') break;
    server.child.kill('SIGKILL');
    await server.exited;
    kills.push({ rowsRead: now.rows.read, status: now.status });
    server = await startServer(t, { ...env, PORT: port });
    logs.push(server.log);
  }
  let final = await view();
  for (let waited = 0; !['completed', 'failed', 'cancelled'].includes(final.status) && waited < 300_000; waited += 250) {
    await sleep(250);
    final = await view();
  }
  t.comment(`rows read at each kill: ${kills.map((k) => k.rowsRead).join(' ')}`);
  recordFigure(t, {
    line: 10,
    name: 'import crash',
    figure: `${kills.length} SIGKILLs mid-import (at rows ${kills.map((k) => count(k.rowsRead)).join(', ')} of ${count(ROWS)}); the import ended ${final.status}`,
    goal: `${KILLS} kills mid-import, completed`,
    ok: kills.length === KILLS && kills.every((k) => k.rowsRead < ROWS && k.status !== 'completed') && final.status === 'completed',
  });

  // Counted once: by the import, by the batches it made, by the summary, in the stored rows.
  const accepted = niks.length;
  const batches = await db.query<{ received: string; accepted: string; rejected: string; in_batch: string; same: string }>(
    `SELECT sum(received) AS received, sum(accepted) AS accepted, sum(rejected) AS rejected,
            sum(duplicates_in_batch) AS in_batch, sum(duplicates_same_agency) AS same
     FROM enrollment_batches WHERE id = ANY($1::uuid[])`,
    [final.batches],
  );
  const [stored] = await db.query<{ n: string }>(`SELECT count(*) AS n FROM enrollments WHERE agreement_id = $1 AND credited`, [AGREEMENT]);
  const [allBatches] = await db.query<{ n: string }>(`SELECT count(*) AS n FROM enrollment_batches WHERE agreement_id = $1`, [AGREEMENT]);
  const summaryResponse = await fetch(`${url}/v1/agreements/${AGREEMENT}/summary`, { headers });
  const summaryText = await summaryResponse.text();
  bodies.push(summaryText);
  const summary = JSON.parse(summaryText) as { newlyCovered: number };
  const sums = batches[0] ?? { received: '0', accepted: '0', rejected: '0', in_batch: '0', same: '0' };
  // A repeat of the row before lands in the same chunk (an in-file repeat) or, at a chunk's start,
  // in the next one (already credited to the same agency): either way a duplicate, not a worker.
  const duplicates = final.counts.duplicates.inBatch + final.counts.duplicates.sameAgency;
  recordFigure(t, {
    line: 10,
    name: 'import crash',
    figure:
      `import: ${count(final.counts.received)} rows received, ${count(final.counts.accepted)} accepted, ${count(final.counts.rejected)} rejected, ` +
      `${count(duplicates)} repeats; its ${final.batches.length} batches: ${count(Number(sums.received))} received, ${count(Number(sums.accepted))} accepted; ` +
      `${count(Number(stored?.n))} workers stored, newlyCovered ${count(summary.newlyCovered)}`,
    goal: `${count(ROWS)} rows once: ${count(accepted)} accepted, ${count(invalid)} rejected, ${count(repeats)} repeats, everywhere`,
    ok:
      final.counts.received === ROWS &&
      final.counts.accepted === accepted &&
      final.counts.rejected === invalid &&
      duplicates === repeats &&
      Number(sums.received) === ROWS &&
      Number(sums.accepted) === accepted &&
      Number(allBatches?.n) === final.batches.length &&
      Number(stored?.n) === accepted &&
      summary.newlyCovered === accepted,
  });

  const [segments] = await db.query<{ n: string }>(`SELECT count(*) AS n FROM job_file_segments`);
  recordFigure(t, {
    line: 10,
    name: 'import crash',
    figure: `${count(Number(segments?.n))} segments of the uploaded file left in storage`,
    goal: '0 (deleted when the import ends)',
    ok: Number(segments?.n) === 0,
  });

  const scan = scanForNiks(niks, { dump: await dumpDatabase(db.url), logs: logs.map((log) => log()), responses: bodies });
  recordFigure(t, privacyFigure('import crash', scan));
});
