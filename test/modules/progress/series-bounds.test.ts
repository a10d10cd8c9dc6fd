import t from 'tap';
import { buildTestApp, fixedClock } from '../../helper.js';

const series = '/v1/agreements/jakarta-uc-2024/series';

/**
 * Windows a client cannot ask for: dates outside 1900–2199 or not on the calendar, a `from` after
 * `to`, a span over the documented maximum (given, or made by a default), numbers where a date or
 * a page size goes. Each is a 400 problem, and the server answers the next request.
 */
const hostileWindows = [
  'from=9999-12-31',
  'to=9999-12-31',
  'from=9999-12-25&to=9999-12-31',
  'from=9999-12-31&interval=week',
  'from=0000-01-01',
  'to=0000-01-01',
  'from=0000-01-01&to=9999-12-31',
  'from=10000-01-01',
  'to=%2B010000-01-01',
  'from=1900-01-01',
  'from=1900-01-01&to=2199-12-31&interval=week',
  'from=2024-01-01&to=2034-01-09',
  'from=2024-12-31&to=2024-10-23',
  'from=2024-02-30',
  'from=2023-02-29',
  'from=%D9%A2%D9%A0%D9%A2%D9%A4-11-01',
  'from=%EF%BC%92024-11-01',
  'from=1e309',
  'to=-0',
  'from=',
];

t.test('hostile series windows are refused with a 400 and the server stays live', async (t) => {
  const { app, as } = await buildTestApp(t, { clock: fixedClock('2024-11-10T05:00:00Z') });
  const viewer = as('viewer');
  for (const query of hostileWindows) {
    const res = await viewer({ url: `${series}?${query}` });
    t.equal(res.statusCode, 400, query);
    t.match(res.headers['content-type'], /^application\/problem\+json/, `${query}: a problem`);
    t.equal((await app.inject({ url: '/health/live' })).statusCode, 200, `${query}: still live`);
  }
});

t.test('the longest series allowed is 3,660 days after from, and it is served', async (t) => {
  const { as } = await buildTestApp(t, { clock: fixedClock('2024-11-10T05:00:00Z') });
  const viewer = as('viewer');
  const longest = await viewer({ url: `${series}?from=2020-01-01&to=2030-01-08` });
  t.equal(longest.statusCode, 200);
  t.equal(longest.json().points.length, 3661, 'one point a day, both ends included');
  t.equal((await viewer({ url: `${series}?from=2020-01-01&to=2030-01-09` })).statusCode, 400, 'one day more is refused');
  const weekly = await viewer({ url: `${series}?from=2020-01-01&to=2030-01-08&interval=week` });
  t.equal(weekly.statusCode, 200);
  t.equal(weekly.json().points.at(-1).date, '2030-01-07', 'the last ISO week starts on a Monday');
  t.equal((await viewer({ url: `${series}?from=2199-12-01&to=2199-12-31` })).statusCode, 200, 'the last dates accepted are served');
});

t.test('page sizes that are not whole numbers from 1 to 1,000 are refused on every list', async (t) => {
  const { as } = await buildTestApp(t);
  const admin = as('admin');
  const lists = [
    '/v1/agencies',
    '/v1/agreements',
    '/v1/agreements/jakarta-uc-2024/parties',
    '/v1/agreements/jakarta-uc-2024/commitments',
    '/v1/agreements/jakarta-uc-2024/batches',
    '/v1/audit',
  ];
  for (const url of lists) {
    for (const limit of ['1e309', '1.5', '-0', '0', '9007199254740993', 'Infinity', 'NaN', '%D9%A3', '%EF%BC%93']) {
      const res = await admin({ url: `${url}?limit=${limit}` });
      t.equal(res.statusCode, 400, `${url}?limit=${limit}`);
    }
  }
});
