import { checkRecord, emptyRecordFields, type RecordError, type RecordErrorCode, type RecordRules, readValidRecord } from './enrollment-record.js';

/**
 * How a batch's records are prepared and classified before anything is written (pure: no I/O).
 *
 * Each record of a batch is classified once, first match wins (docs/domain.md §6.2):
 *   1. `rejected`    — invalid (the record rules in enrollment-record.ts name each error);
 *   2. `inBatch`     — repeats the NIK of an earlier valid record of the same batch;
 *   3. `outOfRegion` — valid, but the NIK is not of the agreement's province: kept, never counted;
 *   4. `outOfScope`  — valid and in region, but of a segment the agreement's indicator does not
 *                      count (`countedSegments`, e.g. JAKON under the 2025 NKS): kept, never counted;
 *   5. `sameAgency`  — already credited to the posting agency;
 *   6. `otherAgency` — already credited to another agency;
 *   7. `accepted`    — newly covered: credited to the posting agency.
 * Steps 1–4 are decided here, from the batch alone. Steps 5–7 depend on what is already credited
 * and are decided by the database when the records are inserted (see the credit rule at the top of
 * src/modules/batches/repository.ts: who gets credit for a duplicate NIK, and where credit falls
 * back when a batch is voided). A dry run or validation stops after step 4. `received` is the sum of
the seven.
 */

/** The valid records of a batch, column by column (in-batch repeats already removed). */
export interface RecordColumns {
  recordIndex: number[];
  /** HMAC-SHA256 of each NIK: 32 bytes per record, back to back (see `nikHashHex`). */
  nikHash: Buffer;
  inRegion: boolean[];
  /** The segment is one the agreement counts (step 4); only in-region, in-scope records can earn credit. */
  inScope: boolean[];
  segment: string[];
  programs: number[];
  enrolledOn: string[];
  regency: string[];
  sex: string[];
  kota: (string | null)[];
  ref: (string | null)[];
}

/** The NIK hash of record `i` of `columns`, as hex. */
export const nikHashHex = (columns: RecordColumns, i: number) => columns.nikHash.toString('hex', 32 * i, 32 * i + 32);

/**
 * At most this many record errors are listed in a report: those of the first invalid records,
 * whole records only (a record's errors are all listed or none). Every error is counted in
 * `errorCounts` whatever the cap. Without it, a batch of 10,000 bad records answered with
 * 60,000 errors (7 MB), kept twice (the batch and its idempotency record).
 */
export const MAX_LISTED_ERRORS = 1_000;

export type ErrorCounts = Partial<Record<RecordErrorCode, number>>;

/**
 * A list of record errors (in record order) cut to MAX_LISTED_ERRORS, whole records only: for
 * reports stored before the cap existed.
 */
export function capListedErrors(errors: RecordError[]): RecordError[] {
  if (errors.length <= MAX_LISTED_ERRORS) return errors;
  let end = MAX_LISTED_ERRORS;
  const cut = errors[end]?.index;
  while (end > 0 && errors[end - 1]?.index === cut) end--;
  return errors.slice(0, end);
}

/**
 * A batch's record errors as reports keep them: every one counted by code, the first listed up to
 * MAX_LISTED_ERRORS (a record's errors all or none). Shared by enrollment and confirmation batches.
 */
export class ErrorList<E extends { code: string }> {
  readonly listed: E[] = [];
  readonly counts: Partial<Record<E['code'], number>> = {};
  truncated = false;
  add(recordErrors: E[]): void {
    for (const error of recordErrors) {
      const code = error.code as E['code'];
      this.counts[code] = (this.counts[code] ?? 0) + 1;
    }
    if (!this.truncated && this.listed.length + recordErrors.length <= MAX_LISTED_ERRORS) {
      for (const error of recordErrors) this.listed.push(error);
    } else this.truncated = true;
  }
}

/** The records of a batch after validation (steps 1–3), ready to be checked against credits. */
export interface PreparedBatch {
  received: number;
  /** The first MAX_LISTED_ERRORS errors at most (see `errorsTruncated`). */
  errors: RecordError[];
  /** Every record error by code, listed or not. */
  errorCounts: ErrorCounts;
  /** True when some errors are counted but not listed. */
  errorsTruncated: boolean;
  rejected: number;
  inBatch: number;
  /** Valid, first occurrence of each worker. */
  columns: RecordColumns;
  outOfRegion: number;
  /** In region, but of a segment the agreement does not count. */
  outOfScope: number;
}

/** Writes HMAC(pepper, nik) — 32 bytes — into `out` at `offset`: the only form in which a NIK is kept. */
export type NikHashInto = (nik: string, out: Uint8Array, offset: number) => void;

