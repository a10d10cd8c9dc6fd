import t from 'tap';
import { syntheticNik } from '../../fixtures/nik.js';
import { buildTestApp } from '../../helper.js';

t.test('agencies', async (t) => {
  const { as } = await buildTestApp(t);
  const admin = as('admin');

  t.test('any authenticated role lists the seeded agencies, paginated by code', async (t) => {
    const first = await as('viewer')({ url: '/v1/agencies?limit=5' });
    t.equal(first.statusCode, 200);
    const page1 = first.json();
    t.same(
      page1.items.map((a: { code: string }) => a.code),
      ['binamarga', 'bpjstk-dki', 'citata', 'dinkes', 'dinsos'],
    );
    t.type(page1.nextCursor, 'string');

    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await as('agency', 'dinkes')({ url: `/v1/agencies?limit=7${cursor ? `&cursor=${cursor}` : ''}` });
      const body = res.json();
      all.push(...body.items.map((a: { code: string }) => a.code));
      cursor = body.nextCursor;
    } while (cursor);
    t.equal(all.length, 19, 'every agency once');
    t.equal(new Set(all).size, 19);
  });

  t.test('an admin registers an agency; a duplicate code is a 409 problem', async (t) => {
    const created = await admin({
      method: 'POST',
      url: '/v1/agencies',
      payload: { code: 'bapenda', name: 'Badan Pendapatan Daerah' },
    });
    t.equal(created.statusCode, 201);
    t.equal(created.headers.location, '/v1/agencies/bapenda');
    t.match(created.json(), { code: 'bapenda', name: 'Badan Pendapatan Daerah', shortName: null });

    const duplicate = await admin({ method: 'POST', url: '/v1/agencies', payload: { code: 'bapenda', name: 'Again' } });
    t.equal(duplicate.statusCode, 409);
    t.equal(duplicate.headers['content-type'], 'application/problem+json');
    t.match(duplicate.json(), { type: '/problems/agency-exists', status: 409 });
  });

  t.test('an admin renames an agency; the code cannot change', async (t) => {
    const res = await admin({ method: 'PATCH', url: '/v1/agencies/dlh', payload: { shortName: 'DLH DKI' } });
    t.equal(res.statusCode, 200);
    t.equal(res.json().shortName, 'DLH DKI');

    const codeChange = await admin({ method: 'PATCH', url: '/v1/agencies/dlh', payload: { code: 'x' } });
    t.equal(codeChange.statusCode, 400);
    t.match(codeChange.json(), { type: '/problems/validation', errors: [{ in: 'body', code: 'unrecognized_keys' }] });
  });

  t.test('free text may not carry a NIK: a 16-digit number is refused, and not echoed', async (t) => {
    const nik = syntheticNik(80_000);
    const res = await admin({ method: 'PATCH', url: '/v1/agencies/dlh', payload: { description: `Contact: ${nik}` } });
    t.equal(res.statusCode, 400);
    t.match(res.json(), { type: '/problems/validation', errors: [{ in: 'body', pointer: '/description' }] });
    t.notOk(res.body.includes(nik));
    const phone = await admin({ method: 'PATCH', url: '/v1/agencies/dlh', payload: { description: 'Call 021-3822968 or 08123456789012' } });
    t.equal(phone.statusCode, 200, 'shorter numbers are fine');
  });

  t.test('agencies and viewers may not manage agencies', async (t) => {
    for (const request of [as('agency', 'dinkes'), as('viewer')]) {
      const res = await request({ method: 'POST', url: '/v1/agencies', payload: { code: 'abc', name: 'Abc agency' } });
      t.equal(res.statusCode, 403);
      t.equal(res.json().type, '/problems/forbidden');
    }
  });

  t.test('an agency token is good once its agency exists, and not before', async (t) => {
    const newcomer = as('agency', 'bappeda');
    const before = await newcomer({ url: '/v1/agencies/dinkes' });
    t.equal(before.statusCode, 401, 'a token naming no agency is refused');
    t.match(before.json(), { type: '/problems/unauthorized' });
    const created = await admin({ method: 'POST', url: '/v1/agencies', payload: { code: 'bappeda', name: 'Badan Perencanaan Pembangunan Daerah' } });
    t.equal(created.statusCode, 201);
    t.equal((await newcomer({ url: '/v1/agencies/dinkes' })).statusCode, 200, 'the same token, once the agency is added');
  });

  t.test('an unknown agency is a 404 problem', async (t) => {
    const res = await admin({ url: '/v1/agencies/nope' });
    t.equal(res.statusCode, 404);
    t.match(res.json(), { type: '/problems/not-found', instance: '/v1/agencies/nope' });
  });
});
