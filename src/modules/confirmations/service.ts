import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Config } from '../../config.js';
import { type Database, type Executor, readSnapshot } from '../../db/client.js';
import { agreementParties, type ConfirmationBatchRow, type OfficialFigureRow } from '../../db/schema.js';
import { outcomeStatus } from '../../domain/batch-rules.js';
import { type ConfirmationError, type PreparedConfirmations, prepareConfirmations } from '../../domain/confirmation-record.js';
import { type Clock, wibDate } from '../../domain/time.js';
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../../errors.js';
import { type RequestContext, requireActingFor } from '../../lib/context.js';
import { CursorKeys, decodeCursor, paginate } from '../../lib/cursor.js';
import type { Page } from '../../schemas/common.js';
import { findAgreement, findParty } from '../agreements/repository.js';
import type { AgreementService } from '../agreements/service.js';
import { recordAudit } from '../audit/repository.js';
import { requestFingerprint, unquoteKey, withIdempotencyKey } from '../batches/idempotency.js';
import { withRetry } from '../batches/ingest.js';
import { type NikHasher, nikHasher } from '../batches/nik-hmac.js';
import type { ExportSheet } from '../exports/schemas.js';
import { emitEvent } from '../webhooks/outbox.js';
import {
  applyLabelChanges,
  findConfirmationBatch,
  insertConfirmationBatch,
  insertConfirmations,
  insertOfficialFigure,
  listConfirmationBatches,
  listOfficialFigures,
  listUnconfirmed,
  lockForLabels,
  relabelAfterVoid,
  type UnconfirmedRow,
  type UnconfirmedStatus,
  updateConfirmationBatch,
} from './repository.js';
import type {
  ConfirmationBatch,
  ConfirmationEnvelope,
  ConfirmationValidation,
  OfficialFigure,
  OfficialFigureCreate,
  UnconfirmedPage,
} from './schemas.js';

export type ConfirmationPostOutcome =
  | { status: 201; body: ConfirmationBatch; replayed: boolean }
  | { status: 200; body: ConfirmationValidation; replayed: false };

/** Validation never stores a hash, so it computes none. */
const noHash = () => {};

/** Idempotency keys of confirmations live apart from the same agency's enrollment-batch keys. */
const KEY_SCOPE = 'confirmations\u0000';

export function toConfirmationBatch(row: ConfirmationBatchRow): ConfirmationBatch {
  return {
    id: row.id,
    agreementId: row.agreementId,
    agency: row.agencyCode,
    externalRef: row.externalRef,
    status: row.status,
    asOf: row.asOf,
    received: row.received,
    accepted: row.accepted,
    inBatch: row.duplicatesInBatch,
    outOfRegion: row.outOfRegion,
    rejected: row.rejected,
    byStatus: { active: row.active, inactive: row.inactive, notFound: row.notFound },
    errors: row.errors as ConfirmationError[],
    errorCounts: row.errorCounts as ConfirmationBatch['errorCounts'],
    errorsTruncated: row.errorsTruncated,
    createdAt: row.createdAt.toISOString(),
    void: row.voidedAt && row.voidedBy && row.voidReason ? { at: row.voidedAt.toISOString(), by: row.voidedBy, reason: row.voidReason } : null,
  };
}

const toOfficialFigure = (row: OfficialFigureRow): OfficialFigure => ({
  id: row.id,
  agreementId: row.agreementId,
  workers: row.workers,
  percent: row.percent === null ? null : Number(row.percent),
  workforce: row.workforce,
  asOf: row.asOf,
  source: row.source,
  createdAt: row.createdAt.toISOString(),
});

const UNCONFIRMED_CSV_COLUMNS: ExportSheet['columns'] = [
  { header: 'batch', kind: 'text' },
  { header: 'baris_batch', kind: 'int' },
  { header: 'tanggal_terdaftar', kind: 'date' },
  { header: 'segmen', kind: 'text' },
  { header: 'ref', kind: 'text' },
  { header: 'status', kind: 'text' },
];

/**
 * BPJS's confirmations (docs/domain.md §11): posts and voids of confirmation batches by the
 * agreement's counterpart, official figures, and each agency's list of what BPJS did not confirm.
 * The counting rule is in repository.ts.
 */
export class ConfirmationService {
  private readonly nikHasher: NikHasher;

  constructor(
    private readonly db: Database,
    private readonly agreements: AgreementService,
    private readonly config: Pick<Config, 'nikPepper' | 'idempotencyTtlHours'>,
    private readonly clock: Clock,
  ) {
    this.nikHasher = nikHasher(config.nikPepper);
  }

