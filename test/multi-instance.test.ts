import { readFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { projectRoot } from '../src/lib/paths.js';
import { signToken } from '../src/lib/tokens.js';
import { documentChecker } from './contract.js';
import { jakartaNiks, record } from './fixtures/nik.js';
import { startServer } from './fixtures/server-process.js';
import { freshDatabase, onPostgres, testConfig } from './helper.js';

/**
 * The API is stateless: two instances on one PostgreSQL take overlapping batches at the same time,
 * every worker is credited once, and both then serve the same summary with the same ETag.
 */
t.test(
  'two instances on one PostgreSQL count every worker once and agree on the summary',
  { skip: !onPostgres && 'needs DATABASE_URL: two processes cannot share one embedded PGlite (CI runs it on PostgreSQL)' },
  async (t) => {
    const config = testConfig();
    const database = await freshDatabase(t, config);
    await database.close();
    const env = { NODE_ENV: 'production', DATABASE_URL: database.url as string };
    const [a, b] = await Promise.all([startServer(t, env), startServer(t, env)]);

    const token = (agency: string) => signToken(config, { sub: `${agency}-system`, role: 'agency', agency });
    const post = (url: string, agency: string, key: string, niks: string[]) =>
      fetch(`${url}/v1/agreements/jakarta-uc-2024/batches`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token(agency)}`, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ records: niks.map((nik) => record(nik, { enrolledOn: '2024-11-04' })) }),
      });

    // Four agencies, two on each instance, every batch overlapping the others by 1,000 workers.
    const shared = jakartaNiks(0, 1_000);
    const jobs = [
      [a.url, 'dinkes'],
      [b.url, 'dishub'],
      [a.url, 'dlh'],
      [b.url, 'disdik'],
    ].map(([url, agency], i) => post(url as string, agency as string, `multi-${i}`, [...shared, ...jakartaNiks(10_000 * (i + 1), 2_000)]));
    const responses = await Promise.all(jobs);
    // The processes' answers are checked against the committed document, as injected answers are.
    const check = documentChecker(JSON.parse(readFileSync(path.join(projectRoot, 'openapi', 'openapi.json'), 'utf8')));
    for (const res of responses) t.equal(await check('POST', res.url, res), undefined, 'the answer matches the document');
    t.same(
      responses.map((r) => r.status),
      [201, 201, 201, 201],
    );
    const reports = (await Promise.all(responses.map((r) => r.json()))) as { accepted: number; duplicates: { otherAgency: number } }[];
    const distinct = 1_000 + 4 * 2_000;
    t.equal(
      reports.reduce((sum, r) => sum + r.accepted, 0),
      distinct,
      'credits sum to the distinct workers',
    );
    t.equal(
      reports.reduce((sum, r) => sum + r.duplicates.otherAgency, 0),
      3 * 1_000,
      'the shared workers, once each for three agencies',
    );

    // Each instance learns of the other's writes by NOTIFY; give it a moment, bounded.
    const viewer = signToken(config, { sub: 'governor', role: 'viewer' });
    const summaryOf = async (url: string) => {
      const res = await fetch(`${url}/v1/agreements/jakarta-uc-2024/summary`, { headers: { authorization: `Bearer ${viewer}` } });
      t.equal(await check('GET', res.url, res), undefined, 'the summary matches the document');
      return { etag: res.headers.get('etag'), body: await res.text() };
    };
    let [sa, sb] = await Promise.all([summaryOf(a.url), summaryOf(b.url)]);
    for (let i = 0; i < 50 && sa.etag !== sb.etag; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      [sa, sb] = await Promise.all([summaryOf(a.url), summaryOf(b.url)]);
    }
    t.equal(sa.etag, sb.etag, 'the same ETag');
    t.equal(sa.body, sb.body, 'the same summary');
    const summary = JSON.parse(sa.body) as { newlyCovered: number; agencies: { credited: number }[] };
    t.equal(summary.newlyCovered, distinct);
    t.equal(
      summary.agencies.reduce((sum, agency) => sum + agency.credited, 0),
      distinct,
    );

    // A write on one instance reaches the other's cache.
    t.equal((await post(b.url, 'dinkes', 'multi-late', jakartaNiks(90_000, 10))).status, 201);
    let late = await summaryOf(a.url);
    for (let i = 0; i < 50 && JSON.parse(late.body).newlyCovered !== distinct + 10; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      late = await summaryOf(a.url);
    }
    t.equal(JSON.parse(late.body).newlyCovered, distinct + 10, 'instance A sees B’s write');
  },
);
