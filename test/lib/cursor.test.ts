import t from 'tap';
import { BadRequestError } from '../../src/errors.js';
import { decodeCursor, encodeCursor, paginate } from '../../src/lib/cursor.js';
import { buildTestApp } from '../helper.js';

const b64 = (text: string) => Buffer.from(text).toString('base64url');

t.test('a cursor decodes to the key it was encoded from', async (t) => {
  for (const key of [['dinkes'], ['2024-11-01', 42], ['a/b c', 'ü', -1.5], [0, '']]) {
    const cursor = encodeCursor(key);
    t.match(cursor, /^[A-Za-z0-9_-]+$/, 'URL-safe without escaping');
    t.same(decodeCursor(cursor, key.length), key);
  }
});

t.test('no cursor means the first page', async (t) => {
  t.equal(decodeCursor(undefined, 1), undefined);
});

t.test('a forged or wrong-arity cursor is a BadRequestError with slug invalid-cursor', async (t) => {
  const forged = {
    'not base64 JSON': 'garbage',
    'JSON that is not an array': b64('{"code":"dinkes"}'),
    'a key with too few parts': encodeCursor(['dinkes']),
    'a key with too many parts': encodeCursor(['dinkes', 'dlh', 'sda']),
    'a part that is neither string nor number': b64('[null, "x"]'),
    'a nested array part': b64('[["dinkes"], 1]'),
    'a non-finite number part': b64('[1e999, "x"]'),
    'an empty string': '',
  };
  for (const [what, cursor] of Object.entries(forged)) {
    t.throws(() => decodeCursor(cursor, 2), BadRequestError, what);
    try {
      decodeCursor(cursor, 2);
    } catch (error) {
      t.match(error, { status: 400, slug: 'invalid-cursor' }, `${what}: slug invalid-cursor`);
    }
  }
});

t.test('paginate returns a next cursor only when there are more rows than the limit', async (t) => {
  const rows = ['a', 'b', 'c', 'd'].map((code, i) => ({ code, n: i }));
  const keyOf = (row: { code: string; n: number }) => [row.code, row.n];

  const more = paginate(rows, 3, keyOf);
  t.same(more.items.map((r) => r.code), ['a', 'b', 'c'], 'the extra row is not returned');
  t.type(more.nextCursor, 'string');
  t.same(decodeCursor(more.nextCursor as string, 2), ['c', 2], 'the cursor is the last returned row’s key');

  t.same(paginate(rows, 4, keyOf), { items: rows, nextCursor: null }, 'exactly limit rows: last page');
  t.same(paginate(rows.slice(0, 2), 4, keyOf), { items: rows.slice(0, 2), nextCursor: null }, 'fewer: last page');
  t.same(paginate([], 4, keyOf), { items: [], nextCursor: null }, 'none: last page');
});

t.test('over HTTP', async (t) => {
  const { as } = await buildTestApp(t);
  const admin = as('admin');

  t.test('a garbage cursor is a 400 invalid-cursor problem, not a 500', async (t) => {
    for (const cursor of ['garbage', encodeCursor(['dinkes', 'extra']), b64('{"x":1}')]) {
      const res = await admin({ url: `/v1/agencies?cursor=${cursor}` });
      t.equal(res.statusCode, 400, cursor);
      t.match(res.headers['content-type'], /^application\/problem\+json/);
      t.match(res.json(), { type: '/problems/invalid-cursor', status: 400 });
    }
  });

  t.test('a cursor the API issued fetches the next page', async (t) => {
    const first = (await admin({ url: '/v1/agencies?limit=2' })).json();
    const second = (await admin({ url: `/v1/agencies?limit=2&cursor=${first.nextCursor}` })).json();
    t.equal(second.items.length, 2);
    t.ok(second.items[0].code > first.items[1].code, 'the next page starts after the last code seen');
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
