import { randomUUID } from 'node:crypto';
import t from 'tap';
import { jakartaNiks, record } from '../../fixtures/nik.js';
import { buildTestApp } from '../../helper.js';

const agreement = '/v1/agreements/jakarta-uc-2024';
const november = `${agreement}/periods/2024-11`;

t.test('a month is submitted, verified, accepted and closed; its figures stay frozen; a reopen and a void become an adjustment', async (t) => {
  let now = new Date('2024-11-20T05:00:00Z');
  const { as } = await buildTestApp(t, { clock: () => now });
  const admin = as('admin');
  const dinkes = as('agency', 'dinkes');
  const lead = as('agency', 'disnakertransgi');
  const bpjs = as('agency', 'bpjstk-dki');
  const post = (records: object[]) =>
    dinkes({ method: 'POST', url: `${agreement}/batches`, headers: { 'idempotency-key': randomUUID() }, payload: { records } });
  const move = (who: typeof admin, action: string, agency = 'dinkes', payload?: object) =>
    who({ method: 'POST', url: `${november}/submissions/${agency}/${action}`, ...(payload ? { payload } : {}) });

  const first = await post(jakartaNiks(8_100_000, 3).map((nik) => record(nik, { enrolledOn: '2024-11-04' })));
  t.equal(first.statusCode, 201);
  t.equal(first.json().accepted, 3);

  t.test('only the agency submits, only the lead verifies or returns, only the counterpart accepts', async (t) => {
    const bySomeoneElse = await as('agency', 'dishub')({ method: 'POST', url: `${november}/submissions`, payload: { agency: 'dinkes' } });
    t.equal(bySomeoneElse.statusCode, 403, 'dishub may not submit for dinkes');
    t.equal((await lead({ method: 'POST', url: `${november}/submissions`, payload: { agency: 'dinkes' } })).statusCode, 403, 'nor the lead');
    t.equal((await as('viewer')({ method: 'POST', url: `${november}/submissions`, payload: { agency: 'dinkes' } })).statusCode, 403);
    const adminWithoutAgency = await admin({ method: 'POST', url: `${november}/submissions`, payload: {} });
    t.equal(adminWithoutAgency.statusCode, 400, 'an admin names the agency');

    const submitted = await dinkes({ method: 'POST', url: `${november}/submissions`, payload: {} });
    t.equal(submitted.statusCode, 200);
    t.match(submitted.json(), { period: '2024-11', agency: 'dinkes', status: 'submitted', submittedBy: 'dinkes-test' });
    const again = await dinkes({ method: 'POST', url: `${november}/submissions`, payload: {} });
    t.equal(again.statusCode, 409);
    t.match(again.json(), { type: '/problems/invalid-transition', currentStatus: 'submitted' });

    t.equal((await move(dinkes, 'verify')).statusCode, 403, 'an agency does not verify itself');
    t.equal((await move(bpjs, 'verify')).statusCode, 403, 'the counterpart does not verify');
    t.equal((await move(lead, 'accept')).statusCode, 403, 'the lead does not accept');
    t.match((await move(bpjs, 'accept')).json(), { status: 409, type: '/problems/invalid-transition' }, 'not before it is verified');

    const returned = await move(lead, 'return', 'dinkes', { reason: 'The batch of 12 November is missing.' });
    t.match(returned.json(), { status: 'returned', returnReason: 'The batch of 12 November is missing.', returnedBy: 'disnakertransgi-test' });
    t.equal((await move(lead, 'verify')).statusCode, 409, 'a returned submission is not verified');
    t.match((await dinkes({ method: 'POST', url: `${november}/submissions`, payload: {} })).json(), { status: 'submitted', returnReason: null });
    t.match((await move(lead, 'verify')).json(), { status: 'verified', verifiedBy: 'disnakertransgi-test' });
    t.match((await move(bpjs, 'accept')).json(), { status: 'accepted', acceptedBy: 'bpjstk-dki-test' });
    t.match(
      (await move(bpjs, 'accept')).json(),
      { status: 409, type: '/problems/invalid-transition', currentStatus: 'accepted' },
      'accepted is final',
    );

    const audit = (await admin({ url: `/v1/audit?entityType=period&entityId=${encodeURIComponent('jakarta-uc-2024/2024-11')}` })).json();
    t.same(audit.items.map((e: { action: string }) => e.action).reverse(), [
      'period.submit',
      'period.return',
      'period.submit',
      'period.verify',
      'period.accept',
    ]);
    t.match(audit.items[0], {
      actor: { role: 'agency', agency: 'bpjstk-dki' },
      details: { agency: 'dinkes', from: 'verified', to: 'accepted', as: ['counterpart'] },
    });
  });

  t.test('unknown periods and agencies are 404s; a malformed period is a 400', async (t) => {
    for (const period of ['2024-09', '2025-01']) {
      const res = await dinkes({ method: 'POST', url: `${agreement}/periods/${period}/submissions`, payload: {} });
      t.equal(res.statusCode, 404, period);
    }
    t.equal((await dinkes({ method: 'POST', url: `${agreement}/periods/2024-13/submissions`, payload: {} })).statusCode, 400);
    t.equal((await move(admin, 'verify', 'bpjstk-dki')).statusCode, 404, 'the counterpart hands in nothing');
    t.equal((await move(admin, 'verify', 'nosuch')).statusCode, 404);
    t.equal((await admin({ url: `${agreement}/summary?period=2024-09` })).statusCode, 404);
    t.equal((await admin({ url: `${agreement}/summary?version=1` })).statusCode, 400, 'a version needs a period');
  });

  let frozen = { body: '', etag: '' };
  let frozenSeries = { body: '', etag: '' };
  t.test('the admin closes November once it is over; its summary and series are frozen', async (t) => {
    const early = await admin({ method: 'POST', url: `${november}/close` });
    t.match(early.json(), { status: 409, type: '/problems/period-not-ended' });
    t.equal((await dinkes({ method: 'POST', url: `${november}/close` })).statusCode, 403, 'only an admin closes');
    now = new Date('2024-12-05T05:00:00Z');
    const closed = await admin({ method: 'POST', url: `${november}/close` });
    t.equal(closed.statusCode, 200);
    t.match(closed.json(), { period: '2024-11', status: 'closed', version: 1, closedBy: 'admin-test' });
    t.match((await admin({ method: 'POST', url: `${november}/close` })).json(), { status: 409, type: '/problems/period-closed' });

    const summary = await as('viewer')({ url: `${agreement}/summary?period=2024-11` });
    t.equal(summary.statusCode, 200);
    frozen = { body: summary.body, etag: summary.headers.etag as string };
    t.match(summary.json(), {
      newlyCovered: 3,
      period: { period: '2024-11', from: '2024-11-01', to: '2024-11-30', status: 'closed', version: 1, newlyCovered: 3 },
      reporting: { currentPeriod: { period: '2024-11' } },
    });
    const notModified = await as('viewer')({ url: `${agreement}/summary?period=2024-11`, headers: { 'if-none-match': frozen.etag } });
    t.equal(notModified.statusCode, 304);
    const series = await admin({ url: `${agreement}/series?period=2024-11` });
    frozenSeries = { body: series.body, etag: series.headers.etag as string };
    t.match(series.json(), { from: '2024-10-23', to: '2024-11-30' });
    t.equal((await admin({ url: `${agreement}/series?period=2024-11&from=2024-11-01` })).statusCode, 400);

    t.match((await move(lead, 'return', 'dinkes', { reason: 'Closed, but let us try.' })).json(), { status: 409, type: '/problems/period-closed' });
  });

  let firstBatch = '';
  t.test('after the close, a record dated in November is rejected with its own code; December still counts', async (t) => {
    firstBatch = first.json().id;
    const later = await post([
      record(jakartaNiks(8_200_000, 1)[0] as string, { enrolledOn: '2024-11-15' }),
      record(jakartaNiks(8_200_001, 1)[0] as string, { enrolledOn: '2024-12-02' }),
    ]);
    t.equal(later.statusCode, 201);
    t.match(later.json(), { accepted: 1, rejected: 1, errors: [{ index: 0, field: 'enrolledOn', code: 'enrolled_on_period_closed' }] });
    t.equal((await admin({ url: `${agreement}/summary` })).json().newlyCovered, 4);
    const again = await admin({ url: `${agreement}/summary?period=2024-11` });
    t.equal(again.body, frozen.body, 'the frozen summary, byte for byte');
    t.equal(again.headers.etag, frozen.etag);
    const series = await admin({ url: `${agreement}/series?period=2024-11` });
    t.equal(series.body, frozenSeries.body);
    t.equal(series.headers.etag, frozenSeries.etag);

    const refused = await admin({ method: 'POST', url: `/v1/batches/${firstBatch}/void`, payload: { reason: 'Posted twice by mistake' } });
    t.equal(refused.statusCode, 409);
    t.match(refused.json(), { type: '/problems/period-closed' });
    t.equal((await admin({ url: `/v1/batches/${firstBatch}` })).json().status, 'accepted', 'the void left nothing behind');
  });

  t.test('a reopen with a reason lets the void through; the adjustment is listed; version 1 is still served', async (t) => {
    t.equal((await admin({ method: 'POST', url: `${november}/reopen`, payload: {} })).statusCode, 400, 'a reason is required');
    const reopened = await admin({ method: 'POST', url: `${november}/reopen`, payload: { reason: 'Dinkes posted three workers twice.' } });
    t.match(reopened.json(), { status: 'reopened', version: 1, reopenReason: 'Dinkes posted three workers twice.' });
    t.match((await admin({ method: 'POST', url: `${november}/reopen`, payload: { reason: 'Again.' } })).json(), {
      status: 409,
      type: '/problems/period-not-closed',
    });
    const voided = await admin({ method: 'POST', url: `/v1/batches/${firstBatch}/void`, payload: { reason: 'Posted twice by mistake' } });
    t.equal(voided.statusCode, 200);

    const pending = (await as('viewer')({ url: `${november}/adjustments` })).json();
    t.equal(pending.items.length, 1);
    t.match(pending.items[0], {
      state: 'pending',
      version: null,
      reason: 'Dinkes posted three workers twice.',
      reopenedBy: 'admin-test',
      closedAt: null,
    });
    const moved = Object.fromEntries(pending.items[0].changes.map((c: { figure: string; delta: number }) => [c.figure, c.delta]));
    t.match(moved, { newlyCovered: -3, 'covered.workers': -3, 'period.newlyCovered': -3, 'agencies.dinkes.credited': -3, 'bySegment.PU': -3 });

    const v1 = await admin({ url: `${agreement}/summary?period=2024-11&version=1` });
    t.equal(v1.body, frozen.body, 'version 1, byte for byte');
    t.equal(v1.headers.etag, frozen.etag);
    t.match((await admin({ url: `${agreement}/summary?period=2024-11` })).json(), { newlyCovered: 0, period: { status: 'reopened', version: null } });
  });

  t.test('closing it again freezes version 2 and writes the adjustment; both versions are served', async (t) => {
    const closed = await admin({ method: 'POST', url: `${november}/close` });
    t.match(closed.json(), { status: 'closed', version: 2 });
    const adjustments = (await admin({ url: `${november}/adjustments` })).json();
    t.equal(adjustments.items.length, 1);
    t.match(adjustments.items[0], { state: 'final', version: 2, reason: 'Dinkes posted three workers twice.', closedBy: 'admin-test' });
    t.ok(adjustments.items[0].changes.some((c: { figure: string; delta: number }) => c.figure === 'newlyCovered' && c.delta === -3));
    const v2 = await admin({ url: `${agreement}/summary?period=2024-11` });
    t.match(v2.json(), { newlyCovered: 0, period: { version: 2 } });
    t.not(v2.headers.etag, frozen.etag);
    t.equal((await admin({ url: `${agreement}/summary?period=2024-11&version=1` })).body, frozen.body);
    t.equal((await admin({ url: `${agreement}/series?period=2024-11&version=1` })).body, frozenSeries.body);
    t.equal((await admin({ url: `${agreement}/summary?period=2024-11&version=3` })).statusCode, 404);
  });

  t.test('the periods list, the summary and the agency progress show the submissions', async (t) => {
    const periods = (await dinkes({ url: `${agreement}/periods` })).json();
    t.same(
      periods.items.map((p: { period: string }) => p.period),
      ['2024-10', '2024-11', '2024-12'],
    );
    t.match(periods.items[0], { from: '2024-10-23', to: '2024-10-31', deadline: '2024-11-10', status: 'open', version: null });
    t.match(periods.items[1], { status: 'closed', version: 2 });
    const dinkesNov = periods.items[1].submissions.find((s: { agency: string }) => s.agency === 'dinkes');
    t.match(dinkesNov, { status: 'accepted', overdue: false });
    t.notOk(
      periods.items[1].submissions.some((s: { agency: string }) => s.agency === 'bpjstk-dki'),
      'the counterpart accepts, it does not submit',
    );
    const dishubOct = periods.items[0].submissions.find((s: { agency: string }) => s.agency === 'dishub');
    t.match(dishubOct, { status: 'open', overdue: true }, 'October was due on 10 November');

    const summary = (await admin({ url: `${agreement}/summary` })).json();
    t.match(summary.reporting, {
      schedule: { months: 1, deadlineDays: 10 },
      currentPeriod: { period: '2024-12', deadline: '2025-01-10', status: 'open' },
    });
    t.ok(summary.reporting.overdue.some((o: { period: string; agency: string }) => o.period === '2024-10' && o.agency === 'dishub'));
    t.notOk(
      summary.reporting.overdue.some((o: { period: string }) => o.period === '2024-11'),
      'November is due on 10 December: not overdue on the 5th',
    );
    t.equal(summary.reporting.overdueCount, periods.items[0].submissions.length, 'October: every submitting party');

    const progress = (await admin({ url: `${agreement}/agencies/dinkes/progress` })).json();
    t.match(progress.submissions, [
      { period: '2024-12', status: 'open', periodStatus: 'open', overdue: false },
      { period: '2024-11', status: 'accepted', periodStatus: 'closed' },
      { period: '2024-10', status: 'open', overdue: true },
    ]);
    t.same((await admin({ url: `${agreement}/agencies/bpjstk-dki/progress` })).json().submissions, []);
  });
});
