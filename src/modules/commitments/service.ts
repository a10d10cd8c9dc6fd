import type { Database } from '../../db/client.js';
import type { AgreementRow, BudgetRealisationRow, CommitmentRow } from '../../db/schema.js';
import { type Clock, wibDate } from '../../domain/time.js';
import { ConflictError, NotFoundError, PreconditionFailedError, UnprocessableError, ValidationError } from '../../errors.js';
import { type RequestContext, requireActingFor } from '../../lib/context.js';
import { CursorKeys, decodeCursor, paginate } from '../../lib/cursor.js';
import type { AreaTargets, Page } from '../../schemas/common.js';
import { type AgreementService, assertAreaTargets } from '../agreements/service.js';
import { recordAudit } from '../audit/repository.js';
import { emitEvent } from '../webhooks/outbox.js';
import {
  type CommitmentValues,
  countPartyCommitments,
  findCommitment,
  insertCommitment,
  insertCommitmentVersion,
  insertRealisation,
  listCommitments,
  listCommitmentVersions,
  listRealisations,
  lockParty,
  realisedTotals,
  updateCommitment,
} from './repository.js';
import type {
  Commitment,
  CommitmentCreate,
  CommitmentPatch,
  CommitmentSignature,
  CommitmentVersion,
  Realisation,
  RealisationCreate,
} from './schemas.js';

