import t from 'tap';
import { IMPORT_LIMITS } from '../../../src/modules/imports/schemas.js';
import { confirmationDifferences, recountConfirmations } from '../../fixtures/confirmation-recount.js';
import { jakartaNiks, record, syntheticNik } from '../../fixtures/nik.js';
import { findNiks } from '../../fixtures/privacy-scan.js';
import { buildTestApp } from '../../helper.js';
import { placeholderRows, XLSX, xlsxFile } from '../imports/fixtures.js';

const agreement = '/v1/agreements/jakarta-uc-2024';

t.test('BPJS imports its register extract as a file (kind=confirmation)', async (t) => {
  const { as, database, logs } = await buildTestApp(t);
  const admin = as('admin');
  const bpjs = as('agency', 'bpjstk-dki');
  const dinkes = as('agency', 'dinkes');
  const responses: string[] = [];
  type Requester = typeof admin;
  const finished = async (who: Requester, id: string) => {
    for (let i = 0; i < 600; i++) {
      const response = await who({ url: `/v1/imports/${id}` });
      responses.push(response.body);
      const body = response.json();
      if (['completed', 'failed', 'cancelled'].includes(body.status)) return body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the import did not finish');
  };
  const upload = async (who: Requester, body: Buffer | string, type: string, query = '?kind=confirmation') => {
    const res = await who({ method: 'POST', url: `${agreement}/imports${query}`, headers: { 'content-type': type }, payload: body });
    responses.push(res.body);
    return res;
  };

  const niks = jakartaNiks(70_000, 8);
  const res = await dinkes({
    method: 'POST',
    url: `${agreement}/batches`,
    headers: { 'idempotency-key': 'dinkes-1' },
    payload: { records: niks.slice(0, 6).map((nik, i) => record(nik, { ref: `R-${i}` })) },
  });
  t.equal(res.json().accepted, 6);

  t.test('the template names the extract’s columns', async (t) => {
    const csv = await bpjs({ url: `${agreement}/imports/template.csv?kind=confirmation` });
    t.equal(csv.statusCode, 200);
    t.match(csv.body, /^\uFEFFnik;status;tanggal_data;tanggal_registrasi;segmen;program;kpj\r\n/);
    const xlsx = await bpjs({ url: `${agreement}/imports/template.xlsx?kind=confirmation` });
    t.equal(xlsx.statusCode, 200);
    t.match(xlsx.headers['content-disposition'], /template-konfirmasi-jakarta-uc-2024\.xlsx/);
    t.match((await bpjs({ url: `${agreement}/imports/template.csv` })).body, /tanggal_terdaftar/);
  });

  t.test('only the counterpart or an admin imports confirmations', async (t) => {
    const file = `nik;status;tanggal_data\r\n${niks[0]};aktif;30/11/2024\r\n`;
    const res = await upload(dinkes, file, 'text/csv');
    t.equal(res.statusCode, 403);
    t.equal((await upload(as('viewer'), file, 'text/csv')).statusCode, 403);
    const noStatus = await upload(bpjs, `nik;tanggal_data\r\n${niks[0]};30/11/2024\r\n`, 'text/csv');
    t.equal(noStatus.statusCode, 422);
    t.same(noStatus.json().missingColumns, ['status']);
    const commitment = await upload(bpjs, file, 'text/csv', '?kind=confirmation&commitmentId=0b7e0c1e-7d8f-4a57-9d4c-5c3e3b8d2a10');
    t.equal(commitment.statusCode, 400);
  });

  t.test('an extract may be larger than a dinas list, up to its own limits', async (t) => {
    const rows = (n: number) => placeholderRows(['nik', 'status', 'tanggal_data'], n);
    // More rows than a dinas's file may hold: taken (and cancelled here, to stop its job).
    const large = await upload(bpjs, rows(IMPORT_LIMITS.enrollment.maxRows + 1), 'text/csv');
    t.equal(large.statusCode, 202, large.body);
    t.equal(large.json().rows.total, IMPORT_LIMITS.enrollment.maxRows + 1);
    const cancelled = await bpjs({ method: 'POST', url: `/v1/imports/${large.json().id}/cancel` });
    t.ok([200, 409].includes(cancelled.statusCode), `cancelled (${cancelled.statusCode})`);
    const tooMany = await upload(bpjs, rows(IMPORT_LIMITS.confirmation.maxRows + 1), 'text/csv');
    t.equal(tooMany.statusCode, 413, tooMany.body);
    t.match(tooMany.json(), { type: '/problems/import-too-many-rows', limitRows: IMPORT_LIMITS.confirmation.maxRows });
  });

  t.test('an XLSX extract: every row through the confirmation pipeline', async (t) => {
    const file = await xlsxFile(
      [
        ['NIK', 'Status Kepesertaan', 'Per Tanggal', 'Tanggal Registrasi', 'Segmen'],
        [niks[0], 'Aktif', new Date(Date.UTC(2024, 10, 30)), new Date(Date.UTC(2024, 10, 4)), 'pu'],
        [niks[1], 'aktif', '30/11/2024', null, null],
        [niks[2], 'Tidak Aktif', '30/11/2024', null, null],
        [niks[3], 'tidak ditemukan', '30/11/2024', null, null],
        [niks[7], 'aktif', '30/11/2024', '05/11/2024', null],
        [syntheticNik(5, '32'), 'aktif', '30/11/2024', null, null],
        [Number(niks[4]), 'aktif', '30/11/2024', null, null],
        [niks[5], 'pindah', '30/11/2024', null, null],
        [niks[6], 'aktif', '31/02/2024', null, null],
      ],
      { textNik: true },
    );
    const res = await upload(bpjs, file, XLSX);
    t.equal(res.statusCode, 202);
    t.match(res.json(), { kind: 'confirmation', agency: 'bpjstk-dki' });
    const done = await finished(bpjs, res.json().id);
    t.match(done, { status: 'completed', kind: 'confirmation', counts: { received: 9, accepted: 5, outOfRegion: 1, rejected: 3 } });
    t.equal(done.batches.length, 1);
    const batch = await bpjs({ url: `/v1/confirmations/${done.batches[0]}` });
    t.match(batch.json(), { byStatus: { active: 3, inactive: 1, notFound: 1 } });

    const errors = await bpjs({ url: `/v1/imports/${done.id}/errors.csv` });
    responses.push(errors.body);
    t.match(errors.body, /;nik;nik_numeric;/);
    t.match(errors.body, /;status;status_unknown;/);
    t.match(errors.body, /;tanggal_data;as_of_format;/);

    const summary = (await admin({ url: `${agreement}/summary` })).json();
    t.same(confirmationDifferences(summary, await recountConfirmations(database.db, 'jakarta-uc-2024')), []);
    t.match(summary.confirmation, { reported: 6, confirmedActive: 2, confirmedInactive: 1, notFound: 1, unconfirmed: 2, bpjsOnly: 1 });

    // The same file again is the same import.
    const again = await upload(bpjs, file, XLSX);
    t.equal(again.statusCode, 200);
    t.equal(again.json().id, done.id);
  });

  t.same(findNiks([...niks, syntheticNik(5, '32')], [...responses, logs.text]), [], 'no NIK in any response or log line');
});