  /**
   * The counterpart (BPJS) an admin or the counterpart's own token acts for; anyone else is a 403.
   * Throws NotFoundError for an unknown agreement, UnprocessableError when it has no counterpart.
   */
  async counterpartFor(ctx: RequestContext, agreementId: string, exec: Executor = this.db): Promise<string> {
    const { principal } = ctx;
    if (principal.role === 'viewer') throw new ForbiddenError('Only the agreement’s counterpart (BPJS) or an admin may do this.');
    await this.agreements.readable(ctx, agreementId, exec);
    if (principal.role === 'agency') {
      const party = await findParty(exec, agreementId, principal.agency);
      if (party?.role !== 'counterpart') throw new ForbiddenError('Only the agreement’s counterpart (BPJS) or an admin may do this.');
      return principal.agency;
    }
    const [counterpart] = await exec
      .select({ code: agreementParties.agencyCode })
      .from(agreementParties)
      .where(and(eq(agreementParties.agreementId, agreementId), eq(agreementParties.role, 'counterpart')))
      .limit(1);
    if (!counterpart) throw new UnprocessableError(`Agreement \`${agreementId}\` has no counterpart to post confirmations for.`);
    return counterpart.code;
  }

  private async prepare(agreementId: string, records: unknown[], hash: boolean) {
    // The caller checked the agreement is readable (counterpartFor); only its region is needed.
    const agreement = await findAgreement(this.db, agreementId);
    if (!agreement) throw new NotFoundError(`Agreement \`${agreementId}\` does not exist.`);
    return prepareConfirmations(records, wibDate(this.clock()), agreement.regionCode, hash ? this.nikHasher.into : noHash);
  }

  async post(
    ctx: RequestContext,
    agreementId: string,
    input: ConfirmationEnvelope,
    options: { idempotencyKey?: string; dryRun: boolean; bodyHash?: Buffer },
  ): Promise<ConfirmationPostOutcome> {
    // Every post needs the key, a dry run too: the document states one rule for the operation (a
    // header cannot be required only for some query values), and the server keeps it.
    const key = unquoteKey(options.idempotencyKey);
    if (!key) {
      throw new BadRequestError('Send an `Idempotency-Key` header (e.g. a UUID) so the batch can be retried safely.', 'idempotency-key-missing');
    }
    const agencyCode = await this.counterpartFor(ctx, agreementId);
    const header = { agreementId, agency: agencyCode, externalRef: input.externalRef ?? null };
    if (options.dryRun) {
      const prepared = await this.prepare(agreementId, input.records, false);
      await recordAudit(this.db, ctx, {
        action: 'confirmation.validate',
        entityType: 'agreement',
        entityId: agreementId,
        announce: false,
        details: { received: prepared.received, rejected: prepared.rejected },
      });
      return { status: 200, body: { ...header, ...this.counts(prepared), ...this.errorReport(prepared) }, replayed: false };
    }
    const prepared = await this.prepare(agreementId, input.records, true);
    const fingerprint = requestFingerprint(`confirmations/${agreementId}`, input, options.bodyHash);
    return withRetry(() =>
      this.db.transaction(async (tx) => {
        const outcome = await withIdempotencyKey<ConfirmationBatch>(
          tx,
          { agencyCode, key: `${KEY_SCOPE}${key}`, fingerprint, clock: this.clock, ttlHours: this.config.idempotencyTtlHours },
          async () => ({ status: 201, body: await this.write(tx, ctx, { agreementId, agencyCode, externalRef: header.externalRef }, prepared) }),
        );
        return { status: 201 as const, body: outcome.body, replayed: outcome.replayed };
      }),
    );
  }

  private counts(prepared: PreparedConfirmations) {
    const accepted = prepared.byStatus.active + prepared.byStatus.inactive + prepared.byStatus.not_found;
    return {
      received: prepared.received,
      accepted,
      inBatch: prepared.inBatch,
      outOfRegion: prepared.outOfRegion,
      rejected: prepared.rejected,
      byStatus: { active: prepared.byStatus.active, inactive: prepared.byStatus.inactive, notFound: prepared.byStatus.not_found },
    };
  }

  private errorReport(prepared: PreparedConfirmations) {
    return { errors: prepared.errors, errorCounts: prepared.errorCounts, errorsTruncated: prepared.errorsTruncated };
  }

