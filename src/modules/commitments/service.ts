import type { Database } from '../../db/client.js';
import type { AgreementRow, CommitmentRow } from '../../db/schema.js';
import { type Clock, wibDate } from '../../domain/time.js';
import { ConflictError, NotFoundError, PreconditionFailedError, UnprocessableError, ValidationError } from '../../errors.js';
import { type RequestContext, requireActingFor } from '../../lib/context.js';
import { CursorKeys, decodeCursor, paginate } from '../../lib/cursor.js';
import type { Page } from '../../schemas/common.js';
import type { AgreementService } from '../agreements/service.js';
import { recordAudit } from '../audit/repository.js';
import { emitEvent } from '../webhooks/outbox.js';
import {
  type CommitmentValues,
  countPartyCommitments,
  findCommitment,
  insertCommitment,
  insertCommitmentVersion,
  listCommitments,
  listCommitmentVersions,
  lockParty,
  updateCommitment,
} from './repository.js';
import type { Commitment, CommitmentCreate, CommitmentPatch, CommitmentSignature, CommitmentVersion } from './schemas.js';

export function toCommitment(row: CommitmentRow): Commitment {
  return {
    id: row.id,
    agreementId: row.agreementId,
    agency: row.agencyCode,
    kind: row.kind,
    title: row.title,
    description: row.description,
    targetWorkers: row.targetWorkers,
    segment: row.segment,
    dueDate: row.dueDate,
    status: row.status,
    milestoneStatus: row.milestoneStatus,
    evidenceRef: row.evidenceRef,
    signature:
      row.signatoryName && row.signatoryTitle && row.signedOn
        ? { signatoryName: row.signatoryName, signatoryTitle: row.signatoryTitle, signedOn: row.signedOn }
        : null,
    version: row.version,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The most commitments one agency may hold under one agreement (either kind, drafts included).
 * A real MoU has a handful per party; the bound keeps what the summary and an agency's progress
 * read small, whatever a party sends.
 */
export const MAX_COMMITMENTS_PER_PARTY = 100;

/** The strong ETag of a commitment version. */
export const commitmentETag = (version: number) => `"${version}"`;

/** Amending any of these changes what was signed, so the signature no longer holds. */
const termFields = ['title', 'description', 'targetWorkers', 'segment', 'dueDate'] as const;
const enrollmentOnly = ['targetWorkers', 'segment'] as const;
const milestoneOnly = ['milestoneStatus', 'evidenceRef'] as const;

function assertDueWithinPeriod(dueDate: string, agreement: AgreementRow) {
  if (dueDate < agreement.periodStart || dueDate > agreement.targetDate) {
    throw new UnprocessableError(
      `dueDate ${dueDate} is outside the agreement’s period (${agreement.periodStart} to ${agreement.targetDate}).`,
      'due-date-outside-period',
    );
  }
}

function assertIfMatch(ifMatch: string | undefined, row: CommitmentRow) {
  if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== commitmentETag(row.version)) {
    throw new PreconditionFailedError(`The commitment is at version ${row.version}; re-read it and apply your change again.`);
  }
}

export class CommitmentService {
  constructor(
    private readonly db: Database,
    private readonly agreements: AgreementService,
    private readonly clock: Clock,
  ) {}

  async list(
    ctx: RequestContext,
    agreementId: string,
    query: { agency?: string; kind?: 'enrollment' | 'milestone'; limit: number; cursor?: string },
  ): Promise<Page<Commitment>> {
    await this.agreements.readable(ctx, agreementId);
    const after = decodeCursor(query.cursor, CursorKeys.dateAndUuid);
    const rows = await listCommitments(this.db, { agreementId, agencyCode: query.agency, kind: query.kind, after, limit: query.limit });
    const page = paginate(rows, query.limit, (row) => [row.dueDate, row.id]);
    return { items: page.items.map(toCommitment), nextCursor: page.nextCursor };
  }

  private async readableRow(ctx: RequestContext, id: string): Promise<CommitmentRow> {
    const row = await findCommitment(this.db, id);
    if (!row) throw new NotFoundError(`Commitment \`${id}\` does not exist.`);
    await this.agreements.readable(ctx, row.agreementId);
    return row;
  }

  async get(ctx: RequestContext, id: string): Promise<Commitment> {
    return toCommitment(await this.readableRow(ctx, id));
  }

  async create(ctx: RequestContext, agreementId: string, input: CommitmentCreate): Promise<Commitment> {
    const { principal } = ctx;
    const agencyCode = input.agency ?? (principal.role === 'agency' ? principal.agency : undefined);
    if (!agencyCode) {
      throw new ValidationError('`agency` is required unless the token is an agency’s.', [
        { in: 'body', pointer: '/agency', code: 'required', message: 'Name the committing agency.' },
      ]);
    }
    requireActingFor(ctx, agencyCode);

    return this.db.transaction(async (tx) => {
      const agreement = await this.agreements.readable(ctx, agreementId, tx);
      // The party row stays locked until the commitment is in: a concurrent removal of the party
      // waits (and then finds a commitment, a 409) instead of slipping in between the check and
      // the insert (a foreign-key violation); concurrent creates of the same party queue here,
      // so the count below holds.
      if (!(await lockParty(tx, agreementId, agencyCode))) {
        throw new UnprocessableError(`Agency \`${agencyCode}\` is not a party of \`${agreementId}\`.`, 'not-a-party');
      }
      if ((await countPartyCommitments(tx, agreementId, agencyCode)) >= MAX_COMMITMENTS_PER_PARTY) {
        throw new ConflictError(
          `Agency \`${agencyCode}\` already holds ${MAX_COMMITMENTS_PER_PARTY} commitments under \`${agreementId}\`, the most one party may; amend one instead.`,
          'commitment-limit',
          { limit: MAX_COMMITMENTS_PER_PARTY },
        );
      }
      assertDueWithinPeriod(input.dueDate, agreement);
      const values: CommitmentValues = {
        agreementId,
        agencyCode,
        kind: input.kind,
        title: input.title,
        description: input.description ?? null,
        dueDate: input.dueDate,
        status: 'draft',
        createdBy: principal.sub,
        ...(input.kind === 'enrollment'
          ? { targetWorkers: input.targetWorkers, segment: input.segment ?? null }
          : { milestoneStatus: input.milestoneStatus, evidenceRef: input.evidenceRef ?? null }),
      };
      const row = await insertCommitment(tx, values);
      await recordAudit(tx, ctx, {
        action: 'commitment.create',
        entityType: 'commitment',
        entityId: row.id,
        details: { agreementId, agency: agencyCode, kind: row.kind },
      });
      return toCommitment(row);
    });
  }

  async amend(ctx: RequestContext, id: string, patch: CommitmentPatch, ifMatch?: string): Promise<Commitment> {
    return this.db.transaction(async (tx) => {
      const current = await findCommitment(tx, id, true);
      if (!current) throw new NotFoundError(`Commitment \`${id}\` does not exist.`);
      requireActingFor(ctx, current.agencyCode);
      assertIfMatch(ifMatch, current);

      const misplaced = (current.kind === 'enrollment' ? milestoneOnly : enrollmentOnly).filter((f) => f in patch);
      if (misplaced.length > 0) {
        throw new ValidationError(
          `Not a field of a ${current.kind} commitment: ${misplaced.join(', ')}.`,
          misplaced.map((field) => ({
            in: 'body',
            pointer: `/${field}`,
            code: 'not_applicable',
            message: `Only for ${current.kind === 'enrollment' ? 'milestone' : 'enrollment'} commitments.`,
          })),
        );
      }
      const evidenceRef = patch.evidenceRef !== undefined ? patch.evidenceRef : current.evidenceRef;
      if ((patch.milestoneStatus ?? current.milestoneStatus) === 'done' && !evidenceRef) {
        throw new ValidationError('A done milestone needs an evidenceRef.', [
          { in: 'body', pointer: '/evidenceRef', code: 'required', message: 'Required when milestoneStatus is done.' },
        ]);
      }
      if (patch.dueDate !== undefined) {
        const agreement = await this.agreements.readable(ctx, current.agreementId, tx);
        assertDueWithinPeriod(patch.dueDate, agreement);
      }

      const termsChanged = termFields.some((field) => field in patch && patch[field] !== current[field]);
      const resign = termsChanged && current.status === 'active';
      await insertCommitmentVersion(tx, {
        commitmentId: id,
        version: current.version,
        snapshot: toCommitment(current),
        supersededBy: ctx.principal.sub,
      });
      const row = await updateCommitment(tx, id, {
        ...patch,
        version: current.version + 1,
        ...(resign ? { status: 'draft', signatoryName: null, signatoryTitle: null, signedOn: null } : {}),
      });
      await recordAudit(tx, ctx, {
        action: 'commitment.amend',
        entityType: 'commitment',
        entityId: id,
        details: { fields: Object.keys(patch), version: row.version, returnedToDraft: resign },
      });
      return toCommitment(row);
    });
  }

  async sign(ctx: RequestContext, id: string, signature: CommitmentSignature, ifMatch?: string): Promise<Commitment> {
    return this.db.transaction(async (tx) => {
      const current = await findCommitment(tx, id, true);
      if (!current) throw new NotFoundError(`Commitment \`${id}\` does not exist.`);
      requireActingFor(ctx, current.agencyCode);
      assertIfMatch(ifMatch, current);
      if (current.status === 'active') {
        throw new ConflictError(`Commitment \`${id}\` is already signed.`, 'already-signed');
      }
      const today = wibDate(this.clock());
      if (signature.signedOn > today) {
        throw new UnprocessableError(`signedOn ${signature.signedOn} is after today (${today}, WIB).`, 'signed-in-future');
      }
      const row = await updateCommitment(tx, id, { ...signature, status: 'active' });
      await emitEvent(tx, 'commitment.signed', {
        commitmentId: id,
        agreementId: row.agreementId,
        agency: row.agencyCode,
        kind: row.kind,
        targetWorkers: row.targetWorkers,
        dueDate: row.dueDate,
        signedOn: signature.signedOn,
        links: { commitment: `/v1/commitments/${id}` },
      });
      await recordAudit(tx, ctx, {
        action: 'commitment.sign',
        entityType: 'commitment',
        entityId: id,
        details: { version: row.version, signedOn: signature.signedOn },
      });
      return toCommitment(row);
    });
  }

  async history(ctx: RequestContext, id: string, query: { limit: number; cursor?: string }): Promise<Page<CommitmentVersion>> {
    await this.readableRow(ctx, id);
    const [before] = decodeCursor(query.cursor, CursorKeys.int32) ?? [];
    const rows = await listCommitmentVersions(this.db, id, typeof before === 'number' ? before : undefined, query.limit);
    const page = paginate(rows, query.limit, (row) => [row.version]);
    return {
      items: page.items.map((row) => ({
        version: row.version,
        commitment: row.snapshot as Commitment,
        supersededAt: row.supersededAt.toISOString(),
        supersededBy: row.supersededBy,
      })),
      nextCursor: page.nextCursor,
    };
  }
}
