import type { Config } from '../../config.js';
import type { Database } from '../../db/client.js';
import type { BatchRow } from '../../db/schema.js';
import { inClosedPeriod } from '../../domain/periods.js';
import type { Clock } from '../../domain/time.js';
import { voidDeltas } from '../../domain/void-deltas.js';
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from '../../errors.js';
import { type RequestContext, requireActingFor } from '../../lib/context.js';
import { CursorKeys, decodeCursor, paginate } from '../../lib/cursor.js';
import type { BatchObserver } from '../../lib/metrics.js';
import type { Page } from '../../schemas/common.js';
import type { AgreementService } from '../agreements/service.js';
import { recordAudit } from '../audit/repository.js';
import { applyLabelChanges, relabelMovedCredits } from '../confirmations/repository.js';
import { closedRanges } from '../periods/repository.js';
import { applyAgencyStats, applyCreditChanges } from '../progress/repository.js';
import { emitEvent } from '../webhooks/outbox.js';
import { requestFingerprint, unquoteKey, withIdempotencyKey } from './idempotency.js';
import { prepareBatch, resolveBatchTarget, withRetry, writeBatch } from './ingest.js';
import { type NikHasher, nikHasher } from './nik-hmac.js';
import { storedBatch, toBatch, validationReport } from './report.js';
import { addBatchCredits, creditNextReports, findBatch, listBatches, lockVoids, releaseCredits, updateBatch } from './repository.js';
import type { Batch, BatchEnvelope, BatchSummary, BatchValidation } from './schemas.js';

export type PostOutcome =
  | { status: 201; body: Batch; replayed: boolean }
  /** The deprecated `?dryRun=true`: the validation report. */
  | { status: 200; body: BatchValidation; replayed: false };

/**
 * A batch's records by class, as its report counts them (received, accepted, each kind of
 * duplicate, outOfRegion, rejected, and any class added later): every count but `credited`,
 * which changes after the batch.
 */
export function recordClasses(batch: Batch): Record<string, number> {
  const classes: Record<string, number> = {};
  for (const [name, value] of Object.entries({ ...batch, ...batch.duplicates })) {
    if (typeof value === 'number' && name !== 'credited') classes[name] = value;
  }
  return classes;
}

/** Validation never stores a NIK's hash, so it does not compute one. */
const noHash = () => {};

/** Batches over HTTP: post (idempotent), read, list, void. The pipeline itself is in ingest.ts. */
export class BatchService {
  constructor(
    private readonly db: Database,
    private readonly agreements: AgreementService,
    private readonly config: Pick<Config, 'nikPepper' | 'idempotencyTtlHours'>,
    private readonly clock: Clock,
  ) {
    this.nikHasher = nikHasher(config.nikPepper);
  }

  /** HMAC-SHA256(NIK_PEPPER, nik): the only form in which a NIK is kept. */
  private readonly nikHasher: NikHasher;

  /** Told of each batch committed (not replayed): metrics. */
  private batchObserver: BatchObserver | undefined;

  observeBatches(observer: BatchObserver): void {
    this.batchObserver = observer;
  }

  async post(
    ctx: RequestContext,
    agreementId: string,
    input: BatchEnvelope,
    /** `bodyHash`: SHA-256 of the body as received (else the parsed body is serialised and hashed). */
    options: { idempotencyKey?: string; dryRun: boolean; bodyHash?: Buffer },
  ): Promise<PostOutcome> {
    const { principal } = ctx;
    // Every post needs the key, the deprecated dry run too: the document states one rule for the
    // operation (a header cannot be required only for some query values), and the server keeps it.
    const idempotencyKey = unquoteKey(options.idempotencyKey);
    if (!idempotencyKey) {
      throw new BadRequestError('Send an `Idempotency-Key` header (e.g. a UUID) so the batch can be retried safely.', 'idempotency-key-missing');
    }
    const agencyCode = input.agency ?? (principal.role === 'agency' ? principal.agency : undefined);
    if (agencyCode) requireActingFor(ctx, agencyCode);

    if (options.dryRun) return { status: 200, body: await this.validate(ctx, agreementId, input), replayed: false };

    const target = await resolveBatchTarget(this.db, ctx, agreementId, input);
    const prepared = prepareBatch(target, input.records, { clock: this.clock, hashInto: this.nikHasher.into });
    const fingerprint = requestFingerprint(agreementId, input, options.bodyHash);
    const started = performance.now();
    const outcome = await withRetry(() =>
      this.db.transaction(async (tx) => {
        const outcome = await withIdempotencyKey<Batch>(
          tx,
          { agencyCode: target.agencyCode, key: idempotencyKey as string, fingerprint, clock: this.clock, ttlHours: this.config.idempotencyTtlHours },
          async () => ({ status: 201, body: await writeBatch(tx, ctx, target, prepared, this.clock) }),
        );
        return { status: 201 as const, body: outcome.replayed ? storedBatch(outcome.body) : outcome.body, replayed: outcome.replayed };
      }),
    );
    if (!outcome.replayed) this.batchObserver?.('api', recordClasses(outcome.body), (performance.now() - started) / 1000);
    return outcome;
  }

