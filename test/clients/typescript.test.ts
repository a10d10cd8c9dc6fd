import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { createSinergiClient } from '../../clients/typescript/index.js';
import { clientSchemaFile, generateClientSchema } from '../../scripts/lib/client-schema.js';
import { projectRoot } from '../../src/lib/paths.js';
import { record, syntheticNik } from '../fixtures/nik.js';
import { buildTestApp, fixedClock } from '../helper.js';

t.test('the committed client types are exactly what the committed document generates', async (t) => {
  const committed = await readFile(clientSchemaFile, 'utf8');
  t.ok(committed === (await generateClientSchema()), 'clients/typescript/schema.d.ts is stale: run `npm run client` and commit it');
});

t.test('the client compiles under --strict, and its types hold the contract', async (t) => {
  const tsc = path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = promisify(execFile);
  const result = await run(
    process.execPath,
    [
      tsc,
      '--noEmit',
      '--strict',
      '--module',
      'NodeNext',
      '--moduleResolution',
      'NodeNext',
      '--target',
      'ES2022',
      '--lib',
      'ES2023,DOM',
      '--skipLibCheck',
      'clients/typescript/index.ts',
      'test/clients/types.ts',
    ],
    {
      cwd: projectRoot,
    },
  ).then(
    () => ({ ok: true, output: '' }),
    (error: { stdout?: string }) => ({ ok: false, output: error.stdout ?? String(error) }),
  );
  t.ok(result.ok, 'compiles', { output: result.output });
});

t.test('an integrator drives a real server through the client, end to end', async (t) => {
  const { app, token } = await buildTestApp(t, { clock: fixedClock('2024-12-01T05:00:00Z') });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const dinkes = createSinergiClient({ baseUrl: address, token: token({ role: 'agency', agency: 'dinkes' }) });
  const viewer = createSinergiClient({ baseUrl: address, token: () => token({ role: 'viewer' }) });
  const agreementId = 'jakarta-uc-2024';

  const created = await dinkes.POST('/v1/agreements/{agreementId}/commitments', {
    params: { path: { agreementId } },
    body: { kind: 'enrollment', title: 'Informal health workers', targetWorkers: 100, segment: 'PU', dueDate: '2024-12-31' },
  });
  t.equal(created.response.status, 201, 'commitment created');
  t.ok(created.response.headers.get('location'), 'Location');
  const commitment = created.data;
  if (!commitment) throw new Error('no commitment');

  const signed = await dinkes.POST('/v1/commitments/{id}/sign', {
    params: { path: { id: commitment.id }, header: { 'if-match': created.response.headers.get('etag') ?? undefined } },
    body: { signatoryName: 'dr. Ani Ruspitawati', signatoryTitle: 'Kepala Dinas Kesehatan', signedOn: '2024-11-30' },
  });
  t.equal(signed.response.status, 200, 'signed');
  t.equal(signed.data?.status, 'active');

  const idempotencyKey = dinkes.newIdempotencyKey();
  const worker = (n: number) => ({
    ...record(syntheticNik(n)),
    segment: 'PU' as const,
    programs: ['JKK' as const, 'JKM' as const, 'JHT' as const, 'JP' as const],
  });
  const batch = { commitmentId: commitment.id, records: [worker(81_001), worker(81_002)] };
  const posted = await dinkes.POST('/v1/agreements/{agreementId}/batches', {
    params: { path: { agreementId }, header: { 'idempotency-key': idempotencyKey } },
    body: batch,
  });
  t.equal(posted.response.status, 201, 'batch created');
  // The deprecated dry run shares the operation (its 200); a created batch has an id.
  const created201 = posted.data && 'id' in posted.data ? posted.data : undefined;
  t.equal(created201?.accepted, 2);
  const batchId = created201?.id;
  if (!batchId) throw new Error('no batch id');

  const replay = await dinkes.POST('/v1/agreements/{agreementId}/batches', {
    params: { path: { agreementId }, header: { 'idempotency-key': idempotencyKey } },
    body: batch,
  });
  t.equal(replay.response.status, 201);
  t.equal(replay.response.headers.get('idempotent-replayed'), 'true', 'a replay');
  t.same(replay.data, posted.data, 'the stored answer');

  const first = await viewer.GET('/v1/agreements/{agreementId}/summary', { params: { path: { agreementId } } });
  t.equal(first.response.status, 200);
  t.ok(first.response.headers.get('etag'), 'ETag');
  t.ok(first.response.headers.get('ratelimit-remaining'), 'RateLimit-Remaining');
  const again = await viewer.GET('/v1/agreements/{agreementId}/summary', { params: { path: { agreementId } } });
  t.equal(again.response.headers.get('x-sinergi-not-modified'), 'true', 'the server said 304; the client answered with what it held');
  t.same(again.data, first.data);

  const voided = await dinkes.POST('/v1/batches/{id}/void', { params: { path: { id: batchId } }, body: { reason: 'Sent twice by mistake' } });
  t.equal(voided.response.status, 200);
  t.equal(voided.data?.status, 'voided');

  const afterVoid = await dinkes.POST('/v1/agreements/{agreementId}/batches', {
    params: { path: { agreementId }, header: { 'idempotency-key': idempotencyKey } },
    body: batch,
  });
  t.equal(afterVoid.response.status, 201, 'a replay after the void is the original answer');
  t.same(afterVoid.data, posted.data);

  const changed = await viewer.GET('/v1/agreements/{agreementId}/summary', { params: { path: { agreementId } } });
  t.equal(changed.response.headers.get('x-sinergi-not-modified'), null, 'the void changed the figures');
});
