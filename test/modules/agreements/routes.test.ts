import t from 'tap';
import { buildTestApp } from '../../helper.js';

const newAgreement = {
  id: 'test-uc-2025',
  title: 'NKS Universal Coverage Jamsostek DKI Jakarta 2025',
  regionCode: '31',
  signedOn: '2025-02-13',
  periodStart: '2025-01-01',
  baseline: { workers: 2_700_000, asOf: '2024-12-31', source: 'BPJS Ketenagakerjaan, Feb 2025' },
  target: { workers: 3_208_000, percent: 66, date: '2025-12-31', source: 'NKS 13 Feb 2025' },
  workforce: { workers: 4_860_000, asOf: '2024-12-31', source: 'Inferred: 3,208,000 ÷ 66 %' },
};

t.test('agreements and their parties', async (t) => {
  const { as } = await buildTestApp(t);
  const admin = as('admin');

  t.test('the seeded MoU reads with its published figures, each with a source', async (t) => {
    const res = await admin({ url: '/v1/agreements/jakarta-uc-2024' });
    t.equal(res.statusCode, 200);
    t.match(res.json(), {
      id: 'jakarta-uc-2024',
      regionCode: '31',
      draftedOn: '2024-10-23',
      periodStart: '2024-10-23',
      targetDate: '2024-12-31',
      baseline: { workers: 2_200_000, percent: 51, asOf: '2024-10-23', source: /Wartapembaruan/ },
      target: { workers: 2_700_000, percent: 65, date: '2024-12-31', source: /Kemendagri/ },
      workforce: { workers: 4_153_846, source: /^Angka turunan/, note: /^TURUNAN/ },
    });
  });

  t.test('the MoU has 19 parties: 1 lead, 1 counterpart, 17 participants', async (t) => {
    const res = await as('viewer')({ url: '/v1/agreements/jakarta-uc-2024/parties' });
    t.equal(res.statusCode, 200);
    const { items, nextCursor } = res.json();
    t.equal(items.length, 19);
    t.equal(nextCursor, null);
    const byRole = (role: string) => items.filter((p: { role: string }) => p.role === role).map((p: { agency: { code: string } }) => p.agency.code);
    t.same(byRole('lead'), ['disnakertransgi']);
    t.same(byRole('counterpart'), ['bpjstk-dki']);
    t.equal(byRole('participant').length, 17);
    t.match(items[0], { agency: { code: String, name: String }, role: String, joinedOn: '2024-10-23' });
  });

  t.test('an agency reads only the agreements it is a party of', async (t) => {
    t.equal((await admin({ method: 'POST', url: '/v1/agreements', payload: newAgreement })).statusCode, 201);
    const list = await as('agency', 'dinkes')({ url: '/v1/agreements' });
    t.same(
      list.json().items.map((a: { id: string }) => a.id),
      ['jakarta-uc-2024', 'jakarta-uc-2025'],
    );
    const foreign = await as('agency', 'dinkes')({ url: '/v1/agreements/test-uc-2025' });
    t.equal(foreign.statusCode, 403);
    t.equal((await as('agency', 'dinkes')({ url: '/v1/agreements/test-uc-2025/parties' })).statusCode, 403);
    t.same(
      (await as('viewer')({ url: '/v1/agreements' })).json().items.map((a: { id: string }) => a.id),
      ['jakarta-uc-2024', 'jakarta-uc-2025', 'test-uc-2025'],
    );
  });

  t.test('creating an agreement: duplicate id 409, period after target 400, non-admin 403', async (t) => {
    t.match((await admin({ method: 'POST', url: '/v1/agreements', payload: newAgreement })).json(), {
      status: 409,
      type: '/problems/agreement-exists',
    });
    const backwards = await admin({
      method: 'POST',
      url: '/v1/agreements',
      payload: { ...newAgreement, id: 'backwards', periodStart: '2026-01-01' },
    });
    t.equal(backwards.statusCode, 400);
    t.match(backwards.json().errors, [{ pointer: '/periodStart' }]);
    t.equal(
      (await as('agency', 'disnakertransgi')({ method: 'POST', url: '/v1/agreements', payload: { ...newAgreement, id: 'x-by-lead' } })).statusCode,
      403,
    );
  });

  t.test('patching merges figure objects and keeps the period consistent', async (t) => {
    const res = await admin({
      method: 'PATCH',
      url: '/v1/agreements/test-uc-2025',
      payload: { workforce: { workers: 5_110_000, note: 'BPS Aug 2024' } },
    });
    t.equal(res.statusCode, 200);
    t.match(res.json().workforce, { workers: 5_110_000, asOf: '2024-12-31', source: /Inferred/, note: 'BPS Aug 2024' });
    const invalid = await admin({ method: 'PATCH', url: '/v1/agreements/test-uc-2025', payload: { target: { date: '2024-06-30' } } });
    t.equal(invalid.statusCode, 422);
    t.equal(invalid.json().type, '/problems/invalid-period');
    t.equal((await admin({ method: 'PATCH', url: '/v1/agreements/nope', payload: { title: 'Whatever' } })).statusCode, 404);
    t.equal((await admin({ method: 'PATCH', url: '/v1/agreements/test-uc-2025', payload: {} })).statusCode, 400);
  });

  t.test('an admin adds, changes and removes parties', async (t) => {
    const url = '/v1/agreements/test-uc-2025/parties/dinkes';
    const added = await admin({ method: 'PUT', url, payload: { role: 'participant' } });
    t.equal(added.statusCode, 201);
    t.match(added.json(), { agency: { code: 'dinkes' }, role: 'participant', joinedOn: String });
    const again = await admin({ method: 'PUT', url, payload: { role: 'participant', joinedOn: '2025-02-13' } });
    t.equal(again.statusCode, 200, 'PUT is idempotent: the second is an update');
    t.equal(again.json().joinedOn, '2025-02-13');
    t.equal((await as('agency', 'dinkes')({ url: '/v1/agreements/test-uc-2025' })).statusCode, 200, 'dinkes now reads it');
    t.equal((await admin({ method: 'DELETE', url })).statusCode, 204);
    t.equal((await admin({ method: 'DELETE', url })).statusCode, 404);
    t.equal((await admin({ method: 'PUT', url: '/v1/agreements/test-uc-2025/parties/ghost', payload: { role: 'participant' } })).statusCode, 404);
    t.equal((await as('agency', 'dinkes')({ method: 'PUT', url, payload: { role: 'participant' } })).statusCode, 403);
  });

  t.test('an agreement has at most one lead', async (t) => {
    const res = await admin({ method: 'PUT', url: '/v1/agreements/jakarta-uc-2024/parties/dinkes', payload: { role: 'lead' } });
    t.equal(res.statusCode, 409);
    t.equal(res.json().type, '/problems/lead-exists');
  });

  t.test('a party with commitments cannot be removed', async (t) => {
    const created = await admin({
      method: 'POST',
      url: '/v1/agreements/jakarta-uc-2024/commitments',
      payload: { agency: 'dishub', kind: 'enrollment', title: 'Enroll parking attendants', targetWorkers: 5000, dueDate: '2024-12-31' },
    });
    t.equal(created.statusCode, 201);
    const res = await admin({ method: 'DELETE', url: '/v1/agreements/jakarta-uc-2024/parties/dishub' });
    t.equal(res.statusCode, 409);
    t.equal(res.json().type, '/problems/party-has-commitments');
  });
});