export function toRealisation(row: BudgetRealisationRow): Realisation {
  return {
    id: row.id,
    commitmentId: row.commitmentId,
    amountRupiah: row.amountRupiah,
    fundedWorkers: row.fundedWorkers,
    realisedOn: row.realisedOn,
    evidenceRefs: row.evidenceRefs,
    note: row.note,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toCommitment(row: CommitmentRow): Commitment {
  return {
    id: row.id,
    agreementId: row.agreementId,
    agency: row.agencyCode,
    kind: row.kind,
    title: row.title,
    description: row.description,
    targetWorkers: row.targetWorkers,
    amountRupiah: row.amountRupiah,
    fundedWorkers: row.fundedWorkers,
    areaTargets: row.areaTargets as AreaTargets,
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
const termFields = ['title', 'description', 'targetWorkers', 'segment', 'areaTargets', 'amountRupiah', 'fundedWorkers', 'dueDate'] as const;
const enrollmentOnly = ['targetWorkers', 'segment', 'areaTargets'] as const;
const milestoneOnly = ['milestoneStatus', 'evidenceRef'] as const;
const budgetOnly = ['amountRupiah', 'fundedWorkers'] as const;
/** The fields a commitment of each kind may not carry. */
const notOf = {
  enrollment: [...milestoneOnly, ...budgetOnly],
  milestone: [...enrollmentOnly, ...budgetOnly],
  budget: [...enrollmentOnly, ...milestoneOnly],
} as const;

/** A version stored before commitments carried area targets or amounts reads in today's shape. */
const storedVersion = (snapshot: Commitment): Commitment => ({
  ...snapshot,
  amountRupiah: snapshot.amountRupiah ?? null,
  fundedWorkers: snapshot.fundedWorkers ?? null,
  areaTargets: snapshot.areaTargets ?? [],
});

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
    query: { agency?: string; kind?: CommitmentRow['kind']; limit: number; cursor?: string },
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
          ? { targetWorkers: input.targetWorkers, segment: input.segment ?? null, areaTargets: input.areaTargets ?? [] }
          : input.kind === 'budget'
            ? { amountRupiah: input.amountRupiah, fundedWorkers: input.fundedWorkers }
            : { milestoneStatus: input.milestoneStatus, evidenceRef: input.evidenceRef ?? null }),
      };
      if (input.kind === 'enrollment') assertAreaTargets(agreement.regionCode, input.areaTargets);
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

      const misplaced = notOf[current.kind].filter((f) => f in patch);
      if (misplaced.length > 0) {
        throw new ValidationError(
          `Not a field of a ${current.kind} commitment: ${misplaced.join(', ')}.`,
          misplaced.map((field) => ({
            in: 'body',
            pointer: `/${field}`,
            code: 'not_applicable',
            message: `Not for ${current.kind} commitments.`,
          })),
        );
      }
      const evidenceRef = patch.evidenceRef !== undefined ? patch.evidenceRef : current.evidenceRef;
      if ((patch.milestoneStatus ?? current.milestoneStatus) === 'done' && !evidenceRef) {
        throw new ValidationError('A done milestone needs an evidenceRef.', [
          { in: 'body', pointer: '/evidenceRef', code: 'required', message: 'Required when milestoneStatus is done.' },
        ]);
      }
      if (patch.dueDate !== undefined || patch.areaTargets !== undefined) {
        const agreement = await this.agreements.readable(ctx, current.agreementId, tx);
        if (patch.dueDate !== undefined) assertDueWithinPeriod(patch.dueDate, agreement);
        assertAreaTargets(agreement.regionCode, patch.areaTargets);
      }

      const termsChanged = termFields.some(
        (field) => field in patch && JSON.stringify(patch[field as keyof CommitmentPatch]) !== JSON.stringify(current[field]),
      );
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

  /**
   * Records spending of a budget commitment: by the committing agency or an admin. What is
   * realised in all may not exceed what was committed (422): an overspend is a new commitment.
   */
  async realise(ctx: RequestContext, id: string, input: RealisationCreate): Promise<Realisation> {
    return this.db.transaction(async (tx) => {
      // Locked: two realisations of one commitment are checked against the total one at a time.
      const current = await findCommitment(tx, id, true);
      if (!current) throw new NotFoundError(`Commitment \`${id}\` does not exist.`);
      requireActingFor(ctx, current.agencyCode);
      if (current.kind !== 'budget') {
        throw new UnprocessableError(`Commitment \`${id}\` is a ${current.kind} commitment; only budget commitments are realised.`, 'unprocessable');
      }
      const today = wibDate(this.clock());
      if (input.realisedOn > today) {
        throw new UnprocessableError(`realisedOn ${input.realisedOn} is after today (${today}, WIB).`, 'unprocessable');
      }
      const { rupiah } = await realisedTotals(tx, id);
      if (rupiah + input.amountRupiah > (current.amountRupiah ?? 0)) {
        throw new UnprocessableError(
          `Realised would be Rp ${rupiah + input.amountRupiah}, more than the Rp ${current.amountRupiah} committed.`,
          'unprocessable',
        );
      }
      const row = await insertRealisation(tx, {
        commitmentId: id,
        amountRupiah: input.amountRupiah,
        fundedWorkers: input.fundedWorkers,
        realisedOn: input.realisedOn,
        evidenceRefs: input.evidenceRefs,
        note: input.note ?? null,
        createdBy: ctx.principal.sub,
      });
      await recordAudit(tx, ctx, {
        action: 'commitment.realise',
        entityType: 'commitment',
        entityId: id,
        details: { agency: current.agencyCode, realisation: row.id, amountRupiah: row.amountRupiah, fundedWorkers: row.fundedWorkers },
      });
      return toRealisation(row);
    });
  }

  async realisations(ctx: RequestContext, id: string, query: { limit: number; cursor?: string }): Promise<Page<Realisation>> {
    await this.readableRow(ctx, id);
    const after = decodeCursor(query.cursor, CursorKeys.dateAndUuid);
    const rows = await listRealisations(this.db, id, after, query.limit);
    const page = paginate(rows, query.limit, (row) => [row.realisedOn, row.id]);
    return { items: page.items.map(toRealisation), nextCursor: page.nextCursor };
  }

  async history(ctx: RequestContext, id: string, query: { limit: number; cursor?: string }): Promise<Page<CommitmentVersion>> {
    await this.readableRow(ctx, id);
    const [before] = decodeCursor(query.cursor, CursorKeys.int32) ?? [];
    const rows = await listCommitmentVersions(this.db, id, typeof before === 'number' ? before : undefined, query.limit);
    const page = paginate(rows, query.limit, (row) => [row.version]);
    return {
      items: page.items.map((row) => ({
        version: row.version,
        commitment: storedVersion(row.snapshot as Commitment),
        supersededAt: row.supersededAt.toISOString(),
        supersededBy: row.supersededBy,
      })),
      nextCursor: page.nextCursor,
    };
  }
}
