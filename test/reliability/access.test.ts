/**
 * Line 5 of the reliability suite — access (BOLA). Every secured route in the OpenAPI document is
 * called, on objects owned by `dinkes`, by each caller that must not reach them: an agency that is a
 * party of the same agreement (`dishub`), an agency that is not (`bapenda`), a viewer, dinkes's own
 * token once expired, and no token at all. A denied call must be a 401/403/404 problem that says
 * nothing about the object, and must leave the database exactly as it was (every table compared).
 * Calls the policy allows (a party reading another party's commitments: transparency among parties,
 * README "Tokens") are made too and must not change anything either. Finally the rightful caller
 * makes each call, to show the requests were valid: the refusals were about who, not about what.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createSigner } from 'fast-jwt';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import t from 'tap';
import { queryRows } from '../../src/db/client.js';
import { jakartaNiks, record } from '../fixtures/nik.js';
import { TEST_ENV } from '../helper.js';
import { buildReliabilityApp } from './lib/database.js';
import { count, recordFigure } from './lib/figures.js';
import { fillPath, operations } from './lib/openapi.js';
import { dumpDatabase, privacyFigure, scanForNiks } from './lib/privacy.js';

const AGREEMENT = 'jakarta-uc-2024';
/** Strings that exist only inside dinkes's objects: a denied answer containing one leaked it. */
const MARKERS = {
  agreement: 'BOLA-MARKER-agreement-description',
  commitment: 'BOLA-MARKER-commitment-title',
  batch: 'BOLA-MARKER-batch-ref',
  webhook: 'BOLA-MARKER-webhook-description',
};
const PROBLEM_KEYS = new Set(['type', 'title', 'status', 'detail', 'instance', 'requestId', 'errors']);

type Attacker = 'foreign' | 'outsider' | 'viewer' | 'expired' | 'anonymous';
const ATTACKERS: Record<Attacker, string> = {
  foreign: 'an agency of the same agreement (dishub)',
  outsider: 'an agency outside the agreement (bapenda)',
  viewer: 'a viewer',
  expired: "dinkes's own token, expired",
  anonymous: 'no token',
};

interface Cell {
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  headers?: () => Record<string, string>;
  /** Attackers the policy lets through (legitimate reads); every other attacker must be refused. */
  allowed: Attacker[];
  /** For allowed calls: strings the answer must still not contain. */
  hide?: Partial<Record<Attacker, string[]>>;
  /** Who may rightfully make the call (the control). */
  rightful: 'owner' | 'admin';
}

