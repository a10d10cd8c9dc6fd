import t from 'tap';
import { buildTestApp } from '../../helper.js';

t.test('audit', async (t) => {
  const { as } = await buildTestApp(t);
  const admin = as('admin');

  t.test('every write records actor, action, entity, request id and time', async (t) => {
    await admin({ method: 'PATCH', url: '/v1/agencies/dinkes', headers: { 'x-request-id': 'audit-req-1' }, payload: { shortName: 'Dinkes DKI' } });
    const created = await as(
      'agency',
      'dinkes',
    )({
      method: 'POST',
      url: '/v1/agreements/jakarta-uc-2024/commitments',
      headers: { 'x-request-id': 'audit-req-2' },
      payload: { kind: 'enrollment', title: 'Health workers', targetWorkers: 100, dueDate: '2024-12-31' },
    });
    const res = await admin({ url: '/v1/audit' });
    t.equal(res.statusCode, 200);
    const [newest, older] = res.json().items;
    t.match(newest, {
      actor: { sub: 'dinkes-test', role: 'agency', agency: 'dinkes' },
      action: 'commitment.create',
      entityType: 'commitment',
      entityId: created.json().id,
      requestId: 'audit-req-2',
      at: /^\d{4}-\d\d-\d\dT/,
    });
    t.match(older, {
      actor: { role: 'admin', agency: null },
      action: 'agency.update',
      entityId: 'dinkes',
      requestId: 'audit-req-1',
      details: { fields: ['shortName'] },
    });
  });

  t.test('a failed write leaves no audit entry', async (t) => {
    const before = (await admin({ url: '/v1/audit' })).json().items.length;
    await admin({ method: 'POST', url: '/v1/agencies', payload: { code: 'dinkes', name: 'Duplicate' } });
    t.equal((await admin({ url: '/v1/audit' })).json().items.length, before);
  });

  t.test('entries filter by entity and page newest first', async (t) => {
    const filtered = await admin({ url: '/v1/audit?entityType=agency&entityId=dinkes' });
    t.same(
      filtered.json().items.map((e: { action: string }) => e.action),
      ['agency.update'],
    );
    const first = (await admin({ url: '/v1/audit?limit=1' })).json();
    const second = (await admin({ url: `/v1/audit?limit=1&cursor=${first.nextCursor}` })).json();
    t.ok(first.items[0].id > second.items[0].id);
  });

  t.test('only admins read the audit log', async (t) => {
    t.equal((await as('viewer')({ url: '/v1/audit' })).statusCode, 403);
    t.equal((await as('agency', 'dinkes')({ url: '/v1/audit' })).statusCode, 403);
  });
});