  /** Writes one confirmation batch in `tx` (a transaction): its records, the labels they change, the rollups, an audit row. */
  async write(
    tx: Executor,
    ctx: RequestContext,
    batch: { agreementId: string; agencyCode: string; externalRef: string | null },
    prepared: PreparedConfirmations,
  ): Promise<ConfirmationBatch> {
    await lockForLabels(tx, batch.agreementId);
    const counts = this.counts(prepared);
    const row = await insertConfirmationBatch(tx, {
      id: randomUUID(),
      agreementId: batch.agreementId,
      agencyCode: batch.agencyCode,
      externalRef: batch.externalRef,
      status: outcomeStatus(prepared.received, prepared.rejected),
      received: counts.received,
      accepted: counts.accepted,
      duplicatesInBatch: counts.inBatch,
      outOfRegion: counts.outOfRegion,
      rejected: counts.rejected,
      active: counts.byStatus.active,
      inactive: counts.byStatus.inactive,
      notFound: counts.byStatus.notFound,
      asOf: prepared.asOf,
      errors: prepared.errors,
      errorCounts: prepared.errorCounts,
      errorsTruncated: prepared.errorsTruncated,
      createdBy: ctx.principal.sub,
      createdAt: this.clock(),
    });
    const changes = await insertConfirmations(tx, { agreementId: batch.agreementId, batchId: row.id, seq: row.seq }, prepared.columns);
    await applyLabelChanges(tx, batch.agreementId, changes);
    await recordAudit(tx, ctx, {
      action: 'confirmation.create',
      entityType: 'confirmation_batch',
      entityId: row.id,
      details: { agreementId: batch.agreementId, received: row.received, accepted: row.accepted },
    });
    await emitEvent(tx, 'confirmation.completed', {
      confirmationBatchId: row.id,
      agreementId: row.agreementId,
      agency: row.agencyCode,
      status: outcomeStatus(prepared.received, prepared.rejected),
      received: row.received,
      accepted: row.accepted,
      rejected: row.rejected,
      active: row.active,
      inactive: row.inactive,
      notFound: row.notFound,
      asOf: row.asOf,
      createdAt: row.createdAt.toISOString(),
      links: { confirmation: `/v1/confirmations/${row.id}` },
    });
    return toConfirmationBatch(row);
  }

  private async readableBatch(ctx: RequestContext, id: string): Promise<ConfirmationBatchRow> {
    const row = await findConfirmationBatch(this.db, id);
    if (!row) throw new NotFoundError(`Confirmation batch \`${id}\` does not exist.`);
    if (ctx.principal.role !== 'admin') {
      const party = ctx.principal.role === 'agency' ? await findParty(this.db, row.agreementId, ctx.principal.agency) : undefined;
      if (party?.role !== 'counterpart') throw new ForbiddenError('Only the agreement’s counterpart (BPJS) or an admin may do this.');
    }
    return row;
  }

  async get(ctx: RequestContext, id: string): Promise<ConfirmationBatch> {
    return toConfirmationBatch(await this.readableBatch(ctx, id));
  }

  async list(ctx: RequestContext, agreementId: string, query: { limit: number; cursor?: string }) {
    await this.counterpartFor(ctx, agreementId);
    const [beforeSeq] = decodeCursor(query.cursor, CursorKeys.int53) ?? [];
    const rows = await listConfirmationBatches(this.db, { agreementId, beforeSeq: beforeSeq as number | undefined, limit: query.limit });
    const page = paginate(rows, query.limit, (row) => [row.seq]);
    return {
      items: page.items.map((row) => {
        const { errors: _errors, errorsTruncated: _truncated, ...rest } = toConfirmationBatch(row);
        return rest;
      }),
      nextCursor: page.nextCursor,
    };
  }

  /** Withdraws a confirmation batch: each worker it labelled takes its next latest confirmation, or none. */
  async void(ctx: RequestContext, id: string, reason: string): Promise<ConfirmationBatch> {
    const { agreementId } = await this.readableBatch(ctx, id);
    return withRetry(() =>
      this.db.transaction(async (tx) => {
        await lockForLabels(tx, agreementId);
        const row = (await findConfirmationBatch(tx, id, true)) as ConfirmationBatchRow;
        if (row.status === 'voided') throw new ConflictError(`Confirmation batch \`${id}\` is already voided.`, 'already-voided');
        const voided = await updateConfirmationBatch(tx, id, {
          status: 'voided',
          voidedAt: this.clock(),
          voidedBy: ctx.principal.sub,
          voidReason: reason,
        });
        await applyLabelChanges(tx, agreementId, await relabelAfterVoid(tx, agreementId, id));
        await recordAudit(tx, ctx, { action: 'confirmation.void', entityType: 'confirmation_batch', entityId: id, details: { reason } });
        return toConfirmationBatch(voided);
      }),
    );
  }

