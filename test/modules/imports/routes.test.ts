import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import t from 'tap';
import { queryRows } from '../../../src/db/client.js';
import { IMPORT_LIMITS } from '../../../src/modules/imports/schemas.js';
import { syntheticNik } from '../../fixtures/nik.js';
import { buildTestApp } from '../../helper.js';
import { csvFile, DATE_2024_11_04, HEADER, placeholderRows, SERIAL_2024_11_04, validRows, XLSX, xlsxFile } from './fixtures.js';

const AGREEMENT = 'jakarta-uc-2024';
type Requester = Awaited<ReturnType<typeof buildTestApp>>['as'] extends (...args: never[]) => infer R ? R : never;

/** Every NIK-shaped run of digits (with or without separators) in a text. */
const nikLike = (text: string) => text.replace(/[\s.\-–]/g, '').match(/\d{15,16}/g) ?? [];

t.test('spreadsheet imports', async (t) => {
  const { as, database, logs } = await buildTestApp(t);
  const dinkes = as('agency', 'dinkes');
  const dinsos = as('agency', 'dinsos');
  const admin = as('admin');
  const usedNiks: string[] = [];
  const responses: string[] = [];

  const upload = async (who: Requester, body: Buffer, type: string, query = '') => {
    const response = await who({
      method: 'POST',
      url: `/v1/agreements/${AGREEMENT}/imports${query}`,
      headers: { 'content-type': type },
      payload: body,
    });
    responses.push(response.body);
    return response;
  };
  const finished = async (who: Requester, id: string) => {
    for (let i = 0; i < 600; i++) {
      const response = await who({ method: 'GET', url: `/v1/imports/${id}` });
      responses.push(response.body);
      const body = response.json();
      if (['completed', 'failed', 'cancelled'].includes(body.status)) return body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the import did not finish');
  };
  const errorFile = async (who: Requester, id: string, language?: string) => {
    const response = await who({
      method: 'GET',
      url: `/v1/imports/${id}/errors.csv`,
      headers: language ? { 'accept-language': language } : {},
    });
    responses.push(response.body);
    return response;
  };
  const errorLines = (text: string, sep = ';') =>
    text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(sep).slice(0, 3).join(' '));
  const summary = async () => (await admin({ method: 'GET', url: `/v1/agreements/${AGREEMENT}/summary` })).json();

  t.test('the templates: columns, the NIK column as Text, an example row, a sheet of explanations', async (t) => {
    const response = await dinkes({ method: 'GET', url: `/v1/agreements/${AGREEMENT}/imports/template.xlsx` });
    t.equal(response.statusCode, 200);
    t.match(response.headers['content-type'], XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as never);
    const [data, help] = workbook.worksheets;
    t.same(data?.getRow(1).values, [undefined, 'nik', 'segmen', 'program', 'tanggal_terdaftar', 'kota', 'kpj', 'ref']);
    t.equal(data?.getColumn(1).numFmt, '@', 'the nik column is formatted as Text');
    t.equal(data?.rowCount, 2, 'one example row');
    t.equal(help?.name, 'Petunjuk');
    t.match(String(help?.getRow(2).getCell(3).value), /Teks/);
    const csv = await dinkes({ method: 'GET', url: `/v1/agreements/${AGREEMENT}/imports/template.csv` });
    t.equal(csv.statusCode, 200);
    t.match(csv.body, /^\ufeffnik;segmen;program;tanggal_terdaftar;kota;kpj;ref\r\n/);
    t.same(nikLike(csv.body), [], 'the example row holds no NIK');
    t.equal((await as('viewer')({ method: 'GET', url: `/v1/agreements/${AGREEMENT}/imports/template.csv` })).statusCode, 403);
  });

  t.test('an XLSX as dinas keep it is imported row by row, by the batch rules', async (t) => {
    const niks = Array.from({ length: 9 }, (_, i) => syntheticNik(100 + i));
    usedNiks.push(...niks);
    const numericNik = 3171014501900123;
    const file = await xlsxFile(
      [
        ['NIK', 'Segmen', 'Program', 'Tanggal Terdaftar', 'Kota'],
        [niks[0], 'PU', 'JKK, JKM, JHT', DATE_2024_11_04, 'Jakarta Pusat'], // row 3: an Excel date
        [niks[1], 'bpu', 'JKK;JKM', SERIAL_2024_11_04, null], // row 4: a serial; segment in lower case
        [niks[2], 'Jakon', 'JKK JKM', '04/11/2024', null], // row 5: dd/mm/yyyy
        [niks[3], 'PU', 'JKK, JKM', '4-11-2024', null], // row 6: d-m-yyyy
        [niks[4], 'pmi', 'jkk, jkm', '2024-11-04', { formula: 'UPPER("jakarta barat")', result: 'JAKARTA BARAT' }], // row 7: ISO; a formula
        [numericNik, 'PU', 'JKK, JKM', '2024-11-04', null], // row 8: a NIK typed as a number
        [niks[5], 'PU', 'JKK, JP', '2024-11-04', null], // row 9: JKM missing
        [niks[6], 'XX', 'JKK, JKM', '31/02/2024', null], // row 10: unknown segment; no such date
        [niks[0], 'PU', 'JKK, JKM, JHT', DATE_2024_11_04, null], // row 11: the same worker again
        [niks[7], 'PU', 'JKK, JKM', '2024-11-04', null], // row 12
      ],
      {
        title: 'Daftar peserta Dinkes — November 2024',
        mergeTitle: 'A1:E1',
        trailingEmptyRows: 5,
        secondSheet: [
          ['nik', 'segmen'],
          [niks[8], 'PU'],
        ],
      },
    );
    const before = await summary();
    const response = await upload(dinkes, file, XLSX);
    t.equal(response.statusCode, 202);
    t.match(response.headers.location, /^\/v1\/imports\/[0-9a-f-]{36}$/);
    const created = response.json();
    t.match(created, { agency: 'dinkes', format: 'xlsx', dryRun: false });
    const done = await finished(dinkes, created.id);
    t.equal(done.status, 'completed');
    t.same(done.counts, {
      received: 10,
      accepted: 6,
      duplicates: { inBatch: 1, sameAgency: 0, otherAgency: 0 },
      outOfRegion: 0,
      outOfScope: 0,
      rejected: 3,
    });
    t.same(done.rows, { read: 10, total: 10 }, 'the title, the header, empty rows and the second sheet are not rows');
    t.equal(done.percent, 100);
    t.equal(done.batches.length, 1);
    const batch = (await dinkes({ method: 'GET', url: `/v1/batches/${done.batches[0]}` })).json();
    t.match(batch, { received: 10, accepted: 6, rejected: 3 }, 'the import counts exactly what its batch reports');
    const after = await summary();
    t.equal(after.newlyCovered - before.newlyCovered, 6, 'the summary moves by the accepted rows');

    const errors = await errorFile(dinkes, done.id);
    t.equal(errors.statusCode, 200);
    t.match(errors.headers['content-type'], 'text/csv');
    t.same(errorLines(errors.body), [
      '8 nik nik_numeric',
      '9 program programs_missing_mandatory',
      '10 segmen segment_unknown',
      '10 tanggal_terdaftar enrolled_on_format',
    ]);
    t.match(errors.body, /format kolom nik sebagai Teks/i);
    t.equal(done.errorCount, 4);
    const english = await errorFile(dinkes, done.id, 'en-US,en;q=0.9');
    t.match(english.body, /^\ufeffrow,column,code,message\r\n8,nik,nik_numeric,/);
    t.match(english.body, /Format the nik column as Text/);
    for (const body of [errors.body, english.body]) {
      t.same(nikLike(body), [], 'no NIK in the error file');
      t.notOk(body.includes('317101450190012'), 'nor the numeric NIK’s digits');
    }
  });

  t.test('Y/N columns per program, and English column names', async (t) => {
    const niks = [syntheticNik(200), syntheticNik(201), syntheticNik(202)];
    usedNiks.push(...niks);
    const file = await xlsxFile([
      ['nik', 'segment', 'enrolled_on', 'JKK', 'JKM', 'JHT', 'JP', 'city'],
      [niks[0], 'PU', '2024-11-05', 'Y', 'Y', 'Y', 'N', 'Jakarta Timur'],
      [niks[1], 'BPU', '2024-11-05', 'ya', 'ya', '', '', null],
      [niks[2], 'BPU', '2024-11-05', 'Y', 'N', 'Y', '', null],
    ]);
    const created = (await upload(dinkes, file, XLSX)).json();
    const done = await finished(dinkes, created.id);
    t.match(done, { status: 'completed', counts: { received: 3, accepted: 2, rejected: 1 } });
    t.same(errorLines((await errorFile(dinkes, done.id)).body), ['4 program programs_missing_mandatory']);
  });

  t.test('CSV from Indonesian Excel: `;`, BOM, CRLF, quoted fields, a number in scientific form', async (t) => {
    const niks = [syntheticNik(300), syntheticNik(301), syntheticNik(302)];
    usedNiks.push(...niks);
    const file = csvFile([
      HEADER,
      [niks[0], 'PU', 'JKK, JKM, JHT', '05/11/2024', 'Jakarta Selatan; Kebayoran'],
      ['3,17101E+15', 'PU', 'JKK;JKM', '05/11/2024', ''],
      [niks[1], 'PU', '"JKK", JKM', '5-11-2024', 'Jakarta "Utara"'],
      [`'${niks[2]}`, 'PU', 'JKK,JKM', '45601', ''],
      ['', '', '', '', ''],
    ]);
    const created = (await upload(dinkes, file, 'text/csv')).json();
    t.equal(created.rows.total, 5, 'estimated from the lines before it runs');
    const done = await finished(dinkes, created.id);
    t.match(done, { status: 'completed', format: 'csv', counts: { received: 4, accepted: 2, rejected: 2 } });
    t.same(errorLines((await errorFile(dinkes, done.id)).body), ['3 nik nik_numeric', '4 program program_unknown']);
  });

  t.test('CSV with `,`, no BOM, LF, sent as multipart/form-data; duplicates of another agency', async (t) => {
    const shared = validRows(100, 3); // the first three workers of the XLSX above, credited to dinkes
    const fresh = validRows(400, 2);
    usedNiks.push(...fresh.map((row) => row[0] as string));
    const file = csvFile([HEADER, ...shared, ...fresh], { delimiter: ',', bom: false, eol: '\n' });
    const boundary = 'sinergi-boundary';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="dinsos-nov.csv"\r\nContent-Type: text/csv\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await upload(dinsos, payload, `multipart/form-data; boundary=${boundary}`);
    t.equal(response.statusCode, 202);
    const done = await finished(dinsos, response.json().id);
    t.match(done, { status: 'completed', counts: { received: 5, accepted: 2, duplicates: { otherAgency: 3 } } });
  });

  t.test('the same file twice is the same import: nothing counted twice', async (t) => {
    const rows = validRows(500, 4);
    usedNiks.push(...rows.map((row) => row[0] as string));
    const file = csvFile([HEADER, ...rows]);
    const first = await upload(dinkes, file, 'text/csv');
    const done = await finished(dinkes, first.json().id);
    const before = await summary();
    const again = await upload(dinkes, file, 'text/csv');
    t.equal(again.statusCode, 200);
    t.equal(again.json().id, done.id);
    t.equal(again.headers.location, `/v1/imports/${done.id}`);
    t.equal((await summary()).newlyCovered, before.newlyCovered);
    const dry = await upload(dinkes, file, 'text/csv', '?dryRun=true');
    t.equal(dry.statusCode, 202, 'a dry run of the same file is another import');
  });

  t.test('a dry run checks validity only: no batch, no credit, no coverage oracle', async (t) => {
    const rows = [...validRows(100, 2), ...validRows(600, 2), ['3171', 'PU', 'JKK, JKM', '04/11/2024', '']];
    const before = await summary();
    const created = (await upload(dinsos, csvFile([HEADER, ...rows]), 'text/csv', '?dryRun=true')).json();
    const done = await finished(dinsos, created.id);
    t.match(done, {
      status: 'completed',
      dryRun: true,
      batches: [],
      counts: { received: 5, accepted: 4, rejected: 1, duplicates: { sameAgency: 0, otherAgency: 0 } },
    });
    t.same(await summary(), before);
  });

  t.test('several chunks: each a batch, the import their sum', async (t) => {
    const count = IMPORT_LIMITS.chunkRows * 2 + 17;
    const rows = validRows(10_000, count);
    usedNiks.push(...rows.slice(0, 50).map((row) => row[0] as string));
    const created = (await upload(dinkes, csvFile([HEADER, ...rows]), 'text/csv')).json();
    const done = await finished(dinkes, created.id);
    t.match(done, { status: 'completed', rows: { read: count }, counts: { received: count, accepted: count } });
    t.equal(done.batches.length, 3);
    let sum = 0;
    for (const id of done.batches) sum += (await dinkes({ method: 'GET', url: `/v1/batches/${id}` })).json().received;
    t.equal(sum, count);
  });

  t.test('bad files are refused at once with a problem', async (t) => {
    const cases: [string, Buffer, string, number, string][] = [
      ['an empty file', Buffer.alloc(0), 'text/csv', 400, 'import-empty'],
      ['a binary file', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]), 'application/octet-stream', 415, 'import-unsupported-file'],
      ['text sent as XLSX', csvFile([HEADER, ...validRows(1, 1)]), XLSX, 415, 'import-unsupported-file'],
      ['a CSV without a header', csvFile(validRows(1, 3)), 'text/csv', 422, 'import-header-missing'],
      [
        'a CSV without required columns',
        csvFile([
          ['nik', 'kota'],
          [syntheticNik(1), 'x'],
        ]),
        'text/csv',
        422,
        'import-columns-missing',
      ],
      ['JSON', Buffer.from('{"records":[]}'), 'application/json', 415, 'import-unsupported-file'],
      ['a broken workbook', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]), XLSX, 422, 'import-unreadable'],
      ['a multipart body that is not multipart', Buffer.from('{}'), 'multipart/form-data; boundary=x', 400, 'bad-request'],
      [
        'a multipart part cut off before its boundary closes',
        Buffer.from('--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nnik;segmen\r\n123'),
        'multipart/form-data; boundary=x',
        400,
        'bad-request',
      ],
    ];
    for (const [what, body, type, status, slug] of cases) {
      const response = await upload(dinkes, body, type);
      t.equal(response.statusCode, status, `${what}: ${response.body.slice(0, 300)}`);
      t.match(response.headers['content-type'], 'application/problem+json', what);
      t.equal(response.json().type, `/problems/${slug}`, what);
    }
    const missing = (
      await upload(
        dinkes,
        csvFile([
          ['nik', 'kota'],
          [syntheticNik(1), 'x'],
        ]),
        'text/csv',
      )
    ).json();
    t.same(missing.missingColumns, ['segmen', 'tanggal_terdaftar', 'program']);
    const n = (await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM jobs WHERE status = 'uploading'`))[0]?.n;
    t.equal(n, 0, 'a refused upload leaves nothing behind');
  });

  t.test('the limits: one row or one byte over is a 413 at once, and nothing is kept', async (t) => {
    const { maxRows, maxBytes } = IMPORT_LIMITS.enrollment;
    // Rows are counted as the CSV streams in, before any is read as a record.
    const rows = (n: number) => placeholderRows(['nik', 'segmen', 'program', 'tanggal_terdaftar'], n);
    const tooMany = await upload(dinkes, rows(maxRows + 1), 'text/csv');
    t.equal(tooMany.statusCode, 413, tooMany.body);
    t.match(tooMany.json(), { type: '/problems/import-too-many-rows', limitRows: maxRows });
    // Over the enrollment limit, under the route's (the confirmation extract's): the file is
    // refused as it streams in, once the limit is passed.
    const tooLarge = await upload(dinkes, Buffer.concat([rows(1), Buffer.alloc(maxBytes, 'x')]), 'text/csv');
    t.equal(tooLarge.statusCode, 413, tooLarge.body);
    t.match(tooLarge.json(), { type: '/problems/import-too-large', limitBytes: maxBytes });
    const left = await queryRows<{ jobs: number; segments: number }>(
      database.db,
      sql`SELECT (SELECT count(*)::int FROM jobs WHERE status = 'uploading') AS jobs, (SELECT count(*)::int FROM job_file_segments) AS segments`,
    );
    t.same(left, [{ jobs: 0, segments: 0 }], 'no upload half-kept, no segment of it stored');
  });

  t.test('who may import and read imports', async (t) => {
    const file = csvFile([HEADER, ...validRows(700, 1)]);
    t.equal((await upload(dinkes, file, 'text/csv', '?agency=dinsos')).statusCode, 403, 'an agency imports only for itself');
    t.equal((await upload(as('viewer'), file, 'text/csv')).statusCode, 403);
    t.equal((await upload(admin, file, 'text/csv')).statusCode, 400, 'an admin names the agency');
    const created = (await upload(admin, file, 'text/csv', '?agency=dinkes')).json();
    await finished(admin, created.id);
    t.equal((await dinsos({ method: 'GET', url: `/v1/imports/${created.id}` })).statusCode, 403);
    t.equal((await dinsos({ method: 'GET', url: `/v1/imports/${created.id}/errors.csv` })).statusCode, 403);
    t.equal((await dinsos({ method: 'POST', url: `/v1/imports/${created.id}/cancel` })).statusCode, 403);
    t.equal((await dinkes({ method: 'GET', url: `/v1/imports/00000000-0000-4000-8000-000000000000` })).statusCode, 404);
    const mine = (await dinsos({ method: 'GET', url: `/v1/agreements/${AGREEMENT}/imports` })).json();
    t.ok(mine.items.length > 0);
    t.ok(
      mine.items.every((item: { agency: string }) => item.agency === 'dinsos'),
      'an agency lists only its own',
    );
    t.equal((await dinsos({ method: 'GET', url: `/v1/agreements/${AGREEMENT}/imports?agency=dinkes` })).statusCode, 403);
    const page1 = (await admin({ method: 'GET', url: `/v1/agreements/${AGREEMENT}/imports?limit=2` })).json();
    t.equal(page1.items.length, 2);
    const page2 = (await admin({ method: 'GET', url: `/v1/agreements/${AGREEMENT}/imports?limit=2&cursor=${page1.nextCursor}` })).json();
    t.notOk(page2.items.some((item: { id: string }) => page1.items.some((other: { id: string }) => other.id === item.id)));
    t.equal((await admin({ method: 'GET', url: `/v1/agreements/${AGREEMENT}/imports?cursor=bogus` })).statusCode, 400);
  });

  t.test('cancel: an ended import cannot be cancelled; a cancelled one keeps its committed batches', async (t) => {
    const done = (await dinkes({ method: 'GET', url: `/v1/agreements/${AGREEMENT}/imports?limit=1` })).json().items[0];
    t.equal((await dinkes({ method: 'POST', url: `/v1/imports/${done.id}/cancel` })).statusCode, 409);
    // Enough chunks that the cancel lands while the job still has some to write.
    const rows = validRows(50_000, IMPORT_LIMITS.chunkRows * 40);
    const created = (await upload(dinkes, csvFile([HEADER, ...rows]), 'text/csv')).json();
    const cancelled = await dinkes({ method: 'POST', url: `/v1/imports/${created.id}/cancel` });
    t.equal(cancelled.statusCode, 200);
    t.equal(cancelled.json().status, 'cancelled');
    const final = await finished(dinkes, created.id);
    t.equal(final.status, 'cancelled');
    t.ok(final.counts.received < rows.length, 'it stopped');
    t.equal(final.counts.received, final.rows.read);
    const n = (await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM job_file_segments WHERE job_id = ${created.id}`))[0]?.n;
    t.equal(n, 0, 'its file is gone');
  });

  t.test('no NIK anywhere: not in a table, a log line or a response; no file left once imports end', async (t) => {
    const tables = await queryRows<{ table_name: string }>(
      database.db,
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    let dump = '';
    for (const { table_name } of tables) {
      const rows = await queryRows<{ row: string }>(database.db, sql`SELECT row_to_json(t)::text AS row FROM ${sql.identifier(table_name)} t`);
      dump += rows.map((r) => r.row).join('\n');
    }
    const all = [dump, logs.text, ...responses].join('\n');
    for (const nik of usedNiks) t.notOk(all.includes(nik), `NIK ${nik.slice(0, 4)}… is nowhere`);
    const n = (await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM job_file_segments`))[0]?.n;
    t.equal(n, 0);
  });
});
