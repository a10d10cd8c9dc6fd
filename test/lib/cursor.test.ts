import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import t from 'tap';
import { BadRequestError } from '../../src/errors.js';
import { CursorKeys, decodeCursor, encodeCursor, paginate } from '../../src/lib/cursor.js';
import { jakartaNiks, record } from '../fixtures/nik.js';
import { buildTestApp } from '../helper.js';

const b64 = (text: string) => Buffer.from(text).toString('base64url');

t.test('a cursor decodes to the key it was encoded from, for every key shape', async (t) => {
  const keys: [keyof typeof CursorKeys, (string | number)[]][] = [
    ['slug', ['dinkes']],
    ['slug', ['jakarta-uc-2024']],
    ['int32', [2_147_483_647]],
    ['int53', [Number.MAX_SAFE_INTEGER]],
    ['dateAndUuid', ['2024-11-01', '0b6f3a52-1c1e-4e8e-9f4a-3f8e2b1c9d10']],
  ];
  for (const [shape, key] of keys) {
    const cursor = encodeCursor(key);
    t.match(cursor, /^[A-Za-z0-9_-]+$/, 'URL-safe without escaping');
    t.same(decodeCursor(cursor, CursorKeys[shape]), key, `${shape} ${JSON.stringify(key)}`);
  }
});

t.test('no cursor means the first page', async (t) => {
  t.equal(decodeCursor(undefined, CursorKeys.slug), undefined);
});

t.test('a cursor whose key does not fit its list’s shape exactly is a BadRequestError invalid-cursor', async (t) => {
  const forged: [string, keyof typeof CursorKeys, string][] = [
    ['not base64 JSON', 'slug', 'garbage'],
    ['not base64url at all', 'slug', '!!!'],
    ['padded base64', 'int53', `${b64('[1]')}==`],
    ['an empty string', 'slug', ''],
    ['JSON that is not an array', 'slug', b64('{"code":"dinkes"}')],
    ['too few parts', 'dateAndUuid', encodeCursor(['2024-11-01'])],
    ['too many parts', 'slug', encodeCursor(['dinkes', 'dlh'])],
    ['a number for a slug', 'slug', encodeCursor([42])],
    ['an upper-case slug', 'slug', encodeCursor(['DINKES'])],
    ['a slug with a NUL', 'slug', b64('["din\\u0000kes"]')],
    ['a fraction for a sequence', 'int53', encodeCursor([1.5])],
    ['a huge number for a sequence', 'int53', encodeCursor([1e300])],
    ['a non-finite number', 'int53', b64('[1e999]')],
    ['a number past 2^53', 'int53', b64('[9007199254740993]')],
    ['a negative sequence', 'int53', encodeCursor([-1])],
    ['zero', 'int53', encodeCursor([0])],
    ['a string for a sequence', 'int53', encodeCursor(['12'])],
    ['a version past int4', 'int32', encodeCursor([2_147_483_648])],
    ['two strings for a date and a uuid', 'dateAndUuid', encodeCursor(['x', 'y'])],
    ['a date that is not on the calendar', 'dateAndUuid', encodeCursor(['2024-13-45', randomUUID()])],
    ['a date past 9999', 'dateAndUuid', encodeCursor(['+010000-01-01', randomUUID()])],
    ['a date out of range', 'dateAndUuid', encodeCursor(['0000-01-01', randomUUID()])],
    ['a uuid that is not one', 'dateAndUuid', encodeCursor(['2024-11-01', 'x'])],
    ['a nested array', 'slug', b64('[["dinkes"]]')],
    ['null', 'slug', b64('null')],
  ];
  for (const [what, shape, cursor] of forged) {
    t.throws(() => decodeCursor(cursor, CursorKeys[shape]), BadRequestError, what);
    try {
      decodeCursor(cursor, CursorKeys[shape]);
    } catch (error) {
      t.match(error, { status: 400, slug: 'invalid-cursor' }, `${what}: slug invalid-cursor`);
    }
  }
});

