import { createHash, randomUUID } from 'node:crypto';
import type { Config } from '../../config.js';
import { type Database, type Executor, pgErrorCode } from '../../db/client.js';
import type { BatchRow } from '../../db/schema.js';
import {
  checkRecord,
  emptyRecordFields,
  type RecordError,
  type RecordRules,
  readValidRecord,
} from '../../domain/enrollment-record.js';
import type { Segment } from '../../domain/programs.js';
import { type Clock, wibDate } from '../../domain/time.js';
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnprocessableError,
  ValidationError,
} from '../../errors.js';
import { CursorKeys, decodeCursor, paginate } from '../../lib/cursor.js';
import { type RequestContext, requireActingFor } from '../../lib/context.js';
import type { Page } from '../../schemas/common.js';
import { findParty } from '../agreements/repository.js';
import type { AgreementService } from '../agreements/service.js';
import { recordAudit } from '../audit/repository.js';
import { findCommitment } from '../commitments/repository.js';
import { type AgencyStatsDelta, applyAgencyStats, applyCreditChanges, type CreditChange } from '../progress/repository.js';
import {
  addBatchCredits,
  countCreditHolders,
  type CreditMove,
  creditNextReports,
  deleteIdempotencyRecord,
  findBatch,
  findIdempotencyRecord,
  insertBatch,
  insertIdempotencyRecord,
  insertRecords,
  listBatches,
  lockAgreement,
  nikHashHex,
  type RecordColumns,
  releaseCredits,
  tryLockIdempotencyKey,
  updateBatch,
} from './repository.js';
import { type NikHasher, nikHasher } from './nik-hmac.js';
import type { Batch, BatchEnvelope, BatchSummary } from './schemas.js';

export interface PostOutcome {
  status: 200 | 201;
  body: Batch;
  replayed: boolean;
}

/** The records of a batch after validation, ready to classify. */
interface PreparedBatch {
  received: number;
  errors: RecordError[];
  rejected: number;
  inBatch: number;
  /** Valid, first occurrence of each worker. */
  columns: RecordColumns;
  outOfRegion: number;
}

const emptyColumns = (): RecordColumns => ({
  recordIndex: [],
  nikHash: Buffer.alloc(0),
  inRegion: [],
  segment: [],
  programs: [],
  enrolledOn: [],
  regency: [],
  sex: [],
  kota: [],
});

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

function outcomeStatus(received: number, rejected: number): Batch['status'] {
  if (rejected === 0) return 'accepted';
  return rejected === received ? 'rejected' : 'partially_accepted';
}

const RETRYABLE = new Set(['40P01', '40001']);

