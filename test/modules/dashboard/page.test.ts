import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import t from 'tap';
import type { DatabaseHandle } from '../../../src/db/client.js';
import type { Clock } from '../../../src/domain/time.js';
import { projectRoot } from '../../../src/lib/paths.js';
import { CHANGES_CHANNEL } from '../../../src/modules/audit/repository.js';
import { chromiumSkip, launchChromium } from '../../fixtures/browser.js';
import { jakartaNiks, record } from '../../fixtures/nik.js';
import { buildTestApp } from '../../helper.js';

/**
 * The dashboard as a user sees it, in a real headless Chromium (Debian's package, driven by
 * playwright-core) at a small phone, a phone, a laptop and a wall display. CI installs Chromium
 * and requires this test; elsewhere it is skipped when Chromium is absent.
 *
 * Screenshots go to test/artifacts/, or with UPDATE_SCREENSHOTS=1 to docs/screenshots/ (the
 * ones the README shows).
 */
const SHOTS = process.env.UPDATE_SCREENSHOTS ? path.join(projectRoot, 'docs', 'screenshots') : path.join(projectRoot, 'test', 'artifacts');
const WIDTHS = [320, 390, 1280, 1920] as const;
const base = '/v1/agreements/jakarta-uc-2024';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const idNumber = (text: string | null) => Number((text ?? '').replace(/\./g, '').replace(',', '.'));
const id = new Intl.NumberFormat('id-ID');

/** axe-core's violations at the WCAG 2.2 AA level (injected through the debugger, so the page's CSP stays on). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate<string[]>(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
    .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')))`);
}

/** How far the page scrolls sideways (0 when it does not), with the elements that stick out. */
async function horizontalOverflow(page: Page): Promise<number> {
  const { overflow, culprits } = await page.evaluate<{ overflow: number; culprits: string[] }>(`(() => {
    const width = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5).map((el) => el.tagName + '#' + el.id + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().right));
    return { overflow: document.documentElement.scrollWidth - width, culprits };
  })()`);
  if (overflow > 0) t.comment(`sticking out: ${culprits.join(' | ')}`);
  return overflow;
}

/** Polls an expression in the page (the page's CSP forbids waitForFunction's eval). */
async function until(page: Page, expression: string, timeout = 10_000) {
  for (const start = Date.now(); Date.now() - start < timeout; await new Promise((r) => setTimeout(r, 50))) {
    if (await page.evaluate(expression)) return;
  }
  throw new Error(`timed out waiting for ${expression}`);
}

/** Every chart text's computed size, and whether each chart is drawn at its real pixel size. */
const chartFacts = (page: Page) =>
  page.evaluate<{ smallest: number; count: number; unscaled: boolean; overlapping: string[] }>(`(() => {
    const texts = [...document.querySelectorAll('.chart svg text')];
    const sizes = texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1));
    const svgs = [...document.querySelectorAll('.chart svg')];
    const unscaled = svgs.every((s) => Math.abs(s.getBoundingClientRect().width - Number(s.getAttribute('width'))) < 1);
    const boxes = texts.map((t) => [t.textContent, t.getBoundingClientRect()]);
    const overlapping = [];
    boxes.forEach(([a, p], i) => boxes.slice(i + 1).forEach(([b, q]) => {
      if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) overlapping.push(a + ' / ' + b);
    }));
    return { smallest: Math.min(...sizes), count: texts.length, unscaled, overlapping };
  })()`);

/** Pixels of a binary PPM (P6) image near a colour. */
function countColour(ppm: Buffer, [r, g, b]: [number, number, number], tolerance = 40): number {
  const header = ppm.toString('latin1', 0, 50).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a PPM');
  let n = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) {
    if (Math.abs((ppm[i] as number) - r) + Math.abs((ppm[i + 1] as number) - g) + Math.abs((ppm[i + 2] as number) - b) < tolerance) n++;
  }
  return n;
}

/**
 * The database stamps every write with its own now(); the app's clock says only what day it is.
 * Dating the agreement's writes at the test clock lets the page show one clock ("Diperbarui" is
 * the last change, "dicek" the browser's time, fixed at the same instant).
 */
