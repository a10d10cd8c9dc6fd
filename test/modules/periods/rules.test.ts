import { randomUUID } from 'node:crypto';
import t from 'tap';
import { encodeCursor } from '../../../src/lib/cursor.js';
import { jakartaNiks, record } from '../../fixtures/nik.js';
import { buildTestApp } from '../../helper.js';

const agreement = '/v1/agreements/jakarta-uc-2024';

t.test('the schedule sets the periods’ length and deadline; the length is fixed once periods are used', async (t) => {
  const { as } = await buildTestApp(t, { clock: () => new Date('2024-11-20T05:00:00Z') });
  const admin = as('admin');
  t.same((await as('viewer')({ url: `${agreement}/periods/schedule` })).json(), { months: 1, deadlineDays: 10 }, 'monthly by default');
  t.equal(
    (await as('agency', 'dinkes')({ method: 'PUT', url: `${agreement}/periods/schedule`, payload: { months: 3, deadlineDays: 15 } })).statusCode,
    403,
  );
  t.equal(
    (await admin({ method: 'PUT', url: `${agreement}/periods/schedule`, payload: { months: 5, deadlineDays: 15 } })).statusCode,
    400,
    '5 does not divide the year',
  );
  t.equal((await admin({ method: 'PUT', url: `${agreement}/periods/schedule`, payload: { months: 3, deadlineDays: 367 } })).statusCode, 400);
  t.same((await admin({ method: 'PUT', url: `${agreement}/periods/schedule`, payload: { months: 3, deadlineDays: 15 } })).json(), {
    months: 3,
    deadlineDays: 15,
  });

  const periods = (await admin({ url: `${agreement}/periods` })).json();
  t.match(periods, { items: [{ period: '2024-10', from: '2024-10-23', to: '2024-12-31', deadline: '2025-01-15' }], nextCursor: null }, 'one quarter');
  t.equal(
    (await as('agency', 'dinkes')({ method: 'POST', url: `${agreement}/periods/2024-11/submissions`, payload: {} })).statusCode,
    404,
    'November starts no quarter',
  );
  t.equal((await as('agency', 'dinkes')({ method: 'POST', url: `${agreement}/periods/2024-10/submissions`, payload: {} })).statusCode, 200);

  const locked = await admin({ method: 'PUT', url: `${agreement}/periods/schedule`, payload: { months: 1, deadlineDays: 15 } });
  t.match(locked.json(), { status: 409, type: '/problems/conflict' }, 'the names would move under the submission');
  t.equal(
    (await admin({ method: 'PUT', url: `${agreement}/periods/schedule`, payload: { months: 3, deadlineDays: 20 } })).statusCode,
    200,
    'the deadline may change',
  );
});

t.test('a period that has not begun cannot be submitted; the periods list pages by name', async (t) => {
  const { as } = await buildTestApp(t, { clock: () => new Date('2024-11-20T05:00:00Z') });
  const early = await as('agency', 'dinkes')({ method: 'POST', url: `${agreement}/periods/2024-12/submissions`, payload: {} });
  t.match(early.json(), { status: 409, type: '/problems/period-not-started' });
  const first = (await as('viewer')({ url: `${agreement}/periods?limit=2` })).json();
  t.same(
    first.items.map((p: { period: string }) => p.period),
    ['2024-10', '2024-11'],
  );
  const rest = (await as('viewer')({ url: `${agreement}/periods?limit=2&cursor=${first.nextCursor}` })).json();
  t.same(
    rest.items.map((p: { period: string }) => p.period),
    ['2024-12'],
  );
  t.equal(rest.nextCursor, null);
  t.match((await as('viewer')({ url: `${agreement}/periods?cursor=eyJ4IjoxfQ` })).json(), { status: 400, type: '/problems/invalid-cursor' });
});

t.test('a void whose credit would fall back onto a report dated in a closed period is refused', async (t) => {
  let now = new Date('2024-12-03T05:00:00Z');
  const { as } = await buildTestApp(t, { clock: () => now });
  const post = (agency: string, enrolledOn: string) =>
    as(
      'agency',
      agency,
    )({
      method: 'POST',
      url: `${agreement}/batches`,
      headers: { 'idempotency-key': randomUUID() },
      payload: { records: jakartaNiks(8_500_000, 1).map((nik) => record(nik, { enrolledOn })) },
    });
  // dinkes is credited with the worker on 2 December; dishub's earlier-dated report of 20 November is a duplicate.
  const dinkes = await post('dinkes', '2024-12-02');
  t.match(dinkes.json(), { accepted: 1 });
  t.match((await post('dishub', '2024-11-20')).json(), { accepted: 0, duplicates: { otherAgency: 1 } });
  now = new Date('2024-12-05T05:00:00Z');
  t.equal((await as('admin')({ method: 'POST', url: `${agreement}/periods/2024-11/close` })).statusCode, 200);
  const frozen = await as('admin')({ url: `${agreement}/summary?period=2024-11` });

  const refused = await as('admin')({ method: 'POST', url: `/v1/batches/${dinkes.json().id}/void`, payload: { reason: 'Posted by mistake' } });
  t.match(refused.json(), { status: 409, type: '/problems/period-closed' }, 'the credit would land on 20 November');
  const summary = (await as('admin')({ url: `${agreement}/summary` })).json();
  t.match(
    summary.agencies.find((a: { code: string }) => a.code === 'dinkes'),
    { credited: 1 },
    'nothing moved',
  );
  t.equal((await as('admin')({ url: `${agreement}/summary?period=2024-11` })).body, frozen.body);
});

t.test('a period ending on the last date a request may carry has its deadline past it, and is listed', async (t) => {
  const { as } = await buildTestApp(t, { clock: () => new Date('2024-11-20T05:00:00Z') });
  t.equal((await as('admin')({ method: 'PATCH', url: agreement, payload: { target: { date: '2199-12-31' } } })).statusCode, 200);
  const cursor = encodeCursor(['2199-11']);
  const last = await as('viewer')({ url: `${agreement}/periods?cursor=${cursor}` });
  t.equal(last.statusCode, 200);
  t.match(last.json(), { items: [{ period: '2199-12', to: '2199-12-31', deadline: '2200-01-10' }], nextCursor: null });
  t.equal((await as('viewer')({ url: `${agreement}/summary` })).statusCode, 200);
});
