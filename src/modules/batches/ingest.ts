import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Executor, pgErrorCode } from '../../db/client.js';
import type { AgreementRow } from '../../db/schema.js';
import { type NikHashInto, outcomeStatus, type PreparedBatch, prepareRecords, tallyCredits } from '../../domain/batch-rules.js';
import { type ClosedRange, inClosedPeriod } from '../../domain/periods.js';
import type { Segment } from '../../domain/programs.js';
import { type Clock, wibDate } from '../../domain/time.js';
import { ConflictError, ForbiddenError, NotFoundError, ServiceUnavailableError, UnprocessableError, ValidationError } from '../../errors.js';
import { type RequestContext, requireActingFor } from '../../lib/context.js';
import { findAgreement, findParty } from '../agreements/repository.js';
import { recordAudit } from '../audit/repository.js';
import { findCommitment } from '../commitments/repository.js';
import { applyLabelChanges, creditLabels } from '../confirmations/repository.js';
import { closedRanges } from '../periods/repository.js';
import { applyAgencyStats, applyCreditChanges } from '../progress/repository.js';
import { emitEvent } from '../webhooks/outbox.js';
import type { BatchHeader } from './report.js';
import { toBatch } from './report.js';
import { CreditsMovedError, insertBatch, insertRecords, lockAgreement, lockCreditHolders, updateBatch } from './repository.js';
import type { Batch } from './schemas.js';

/**
 * The ingest pipeline, without HTTP: check who posts for which agreement (`resolveBatchTarget`),
 * then validate, classify and write a list of records as one batch (`ingestBatch`). `POST
 * /batches` runs it once per request; an import runs it once per chunk of a file.
 */

/** Where a batch goes, checked: the agreement's rules and the agency (and commitment) it counts for. */
export interface BatchTarget extends BatchHeader {
  agreement: Pick<AgreementRow, 'id' | 'regionCode' | 'periodStart' | 'targetDate' | 'countedSegments'>;
  /** Set when the batch counts toward a commitment for one segment: every record must be of it. */
  commitmentSegment: Segment | null;
  /** The agreement's closed reporting periods when the target was resolved: records dated in them are rejected. */
  closedPeriods: ClosedRange[];
}

/**
 * Checks that `ctx` may post for the agency to the agreement and that the commitment (if any) is
 * one of that agency's enrollment commitments under it. `agency` defaults to the token's agency.
 * Throws ValidationError (no agency), NotFoundError (no agreement), ForbiddenError (not the
 * agency's token, or not a party), UnprocessableError (commitment).
 */
export async function resolveBatchTarget(
  exec: Executor,
  ctx: RequestContext,
  agreementId: string,
  envelope: { agency?: string; commitmentId?: string | null; externalRef?: string | null },
): Promise<BatchTarget> {
  const { principal } = ctx;
  const agencyCode = envelope.agency ?? (principal.role === 'agency' ? principal.agency : undefined);
  if (!agencyCode) {
    throw new ValidationError('`agency` is required unless the token is an agency’s.', [
      { in: 'body', pointer: '/agency', code: 'required', message: 'Name the reporting agency.' },
    ]);
  }
  requireActingFor(ctx, agencyCode);
  const agreement = await findAgreement(exec, agreementId);
  if (!agreement) throw new NotFoundError(`Agreement \`${agreementId}\` does not exist.`);
  if (!(await findParty(exec, agreementId, agencyCode))) {
    throw new ForbiddenError(`Agency \`${agencyCode}\` is not a party of \`${agreementId}\`.`);
  }
  let commitmentSegment: Segment | null = null;
  if (envelope.commitmentId) {
    const commitment = await findCommitment(exec, envelope.commitmentId);
    if (!commitment || commitment.agreementId !== agreementId || commitment.agencyCode !== agencyCode || commitment.kind !== 'enrollment') {
      throw new UnprocessableError(
        `\`commitmentId\` must name an enrollment commitment of \`${agencyCode}\` under \`${agreementId}\`.`,
        'invalid-commitment',
      );
    }
    commitmentSegment = commitment.segment;
  }
  return {
    agreement,
    agreementId,
    agencyCode,
    commitmentId: envelope.commitmentId ?? null,
    externalRef: envelope.externalRef ?? null,
    commitmentSegment,
    closedPeriods: await closedRanges(exec, agreementId),
  };
}