/** Deadlocks and serialization failures are the database asking for a retry; give it two. */
async function withRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= 3 || !RETRYABLE.has(pgErrorCode(error) ?? '')) throw error;
    }
  }
}

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

  /**
   * Validates, deduplicates and hashes a batch's records into columns, in one loop. A valid
   * record takes the fast path (no objects made per record); any other is checked again by
   * `checkRecord`, which names its errors (and has the last word on validity). In-batch repeats
   * are found by NIK before hashing: the same NIK is the same hash.
   */
  private prepare(records: unknown[], rules: RecordRules, regionCode: string): PreparedBatch {
    const errors: RecordError[] = [];
    const columns = emptyColumns();
    const hashes = Buffer.alloc(32 * records.length);
    const seen = new Set<string>();
    const region = Number(regionCode);
    const fields = emptyRecordFields();
    let rejected = 0;
    let inBatch = 0;
    let outOfRegion = 0;
    for (let index = 0; index < records.length; index++) {
      const raw = records[index];
      if (!readValidRecord(raw, rules, fields)) {
        const checked = checkRecord(raw, index, rules);
        if (Array.isArray(checked)) {
          rejected++;
          for (const error of checked) errors.push(error);
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
      if (!inRegion) outOfRegion++;
      this.nikHasher.into(fields.nik, hashes, 32 * columns.recordIndex.length);
      columns.recordIndex.push(index);
      columns.inRegion.push(inRegion);
      columns.segment.push(fields.segment);
      columns.programs.push(fields.programBits);
      columns.enrolledOn.push(fields.enrolledOn);
      columns.regency.push(fields.regency);
      columns.sex.push(fields.sex);
      columns.kota.push(fields.kota);
    }
    fields.nik = '';
    columns.nikHash = hashes.subarray(0, 32 * columns.recordIndex.length);
    return { received: records.length, errors, rejected, inBatch, columns, outOfRegion };
  }

  async post(
    ctx: RequestContext,
    agreementId: string,
    input: BatchEnvelope,
    /** `bodyHash`: SHA-256 of the body as received (else the parsed body is serialised and hashed). */
    options: { idempotencyKey?: string; dryRun: boolean; bodyHash?: Buffer },
  ): Promise<PostOutcome> {
    const { principal } = ctx;
    const agencyCode = input.agency ?? (principal.role === 'agency' ? principal.agency : undefined);
    if (!agencyCode) {
      throw new ValidationError('`agency` is required unless the token is an agency’s.', [
        { in: 'body', pointer: '/agency', code: 'required', message: 'Name the reporting agency.' },
      ]);
    }
    requireActingFor(ctx, agencyCode);
    const idempotencyKey = options.idempotencyKey?.replace(/^"(.*)"$/, '$1');
    if (!options.dryRun && !idempotencyKey) {
      throw new BadRequestError(
        'Send an `Idempotency-Key` header (e.g. a UUID) so the batch can be retried safely.',
        'idempotency-key-missing',
      );
    }

    const agreement = await this.agreements.readable(ctx, agreementId);
    if (!(await findParty(this.db, agreementId, agencyCode))) {
      throw new ForbiddenError(`Agency \`${agencyCode}\` is not a party of \`${agreementId}\`.`);
    }
    let commitmentSegment: Segment | null = null;
    if (input.commitmentId) {
      const commitment = await findCommitment(this.db, input.commitmentId);
      if (
        !commitment ||
        commitment.agreementId !== agreementId ||
        commitment.agencyCode !== agencyCode ||
        commitment.kind !== 'enrollment'
      ) {
        throw new UnprocessableError(
          `\`commitmentId\` must name an enrollment commitment of \`${agencyCode}\` under \`${agreementId}\`.`,
          'invalid-commitment',
        );
      }
      commitmentSegment = commitment.segment;
    }

    const prepared = this.prepare(
      input.records,
      {
        today: wibDate(this.clock()),
        periodStart: agreement.periodStart,
        targetDate: agreement.targetDate,
        commitmentSegment,
      },
      agreement.regionCode,
    );
    const batch = { agreementId, agencyCode, commitmentId: input.commitmentId ?? null, externalRef: input.externalRef ?? null };

    if (options.dryRun) return { status: 200, body: await this.classifyDry(batch, prepared), replayed: false };

    // The fingerprint of the request: the agreement (from the path) and the payload.
    const requestHash = options.bodyHash
      ? createHash('sha256').update(agreementId).update('\u0000').update(options.bodyHash).digest()
      : createHash('sha256').update(JSON.stringify([agreementId, input])).digest();
    // The key is stored (and locked) by its digest only: it is the client's free text, and a client
    // could put anything in it, a NIK included.
    const keyDigest = createHash('sha256').update(idempotencyKey as string).digest('base64url');
    return withRetry(() =>
      this.db.transaction(async (tx) => {
        if (!(await tryLockIdempotencyKey(tx, agencyCode, keyDigest))) {
          throw new ConflictError(
            'A request with this Idempotency-Key is still being processed; retry shortly.',
            'idempotency-key-in-use',
          );
        }
        const stored = await findIdempotencyRecord(tx, agencyCode, keyDigest);
        if (stored && stored.expiresAt > this.clock()) {
          if (!stored.requestHash.equals(requestHash)) {
            throw new UnprocessableError(
              'This Idempotency-Key was used with a different request; use a new key for a new batch.',
              'idempotency-key-reused',
            );
          }
          return { status: stored.responseStatus as 201, body: stored.responseBody as Batch, replayed: true };
        }
        if (stored) await deleteIdempotencyRecord(tx, agencyCode, keyDigest);

        const body = await this.ingest(tx, ctx, batch, prepared);
        const now = this.clock();
        await insertIdempotencyRecord(tx, {
          agencyCode,
          key: keyDigest,
          requestHash,
          responseStatus: 201,
          responseBody: body,
          expiresAt: new Date(now.getTime() + this.config.idempotencyTtlHours * 3_600_000),
        });
        return { status: 201, body, replayed: false };
      }),
    );
  }

  /** Writes a batch: its records, credits, rollups, report and audit entry, in the caller's transaction. */
  private async ingest(
    tx: Executor,
    ctx: RequestContext,
    batch: { agreementId: string; agencyCode: string; commitmentId: string | null; externalRef: string | null },
    prepared: PreparedBatch,
  ): Promise<Batch> {
    const id = randomUUID();
    const { columns } = prepared;
    const inRegion = columns.inRegion.filter(Boolean).length;
    const target = { agreementId: batch.agreementId, batchId: id, agencyCode: batch.agencyCode };
    const createdAt = this.clock();

    // A void of this agreement's batches waits for us (and we for it): credits cannot move mid-batch.
    await lockAgreement(tx, batch.agreementId, 'shared');
    // Inserted first with a provisional split (its counts must add up); finalised below.
    await insertBatch(tx, {
      id,
      ...batch,
      status: outcomeStatus(prepared.received, prepared.rejected),
      received: prepared.received,
      accepted: inRegion,
      duplicatesInBatch: prepared.inBatch,
      duplicatesSameAgency: 0,
      duplicatesOtherAgency: 0,
      outOfRegion: prepared.outOfRegion,
      rejected: prepared.rejected,
      credited: 0,
      errors: prepared.errors,
      createdBy: ctx.principal.sub,
      createdAt,
    });

    const duplicates = await insertRecords(tx, target, columns);
    const duplicateHashes: string[] = [];
    // The credited records' facts, tallied per distinct combination (a few hundred per batch at
    // most) rather than one rollup change per record.
    const tally = new Map<string, CreditChange>();
    let creditedCount = 0;
    for (let i = 0; i < columns.recordIndex.length; i++) {
      if (!columns.inRegion[i]) continue;
      if (duplicates.has(columns.recordIndex[i] as number)) {
        duplicateHashes.push(nikHashHex(columns, i));
        continue;
      }
      creditedCount++;
      const enrolledOn = columns.enrolledOn[i] as string;
      const segment = columns.segment[i] as string;
      const programs = columns.programs[i] as number;
      const regency = columns.regency[i] as string;
      const key = `${enrolledOn}|${segment}|${programs}|${regency}`;
      const change = tally.get(key);
      if (change) change.delta++;
      else tally.set(key, { agencyCode: batch.agencyCode, enrolledOn, segment, programs, regency, delta: 1 });
    }
    const { sameAgency, otherAgency } = await countCreditHolders(tx, batch.agreementId, batch.agencyCode, duplicateHashes);
    const changes = [...tally.values()];
    await applyCreditChanges(tx, batch.agreementId, changes);
    await applyAgencyStats(tx, batch.agreementId, [
      {
        agencyCode: batch.agencyCode,
        credited: creditedCount,
        duplicatesReported: prepared.inBatch + sameAgency + otherAgency,
        batches: 1,
        received: prepared.received,
        rejected: prepared.rejected,
        outOfRegion: prepared.outOfRegion,
        lastBatchAt: createdAt,
      },
    ]);
    const row = await updateBatch(tx, id, {
      accepted: creditedCount,
      duplicatesSameAgency: sameAgency,
      duplicatesOtherAgency: otherAgency,
      credited: creditedCount,
    });
    await recordAudit(tx, ctx, {
      action: 'batch.create',
      entityType: 'batch',
      entityId: id,
      details: { agreementId: batch.agreementId, agency: batch.agencyCode, received: row.received, accepted: row.accepted },
    });
    return toBatch(row);
  }

  /** The report a batch would get, computed without writing (the classification reads current credits). */
  private async classifyDry(
    batch: { agreementId: string; agencyCode: string; commitmentId: string | null; externalRef: string | null },
    prepared: PreparedBatch,
  ): Promise<Batch> {
    const { columns } = prepared;
    const inRegionHashes: string[] = [];
    for (let i = 0; i < columns.recordIndex.length; i++) if (columns.inRegion[i]) inRegionHashes.push(nikHashHex(columns, i));
    const { sameAgency, otherAgency } = await countCreditHolders(this.db, batch.agreementId, batch.agencyCode, inRegionHashes);
    const accepted = inRegionHashes.length - sameAgency - otherAgency;
    return {
      id: null,
      dryRun: true,
      agreementId: batch.agreementId,
      agency: batch.agencyCode,
      commitmentId: batch.commitmentId,
      externalRef: batch.externalRef,
      status: outcomeStatus(prepared.received, prepared.rejected),
      received: prepared.received,
      accepted,
      duplicates: { inBatch: prepared.inBatch, sameAgency, otherAgency },
      outOfRegion: prepared.outOfRegion,
      rejected: prepared.rejected,
      credited: 0,
      errors: prepared.errors,
      createdAt: null,
      void: null,
    };
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

  async list(
    ctx: RequestContext,
    agreementId: string,
    query: { agency?: string; limit: number; cursor?: string },
  ): Promise<Page<BatchSummary>> {
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
        const { errors, ...summary } = toBatch(row);
        return { ...summary, errorCount: errors.length };
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
        await lockAgreement(tx, agreementId, 'exclusive');
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

        const change = (move: CreditMove, delta: number): CreditChange => ({ ...move, delta });
        await applyCreditChanges(tx, row.agreementId, [
          ...released.moves.map((move) => change(move, -1)),
          ...gained.map((move) => change(move, 1)),
        ]);

        const byAgency = new Map<string, AgencyStatsDelta>();
        const statsOf = (agencyCode: string) => {
          let stats = byAgency.get(agencyCode);
          if (!stats) {
            stats = { agencyCode, credited: 0, duplicatesReported: 0, batches: 0, received: 0, rejected: 0, outOfRegion: 0 };
            byAgency.set(agencyCode, stats);
          }
          return stats;
        };
        const own = statsOf(row.agencyCode);
        own.credited -= released.moves.length;
        own.duplicatesReported -= row.duplicatesInBatch + row.duplicatesSameAgency + row.duplicatesOtherAgency;
        own.batches -= 1;
        own.received -= row.received;
        own.rejected -= row.rejected;
        own.outOfRegion -= row.outOfRegion;
        const batchCredits = new Map<string, number>();
        for (const move of gained) {
          statsOf(move.agencyCode).credited += 1;
          batchCredits.set(move.batchId, (batchCredits.get(move.batchId) ?? 0) + 1);
        }
        await applyAgencyStats(tx, row.agreementId, [...byAgency.values()]);
        await addBatchCredits(tx, batchCredits);

        await recordAudit(tx, ctx, {
          action: 'batch.void',
          entityType: 'batch',
          entityId: id,
          details: { reason, released: released.moves.length, fellBack: gained.length },
        });
        return toBatch(voided);
      }),
    );
  }
}