  async addOfficialFigure(ctx: RequestContext, agreementId: string, input: OfficialFigureCreate): Promise<OfficialFigure> {
    await this.counterpartFor(ctx, agreementId);
    return this.db.transaction(async (tx) => {
      const row = await insertOfficialFigure(tx, {
        id: randomUUID(),
        agreementId,
        asOf: input.asOf,
        workers: input.workers,
        percent: input.percent === undefined ? null : String(input.percent),
        workforce: input.workforce ?? null,
        source: input.source,
        createdBy: ctx.principal.sub,
        createdAt: this.clock(),
      });
      await recordAudit(tx, ctx, {
        action: 'official_figure.create',
        entityType: 'official_figure',
        entityId: row.id,
        details: { agreementId, asOf: row.asOf, workers: row.workers, source: row.source },
      });
      return toOfficialFigure(row);
    });
  }

  async officialFigures(ctx: RequestContext, agreementId: string, query: { limit: number; cursor?: string }): Promise<Page<OfficialFigure>> {
    await this.agreements.readable(ctx, agreementId);
    const before = decodeCursor(query.cursor, CursorKeys.dateAndUuid);
    const rows = await listOfficialFigures(this.db, { agreementId, limit: query.limit, before: before as [string, string] | undefined });
    const page = paginate(rows, query.limit, (row) => [row.asOf, row.id]);
    return { items: page.items.map(toOfficialFigure), nextCursor: page.nextCursor };
  }

  /**
   * An agency's own credited records BPJS has not confirmed active: the agency itself or an admin
   * only — it says which of the agency's workers BPJS found, so no one else may read it (§8).
   */
  private async unconfirmedReader(ctx: RequestContext, agreementId: string, agencyCode: string, exec: Executor) {
    requireActingFor(ctx, agencyCode);
    await this.agreements.readable(ctx, agreementId, exec);
    if (!(await findParty(exec, agreementId, agencyCode))) throw new NotFoundError(`Agency \`${agencyCode}\` is not a party of \`${agreementId}\`.`);
  }

  async unconfirmed(
    ctx: RequestContext,
    agreementId: string,
    agencyCode: string,
    query: { status?: UnconfirmedStatus; limit: number; cursor?: string },
  ): Promise<UnconfirmedPage> {
    await this.unconfirmedReader(ctx, agreementId, agencyCode, this.db);
    const after = decodeCursor(query.cursor, CursorKeys.seqAndIndex);
    const rows = await listUnconfirmed(this.db, { agreementId, agencyCode, status: query.status, after, limit: query.limit });
    const page = paginate(rows, query.limit, (row) => [row.seq, row.record_index]);
    return { items: page.items.map(toUnconfirmedItem), nextCursor: page.nextCursor };
  }

  /** The whole list as a sheet, read in pages from one snapshot. */
  async unconfirmedSheet(ctx: RequestContext, agreementId: string, agencyCode: string, status?: UnconfirmedStatus): Promise<ExportSheet> {
    const rows = await readSnapshot(this.db, async (tx) => {
      await this.unconfirmedReader(ctx, agreementId, agencyCode, tx);
      const all: UnconfirmedRow[] = [];
      let after: [number, number] | undefined;
      for (;;) {
        const page = await listUnconfirmed(tx, { agreementId, agencyCode, status, after, limit: 5_000 });
        all.push(...page.slice(0, 5_000));
        if (page.length <= 5_000) break;
        const last = page[4_999] as UnconfirmedRow;
        after = [last.seq, last.record_index];
      }
      return all;
    });
    await recordAudit(this.db, ctx, {
      action: 'unconfirmed.export',
      entityType: 'agreement',
      entityId: agreementId,
      announce: false,
      details: { agency: agencyCode, status: status ?? null, rows: rows.length },
    });
    return {
      title: 'Belum terkonfirmasi',
      fileName: `${agreementId}-${agencyCode}-belum-terkonfirmasi`,
      columns: UNCONFIRMED_CSV_COLUMNS,
      rows: rows.map((r) => [r.batch_id, r.record_index, r.enrolled_on, r.segment, r.ref, r.status]),
      notes: [
        `Pekerja yang dilaporkan ${agencyCode} dan belum dikonfirmasi aktif oleh BPJS Ketenagakerjaan (${agreementId}).`,
        'Tanpa NIK: cari pekerja dengan kolom ref dari data instansi Anda sendiri. Data pribadi: simpan dan bagikan sesuai UU PDP.',
      ],
    };
  }
}

function toUnconfirmedItem(row: UnconfirmedRow): UnconfirmedPage['items'][number] {
  return {
    batchId: row.batch_id,
    recordIndex: row.record_index,
    enrolledOn: row.enrolled_on,
    segment: row.segment as UnconfirmedPage['items'][number]['segment'],
    ref: row.ref,
    status: row.status,
  };
}
