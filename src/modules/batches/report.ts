import type { BatchRow } from '../../db/schema.js';
import { capListedErrors, type ErrorCounts, type PreparedBatch } from '../../domain/batch-rules.js';
import type { RecordError } from '../../domain/enrollment-record.js';
import type { Batch, BatchValidation } from './schemas.js';

/** What a batch is posted as: the agreement, the reporting agency, and the agency's own references. */
export interface BatchHeader {
  agreementId: string;
  agencyCode: string;
  commitmentId: string | null;
  externalRef: string | null;
}

/** A stored batch as the API shows it. */
export function toBatch(row: BatchRow): Batch {
  const stored = row.errors as RecordError[];
  const errors = capListedErrors(stored);
  return {
    id: row.id,
    agreementId: row.agreementId,
    agency: row.agencyCode,
    commitmentId: row.commitmentId,
    externalRef: row.externalRef,
    status: row.status,
    received: row.received,
    accepted: row.accepted,
    duplicates: {
      inBatch: row.duplicatesInBatch,
      sameAgency: row.duplicatesSameAgency,
      otherAgency: row.duplicatesOtherAgency,
    },
    outOfRegion: row.outOfRegion,
    outOfScope: row.outOfScope,
    rejected: row.rejected,
    credited: row.credited,
    errors,
    errorCounts: row.errorCounts as ErrorCounts,
    errorsTruncated: row.errorsTruncated || errors.length < stored.length,
    createdAt: row.createdAt.toISOString(),
    void: row.voidedAt && row.voidedBy && row.voidReason ? { at: row.voidedAt.toISOString(), by: row.voidedBy, reason: row.voidReason } : null,
  };
}

/**
 * The report of a batch that was not written: validity only (steps 1–4 of batch-rules.ts). It
 * must not say whether a worker is already covered or by whom — that would let an agency test
 * NIKs against everyone's coverage without posting them — so it never reads credits.
 */
export function validationReport(batch: BatchHeader, prepared: PreparedBatch): BatchValidation {
  return {
    agreementId: batch.agreementId,
    agency: batch.agencyCode,
    commitmentId: batch.commitmentId,
    externalRef: batch.externalRef,
    received: prepared.received,
    rejected: prepared.rejected,
    inBatch: prepared.inBatch,
    outOfRegion: prepared.outOfRegion,
    outOfScope: prepared.outOfScope,
    toBeChecked: prepared.columns.recordIndex.length - prepared.outOfRegion - prepared.outOfScope,
    errors: prepared.errors,
    errorCounts: prepared.errorCounts,
    errorsTruncated: prepared.errorsTruncated,
  };
}

/**
 * A batch report stored with an idempotency record before reports counted their errors by code
 * (and carried a `dryRun` flag, and listed every error), or before they counted `outOfScope`: replayed in today's shape, so a retry
 * across an upgrade is not a 500.
 */
export function storedBatch(stored: Batch): Batch {
  // Reports stored before the agreement's indicator existed had no `outOfScope`: none was.
  const body = { ...stored, outOfScope: stored.outOfScope ?? 0 };
  if (body.errorCounts) return body;
  const { dryRun: _dryRun, ...rest } = body as Batch & { dryRun?: boolean };
  const errorCounts: ErrorCounts = {};
  for (const error of rest.errors) errorCounts[error.code] = (errorCounts[error.code] ?? 0) + 1;
  const errors = capListedErrors(rest.errors);
  return { ...rest, errors, errorCounts, errorsTruncated: errors.length < rest.errors.length };
}
