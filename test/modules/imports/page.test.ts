import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import t from 'tap';
import { projectRoot } from '../../../src/lib/paths.js';
import { chromiumSkip, launchChromium } from '../../fixtures/browser.js';
import { syntheticNik } from '../../fixtures/nik.js';
import { buildTestApp } from '../../helper.js';
import { HEADER, validRows, xlsxFile } from './fixtures.js';

/**
 * The import page in a real headless Chromium (Debian's package, driven by playwright-core): a
 * dinas operator uploads a real XLSX and sees the counts the API reports. Skipped where Chromium is
 * absent (CI installs it).
 */
const SCREENSHOT_DIR = path.join(projectRoot, 'test', 'artifacts');
const idNumber = (text: string | null) => Number((text ?? '').replace(/\./g, ''));

const skip = chromiumSkip;
t.test('a dinas operator imports a workbook on the page and sees the API’s counts', { skip }, async (t) => {
  const { app, as, token } = await buildTestApp(t);
  // Another agency already reported some of the workers.
  const dishub = await as(
    'agency',
    'dishub',
  )({
    method: 'POST',
    url: '/v1/agreements/jakarta-uc-2024/batches',
    headers: { 'idempotency-key': 'page-1' },
    payload: { records: validRows(0, 30).map(([nik]) => ({ nik, segment: 'PU', programs: ['JKK', 'JKM'], enrolledOn: '2024-11-04' })) },
  });
  t.equal(dishub.statusCode, 201);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;

  const dir = t.testdir();
  const file = path.join(dir, 'dinkes-november.xlsx');
  writeFileSync(
    file,
    await xlsxFile(
      [HEADER, ...validRows(0, 2_000), [3171014501900123, 'PU', 'JKK, JKM', '04/11/2024', null], [syntheticNik(5), 'XX', 'JKK', 'kemarin', null]],
      {
        title: 'Peserta Dinkes November 2024',
        mergeTitle: 'A1:E1',
      },
    ),
  );
  const missing = path.join(dir, 'salah.csv');
  writeFileSync(missing, 'nik;kota\r\n1;Jakarta\r\n');

  const browser = await launchChromium(t);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta', acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto(`http://127.0.0.1:${port}/imports/jakarta-uc-2024`);
  await page.locator('#token-form').waitFor({ state: 'visible' });
  t.equal(await page.getAttribute('html', 'lang'), 'id');

  await page.goto(`http://127.0.0.1:${port}/imports/jakarta-uc-2024#token=${token({ role: 'agency', agency: 'dinkes' })}`);
  await page.locator('#steps').waitFor({ state: 'visible' });
  t.notMatch(page.url(), 'token=');

  // The template downloads.
  const [template] = await Promise.all([page.waitForEvent('download'), page.click('#template-xlsx')]);
  t.equal(template.suggestedFilename(), 'templat-jakarta-uc-2024.xlsx');

  // The header check refuses a file without the required columns, at once.
  await page.setInputFiles('#file', missing);
  await page.click('#upload');
  await page.getByText('Kolom wajib tidak ada: segmen, tanggal_terdaftar, program').waitFor();

  await page.setInputFiles('#file', file);
  await page.click('#upload');
  await page.getByText('Judul kolom sesuai').waitFor();
  await page.locator('#status.completed').waitFor({ timeout: 60_000 });

  const list = (await as('agency', 'dinkes')({ url: '/v1/agreements/jakarta-uc-2024/imports' })).json();
  const job = list.items[0];
  t.match(job, { status: 'completed', counts: { received: 2002, accepted: 1970, duplicates: { otherAgency: 30 }, rejected: 2 } });
  const shown = async (id: string) => idNumber(await page.textContent(`[data-testid="${id}"]`));
  t.equal(await shown('received'), job.counts.received);
  t.equal(await shown('accepted'), job.counts.accepted);
  t.equal(await shown('other-agency'), job.counts.duplicates.otherAgency);
  t.equal(await shown('same-agency'), job.counts.duplicates.sameAgency);
  t.equal(await shown('rejected'), job.counts.rejected);
  t.equal(await shown('rows-read'), job.rows.read);
  t.equal(await page.textContent('[data-testid="status"]'), 'Selesai');

  const [errorsFile] = await Promise.all([page.waitForEvent('download'), page.click('#errors')]);
  const saved = path.join(dir, 'errors.csv');
  await errorsFile.saveAs(saved);
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(saved, 'utf8');
  t.match(text, /^\ufeffbaris;kolom;kode;pesan\r\n2003;nik;nik_numeric;/);
  t.notMatch(text, /\d{15,}/, 'no NIK in the error file');
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'imports.png'), fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  t.ok(overflow <= 0, 'no horizontal scrolling on a phone');
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'imports-phone.png'), fullPage: true });
  t.same(errors, [], 'no script errors');
});