t.test('decoding any string either yields a key of the shape or throws invalid-cursor, nothing else', async (t) => {
  const anyCursor = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.base64String({ maxLength: 80 }).map((s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')),
    fc.json().map(b64),
    fc
      .array(fc.oneof(fc.double(), fc.integer(), fc.string(), fc.uuid(), fc.constant('2024-11-01')), { maxLength: 3 })
      .map((k) => b64(JSON.stringify(k))),
  );
  for (const [name, shape] of Object.entries(CursorKeys)) {
    fc.assert(
      fc.property(anyCursor, (cursor) => {
        try {
          const key = decodeCursor(cursor, shape);
          return shape.safeParse(key).success;
        } catch (error) {
          return error instanceof BadRequestError && error.slug === 'invalid-cursor';
        }
      }),
    );
    t.pass(`${name}: every decoded key fits the shape`);
  }
});

t.test('paginate returns a next cursor only when there are more rows than the limit', async (t) => {
  const rows = ['a', 'b', 'c', 'd'].map((code, i) => ({ code, n: i }));
  const keyOf = (row: { code: string; n: number }) => [row.code];

  const more = paginate(rows, 3, keyOf);
  t.same(
    more.items.map((r) => r.code),
    ['a', 'b', 'c'],
    'the extra row is not returned',
  );
  t.type(more.nextCursor, 'string');
  t.same(decodeCursor(more.nextCursor as string, CursorKeys.slug), ['c'], 'the cursor is the last returned row’s key');

  t.same(paginate(rows, 4, keyOf), { items: rows, nextCursor: null }, 'exactly limit rows: last page');
  t.same(paginate(rows.slice(0, 2), 4, keyOf), { items: rows.slice(0, 2), nextCursor: null }, 'fewer: last page');
  t.same(paginate([], 4, keyOf), { items: [], nextCursor: null }, 'none: last page');
});

t.test('over HTTP', async (t) => {
  const { as } = await buildTestApp(t, { env: { RATE_LIMIT_MAX: '0' } });
  const admin = as('admin');
  const dinkes = as('agency', 'dinkes');
  const agreement = '/v1/agreements/jakarta-uc-2024';

  // Something on every list, so a cursor that decodes reaches a query with rows behind it.
  const commitment = await dinkes({
    method: 'POST',
    url: `${agreement}/commitments`,
    payload: { kind: 'enrollment', title: 'Cursor target', targetWorkers: 100, dueDate: '2024-12-31' },
  });
  t.equal(commitment.statusCode, 201);
  const id = commitment.json().id as string;
  const amended = await dinkes({ method: 'PATCH', url: `/v1/commitments/${id}`, payload: { targetWorkers: 200 } });
  t.equal(amended.statusCode, 200, 'a second version, so history has a page');
  const batch = await dinkes({
    method: 'POST',
    url: `${agreement}/batches`,
    headers: { 'idempotency-key': randomUUID() },
    payload: { records: jakartaNiks(7_100_000, 2).map((nik) => record(nik)) },
  });
  t.equal(batch.statusCode, 201);

  const budget = await dinkes({
    method: 'POST',
    url: `${agreement}/commitments`,
    payload: { kind: 'budget', title: 'Cursor budget', amountRupiah: 1_000_000, fundedWorkers: 1, dueDate: '2024-12-31' },
  });
  t.equal(budget.statusCode, 201);
  const webhook = await dinkes({ method: 'POST', url: '/v1/webhooks', payload: { url: 'https://203.0.113.10/hooks', events: ['batch.created'] } });
  t.equal(webhook.statusCode, 201);

  const lists = [
    '/v1/agencies',
    '/v1/agreements',
    `${agreement}/parties`,
    `${agreement}/commitments`,
    `/v1/commitments/${id}/history`,
    `${agreement}/batches`,
    '/v1/audit',
    // Lists that came later, each with the key shape of its own sort order.
    `${agreement}/imports`,
    '/v1/webhooks',
    `/v1/webhooks/${webhook.json().id}/deliveries`,
    `${agreement}/alerts`,
    `${agreement}/confirmations`,
    `${agreement}/official-figures`,
    `${agreement}/periods`,
    `${agreement}/periods/2024-11/adjustments`,
    `/v1/commitments/${budget.json().id}/realisations`,
    `${agreement}/agencies/dinkes/unconfirmed`,
  ];

  t.test('the forged cursors of the review are 400 invalid-cursor problems on every list', async (t) => {
    const uuid = '00000000-0000-4000-8000-000000000000';
    const forged = [
      [1.5],
      [1e300],
      ['x', 'y'],
      ['2024-13-45', 'x'],
      ['X'],
      [-1],
      [0],
      [2 ** 53 + 2],
      // Well-formed keys holding values no column can: year 0000, 30 February, past year 9999.
      ['0000-01-01T00:00:00Z', uuid],
      ['2024-02-30T00:00:00Z', uuid],
      ['0000-01-01', uuid],
      ['9999-12-31T23:59:59Z', uuid],
      [1, 2 ** 31],
    ].map((key) => encodeCursor(key));
    for (const url of lists) {
      for (const cursor of forged) {
        const res = await admin({ url: `${url}?cursor=${cursor}` });
        t.equal(res.statusCode, 400, `${url} ${Buffer.from(cursor, 'base64url').toString()}`);
        t.match(res.headers['content-type'], /^application\/problem\+json/);
        t.match(res.json(), { type: '/problems/invalid-cursor', status: 400 });
      }
    }
  });

  t.test('a cursor the API issued fetches the next page, on every list', async (t) => {
    for (const url of lists) {
      const first = await admin({ url: `${url}?limit=1` });
      t.equal(first.statusCode, 200, url);
      const { nextCursor } = first.json();
      if (nextCursor === null) continue;
      const second = await admin({ url: `${url}?limit=1&cursor=${nextCursor}` });
      t.equal(second.statusCode, 200, `${url}: the next page`);
      t.not(JSON.stringify(second.json().items[0]), JSON.stringify(first.json().items[0]), `${url}: another row`);
    }
  });

  t.test('no cursor of any make gets a 5xx from any list', async (t) => {
    const cursorArb = fc.oneof(
      fc.json({ maxDepth: 2 }).map(b64),
      fc.base64String({ maxLength: 120 }).map((s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')),
      fc
        .array(
          fc.oneof(
            fc.double(),
            fc.integer(),
            fc.string({ maxLength: 20 }),
            fc.uuid(),
            fc.constantFrom(
              '2024-11-01',
              '2024-02-30',
              '9999-12-31',
              '0000-01-01T00:00:00Z',
              '2024-02-30T12:00:00Z',
              '1899-12-31T23:59:59.999Z',
              '0000-01',
              '+010000-01-01',
              'dinkes',
              'jakarta-uc-2024',
              '\u0000',
              1.5,
              1e300,
              -0,
              2 ** 53 + 1,
            ),
          ),
          { maxLength: 3 },
        )
        .map((key) => b64(JSON.stringify(key))),
    );
    for (const url of lists) {
      await fc.assert(
        fc.asyncProperty(cursorArb, async (cursor) => {
          const res = await admin({ url: `${url}?cursor=${encodeURIComponent(cursor)}` });
          return (
            res.statusCode === 200 ||
            (res.statusCode === 400 && res.json().type === '/problems/invalid-cursor') ||
            (res.statusCode === 400 && cursor.length > 512)
          );
        }),
        { numRuns: 40, seed: 20241023 },
      );
      t.pass(`${url}: 40 arbitrary cursors, none a 5xx`);
    }
  });

  t.test('a limit outside 1..1000 is a 400 validation problem', async (t) => {
    for (const limit of ['0', '1001', '-5', 'ten', '2.5']) {
      const res = await admin({ url: `/v1/agencies?limit=${limit}` });
      t.equal(res.statusCode, 400, `limit=${limit}`);
      t.match(res.headers['content-type'], /^application\/problem\+json/);
      t.match(res.json(), { type: '/problems/validation', errors: [{ in: 'querystring' }] });
    }
  });

  t.test('limits at the bounds are accepted', async (t) => {
    const one = await admin({ url: '/v1/agencies?limit=1' });
    t.equal(one.statusCode, 200);
    t.equal(one.json().items.length, 1);
    const max = await admin({ url: '/v1/agencies?limit=1000' });
    t.equal(max.statusCode, 200);
    t.equal(max.json().items.length, 19);
    t.equal(max.json().nextCursor, null, 'everything fits: no next page');
  });
});