/** Validates and deduplicates records against the target's rules (today taken from `clock`, in WIB). */
export function prepareBatch(target: BatchTarget, records: unknown[], options: { clock: Clock; hashInto: NikHashInto }): PreparedBatch {
  return prepareRecords(
    records,
    {
      today: wibDate(options.clock()),
      periodStart: target.agreement.periodStart,
      targetDate: target.agreement.targetDate,
      commitmentSegment: target.commitmentSegment,
      closedPeriods: target.closedPeriods,
    },
    target.agreement.regionCode,
    options.hashInto,
    target.agreement.countedSegments,
  );
}

const RETRYABLE = new Set(['40P01', '40001']);
/** Attempts in all before a conflicting write gives up; with the backoff below, about a second. */
const MAX_ATTEMPTS = 8;

/**
 * Runs `work` (a whole transaction) again when the database asks for a retry — a deadlock, a
 * serialization failure, or a void that moved credits mid-batch (CreditsMovedError). Each retry
 * waits a random time below an exponentially growing cap (full jitter), so writers that collided
 * once do not collide again in step. A write still conflicting after MAX_ATTEMPTS is a 503 with
 * `Retry-After`: the client's request was fine and nothing of it was written.
 */
export async function withRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!RETRYABLE.has(pgErrorCode(error) ?? '')) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new ServiceUnavailableError(`The write conflicted with concurrent writes ${MAX_ATTEMPTS} times and was not made; retry it.`, 1);
      }
      await sleep(Math.random() * Math.min(320, 5 * 2 ** attempt));
    }
  }
}

export interface IngestOptions {
  clock: Clock;
  /** HMAC(NIK_PEPPER, ·) into a buffer: `nikHasher(config.nikPepper).into`. */
  hashInto: NikHashInto;
}

/**
 * Writes `records` as one batch of `target` in `tx`, which must be a transaction (the locks on
 * the holders of its duplicates are held until it ends): the batch row, its records, their credits, the rollups and an
 * audit entry, all or nothing with the caller's transaction. Returns the batch's report, as
 * `GET /batches/{id}` will show it. Invalid records are reported in it, not thrown; a batch of
 * only invalid records is still written (status `rejected`). `records` must hold at most
 * MAX_RECORDS (schemas.ts) records: split larger inputs into several batches. May throw a
 * retryable error (SQLSTATE 40001 or 40P01, e.g. a concurrent void moved a credit the batch
 * relied on): run the caller's transaction in `withRetry`.
 */
export async function ingestBatch(
  tx: Executor,
  ctx: RequestContext,
  target: BatchTarget,
  records: unknown[],
  options: IngestOptions,
): Promise<Batch> {
  return writeBatch(tx, ctx, target, prepareBatch(target, records, options), options.clock);
}