t.test('access: no caller reads or writes what is not theirs, on any secured route', async (t) => {
  const { app, as, token, database, logs } = await buildReliabilityApp(t);
  const admin = as('admin');
  const owner = as('agency', 'dinkes');
  const responses: string[] = [];
  const niks = jakartaNiks(7_000_000, 200);
  let nikCursor = 0;
  const nextNiks = (n: number) => {
    nikCursor += n;
    return niks.slice(nikCursor - n, nikCursor);
  };

  // dinkes's objects, made through the API: a commitment, a batch attached to it, and a marked agreement.
  t.equal((await admin({ method: 'POST', url: '/v1/agencies', payload: { code: 'bapenda', name: 'Badan Pendapatan Daerah' } })).statusCode, 201);
  t.equal((await admin({ method: 'PATCH', url: `/v1/agreements/${AGREEMENT}`, payload: { description: MARKERS.agreement } })).statusCode, 200);
  const commitment = await owner({
    method: 'POST',
    url: `/v1/agreements/${AGREEMENT}/commitments`,
    payload: { kind: 'enrollment', title: MARKERS.commitment, targetWorkers: 1000, segment: 'PU', dueDate: '2024-12-31' },
  });
  t.equal(commitment.statusCode, 201);
  const commitmentId = commitment.json().id as string;
  const batch = await owner({
    method: 'POST',
    url: `/v1/agreements/${AGREEMENT}/batches`,
    headers: { 'idempotency-key': randomUUID() },
    payload: { externalRef: MARKERS.batch, commitmentId, records: nextNiks(3).map((nik) => record(nik)) },
  });
  t.equal(batch.statusCode, 201);
  const batchId = batch.json().id as string;
  // A budget commitment of dinkes's to report spending on, and a BPJS confirmation batch (posted by an admin).
  const budget = await owner({
    method: 'POST',
    url: `/v1/agreements/${AGREEMENT}/commitments`,
    payload: { kind: 'budget', title: MARKERS.commitment, amountRupiah: 1_000_000_000, fundedWorkers: 100, dueDate: '2024-12-31' },
  });
  t.equal(budget.statusCode, 201);
  const budgetId = budget.json().id as string;
  const confirmation = await admin({
    method: 'POST',
    url: `/v1/agreements/${AGREEMENT}/confirmations`,
    headers: { 'idempotency-key': randomUUID() },
    payload: { records: nextNiks(2).map((nik) => ({ nik, status: 'active', asOf: '2024-11-30' })) },
  });
  t.equal(confirmation.statusCode, 201);
  const confirmationId = confirmation.json().id as string;
  // dinkes's submissions for the moves of the matrix: October's to be returned, December's to be verified and accepted.
  for (const period of ['2024-10', '2024-12']) {
    const submitted = await owner({ method: 'POST', url: `/v1/agreements/${AGREEMENT}/periods/${period}/submissions`, payload: {} });
    t.equal(submitted.statusCode, 200);
  }

  // A webhook of dinkes's with a failed delivery to redeliver, and an open alert to acknowledge.
  const webhook = await owner({
    method: 'POST',
    url: '/v1/webhooks',
    payload: { url: 'https://203.0.113.10/hooks', events: ['batch.created'], description: MARKERS.webhook },
  });
  t.equal(webhook.statusCode, 201);
  const webhookId = webhook.json().id as string;
  const eventId = randomUUID();
  const deliveryId = randomUUID();
  const alertId = randomUUID();
  await database.db.execute(
    sql`INSERT INTO webhook_events (id, type, agreement_id, agency_code, audience, data, fanned_out)
        VALUES (${eventId}, 'batch.created', ${AGREEMENT}, 'dinkes', 'agency', '{}'::jsonb, true)`,
  );
  await database.db.execute(
    sql`INSERT INTO webhook_deliveries (id, subscription_id, event_id, status, attempts, finished_at)
        VALUES (${deliveryId}, ${webhookId}, ${eventId}, 'failed', 8, now())`,
  );
  await database.db.execute(
    sql`INSERT INTO alerts (id, agreement_id, agency_code, commitment_id, kind, details)
        VALUES (${alertId}, ${AGREEMENT}, 'dinkes', ${commitmentId}, 'projected_miss', '{"dueDate": "2024-12-31"}'::jsonb)`,
  );

  const expired = createSigner({ key: TEST_ENV.JWT_SECRET, iss: 'sinergi', aud: 'sinergi-api' })({
    sub: 'dinkes-simpeg',
    role: 'agency',
    agency: 'dinkes',
    iat: Math.floor(Date.now() / 1000) - 7200,
    exp: Math.floor(Date.now() / 1000) - 3600,
  });
  const bearers: Record<Attacker, string | undefined> = {
    foreign: token({ role: 'agency', agency: 'dishub' }),
    outsider: token({ role: 'agency', agency: 'bapenda' }),
    viewer: token({ role: 'viewer' }),
    expired,
    anonymous: undefined,
  };

  const key = () => ({ 'idempotency-key': randomUUID() });
  const parties: Attacker[] = ['foreign', 'viewer'];
  const everyone: Attacker[] = ['foreign', 'outsider', 'viewer'];
  /** The policy, per operation of the OpenAPI document, with a request on dinkes's objects. */
  const matrix: Record<string, Cell> = {
    listAgencies: { allowed: everyone, rightful: 'admin' },
    createAgency: { body: { code: 'rogue', name: 'Rogue agency' }, allowed: [], rightful: 'admin' },
    getAgency: { params: { code: 'dinkes' }, allowed: everyone, rightful: 'admin' },
    updateAgency: { params: { code: 'dinkes' }, body: { description: 'Hijacked' }, allowed: [], rightful: 'admin' },
    listAgreements: { allowed: everyone, hide: { outsider: [AGREEMENT, MARKERS.agreement] }, rightful: 'admin' },
    createAgreement: {
      body: {
        id: 'rogue-2025',
        title: 'A rogue agreement',
        regionCode: '31',
        periodStart: '2025-01-01',
        baseline: { workers: 1, asOf: '2024-12-31', source: 'test' },
        target: { workers: 2, date: '2025-12-31', source: 'test' },
        workforce: { workers: 3, asOf: '2024-12-31', source: 'test' },
      },
      allowed: [],
      rightful: 'admin',
    },
    getAgreement: { allowed: parties, rightful: 'owner' },
    updateAgreement: { body: { title: 'Hijacked agreement' }, allowed: [], rightful: 'admin' },
    listParties: { allowed: parties, rightful: 'owner' },
    // The outsider adding itself to the agreement, and anyone removing a party.
    putParty: { params: { code: 'bapenda' }, body: { role: 'participant' }, allowed: [], rightful: 'admin' },
    removeParty: { params: { code: 'dppapp' }, allowed: [], rightful: 'admin' },
    listCommitments: { query: 'agency=dinkes', allowed: parties, rightful: 'owner' },
    createCommitment: {
      body: { agency: 'dinkes', kind: 'milestone', title: 'Imposed on dinkes', dueDate: '2024-12-31' },
      allowed: [],
      rightful: 'owner',
    },
    getCommitment: { params: { id: commitmentId }, allowed: parties, rightful: 'owner' },
    amendCommitment: { params: { id: commitmentId }, body: { targetWorkers: 1 }, allowed: [], rightful: 'owner' },
    getCommitmentHistory: { params: { id: commitmentId }, allowed: parties, rightful: 'owner' },
    signCommitment: {
      params: { id: commitmentId },
      body: { signatoryName: 'Someone Else', signatoryTitle: 'Kepala', signedOn: '2024-10-30' },
      allowed: [],
      rightful: 'owner',
    },
    postEnrollmentBatch: {
      body: { agency: 'dinkes', records: [] as unknown[] },
      headers: key,
      allowed: [],
      rightful: 'owner',
    },
    // Checking records before posting them reads personal data: the agency itself, or an admin.
    validateEnrollmentBatch: { body: { agency: 'dinkes', records: [] as unknown[] }, allowed: [], rightful: 'owner' },
    listEnrollmentBatches: { query: 'agency=dinkes', allowed: [], rightful: 'owner' },
    getEnrollmentBatch: { params: { id: batchId }, allowed: [], rightful: 'owner' },
    voidEnrollmentBatch: { params: { id: batchId }, body: { reason: 'Voided by a stranger' }, allowed: [], rightful: 'owner' },
    getCoverageSummary: { allowed: parties, rightful: 'owner' },
    getCoverageSeries: { query: 'agency=dinkes', allowed: parties, rightful: 'owner' },
    getAgencyProgress: { params: { code: 'dinkes' }, allowed: parties, rightful: 'owner' },
    getExport: { params: { table: 'agencies', format: 'csv' }, allowed: parties, rightful: 'owner' },
    listAuditEntries: { allowed: [], rightful: 'admin' },
    listReportingPeriods: { allowed: parties, rightful: 'owner' },
    getPeriodSchedule: { allowed: parties, rightful: 'owner' },
    putPeriodSchedule: { body: { months: 1, deadlineDays: 15 }, allowed: [], rightful: 'admin' },
    // Only dinkes submits its own period; only the lead verifies or returns, only BPJS accepts (the admin here).
    submitPeriod: { params: { period: '2024-11' }, body: { agency: 'dinkes' }, allowed: [], rightful: 'owner' },
    returnSubmission: { params: { period: '2024-10', agency: 'dinkes' }, body: { reason: 'Returned by a stranger' }, allowed: [], rightful: 'admin' },
    verifySubmission: { params: { period: '2024-12', agency: 'dinkes' }, allowed: [], rightful: 'admin' },
    acceptSubmission: { params: { period: '2024-12', agency: 'dinkes' }, allowed: [], rightful: 'admin' },
    closeReportingPeriod: { params: { period: '2024-11' }, allowed: [], rightful: 'admin' },
    reopenReportingPeriod: { params: { period: '2024-11' }, body: { reason: 'Reopened by a stranger' }, allowed: [], rightful: 'admin' },
    listPeriodAdjustments: { params: { period: '2024-11' }, allowed: parties, rightful: 'owner' },
    createWebhook: {
      body: { url: 'https://203.0.113.10/other', events: ['batch.created'], agency: 'dinkes' },
      allowed: [],
      rightful: 'owner',
    },
    // Every agency lists its own subscriptions (none here): dinkes's stays out of the answer.
    listWebhooks: {
      allowed: ['foreign', 'outsider'],
      hide: { foreign: [webhookId, MARKERS.webhook], outsider: [webhookId, MARKERS.webhook] },
      rightful: 'owner',
    },
    getWebhook: { params: { id: webhookId }, allowed: [], rightful: 'owner' },
    updateWebhook: { params: { id: webhookId }, body: { description: 'Hijacked' }, allowed: [], rightful: 'owner' },
    rotateWebhookSecret: { params: { id: webhookId }, allowed: [], rightful: 'owner' },
    listWebhookDeliveries: { params: { id: webhookId }, allowed: [], rightful: 'owner' },
    redeliverWebhook: { params: { id: webhookId, deliveryId }, allowed: [], rightful: 'owner' },
    listAlerts: { query: 'agency=dinkes', allowed: ['viewer'], rightful: 'owner' },
    acknowledgeAlert: { params: { alertId }, body: { note: 'Hijacked' }, allowed: [], rightful: 'owner' },
    // BPJS confirmations: the agreement's counterpart or an admin only; no dinas, viewer or stranger.
    postConfirmationBatch: { body: { records: [] as unknown[] }, headers: key, allowed: [], rightful: 'admin' },
    listConfirmationBatches: { allowed: [], rightful: 'admin' },
    getConfirmationBatch: { params: { id: confirmationId }, allowed: [], rightful: 'admin' },
    postOfficialFigure: {
      body: { workers: 2_291_409, asOf: '2024-12-31', source: 'BPJS Ketenagakerjaan Kanwil DKI Jakarta' },
      allowed: [],
      rightful: 'admin',
    },
    listOfficialFigures: { allowed: parties, rightful: 'owner' },
    // Which of dinkes's records BPJS did not find: dinkes itself or an admin.
    listUnconfirmedRecords: { params: { code: 'dinkes' }, allowed: [], rightful: 'owner' },
    getUnconfirmedRecordsCsv: { params: { code: 'dinkes' }, allowed: [], rightful: 'owner' },
    createRealisation: {
      params: { id: budgetId },
      body: { amountRupiah: 1_000_000, fundedWorkers: 1, realisedOn: '2024-11-15', evidenceRefs: ['SP2D 00001/2024'] },
      allowed: [],
      rightful: 'owner',
    },
    listRealisations: { params: { id: budgetId }, allowed: parties, rightful: 'owner' },
    createSuccessorAgreement: {
      body: { year: 2026, id: 'jakarta-uc-2026', target: { workers: 2_900_000, source: 'Nota kesepakatan 2026' } },
      allowed: [],
      rightful: 'admin',
    },
    verifyAuditChain: { allowed: [], rightful: 'admin' },
    getMetrics: { allowed: [], rightful: 'admin' },
    // After the reads of it: the rightful call withdraws it.
    voidConfirmationBatch: { params: { id: confirmationId }, body: { reason: 'Withdrawn by a stranger' }, allowed: [], rightful: 'admin' },
    // Last: the rightful call deletes it.
    deleteWebhook: { params: { id: webhookId }, allowed: [], rightful: 'owner' },
  };

  // Spreadsheet imports run as background jobs that write while the matrix compares every table
  // before and after each call, so they have an access spec of their own in
  // test/modules/imports/routes.test.ts ("who may import and read imports").
  const secured = operations().filter((op) => op.secured && !op.path.includes('/imports'));
  const securedOp = (opId: string) => {
    const op = secured.find((o) => o.operationId === opId);
    if (!op) throw new Error(`no secured operation ${opId}`);
    return op;
  };
  t.same(
    Object.keys(matrix).sort(),
    secured.map((op) => op.operationId).sort(),
    'the matrix covers every secured route of the OpenAPI document, and only those',
  );

  /** Every table of the database, hashed: a denied call must leave each one as it was. */
  const tables = (
    await queryRows<{ name: string }>(
      database.db,
      sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    )
  ).map((row) => row.name);
  t.ok(tables.length >= 10, `${tables.length} tables compared`);
  const fingerprint = async () => {
    const selects = tables.map(
      (name) => `SELECT '${name}' AS name, count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${name}" t`,
    );
    const rows = await queryRows<{ name: string; n: number; h: string }>(database.db, sql.raw(selects.join(' UNION ALL ')));
    return Object.fromEntries(rows.map((row) => [row.name, `${row.n}:${row.h}`]));
  };
  const changedTables = (before: Record<string, string>, after: Record<string, string>) => tables.filter((name) => before[name] !== after[name]);

  const request = (opId: string, cell: Cell, authorization: string | undefined): InjectOptions => {
    const op = securedOp(opId);
    let body = cell.body;
    if (opId === 'postEnrollmentBatch' || opId === 'validateEnrollmentBatch') {
      body = { ...(cell.body as object), records: nextNiks(2).map((nik) => record(nik)) };
    }
    if (opId === 'postConfirmationBatch') {
      body = { ...(cell.body as object), records: nextNiks(2).map((nik) => ({ nik, status: 'active', asOf: '2024-11-30' })) };
    }
    return {
      method: op.method,
      url: `${fillPath(op.path, { agreementId: AGREEMENT, ...cell.params })}${cell.query ? `?${cell.query}` : ''}`,
      headers: { ...(authorization ? { authorization: `Bearer ${authorization}` } : {}), ...cell.headers?.() },
      ...(body !== undefined ? { payload: body as object } : {}),
    };
  };

  const tally = {
    forbiddenReads: 0,
    forbiddenWrites: 0,
    readsSucceeded: 0,
    writesSucceeded: 0,
    changed: 0,
    leaked: 0,
    allowedReads: 0,
  };

  for (const [opId, cell] of Object.entries(matrix)) {
    const op = securedOp(opId);
    await t.test(`${op.method} ${op.path}`, async (t) => {
      for (const attacker of Object.keys(ATTACKERS) as Attacker[]) {
        const before = await fingerprint();
        const res: LightMyRequestResponse = await app.inject(request(opId, cell, bearers[attacker]));
        responses.push(res.body);
        const changed = changedTables(before, await fingerprint());
        if (changed.length > 0) tally.changed++;
        t.same(changed, [], `${ATTACKERS[attacker]}: no table changed`);

        if (cell.allowed.includes(attacker)) {
          tally.allowedReads++;
          t.equal(res.statusCode, 200, `${ATTACKERS[attacker]} may read it (policy)`);
          const hidden = (cell.hide?.[attacker] ?? []).filter((text) => res.body.includes(text));
          if (hidden.length > 0) tally.leaked++;
          t.same(hidden, [], `${ATTACKERS[attacker]} sees nothing beyond its reach`);
          continue;
        }

        const isRead = op.method === 'GET';
        if (isRead) tally.forbiddenReads++;
        else tally.forbiddenWrites++;
        if (res.statusCode < 400) {
          if (isRead) tally.readsSucceeded++;
          else tally.writesSucceeded++;
        }
        const expected = attacker === 'expired' || attacker === 'anonymous' ? [401] : [403, 404];
        t.ok(expected.includes(res.statusCode), `${ATTACKERS[attacker]} is refused (${res.statusCode}, expected ${expected.join(' or ')})`);
        const body = res.json() as Record<string, unknown>;
        const extraKeys = Object.keys(body).filter((k) => !PROBLEM_KEYS.has(k));
        const markers = Object.values(MARKERS).filter((marker) => res.body.includes(marker));
        const leaky =
          res.headers['content-type'] !== 'application/problem+json' ||
          extraKeys.length > 0 ||
          markers.length > 0 ||
          res.headers.etag !== undefined ||
          res.headers.location !== undefined;
        if (leaky) tally.leaked++;
        t.notOk(
          leaky,
          `${ATTACKERS[attacker]}: the answer is a bare problem (extra keys: ${extraKeys.join(', ') || 'none'}; markers: ${markers.length})`,
        );
      }
    });
  }

  await t.test('references smuggled inside a caller’s own request are refused too', async (t) => {
    const dishub = as('agency', 'dishub');
    // dishub posts its own batch but credits it to dinkes's commitment.
    const before = await fingerprint();
    const smuggled = await dishub({
      method: 'POST',
      url: `/v1/agreements/${AGREEMENT}/batches`,
      headers: key(),
      payload: { commitmentId, records: nextNiks(2).map((nik) => record(nik)) },
    });
    responses.push(smuggled.body);
    tally.forbiddenWrites++;
    if (smuggled.statusCode < 400) tally.writesSucceeded++;
    t.equal(smuggled.statusCode, 422, "another agency's commitmentId is refused");
    const changed = changedTables(before, await fingerprint());
    if (changed.length > 0) tally.changed++;
    t.same(changed, []);

    // dishub lists batches without naming an agency: only its own come back.
    const list = await dishub({ url: `/v1/agreements/${AGREEMENT}/batches` });
    responses.push(list.body);
    tally.forbiddenReads++;
    const sees = list.body.includes(batchId) || list.body.includes(MARKERS.batch);
    if (sees) tally.readsSucceeded++;
    t.equal(list.statusCode, 200);
    t.notOk(sees, "dinkes's batch is not in dishub's list");
  });

  await t.test('the rightful caller makes each call: the requests were valid, only the callers were wrong', async (t) => {
    let succeeded = 0;
    for (const [opId, cell] of Object.entries(matrix)) {
      const bearer = cell.rightful === 'admin' ? token({ role: 'admin' }) : token({ role: 'agency', agency: 'dinkes' });
      const res = await app.inject(request(opId, cell, bearer));
      responses.push(res.body);
      if (res.statusCode >= 200 && res.statusCode < 300) succeeded++;
      t.ok(res.statusCode >= 200 && res.statusCode < 300, `${opId} by ${cell.rightful === 'admin' ? 'an admin' : 'dinkes'}: ${res.statusCode}`);
    }
    t.equal(succeeded, Object.keys(matrix).length);
  });

  const denied = tally.forbiddenReads + tally.forbiddenWrites;
  recordFigure(t, {
    line: 5,
    name: 'access',
    figure:
      `${tally.readsSucceeded} of ${count(tally.forbiddenReads)} forbidden reads and ${tally.writesSucceeded} of ${count(tally.forbiddenWrites)} forbidden writes succeeded ` +
      `(${secured.length} routes × ${Object.keys(ATTACKERS).length} callers); database changed by ${tally.changed} of ${count(denied + tally.allowedReads)} calls; ${tally.leaked} answers leaked the object`,
    goal: '0 succeeded, 0 changed, 0 leaked',
    ok: tally.readsSucceeded === 0 && tally.writesSucceeded === 0 && tally.changed === 0 && tally.leaked === 0 && denied > 0,
  });

  const scan = scanForNiks(niks.slice(0, nikCursor), {
    dump: await dumpDatabase(database.url as string),
    logs: logs.text,
    responses,
  });
  recordFigure(t, privacyFigure('access', scan));
});