  /**
   * Checks a batch's records without writing them or reading anyone's coverage (see
   * `validationReport`). It reads personal data all the same, so it is audited — counts only.
   */
  async validate(ctx: RequestContext, agreementId: string, input: BatchEnvelope): Promise<BatchValidation> {
    const target = await resolveBatchTarget(this.db, ctx, agreementId, input);
    const report = validationReport(target, prepareBatch(target, input.records, { clock: this.clock, hashInto: noHash }));
    await recordAudit(this.db, ctx, {
      action: 'batch.validate',
      entityType: 'agreement',
      entityId: agreementId,
      announce: false,
      details: {
        agency: target.agencyCode,
        received: report.received,
        rejected: report.rejected,
        inBatch: report.inBatch,
        outOfRegion: report.outOfRegion,
        outOfScope: report.outOfScope,
        toBeChecked: report.toBeChecked,
      },
    });
    return report;
  }

  private async readableBatch(ctx: RequestContext, id: string): Promise<BatchRow> {
    const row = await findBatch(this.db, id);
    if (!row) throw new NotFoundError(`Batch \`${id}\` does not exist.`);
    requireActingFor(ctx, row.agencyCode);
    return row;
  }

  async get(ctx: RequestContext, id: string): Promise<Batch> {
    return toBatch(await this.readableBatch(ctx, id));
  }

  async list(ctx: RequestContext, agreementId: string, query: { agency?: string; limit: number; cursor?: string }): Promise<Page<BatchSummary>> {
    const { principal } = ctx;
    if (principal.role === 'viewer') throw new ForbiddenError('Batches are read by their agency and admins.');
    const agencyCode = principal.role === 'agency' ? principal.agency : query.agency;
    if (principal.role === 'agency' && query.agency && query.agency !== principal.agency) {
      throw new ForbiddenError(`An agency token for \`${principal.agency}\` reads only its own batches.`);
    }
    await this.agreements.readable(ctx, agreementId);
    const [beforeSeq] = decodeCursor(query.cursor, CursorKeys.int53) ?? [];
    const rows = await listBatches(this.db, {
      agreementId,
      agencyCode,
      beforeSeq: typeof beforeSeq === 'number' ? beforeSeq : undefined,
      limit: query.limit,
    });
    const page = paginate(rows, query.limit, (row) => [row.seq]);
    return {
      items: page.items.map((row) => {
        const { errors: _errors, errorsTruncated: _truncated, ...summary } = toBatch(row);
        const errorCount = Object.values(summary.errorCounts).reduce((sum, n) => sum + (n ?? 0), 0);
        return { ...summary, errorCount };
      }),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * Withdraws a batch: the workers it holds credit for fall back to the next agency that reported
   * them (earliest report first), or leave coverage if none did; every rollup follows.
   */
  async void(ctx: RequestContext, id: string, reason: string): Promise<Batch> {
    // A batch's agreement never changes (and batches are never deleted): the row read for the
    // permission check names the agreement to lock; the locked read gives its current state.
    const { agreementId } = await this.readableBatch(ctx, id);
    return withRetry(() =>
      this.db.transaction(async (tx) => {
        await lockVoids(tx, agreementId);
        const row = (await findBatch(tx, id, true)) as BatchRow;
        if (row.status === 'voided') throw new ConflictError(`Batch \`${id}\` is already voided.`, 'already-voided');

        const voided = await updateBatch(tx, id, {
          status: 'voided',
          credited: 0,
          voidedAt: this.clock(),
          voidedBy: ctx.principal.sub,
          voidReason: reason,
        });
        const released = await releaseCredits(tx, id);
        const gained = await creditNextReports(tx, row.agreementId, released.hashes);
        // A closed period's credits are frozen (docs/domain.md §12.3): a void that would take one
        // away, or let one fall back onto a report dated in it, is refused, and rolled back whole.
        // A close takes this void lock too, so the closed periods read here stay so until commit.
        const closed = await closedRanges(tx, row.agreementId);
        const frozen = [...released.moves, ...gained].find((move) => inClosedPeriod(move.enrolledOn, closed));
        if (frozen) {
          throw new ConflictError(
            `Voiding batch \`${id}\` would change the figures of a closed reporting period (a credit dated ${frozen.enrolledOn}); an admin reopens that period first.`,
            'period-closed',
          );
        }

        // BPJS's labels follow the credits (voids and confirmations of an agreement run one at a time).
        await applyLabelChanges(tx, row.agreementId, await relabelMovedCredits(tx, row.agreementId, row.agencyCode, released.hashes));

        const deltas = voidDeltas(row, released.moves, gained);
        await applyCreditChanges(tx, row.agreementId, deltas.credits);
        await applyAgencyStats(tx, row.agreementId, deltas.agencies);
        await addBatchCredits(tx, deltas.batchCredits);

        await recordAudit(tx, ctx, {
          action: 'batch.void',
          entityType: 'batch',
          entityId: id,
          details: { agency: row.agencyCode, reason, released: released.moves.length, fellBack: gained.length },
        });
        await emitEvent(tx, 'batch.voided', {
          batchId: id,
          agreementId: row.agreementId,
          agency: row.agencyCode,
          released: released.moves.length,
          fellBack: gained.length,
          links: { batch: `/v1/batches/${id}` },
        });
        return toBatch(voided);
      }),
    );
  }
}