/** The write half of `ingestBatch`, for records already prepared. */
export async function writeBatch(tx: Executor, ctx: RequestContext, batch: BatchHeader, prepared: PreparedBatch, clock: Clock): Promise<Batch> {
  const id = randomUUID();
  const { columns } = prepared;
  const countable = prepared.columns.recordIndex.length - prepared.outOfRegion - prepared.outOfScope;
  const createdAt = clock();
  const header = {
    agreementId: batch.agreementId,
    agencyCode: batch.agencyCode,
    commitmentId: batch.commitmentId,
    externalRef: batch.externalRef,
  };

  // Shared with every batch of the agreement; a PATCH narrowing its period, and a reporting
  // period's close, take it exclusively.
  await lockAgreement(tx, batch.agreementId, 'shared');
  // The records were checked against the period, and the closed reporting periods, before this
  // lock; a PATCH narrowing the period or a close holds the lock exclusively while it checks and
  // commits, so what is read now is what counts. A batch that raced a close is thus either in
  // the close's snapshot (it committed first) or refused here (docs/domain.md §12.3).
  const agreement = await findAgreement(tx, batch.agreementId);
  if (agreement && prepared.columns.enrolledOn.some((day) => day < agreement.periodStart || day > agreement.targetDate)) {
    throw new ConflictError('The agreement’s period changed while this batch was being checked; send it again.', 'period-changed');
  }
  // The same for the counted segments (a PATCH changes them only while the agreement has no batch).
  if (agreement && columns.segment.some((segment, i) => columns.inScope[i] !== agreement.countedSegments.includes(segment))) {
    throw new ConflictError('The agreement’s counted segments changed while this batch was being checked; send it again.', 'period-changed');
  }
  const closed = await closedRanges(tx, batch.agreementId);
  if (closed.length > 0 && prepared.columns.enrolledOn.some((day) => inClosedPeriod(day, closed))) {
    throw new ConflictError('A reporting period was closed while this batch was being checked; send it again.', 'period-changed');
  }
  // Inserted first with a provisional split (its counts must add up); finalised below.
  await insertBatch(tx, {
    id,
    ...header,
    status: outcomeStatus(prepared.received, prepared.rejected),
    received: prepared.received,
    accepted: countable,
    duplicatesInBatch: prepared.inBatch,
    duplicatesSameAgency: 0,
    duplicatesOtherAgency: 0,
    outOfRegion: prepared.outOfRegion,
    outOfScope: prepared.outOfScope,
    rejected: prepared.rejected,
    credited: 0,
    errors: prepared.errors,
    errorCounts: prepared.errorCounts,
    errorsTruncated: prepared.errorsTruncated,
    createdBy: ctx.principal.sub,
    createdAt,
  });

  const duplicates = await insertRecords(tx, { agreementId: batch.agreementId, batchId: id, agencyCode: batch.agencyCode }, columns);
  const { credited, tally, duplicateHashes } = tallyCredits(columns, duplicates);
  // The holders of our duplicates stay put until we commit (see the rule in repository.ts); one
  // that a void released after our insert means our classification is stale: start again.
  const { sameAgency, otherAgency } = await lockCreditHolders(tx, batch.agreementId, batch.agencyCode, duplicateHashes);
  if (sameAgency + otherAgency !== duplicateHashes.length) throw new CreditsMovedError();
  // BPJS's labels of the workers just credited now count for this agency (docs/domain.md §11).
  await applyLabelChanges(tx, batch.agreementId, await creditLabels(tx, batch.agreementId, id, batch.agencyCode));
  await applyCreditChanges(
    tx,
    batch.agreementId,
    tally.map((change) => ({ agencyCode: batch.agencyCode, ...change })),
  );
  await applyAgencyStats(tx, batch.agreementId, [
    {
      agencyCode: batch.agencyCode,
      credited,
      duplicatesReported: prepared.inBatch + sameAgency + otherAgency,
      batches: 1,
      received: prepared.received,
      rejected: prepared.rejected,
      outOfRegion: prepared.outOfRegion,
      outOfScope: prepared.outOfScope,
      lastBatchAt: createdAt,
    },
  ]);
  const row = await updateBatch(tx, id, {
    accepted: credited,
    duplicatesSameAgency: sameAgency,
    duplicatesOtherAgency: otherAgency,
    credited,
  });
  await recordAudit(tx, ctx, {
    action: 'batch.create',
    entityType: 'batch',
    entityId: id,
    details: { agreementId: batch.agreementId, agency: batch.agencyCode, received: row.received, accepted: row.accepted },
  });
  await emitEvent(tx, 'batch.created', {
    batchId: id,
    agreementId: batch.agreementId,
    agency: batch.agencyCode,
    commitmentId: batch.commitmentId,
    status: row.status as 'accepted' | 'partially_accepted' | 'rejected',
    received: row.received,
    accepted: row.accepted,
    rejected: row.rejected,
    createdAt: row.createdAt.toISOString(),
    links: { batch: `/v1/batches/${id}` },
  });
  return toBatch(row);
}
