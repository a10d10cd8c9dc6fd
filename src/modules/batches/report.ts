import type { BatchRow } from '../../db/schema.js';
import { outcomeStatus, type PreparedBatch } from '../../domain/batch-rules.js';
import type { RecordError } from '../../domain/enrollment-record.js';
import type { Batch } from './schemas.js';

/** What a batch is posted as: the agreement, the reporting agency, and the agency's own references. */
export interface BatchHeader {
  agreementId: string;
  agencyCode: string;
  commitmentId: string | null;
  externalRef: string | null;
}

/** A stored batch as the API shows it. */
export function toBatch(row: BatchRow): Batch {
  return {
    id: row.id,
    dryRun: false,
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
    rejected: row.rejected,
    credited: row.credited,
    errors: row.errors as RecordError[],
    createdAt: row.createdAt.toISOString(),
    void:
      row.voidedAt && row.voidedBy && row.voidReason
        ? { at: row.voidedAt.toISOString(), by: row.voidedBy, reason: row.voidReason }
        : null,
  };
}

/** The report of a batch that was not written, given how many of its workers are already credited. */
export function dryRunReport(
  batch: BatchHeader,
  prepared: PreparedBatch,
  holders: { inRegion: number; sameAgency: number; otherAgency: number },
): Batch {
  return {
    id: null,
    dryRun: true,
    agreementId: batch.agreementId,
    agency: batch.agencyCode,
    commitmentId: batch.commitmentId,
    externalRef: batch.externalRef,
    status: outcomeStatus(prepared.received, prepared.rejected),
    received: prepared.received,
    accepted: holders.inRegion - holders.sameAgency - holders.otherAgency,
    duplicates: { inBatch: prepared.inBatch, sameAgency: holders.sameAgency, otherAgency: holders.otherAgency },
    outOfRegion: prepared.outOfRegion,
    rejected: prepared.rejected,
    credited: 0,
    errors: prepared.errors,
    createdAt: null,
    void: null,
  };
}