async function dateWritesAt(database: DatabaseHandle, agreementId: string, at: Date) {
  const iso = at.toISOString();
  await database.db.execute(sql`UPDATE agreements SET updated_at = ${iso}::timestamptz WHERE id = ${agreementId}`);
  await database.db.execute(sql`UPDATE agreement_parties SET updated_at = ${iso}::timestamptz WHERE agreement_id = ${agreementId}`);
  await database.db.execute(sql`UPDATE commitments SET updated_at = ${iso}::timestamptz WHERE agreement_id = ${agreementId}`);
  await database.db.execute(sql`UPDATE agency_coverage SET changed_at = ${iso}::timestamptz WHERE agreement_id = ${agreementId}`);
  await database.db.execute(sql`UPDATE confirmation_batches SET created_at = ${iso}::timestamptz WHERE agreement_id = ${agreementId}`);
  await database.db.execute(sql`UPDATE official_figures SET created_at = ${iso}::timestamptz WHERE agreement_id = ${agreementId}`);
  await database.db.execute(sql`UPDATE agencies SET updated_at = ${iso}::timestamptz`);
  await database.db.execute(sql`SELECT pg_notify(${CHANGES_CHANNEL}, 'test')`);
}

const skip = chromiumSkip;
t.test('the dashboard as a user sees it, from a 320 px phone to a wall display', { skip }, async (t) => {
  let now = new Date('2024-11-20T05:00:00Z');
  const clock: Clock = () => now;
  const { app, as, token, database } = await buildTestApp(t, { clock });
  const admin = as('admin');
  // Commitments for some dinas (one met, one on track, one behind), batches from several.
  for (const [agency, target] of [
    ['dinkes', 1200],
    ['dishub', 900],
    ['dlh', 4000],
    ['disdik', 2000],
  ] as const) {
    const created = await admin({
      method: 'POST',
      url: `${base}/commitments`,
      payload: { agency, kind: 'enrollment', title: `Kepesertaan pekerja non-ASN ${agency}`, targetWorkers: target, dueDate: '2024-12-31' },
    });
    t.equal(created.statusCode, 201);
    const signed = await admin({
      method: 'POST',
      url: `/v1/commitments/${created.json().id}/sign`,
      payload: { signatoryName: 'Kepala Dinas', signatoryTitle: 'Kepala Dinas', signedOn: '2024-10-30' },
    });
    t.equal(signed.statusCode, 200);
  }
  let n = 0;
  for (const [agency, start, count] of [
    ['dinkes', 0, 1300],
    ['dishub', 1200, 800],
    ['dlh', 5000, 300],
    ['disdik', 9000, 600],
    ['dinsos', 12_000, 40],
  ] as const) {
    const res = await as(
      'agency',
      agency,
    )({
      method: 'POST',
      url: `${base}/batches`,
      headers: { 'idempotency-key': `dash-${++n}` },
      payload: {
        records: jakartaNiks(start, count).map((nik, i) => record(nik, { enrolledOn: `2024-11-${String(1 + (i % 19)).padStart(2, '0')}` })),
      },
    });
    t.equal(res.statusCode, 201);
  }
  // A long full name, as some dinas have: it wraps on a phone.
  const longName = 'Dinas Pendidikan beserta Suku Dinas Pendidikan Wilayah I dan II Kota Administrasi Jakarta Selatan';
  t.equal((await admin({ method: 'PATCH', url: '/v1/agencies/disdik', payload: { name: longName } })).statusCode, 200);
  // Area targets, a milestone, BPJS's confirmations (dinkes and dlh), an official figure and a period submission.
  const areaTargets = [
    { areaCode: '3171', workers: 900 },
    { areaCode: '3174', workers: 400 },
  ];
  t.equal((await admin({ method: 'PATCH', url: base, payload: { areaTargets } })).statusCode, 200);
  const milestone = await admin({
    method: 'POST',
    url: `${base}/commitments`,
    payload: { agency: 'disnakertransgi', kind: 'milestone', title: 'Rancangan Pergub percepatan Jamsostek', dueDate: '2024-12-15' },
  });
  t.equal(milestone.statusCode, 201);
  t.equal(
    (
      await admin({
        method: 'POST',
        url: `/v1/commitments/${milestone.json().id}/sign`,
        payload: { signatoryName: 'Kepala Dinas', signatoryTitle: 'Kepala Dinas', signedOn: '2024-10-30' },
      })
    ).statusCode,
    200,
  );
  // Of dinkes's first 1,000 workers 900 active, 50 inactive, 50 not found; of dlh's first 240, 200 active, 20 and 20.
  const confirmations = [
    ...jakartaNiks(0, 1000).map((nik, i) => ({ nik, i, status: i < 900 ? 'active' : i < 950 ? 'inactive' : 'not_found' })),
    ...jakartaNiks(5000, 240).map((nik, i) => ({ nik, i, status: i < 200 ? 'active' : i < 220 ? 'inactive' : 'not_found' })),
  ].map(({ nik, i, status }) => ({
    nik,
    status,
    asOf: '2024-11-19',
    ...(status === 'not_found' ? {} : { registeredOn: `2024-11-${String(1 + (i % 19)).padStart(2, '0')}` }),
  }));
  const confirmed = await as(
    'agency',
    'bpjstk-dki',
  )({ method: 'POST', url: `${base}/confirmations`, headers: { 'idempotency-key': 'dash-bpjs-1' }, payload: { records: confirmations } });
  t.equal(confirmed.statusCode, 201, confirmed.body.slice(0, 300));
  const official = { workers: 2_203_000, asOf: '2024-11-15', source: 'BPJS Ketenagakerjaan Kanwil DKI Jakarta, rilis pers 18 November 2024' };
  t.equal((await admin({ method: 'POST', url: `${base}/official-figures`, payload: official })).statusCode, 201);
  const submitted = await as('agency', 'dlh')({ method: 'POST', url: `${base}/periods/2024-10/submissions`, payload: {} });
  t.equal(submitted.statusCode, 200, submitted.body.slice(0, 300));
  await dateWritesAt(database, 'jakarta-uc-2024', now);

  await app.listen({ host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const summary = (await as('viewer')({ url: `${base}/summary` })).json();
  t.equal(summary.asOf, now.toISOString(), 'the figures’ last change is dated at the test clock');

  const browser = await launchChromium(t);
  mkdirSync(SHOTS, { recursive: true });
  const downloads = mkdtempSync(path.join(tmpdir(), 'sinergi-dash-'));
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    acceptDownloads: true,
  });
  // The browser's clock is the test's: "dicek" and the print stamp agree with the app's today.
  await context.clock.setFixedTime(now);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const ready = (selector = '#chart svg') =>
    page
      .locator(selector)
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(async (error) => {
        await page.screenshot({ path: path.join(SHOTS, 'failure.png'), fullPage: true });
        throw new Error(`${(error as Error).message}; page errors: ${errors.join(' | ')}`);
      });

  await t.test('without a token it explains, in plain Indonesian, what a viewer token is and whom to ask', async (t) => {
    await page.goto(`${origin}/dashboard/jakarta-uc-2024`);
    await page.locator('#token-form').waitFor({ state: 'visible' });
    t.equal(await page.getAttribute('html', 'lang'), 'id');
    t.match(await page.textContent('#token-form'), /token penampil.*admin Sinergi/s);
    t.equal(await page.getAttribute('link[rel=icon]', 'href'), '/dashboard/assets/favicon.svg');
    await page.fill('#token-input', 'bukan-token');
    await page.click('#token-form button');
    await page.getByText('Token tidak berlaku atau sudah kedaluwarsa.', { exact: false }).waitFor();
    t.same(await axeViolations(page), [], 'the login card passes axe');
  });

  await t.test('after login the figures appear and focus moves to the page title', async (t) => {
    await page.fill('#token-input', token({ role: 'viewer' }));
    await page.click('#token-form button');
    await ready();
    await until(page, "document.activeElement && document.activeElement.id === 'title'");
    t.pass('focus is on the title');
    t.ok(await page.evaluate("sessionStorage.getItem('sinergi.token')"), 'kept for this tab');
    t.ok(
      await page.evaluate<boolean>(
        "Math.abs(document.querySelector('#chart svg').getAttribute('width') - document.querySelector('#chart').clientWidth) < 2",
      ),
      'the chart is drawn at the width of its card from the first paint',
    );
  });

  await t.test('the headline numbers are the API’s, progress measured from the baseline', async (t) => {
    const shown = async (testId: string) => page.textContent(`[data-testid="${testId}"]`);
    t.equal(idNumber(await shown('covered-workers')), summary.covered.workers);
    t.equal(idNumber(await shown('target-workers')), summary.target.workers);
    t.equal(idNumber(await shown('gap-workers')), summary.gap.workers);
    t.equal(idNumber(await shown('newly-covered')), summary.newlyCovered);
    t.equal(idNumber(await shown('days-left')), summary.pace.daysLeft);
    t.equal(idNumber(await shown('required-per-day')), summary.pace.requiredPerDay);
    t.equal(idNumber(await shown('last7')), summary.pace.last7DaysPerDay);
    t.equal(idNumber(await shown('projected')), summary.pace.projectedAtTargetDate);
    t.equal(await shown('covered-percent'), `${String(summary.covered.percent).replace('.', ',')}%`);
    t.equal(await shown('on-track'), summary.pace.onTrack ? 'Sesuai target' : 'Belum sesuai target');
    const share = ((summary.covered.workers - summary.baseline.workers) / (summary.target.workers - summary.baseline.workers)) * 100;
    t.match(await shown('progress-share'), `${share.toFixed(1).replace('.', ',')}% dari kenaikan yang dibutuhkan`);
    t.match(await shown('basis'), /dilaporkan dinas/);
    t.ok(await page.isHidden('[data-testid="verdict"]'), 'no verdict while the period runs');
    t.equal(await page.textContent('#freshness'), 'Diperbarui 20 Nov 2024, 12.00 WIB · dicek 12.00', 'one clock: the test’s');
  });

  await t.test('reported vs confirmed side by side, and the official figure with its source and date', async (t) => {
    t.ok(await page.isVisible('[data-testid="reported-confirmed"]'));
    t.match(await page.textContent('[data-testid="reported-workers"]'), `Dilaporkan dinas${id.format(summary.reported.workers)}`);
    t.match(await page.textContent('[data-testid="confirmed-workers"]'), `Dikonfirmasi BPJS${id.format(summary.confirmed.workers)}`);
    t.match(
      await page.textContent('[data-testid="reported-confirmed"]'),
      `per 19 Nov 2024: ${id.format(summary.confirmation.confirmedActive)} dari ${id.format(summary.confirmation.reported)} pekerja`,
    );
    t.equal(summary.confirmation.confirmedActive, 1100);
    t.equal(
      await page.textContent('[data-testid="official-figure"]'),
      'Angka resmi: 2.203.000 pekerja per 15 Nov 2024 — sumber: BPJS Ketenagakerjaan Kanwil DKI Jakarta, rilis pers 18 November 2024',
    );
    t.equal(await page.locator('#chart .official-point').count(), 1, 'a point on the chart');
    // The footer's sources: the seed's texts, in Bahasa Indonesia with id-ID numbers.
    const sources = await page.textContent('#sources');
    t.match(sources, 'sumber: Angka turunan, tidak dipublikasikan: 2.700.000 ÷ 0,65 = 4.153.846');
    t.match(sources, 'Angkatan kerja (penyebut persentase) 4.153.846 (angka turunan)');
    t.match(sources, 'dikutip Wartapembaruan.co.id, 23 Oktober 2024');
    t.match(await page.textContent('#chart-legend'), 'Angka resmi (dipublikasikan): 2.203.000 per 15 Nov 2024');
  });

  await t.test('areas with a target show target, gap and pace; the others only their counts', async (t) => {
    for (const area of summary.areaTargets) {
      const shown = await page.textContent(`[data-testid="area-target-${area.areaCode}"]`);
      t.match(shown, `Target ${id.format(area.target)} · ${area.gap === 0 ? 'tercapai' : `kurang ${id.format(area.gap)}`}`);
      t.match(shown, area.pace.onTrack ? 'Sesuai jadwal' : 'Tertinggal');
      t.match(shown, `diharapkan ${id.format(area.pace.expectedByToday)} hingga hari ini`);
    }
    t.equal(await page.locator('#regencies .tile-target').count(), areaTargets.length);
    t.ok(
      summary.areaTargets.some((a: { gap: number }) => a.gap === 0) && summary.areaTargets.some((a: { gap: number }) => a.gap > 0),
      'one area met, one not',
    );
    t.equal(await page.locator('#regencies li[data-code="3172"] .tile-target').count(), 0);
  });

  await t.test('the segment and program bars, and the milestones with their labels', async (t) => {
    const rows = (list: string) =>
      page
        .locator(`#${list} li`)
        .evaluateAll((items) => items.map((li) => [li.querySelector('.label')?.textContent, li.querySelector('.value')?.textContent]));
    t.same(await rows('segments'), [
      ['Penerima Upah (PU)', id.format(summary.bySegment.PU)],
      ['Bukan Penerima Upah (BPU)', id.format(summary.bySegment.BPU)],
      ['Jasa Konstruksi (Jakon)', id.format(summary.bySegment.JAKON)],
      ['Pekerja Migran Indonesia (PMI)', id.format(summary.bySegment.PMI)],
    ]);
    const programs = await rows('programs');
    t.equal(programs.length, 5);
    t.same(programs[0], ['Jaminan Kecelakaan Kerja (JKK)', id.format(summary.byProgram.JKK)]);
    const widest = await page
      .locator('#segments .bar')
      .first()
      .evaluate((el) => el.getBoundingClientRect().width);
    t.ok(widest > 0, 'the largest segment has a bar');
    t.equal(await page.textContent('#milestones li'), 'Berjalan Rancangan Pergub percepatan Jamsostek — Disnakertransgi, tenggat 15 Des 2024');
  });

  await t.test(
    'agencies on one scale, sorted by status then percent; those without commitments on one line; lead and counterpart apart',
    async (t) => {
      const codes = await page.locator('#agencies li').evaluateAll((items) => items.map((li) => li.getAttribute('data-code')));
      const standing = (code: string) => summary.agencies.find((a: { code: string }) => a.code === code);
      const order = { behind: 0, on_track: 1, met: 2 } as Record<string, number>;
      const keys = codes.map((c) => [order[standing(c as string).status], standing(c as string).percentOfCommitment]);
      t.same(
        keys,
        [...keys].sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number)),
      );
      t.same([...codes].sort(), ['dinkes', 'disdik', 'dishub', 'dlh']);
      const widths = await page.locator('#agencies .track').evaluateAll((tracks) => tracks.map((el) => Math.round(el.getBoundingClientRect().width)));
      t.equal(new Set(widths).size, 1, 'every track has the same width (one scale)');
      t.match(await page.textContent('#no-commitment-summary'), /^13 dinas tanpa komitmen aktif · dikreditkan 40$/);
      t.match(await page.textContent('#coordinators'), /Koordinator: .*Mitra \(BPJS Ketenagakerjaan\)/s);
      t.notOk(codes.includes('bpjstk-dki'), 'BPJS is not listed among the dinas');
      t.equal(await page.locator('#regencies li').count(), 6, 'the six areas of Jakarta');
    },
  );

  for (const width of WIDTHS) {
    await t.test(`at ${width} px: axe finds nothing, nothing scrolls sideways, chart text is at least 11 px`, async (t) => {
      await page.setViewportSize({ width, height: width < 500 ? 844 : width < 1500 ? 800 : 1080 });
      await until(page, `Math.abs(document.querySelector('#chart svg').getAttribute('width') - document.querySelector('#chart').clientWidth) < 2`);
      t.same(await axeViolations(page), []);
      t.ok((await horizontalOverflow(page)) <= 0, 'no horizontal scrolling');
      const chart = await chartFacts(page);
      t.ok(chart.count > 5, 'the chart has labels');
      t.ok(chart.smallest >= 11, `smallest chart text ${chart.smallest} px`);
      t.ok(chart.unscaled, 'the chart is drawn at its real size');
      t.same(chart.overlapping, [], 'no chart label overlaps another');
      const cut = await page
        .locator('#agencies .full')
        .evaluateAll((names) =>
          names.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getAttribute('title') !== el.textContent).map((el) => el.textContent),
        );
      t.same(cut, [], 'full agency names wrap, never cut, and carry a title');
      t.equal(await page.locator('#agencies li[data-code="disdik"] .full').textContent(), longName);
      await page.screenshot({ path: path.join(SHOTS, `dashboard-${width}.png`), fullPage: true });
    });
  }

  await t.test('the chart: round ticks, months with their year, a labelled target, today, the projection, tooltips on focus', async (t) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const labels = await page.locator('#chart svg .axis text').allTextContents();
    t.ok(labels.includes('Nov 2024') && labels.includes('Des 2024'), `months with the year: ${labels.join(' | ')}`);
    t.ok(
      labels.some((l) => /^2,\d+\sjt$/.test(l)),
      'compact round values',
    );
    t.match(await page.textContent('#chart .goal-label'), `Target ${id.format(summary.target.workers)}`);
    t.equal(await page.textContent('#chart .today-label'), 'Hari ini');
    t.equal(await page.locator('#chart .projection-line').count(), 1);
    t.match(await page.textContent('#chart-legend'), /Proyeksi/);
    await page.focus('#chart .chart-frame');
    await page.keyboard.press('Home');
    t.match(await page.textContent('#chart .tip'), /^23 Okt 2024: 2\.200\.000/);
    await page.keyboard.press('ArrowRight');
    t.match(await page.textContent('#chart .tip'), /^24 Okt 2024:/);
    t.equal(await page.locator('#chart .sr-only table tbody tr').count(), 29, 'a hidden data table, a row per day');
    await page.screenshot({ path: path.join(SHOTS, 'chart-tooltip.png') });
  });

  await t.test('an export is downloaded and parsed: CSV for an Indonesian spreadsheet, XLSX', async (t) => {
    const csvDownload = page.waitForEvent('download');
    await page.click('#exports a[href$="agencies.csv"]');
    const csv = await csvDownload;
    const csvPath = path.join(downloads, csv.suggestedFilename());
    await csv.saveAs(csvPath);
    t.equal(csv.suggestedFilename(), 'jakarta-uc-2024-dinas-2024-11-20.csv');
    const text = readFileSync(csvPath, 'utf8');
    t.equal(text.charCodeAt(0), 0xfeff);
    const rows = text
      .slice(1)
      .split('\r\n')
      .map((line) => line.split(';'));
    t.equal(rows[0]?.[0], '"Kode"');
    t.equal(rows.find((r) => r[0] === '"dinkes"')?.[3], String(summary.agencies.find((a: { code: string }) => a.code === 'dinkes').credited));

    const xlsxDownload = page.waitForEvent('download');
    await page.click('#exports a[href$="series.xlsx"]');
    const xlsx = await xlsxDownload;
    const xlsxPath = path.join(downloads, xlsx.suggestedFilename());
    await xlsx.saveAs(xlsxPath);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsxPath);
    const sheet = book.getWorksheet('Seri harian');
    const last = sheet?.getRow(sheet.rowCount).values as unknown[];
    t.equal(last[3], summary.covered.workers, 'the last day’s cumulative figure is the headline’s');
  });

  await t.test('printed to PDF, the first page keeps its coloured bars and says when it was printed', async (t) => {
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    writeFileSync(path.join(downloads, 'dashboard.pdf'), pdf);
    if (existsSync('/usr/bin/pdftoppm')) {
      execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '60', path.join(downloads, 'dashboard.pdf'), path.join(downloads, 'page')]);
      execFileSync('pdftoppm', [
        '-f',
        '1',
        '-l',
        '1',
        '-r',
        '60',
        '-png',
        '-singlefile',
        path.join(downloads, 'dashboard.pdf'),
        path.join(SHOTS, 'print'),
      ]);
      const file = readdirSync(downloads).find((f) => f.startsWith('page') && f.endsWith('.ppm')) as string;
      const pixels = readFileSync(path.join(downloads, file));
      t.ok(countColour(pixels, [0xb3, 0x26, 0x1e]) > 50, 'red (behind) bars are printed');
      t.ok(countColour(pixels, [0x00, 0x5a, 0x9c]) > 50, 'blue (progress, on track) bars are printed');
    } else {
      t.comment('pdftoppm not installed (apt-get install poppler-utils): the PDF is not rendered, only the print styles checked');
    }
    await page.emulateMedia({ media: 'print' });
    t.match(await page.textContent('#printed-at'), /^Diunduh pada /);
    t.ok(await page.isVisible('#printed-at'), 'the stamp shows in print');
    t.ok(await page.isHidden('#exports-card'), 'links to download are not printed');
    const bar = await page.evaluate<{ adjust: string; background: string }>(
      "(() => { const s = getComputedStyle(document.querySelector('#agencies .bar')); return { adjust: s.printColorAdjust || s.webkitPrintColorAdjust, background: s.backgroundColor }; })()",
    );
    t.same(bar.adjust, 'exact', 'bars keep their colour in print');
    t.not(bar.background, 'rgba(0, 0, 0, 0)');
    await page.emulateMedia({ media: 'screen' });
  });

  await t.test('an agency page is reached by keyboard and shows its commitments, series and duplicates', async (t) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const code = (await page.locator('#agencies li').first().getAttribute('data-code')) as string;
    await page.focus('#title');
    const focused = () => page.evaluate<boolean>("document.activeElement === document.querySelector('#agencies a.name-link')");
    for (let i = 0; i < 80 && !(await focused()); i++) await page.keyboard.press('Tab');
    t.ok(await focused(), 'tabbed to the first agency');
    await Promise.all([page.waitForURL(`**/dashboard/jakarta-uc-2024/agencies/${code}`), page.keyboard.press('Enter')]);
    await ready('#agency-chart svg');
    const progress = (await as('viewer')({ url: `${base}/agencies/${code}/progress` })).json();
    t.equal(idNumber(await page.textContent('[data-testid="agency-credited"]')), progress.agency.credited);
    t.equal(idNumber(await page.textContent('[data-testid="agency-elsewhere"]')), progress.creditedElsewhere);
    t.equal(await page.locator('#agency-commitments li').count(), progress.commitments.length);
    t.equal(await page.textContent('#title'), progress.agency.name);
    t.equal(code, 'dlh', 'the furthest behind');
    t.equal(await page.textContent('[data-testid="agency-confirmation-rate"]'), '66,7%', 'BPJS confirmed 200 of its 300');
    t.equal(await page.textContent('[data-testid="agency-confirmation-count"]'), '200 dari 300 pekerja yang dikreditkan aktif');
    t.same(
      await page.locator('#agency-submissions-list li').allTextContents(),
      ['2024-11 · belum dikirim', '2024-10 · dikirim'],
      'its period submissions, latest first',
    );
    t.same(await axeViolations(page), []);
    t.ok((await horizontalOverflow(page)) <= 0);
    await page.screenshot({ path: path.join(SHOTS, 'agency-390.png'), fullPage: true });
    await page.setViewportSize({ width: 320, height: 700 });
    await until(
      page,
      `Math.abs(document.querySelector('#agency-chart svg').getAttribute('width') - document.querySelector('#agency-chart').clientWidth) < 2`,
    );
    t.ok((await horizontalOverflow(page)) <= 0, 'nor at 320 px');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: path.join(SHOTS, 'agency-1280.png'), fullPage: true });
    await page.click('#back');
    await ready();
  });

  await t.test('when the token expires the figures are greyed under a banner, and a new token brings them back', async (t) => {
    // Long enough for a loaded machine to load the page with it; then waited out.
    const signedAt = Date.now();
    await page.evaluate(`sessionStorage.setItem('sinergi.token', ${JSON.stringify(token({ role: 'viewer', ttl: '10s' }))})`);
    await page.reload();
    await ready();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, signedAt + 11_000 - Date.now())));
    await page.evaluate("window.dispatchEvent(new Event('online'))");
    await page.locator('#stale-banner').waitFor({ state: 'visible' });
    t.match(await page.textContent('#stale-banner'), /^Sesi berakhir: token Anda tidak berlaku lagi\./);
    t.ok(await page.evaluate("document.body.classList.contains('stale')"), 'figures greyed');
    t.ok(await page.isVisible('#token-form'), 'asks for a new token');
    t.equal(idNumber(await page.textContent('[data-testid="covered-workers"]')), summary.covered.workers, 'the last figures stay, marked stale');
    await page.screenshot({ path: path.join(SHOTS, 'expired-token.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1600 } });
    await page.fill('#token-input', token({ role: 'viewer' }));
    await page.click('#token-form button');
    await page.locator('#stale-banner').waitFor({ state: 'hidden' });
    t.notOk(await page.evaluate("document.body.classList.contains('stale')"));
  });

  await t.test('when the connection drops the figures are greyed with a banner', async (t) => {
    await context.setOffline(true);
    await page.locator('#stale-banner').waitFor({ state: 'visible' });
    t.match(await page.textContent('#stale-banner'), /^Koneksi ke server terputus\./);
    await context.setOffline(false);
    await page.locator('#stale-banner').waitFor({ state: 'hidden' });
  });

  await t.test('after the target date: a final verdict, no days left, no projection', async (t) => {
    now = new Date('2026-12-01T05:00:00Z');
    await context.clock.setFixedTime(now);
    await page.reload();
    await ready();
    const after = (await as('viewer')({ url: `${base}/summary` })).json();
    t.equal(after.pace.daysLeft, 0);
    t.equal(
      await page.textContent('[data-testid="verdict"]'),
      `Periode berakhir 31 Des 2024 · target tidak tercapai: kurang ${id.format(after.gap.workers)}`,
    );
    t.ok(await page.isHidden('#days-card'));
    t.equal(await page.locator('#chart .projection-line').count(), 0);
    t.notMatch(await page.textContent('#chart-legend'), /Proyeksi/);
    t.equal(await page.locator('#chart .today-label').count(), 0, 'today is outside the period');
    t.same(await axeViolations(page), []);
    await page.screenshot({ path: path.join(SHOTS, 'verdict-1280.png'), fullPage: false });
  });

  t.same(errors, [], 'no script errors');
});

