import ExcelJS from 'exceljs';
import fc from 'fast-check';
import t from 'tap';
import { toCsv } from '../../../src/modules/exports/files.js';
import { jakartaNiks, record } from '../../fixtures/nik.js';
import { buildTestApp, fixedClock } from '../../helper.js';

const base = '/v1/agreements/jakarta-uc-2024';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A `;`-delimited CSV as a spreadsheet in Indonesian locale reads it (RFC 4180 quoting). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

/** The table: the rows above the first empty line; the notes below it. */
function csvTable(body: Buffer) {
  const text = body.toString('utf8');
  const rows = parseCsv(text.slice(1));
  const blank = rows.findIndex((r) => r.length === 1 && r[0] === '');
  return {
    bom: text.charCodeAt(0) === 0xfeff,
    header: rows[0] as string[],
    data: rows.slice(1, blank),
    notes: rows.slice(blank + 1).map((r) => r[0]),
  };
}

async function readXlsx(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as never);
  const rows = (name: string) => {
    const out: unknown[][] = [];
    workbook.getWorksheet(name)?.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
    return out;
  };
  return { names: workbook.worksheets.map((w) => w.name), rows };
}

t.test('exports of the dashboard’s tables', async (t) => {
  const { as, app } = await buildTestApp(t, { clock: fixedClock('2024-11-20T05:00:00Z') });
  const admin = as('admin');
  const viewer = as('viewer');
  // An agency whose name a spreadsheet would take for a formula.
  t.equal(
    (await admin({ method: 'POST', url: '/v1/agencies', payload: { code: 'formula', name: '=HYPERLINK("http://x","klik")' } })).statusCode,
    201,
  );
  t.equal((await admin({ method: 'PUT', url: `${base}/parties/formula`, payload: { role: 'participant' } })).statusCode, 201);
  let n = 0;
  for (const [agency, start, count, day] of [
    ['dinkes', 0, 300, '2024-11-04'],
    ['dishub', 250, 150, '2024-11-12'],
    ['formula', 1000, 7, '2024-11-12'],
  ] as const) {
    const res = await as(
      'agency',
      agency,
    )({
      method: 'POST',
      url: `${base}/batches`,
      headers: { 'idempotency-key': `x-${++n}` },
      payload: { records: jakartaNiks(start, count).map((nik) => record(nik, { enrolledOn: day })) },
    });
    t.equal(res.statusCode, 201);
  }
  t.equal(
    (await admin({ method: 'PATCH', url: base, payload: { areaTargets: [{ areaCode: '3171', workers: 500 }] } })).statusCode,
    200,
    'an area target',
  );
  const summary = (await viewer({ url: `${base}/summary` })).json();

  t.test('the agency table as CSV opens in an Indonesian spreadsheet: BOM, `;`, plain integers, one row per party', async (t) => {
    const res = await viewer({ url: `${base}/exports/agencies.csv` });
    t.equal(res.statusCode, 200);
    t.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
    t.match(res.headers['content-disposition'], /^attachment; filename="jakarta-uc-2024-dinas-2024-11-20\.csv"$/);
    const { bom, header, data, notes } = csvTable(res.rawPayload);
    t.ok(bom, 'UTF-8 byte-order mark');
    t.same(header, [
      'Kode',
      'Nama',
      'Peran',
      'Dikreditkan',
      'Komitmen (pekerja)',
      'Persen komitmen',
      'Status',
      'Duplikat dilaporkan',
      'Batch terakhir (WIB)',
    ]);
    t.equal(data.length, summary.agencies.length);
    for (const agency of summary.agencies) {
      const row = data.find((r) => r[0] === agency.code) as string[];
      t.equal(row[3], String(agency.credited), `${agency.code}: credited as a plain integer`);
      t.equal(row[4], String(agency.committedWorkers));
      if (agency.lastBatchAt) t.match(row[8], /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, 'last batch in WIB, without an offset a spreadsheet would not read');
      t.equal(row[5], agency.percentOfCommitment === null ? '' : String(agency.percentOfCommitment).replace('.', ','), 'decimal comma');
    }
    t.match(notes.join('\n'), /tidak memuat data pribadi/);
  });

  t.test('a text cell a spreadsheet would run as a formula is written as text', async (t) => {
    const { data } = csvTable((await viewer({ url: `${base}/exports/agencies.csv` })).rawPayload);
    t.equal(data.find((r) => r[0] === 'formula')?.[1], `'=HYPERLINK("http://x","klik")`);
  });

  t.test('any text survives the CSV and never starts a formula', async () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const sheet = { title: 'x', fileName: 'x', columns: [{ header: 'h', kind: 'text' as const }], rows: [[text]], notes: [] };
        const cell = (parseCsv(toCsv(sheet).toString('utf8').slice(1))[1] as string[])[0] as string;
        const formula = /^[=+\-@\t\r]/.test(text);
        return cell === (formula ? `'${text}` : text) && !/^[=+\-@\t\r]/.test(cell);
      }),
    );
  });

  t.test('the regency table lists the six areas of Jakarta by the NIK’s code, names from the data table', async (t) => {
    const { header, data, notes } = csvTable((await viewer({ url: `${base}/exports/regencies.csv` })).rawPayload);
    t.same(header, [
      'Kode wilayah NIK',
      'Nama wilayah',
      'Baru terlindungi',
      'Persen dari baru terlindungi',
      'Target wilayah',
      'Kekurangan',
      'Diharapkan hingga hari ini',
      'Laju',
    ]);
    t.same(
      data.map((r) => r[0]),
      ['3101', '3171', '3172', '3173', '3174', '3175'],
    );
    t.equal(
      data.reduce((sum, r) => sum + Number(r[2]), 0),
      summary.newlyCovered,
    );
    for (const row of data) t.equal(Number(row[2]), summary.byRegency[row[0] as string] ?? 0);
    t.match(notes.join('\n'), /bukan domisili/);
    // Area targets where the agreement sets them; empty cells elsewhere.
    const target = summary.areaTargets.find((a: { areaCode: string }) => a.areaCode === '3171');
    t.same(data.find((r) => r[0] === '3171')?.slice(4), [
      String(target.target),
      String(target.gap),
      String(target.pace.expectedByToday),
      target.pace.onTrack ? 'Sesuai jadwal' : 'Tertinggal',
    ]);
    t.same(data.find((r) => r[0] === '3172')?.slice(4), ['', '', '', '']);
    t.match(notes.join('\n'), /^Data per \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WIB\.$/m, 'the data’s time in WIB, id-ID');
    t.match(notes.join('\n'), /^Diunduh pada 20 November 2024 \(WIB\)/m);
  });

  t.test('the series as CSV equals the series API, day by day', async (t) => {
    const api = (await viewer({ url: `${base}/series?from=2024-11-01&to=2024-11-20` })).json();
    const { data } = csvTable((await viewer({ url: `${base}/exports/series.csv?from=2024-11-01&to=2024-11-20` })).rawPayload);
    t.same(
      data,
      api.points.map((p: { date: string; newlyCovered: number; cumulativeCovered: number; targetLine: number }) => [
        p.date,
        String(p.newlyCovered),
        String(p.cumulativeCovered),
        String(p.targetLine),
      ]),
    );
  });

  t.test('XLSX: the same table on its first sheet with real numbers and dates, the notes on “Catatan”', async (t) => {
    const agencies = await viewer({ url: `${base}/exports/agencies.xlsx` });
    t.equal(agencies.statusCode, 200);
    t.equal(agencies.headers['content-type'], XLSX);
    const book = await readXlsx(agencies.rawPayload);
    t.same(book.names, ['Dinas', 'Catatan']);
    const rows = book.rows('Dinas');
    t.equal(rows.length, summary.agencies.length + 1);
    const dinkes = rows.find((r) => r[0] === 'dinkes') as unknown[];
    t.equal(dinkes[3], summary.agencies.find((a: { code: string }) => a.code === 'dinkes').credited);
    t.match(book.rows('Catatan').flat().join('\n'), /tidak memuat data pribadi/);

    const regencies = await readXlsx((await viewer({ url: `${base}/exports/regencies.xlsx` })).rawPayload);
    const target = summary.areaTargets.find((a: { areaCode: string }) => a.areaCode === '3171');
    t.same((regencies.rows('Wilayah')[0] as unknown[]).slice(4, 6), ['Target wilayah', 'Kekurangan']);
    t.same(
      (regencies.rows('Wilayah').find((r) => r[0] === '3171') as unknown[]).slice(4, 6),
      [target.target, target.gap],
      'area target and gap as numbers',
    );

    const series = await readXlsx((await viewer({ url: `${base}/exports/series.xlsx?interval=week` })).rawPayload);
    const first = series.rows('Seri mingguan')[1] as unknown[];
    t.ok(first[0] instanceof Date, 'dates are dates');
    t.equal(typeof first[2], 'number');
  });

  t.test('an export carries no NIK in any form', async (t) => {
    const niks = [...jakartaNiks(0, 300), ...jakartaNiks(250, 150)];
    for (const url of ['agencies.csv', 'regencies.csv', 'series.csv']) {
      const text = (await viewer({ url: `${base}/exports/${url}` })).body;
      t.notOk(/\d{16}/.test(text.replace(/\D+/g, (s) => (s === '-' || s === '.' || s === ' ' ? '' : s))), `${url}: no 16-digit run`);
      t.notOk(
        niks.some((nik) => text.includes(nik)),
        `${url}: none of the posted NIKs`,
      );
    }
  });

  t.test('the same callers as the summary, the same bounds as the series', async (t) => {
    t.equal((await app.inject({ url: `${base}/exports/agencies.csv` })).statusCode, 401, 'no token');
    t.equal((await as('agency', 'dinkes')({ url: `${base}/exports/agencies.xlsx` })).statusCode, 200, 'a party');
    t.equal((await admin({ method: 'POST', url: '/v1/agencies', payload: { code: 'outsider', name: 'Outsider' } })).statusCode, 201);
    const outsider = await as('agency', 'outsider')({ url: `${base}/exports/agencies.csv` });
    t.equal(outsider.statusCode, 403);
    t.equal(outsider.headers['content-type'], 'application/problem+json');
    t.equal((await viewer({ url: '/v1/agreements/nope-2024/exports/series.csv' })).statusCode, 404);
    t.equal((await viewer({ url: `${base}/exports/people.csv` })).statusCode, 400, 'an unknown table');
    t.equal((await viewer({ url: `${base}/exports/agencies.pdf` })).statusCode, 400, 'an unknown format');
    t.equal((await viewer({ url: `${base}/exports/agencies` })).statusCode, 404, 'no format');
  });

  t.test('for any window, the series export answers as the series API does', async () => {
    const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    await fc.assert(
      fc.asyncProperty(day, day, fc.constantFrom('day', 'week'), async (from, to, interval) => {
        const query = `from=${from}&to=${to}&interval=${interval}`;
        const api = await viewer({ url: `${base}/series?${query}` });
        const file = await viewer({ url: `${base}/exports/series.csv?${query}` });
        if (api.statusCode !== file.statusCode) return false;
        if (api.statusCode !== 200) return file.headers['content-type'] === 'application/problem+json';
        return csvTable(file.rawPayload).data.length === api.json().points.length;
      }),
      { numRuns: 25 },
    );
  });
});

t.test('with PUBLIC_SUMMARY=true the exports need no token, like the summary', async (t) => {
  const { app } = await buildTestApp(t, { env: { PUBLIC_SUMMARY: 'true' } });
  const res = await app.inject({ url: `${base}/exports/regencies.xlsx` });
  t.equal(res.statusCode, 200);
  t.equal(res.headers['content-type'], XLSX);
});