const emptyColumns = (): RecordColumns => ({
  recordIndex: [],
  nikHash: Buffer.alloc(0),
  inRegion: [],
  inScope: [],
  segment: [],
  programs: [],
  enrolledOn: [],
  regency: [],
  sex: [],
  kota: [],
  ref: [],
});

/**
 * Validates, deduplicates and hashes a batch's records into columns, in one loop. A valid
 * record takes the fast path (no objects made per record); any other is checked again by
 * `checkRecord`, which names its errors (and has the last word on validity). In-batch repeats
 * are found by NIK before hashing: the same NIK is the same hash.
 */
export function prepareRecords(
  records: unknown[],
  rules: RecordRules,
  regionCode: string,
  hashInto: NikHashInto,
  /** The segments the agreement counts (its indicator's `countedSegments`); all when omitted. */
  countedSegments?: readonly string[],
): PreparedBatch {
  const errors = new ErrorList<RecordError>();
  const columns = emptyColumns();
  const hashes = Buffer.alloc(32 * records.length);
  const seen = new Set<string>();
  const region = Number(regionCode);
  const fields = emptyRecordFields();
  let rejected = 0;
  let inBatch = 0;
  let outOfRegion = 0;
  let outOfScope = 0;
  const counted = countedSegments ? new Set(countedSegments) : null;
  for (let index = 0; index < records.length; index++) {
    const raw = records[index];
    if (!readValidRecord(raw, rules, fields)) {
      const checked = checkRecord(raw, index, rules);
      if (Array.isArray(checked)) {
        rejected++;
        errors.add(checked);
        continue;
      }
      Object.assign(fields, checked);
    }
    if (seen.has(fields.nik)) {
      inBatch++;
      continue;
    }
    seen.add(fields.nik);
    const inRegion = fields.province === region;
    // Out of region comes first: a record of another province is `outOfRegion` whatever its segment.
    const inScope = counted === null || counted.has(fields.segment);
    if (!inRegion) outOfRegion++;
    else if (!inScope) outOfScope++;
    hashInto(fields.nik, hashes, 32 * columns.recordIndex.length);
    columns.recordIndex.push(index);
    columns.inRegion.push(inRegion);
    columns.inScope.push(inScope);
    columns.segment.push(fields.segment);
    columns.programs.push(fields.programBits);
    columns.enrolledOn.push(fields.enrolledOn);
    columns.regency.push(fields.regency);
    columns.sex.push(fields.sex);
    columns.kota.push(fields.kota);
    columns.ref.push(fields.ref);
  }
  fields.nik = '';
  columns.nikHash = hashes.subarray(0, 32 * columns.recordIndex.length);
  return {
    received: records.length,
    errors: errors.listed,
    errorCounts: errors.counts,
    errorsTruncated: errors.truncated,
    rejected,
    inBatch,
    columns,
    outOfRegion,
    outOfScope,
  };
}

/** A batch's status from its counts: `rejected` only when no record was valid. */
export function outcomeStatus(received: number, rejected: number): 'accepted' | 'partially_accepted' | 'rejected' {
  if (rejected === 0) return 'accepted';
  return rejected === received ? 'rejected' : 'partially_accepted';
}

/** Credits gained by one agency, tallied per distinct combination of the crediting records' facts. */
export interface CreditTally {
  enrolledOn: string;
  segment: string;
  programs: number;
  regency: string;
  delta: number;
}

/**
 * Splits a batch's in-region, in-scope records into the credited (tallied per distinct combination — a few
 * hundred per batch at most — rather than one rollup change per record) and the duplicates (their
 * NIK hashes, to be counted by holder). `duplicates` holds the record indexes the database did not
 * credit.
 */
export function tallyCredits(
  columns: RecordColumns,
  duplicates: ReadonlySet<number>,
): { credited: number; tally: CreditTally[]; duplicateHashes: string[] } {
  const duplicateHashes: string[] = [];
  const tally = new Map<string, CreditTally>();
  let credited = 0;
  for (let i = 0; i < columns.recordIndex.length; i++) {
    if (!columns.inRegion[i] || !columns.inScope[i]) continue;
    if (duplicates.has(columns.recordIndex[i] as number)) {
      duplicateHashes.push(nikHashHex(columns, i));
      continue;
    }
    credited++;
    const enrolledOn = columns.enrolledOn[i] as string;
    const segment = columns.segment[i] as string;
    const programs = columns.programs[i] as number;
    const regency = columns.regency[i] as string;
    const key = `${enrolledOn}|${segment}|${programs}|${regency}`;
    const change = tally.get(key);
    if (change) change.delta++;
    else tally.set(key, { enrolledOn, segment, programs, regency, delta: 1 });
  }
  return { credited, tally: [...tally.values()], duplicateHashes };
}
