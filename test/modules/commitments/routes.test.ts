import t from 'tap';
import { buildTestApp, fixedClock } from '../../helper.js';

const enrollment = {
  kind: 'enrollment',
  title: 'Enroll non-ASN health workers in JKK and JKM',
  targetWorkers: 25_000,
  segment: 'PU',
  dueDate: '2024-12-31',
};
const signature = { signatoryName: 'dr. Ani Ruspitawati', signatoryTitle: 'Kepala Dinas Kesehatan', signedOn: '2024-10-30' };
const list = '/v1/agreements/jakarta-uc-2024/commitments';

t.test('commitments', async (t) => {
  const { as } = await buildTestApp(t, { clock: fixedClock('2024-11-01T03:00:00Z') });
  const admin = as('admin');
  const dinkes = as('agency', 'dinkes');
  const dishub = as('agency', 'dishub');

  let id = '';
  t.test('an agency commits for itself; the commitment starts as a draft at version 1', async (t) => {
    const res = await dinkes({ method: 'POST', url: list, payload: enrollment });
    t.equal(res.statusCode, 201);
    const body = res.json();
    t.match(body, {
      agreementId: 'jakarta-uc-2024',
      agency: 'dinkes',
      kind: 'enrollment',
      status: 'draft',
      version: 1,
      signature: null,
      createdBy: 'dinkes-test',
    });
    t.equal(res.headers.etag, '"1"');
    t.equal(res.headers.location, `/v1/commitments/${body.id}`);
    id = body.id;
  });

  t.test('an agency may not commit for another agency (403)', async (t) => {
    const res = await dinkes({ method: 'POST', url: list, payload: { ...enrollment, agency: 'dishub' } });
    t.equal(res.statusCode, 403);
    t.equal(res.headers['content-type'], 'application/problem+json');
    t.match(res.json(), { type: '/problems/forbidden', detail: /dinkes.*dishub/ });
  });

  t.test('a viewer may not commit; an admin commits for any party', async (t) => {
    t.equal((await as('viewer')({ method: 'POST', url: list, payload: { ...enrollment, agency: 'dinkes' } })).statusCode, 403);
    const res = await admin({ method: 'POST', url: list, payload: { ...enrollment, agency: 'dishub', title: 'Enroll ojek drivers' } });
    t.equal(res.statusCode, 201);
    t.equal(res.json().agency, 'dishub');
    const missingAgency = await admin({ method: 'POST', url: list, payload: enrollment });
    t.equal(missingAgency.statusCode, 400);
    t.match(missingAgency.json().errors, [{ pointer: '/agency', code: 'required' }]);
  });

  t.test('only a party of the agreement may commit', async (t) => {
    await admin({ method: 'POST', url: '/v1/agencies', payload: { code: 'bapenda', name: 'Badan Pendapatan Daerah' } });
    const res = await admin({ method: 'POST', url: list, payload: { ...enrollment, agency: 'bapenda' } });
    t.equal(res.statusCode, 422);
    t.equal(res.json().type, '/problems/not-a-party');
  });

  t.test('the due date must fall within the agreement’s period', async (t) => {
    for (const dueDate of ['2024-10-22', '2025-01-01']) {
      const res = await dinkes({ method: 'POST', url: list, payload: { ...enrollment, dueDate } });
      t.equal(res.statusCode, 422);
      t.equal(res.json().type, '/problems/due-date-outside-period');
    }
  });

  t.test('kind-specific fields are validated', async (t) => {
    const noTarget = await dinkes({ method: 'POST', url: list, payload: { ...enrollment, targetWorkers: undefined } });
    t.equal(noTarget.statusCode, 400);
    const milestoneWithTarget = await dinkes({
      method: 'POST',
      url: list,
      payload: { kind: 'milestone', title: 'Pergub', dueDate: '2024-12-15', targetWorkers: 5 },
    });
    t.equal(milestoneWithTarget.statusCode, 400);
    const doneWithoutEvidence = await dinkes({
      method: 'POST',
      url: list,
      payload: { kind: 'milestone', title: 'Pergub', dueDate: '2024-12-15', milestoneStatus: 'done' },
    });
    t.equal(doneWithoutEvidence.statusCode, 400);
    t.match(doneWithoutEvidence.json().errors, [{ pointer: '/evidenceRef' }]);
  });

  t.test('parties read each other’s commitments; the list filters by agency', async (t) => {
    const all = await dishub({ url: list });
    t.equal(all.statusCode, 200);
    t.same(
      all
        .json()
        .items.map((c: { agency: string }) => c.agency)
        .sort(),
      ['dinkes', 'dishub'],
    );
    const own = await dishub({ url: `${list}?agency=dinkes` });
    t.same(
      own.json().items.map((c: { agency: string }) => c.agency),
      ['dinkes'],
    );
    t.equal((await dishub({ url: `/v1/commitments/${id}` })).statusCode, 200);
    t.equal((await as('viewer')({ url: `/v1/commitments/${id}` })).statusCode, 200);
  });

  t.test('another agency may not amend or sign it', async (t) => {
    t.equal((await dishub({ method: 'PATCH', url: `/v1/commitments/${id}`, payload: { targetWorkers: 1 } })).statusCode, 403);
    t.equal((await dishub({ method: 'POST', url: `/v1/commitments/${id}/sign`, payload: signature })).statusCode, 403);
  });

  t.test('signing makes it active; signing again is a 409; a future date is a 422', async (t) => {
    const future = await dinkes({ method: 'POST', url: `/v1/commitments/${id}/sign`, payload: { ...signature, signedOn: '2024-11-02' } });
    t.equal(future.statusCode, 422);
    t.equal(future.json().type, '/problems/signed-in-future');
    const signed = await dinkes({ method: 'POST', url: `/v1/commitments/${id}/sign`, payload: signature });
    t.equal(signed.statusCode, 200);
    t.match(signed.json(), { status: 'active', signature, version: 1 });
    const again = await dinkes({ method: 'POST', url: `/v1/commitments/${id}/sign`, payload: signature });
    t.equal(again.statusCode, 409);
    t.equal(again.json().type, '/problems/already-signed');
  });

  t.test('amending the terms keeps the previous version and asks for a new signature', async (t) => {
    const stale = await dinkes({ method: 'PATCH', url: `/v1/commitments/${id}`, headers: { 'if-match': '"7"' }, payload: { targetWorkers: 30_000 } });
    t.equal(stale.statusCode, 412);
    const res = await dinkes({ method: 'PATCH', url: `/v1/commitments/${id}`, headers: { 'if-match': '"1"' }, payload: { targetWorkers: 30_000 } });
    t.equal(res.statusCode, 200);
    t.match(res.json(), { targetWorkers: 30_000, version: 2, status: 'draft', signature: null });
    t.equal(res.headers.etag, '"2"');

    const history = await dishub({ url: `/v1/commitments/${id}/history` });
    t.equal(history.statusCode, 200);
    const [previous] = history.json().items;
    t.match(previous, { version: 1, supersededBy: 'dinkes-test', commitment: { version: 1, targetWorkers: 25_000, status: 'active', signature } });

    const misplaced = await dinkes({ method: 'PATCH', url: `/v1/commitments/${id}`, payload: { milestoneStatus: 'done' } });
    t.equal(misplaced.statusCode, 400);
    t.match(misplaced.json().errors, [{ pointer: '/milestoneStatus', code: 'not_applicable' }]);
    const outside = await dinkes({ method: 'PATCH', url: `/v1/commitments/${id}`, payload: { dueDate: '2025-03-01' } });
    t.equal(outside.statusCode, 422);
  });

  t.test('reporting a milestone done keeps its signature', async (t) => {
    const created = await as(
      'agency',
      'disnakertransgi',
    )({ method: 'POST', url: list, payload: { kind: 'milestone', title: 'Draft Pergub on universal coverage', dueDate: '2024-12-15' } });
    t.equal(created.statusCode, 201);
    t.match(created.json(), { milestoneStatus: 'open', targetWorkers: null });
    const milestoneId = created.json().id;
    await admin({ method: 'POST', url: `/v1/commitments/${milestoneId}/sign`, payload: { ...signature, signatoryTitle: 'Kepala Disnakertransgi' } });
    const done = await as(
      'agency',
      'disnakertransgi',
    )({ method: 'PATCH', url: `/v1/commitments/${milestoneId}`, payload: { milestoneStatus: 'done', evidenceRef: 'Pergub DKI No. 12 Tahun 2024' } });
    t.equal(done.statusCode, 200);
    t.match(done.json(), { status: 'active', milestoneStatus: 'done', evidenceRef: 'Pergub DKI No. 12 Tahun 2024', version: 2 });
  });

  t.test('unknown commitments are 404; an agency outside the agreement gets 403', async (t) => {
    t.equal((await admin({ url: '/v1/commitments/00000000-0000-4000-8000-000000000000' })).statusCode, 404);
    await admin({ method: 'POST', url: '/v1/agencies', payload: { code: 'outsider', name: 'Outside agency' } });
    t.equal((await as('agency', 'outsider')({ url: `/v1/commitments/${id}` })).statusCode, 403);
    t.equal((await as('agency', 'outsider')({ url: list })).statusCode, 403);
  });
});