t.test('with PUBLIC_SUMMARY=true the figures show without a token, with full agency names', { skip }, async (t) => {
  const { app, as, token } = await buildTestApp(t, { env: { PUBLIC_SUMMARY: 'true' }, clock: () => new Date('2024-11-20T05:00:00Z') });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await launchChromium(t);
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/dashboard/jakarta-uc-2024`);
  await page.locator('#chart svg').waitFor({ timeout: 15_000 });
  t.ok(await page.isHidden('#token-form'), 'no login asked');
  t.equal(idNumber(await page.textContent('[data-testid="covered-workers"]')), 2_200_000);
  t.match(await page.textContent('#coordinators'), /Dinas Tenaga Kerja, Transmigrasi dan Energi/);

  // An agency page before BPJS has confirmed anything: no "0,0 % confirmed" card.
  const posted = await as(
    'agency',
    'dinkes',
  )({
    method: 'POST',
    url: `${base}/batches`,
    headers: { 'idempotency-key': 'public-1' },
    payload: { records: jakartaNiks(0, 20).map((nik) => record(nik, { enrolledOn: '2024-11-04' })) },
  });
  t.equal(posted.statusCode, 201);
  await page.goto(`${origin}/dashboard/jakarta-uc-2024/agencies/dinkes#token=${token({ role: 'viewer' })}`);
  await page.locator('#agency-chart svg').waitFor({ timeout: 15_000 });
  t.equal(idNumber(await page.textContent('[data-testid="agency-credited"]')), 20);
  t.ok(await page.isHidden('#agency-confirmation'), 'no confirmation card until BPJS has confirmed something');
  t.same(errors, []);
  // Its keep-alive connections would hold the server's close.
  await page.close();
});
