import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import t from 'tap';
import { projectRoot } from '../../../src/lib/paths.js';
import { jakartaNiks, record } from '../../fixtures/nik.js';
import { buildTestApp, fixedClock } from '../../helper.js';

/**
 * The dashboard in a real headless Chromium (Debian's package, driven by playwright-core). CI
 * installs Chromium and requires this test; elsewhere it is skipped when Chromium is absent.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(projectRoot, 'test', 'artifacts');
const idNumber = (text: string | null) => Number((text ?? '').replace(/\./g, '').replace(',', '.'));

const skip = !existsSync(CHROMIUM) && !process.env.CI && `Chromium not found at ${CHROMIUM} (apt-get install chromium); CI runs this test`;
t.test('the dashboard shows the API’s numbers, in Bahasa Indonesia, at desktop and phone widths', { skip }, async (t) => {
  const { app, as, token } = await buildTestApp(t, { clock: fixedClock('2024-11-20T05:00:00Z') });
  let n = 0;
  for (const [agency, start, count] of [['dinkes', 0, 1200], ['dishub', 1100, 800], ['dlh', 5000, 300]] as const) {
    const res = await as('agency', agency)({
      method: 'POST',
      url: '/v1/agreements/jakarta-uc-2024/batches',
      headers: { 'idempotency-key': `dash-${++n}` },
      payload: { records: jakartaNiks(start, count).map((nik, i) => record(nik, { enrolledOn: `2024-11-${String(10 + (i % 10)).padStart(2, '0')}` })) },
    });
    t.equal(res.statusCode, 201);
  }
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const summary = (await as('viewer')({ url: '/v1/agreements/jakarta-uc-2024/summary' })).json();
  t.equal(summary.newlyCovered, 2200, '1,200 + 700 new from dishub + 300');

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  t.teardown(() => browser.close());
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  // Without a token the page asks for one; a wrong one is refused.
  await page.goto(`http://127.0.0.1:${port}/dashboard/jakarta-uc-2024`);
  await page.locator('#token-form').waitFor({ state: 'visible' });
  t.equal(await page.getAttribute('html', 'lang'), 'id');
  await page.fill('#token-input', 'not-a-token');
  await page.click('#token-form button');
  await page.getByText('Token tidak berlaku atau kedaluwarsa.').waitFor();

  // The token from the URL fragment is kept in sessionStorage and dropped from the address bar.
  await page.goto(`http://127.0.0.1:${port}/dashboard/jakarta-uc-2024#token=${token({ role: 'viewer' })}`);
  await page.locator('#chart svg').waitFor({ timeout: 10_000 }).catch(async (error) => {
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'dashboard-failure.png'), fullPage: true });
    throw new Error(`${(error as Error).message}; page errors: ${errors.join(' | ')}`);
  });
  t.notMatch(page.url(), 'token=');
  // Evaluated in the page (strings: this file is type-checked without the DOM library).
  t.ok(await page.evaluate("sessionStorage.getItem('sinergi.token')"));

  const shown = async (id: string) => page.textContent(`[data-testid="${id}"]`);
  t.equal(idNumber(await shown('covered-workers')), summary.covered.workers);
  t.equal(idNumber(await shown('target-workers')), summary.target.workers);
  t.equal(idNumber(await shown('gap-workers')), summary.gap.workers);
  t.equal(idNumber(await shown('newly-covered')), summary.newlyCovered);
  t.equal(idNumber(await shown('days-left')), summary.pace.daysLeft);
  t.equal(idNumber(await shown('required-per-day')), summary.pace.requiredPerDay);
  t.equal(idNumber(await shown('last7')), summary.pace.last7DaysPerDay);
  t.equal(await shown('covered-percent'), `${String(summary.covered.percent).replace('.', ',')}%`);
  t.equal(await shown('on-track'), summary.pace.onTrack ? 'Sesuai target' : 'Belum sesuai target');
  t.equal(await page.locator('#agencies li').count(), 19, 'a bar per party');
  t.match(await page.locator('#agencies li').first().textContent(), /Dinas Kesehatan.*1\.200/);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'dashboard.png'), fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  t.ok(overflow <= 0, 'no horizontal scrolling on a phone');
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'dashboard-phone.png'), fullPage: true });
  t.same(errors, [], 'no script errors');
});
