import type { Database, Executor } from '../../db/client.js';
import { PG_FOREIGN_KEY_VIOLATION, PG_UNIQUE_VIOLATION, pgErrorCode } from '../../db/client.js';
import type { AgreementRow } from '../../db/schema.js';
import { type Clock, wibDate } from '../../domain/time.js';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../../errors.js';
import { type Principal, type RequestContext, requireAdmin } from '../../lib/context.js';
import { CursorKeys, decodeCursor, paginate } from '../../lib/cursor.js';
import type { Page } from '../../schemas/common.js';
import { findAgency } from '../agencies/repository.js';
import { recordAudit } from '../audit/repository.js';
import { lockAgreement } from '../batches/repository.js';
import {
  type AgreementValues,
  deleteParty,
  enrollmentsOutside,
  findAgreement,
  findParty,
  insertAgreement,
  listAgreements,
  listParties,
  updateAgreement,
  upsertParty,
} from './repository.js';
import type { Agreement, AgreementCreate, AgreementPatch, Party, PartyPut } from './schemas.js';

const percentOrNull = (value: string | null) => (value === null ? null : Number(value));
const percentColumn = (value: number | null | undefined) => (value === null || value === undefined ? null : String(value));

export function toAgreement(row: AgreementRow): Agreement {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    regionCode: row.regionCode,
    draftedOn: row.draftedOn,
    signedOn: row.signedOn,
    periodStart: row.periodStart,
    targetDate: row.targetDate,
    baseline: {
      workers: row.baselineWorkers,
      percent: percentOrNull(row.baselinePercent),
      asOf: row.baselineAsOf,
      source: row.baselineSource,
      note: row.baselineNote,
    },
    target: {
      workers: row.targetWorkers,
      percent: percentOrNull(row.targetPercent),
      date: row.targetDate,
      source: row.targetSource,
      note: row.targetNote,
    },
    workforce: {
      workers: row.workforceWorkers,
      asOf: row.workforceAsOf,
      source: row.workforceSource,
      note: row.workforceNote,
    },
    countBasis: row.countBasis,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The columns for an agreement's fields; only the keys present in `input` are set. */
export function agreementColumns(input: AgreementPatch & { id?: string; regionCode?: string }): Partial<AgreementValues> {
  const values: Partial<AgreementValues> = {};
  if (input.id !== undefined) values.id = input.id;
  if (input.regionCode !== undefined) values.regionCode = input.regionCode;
  if (input.title !== undefined) values.title = input.title;
  if (input.description !== undefined) values.description = input.description;
  if (input.draftedOn !== undefined) values.draftedOn = input.draftedOn;
  if (input.signedOn !== undefined) values.signedOn = input.signedOn;
  if (input.periodStart !== undefined) values.periodStart = input.periodStart;
  if (input.countBasis !== undefined) values.countBasis = input.countBasis;
  const { baseline: b, target: t, workforce: w } = input;
  if (b?.workers !== undefined) values.baselineWorkers = b.workers;
  if (b && 'percent' in b) values.baselinePercent = percentColumn(b.percent);
  if (b?.asOf !== undefined) values.baselineAsOf = b.asOf;
  if (b?.source !== undefined) values.baselineSource = b.source;
  if (b && 'note' in b) values.baselineNote = b.note ?? null;
  if (t?.workers !== undefined) values.targetWorkers = t.workers;
  if (t && 'percent' in t) values.targetPercent = percentColumn(t.percent);
  if (t?.date !== undefined) values.targetDate = t.date;
  if (t?.source !== undefined) values.targetSource = t.source;
  if (t && 'note' in t) values.targetNote = t.note ?? null;
  if (w?.workers !== undefined) values.workforceWorkers = w.workers;
  if (w?.asOf !== undefined) values.workforceAsOf = w.asOf;
  if (w?.source !== undefined) values.workforceSource = w.source;
  if (w && 'note' in w) values.workforceNote = w.note ?? null;
  return values;
}

/**
 * A reader: a request's context, whose principal is null on a public read (the summary and
 * series under PUBLIC_SUMMARY, which show aggregates of every agreement).
 */
export type ReaderContext = Omit<RequestContext, 'principal'> & { principal: Principal | null };

export class AgreementService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /**
   * The agreement, if the caller may read it: admins and viewers read every agreement, an
   * agency only those it is a party of.
   */
  async readable(ctx: ReaderContext, agreementId: string, exec: Executor = this.db): Promise<AgreementRow> {
    const row = await findAgreement(exec, agreementId);
    if (!row) throw new NotFoundError(`Agreement \`${agreementId}\` does not exist.`);
    const { principal } = ctx;
    if (principal?.role === 'agency') {
      const party = await findParty(exec, agreementId, principal.agency);
      this.assertReadable(ctx, agreementId, party ? [{ code: principal.agency }] : []);
    }
    return row;
  }

  /**
   * The same rule as `readable`, for a caller that already holds the agreement's parties (a
   * cached summary lists them): no query.
   */
  assertReadable(ctx: ReaderContext, agreementId: string, parties: readonly { code: string }[]): void {
    const { principal } = ctx;
    if (principal?.role === 'agency' && !parties.some((p) => p.code === principal.agency)) {
      throw new ForbiddenError(`Agency \`${principal.agency}\` is not a party of \`${agreementId}\`.`);
    }
  }

  async list(ctx: RequestContext, query: { limit: number; cursor?: string }): Promise<Page<Agreement>> {
    const [after] = decodeCursor(query.cursor, CursorKeys.slug) ?? [];
    const rows = await listAgreements(this.db, {
      afterId: after === undefined ? undefined : String(after),
      partyAgency: ctx.principal.role === 'agency' ? ctx.principal.agency : undefined,
      limit: query.limit,
    });
    const page = paginate(rows, query.limit, (row) => [row.id]);
    return { items: page.items.map(toAgreement), nextCursor: page.nextCursor };
  }

  async get(ctx: RequestContext, agreementId: string): Promise<Agreement> {
    return toAgreement(await this.readable(ctx, agreementId));
  }

  async create(ctx: RequestContext, input: AgreementCreate): Promise<Agreement> {
    requireAdmin(ctx);
    return this.db.transaction(async (tx) => {
      const row = await insertAgreement(tx, agreementColumns(input) as AgreementValues);
      if (!row) throw new ConflictError(`Agreement \`${input.id}\` already exists.`, 'agreement-exists');
      await recordAudit(tx, ctx, { action: 'agreement.create', entityType: 'agreement', entityId: row.id });
      return toAgreement(row);
    });
  }

  async update(ctx: RequestContext, agreementId: string, patch: AgreementPatch): Promise<Agreement> {
    requireAdmin(ctx);
    return this.db.transaction(async (tx) => {
      const current = await findAgreement(tx, agreementId);
      if (!current) throw new NotFoundError(`Agreement \`${agreementId}\` does not exist.`);
      const values = agreementColumns(patch);
      const periodStart = values.periodStart ?? current.periodStart;
      const targetDate = values.targetDate ?? current.targetDate;
      if (periodStart > targetDate) {
        throw new UnprocessableError(`The period would start (${periodStart}) after the target date (${targetDate}).`, 'invalid-period');
      }
      if (periodStart > current.periodStart || targetDate < current.targetDate) {
        // A narrower period would leave posted enrollments counted outside it (the rollups count
        // what was accepted when it was posted). Refused rather than recounted: the admin voids
        // the batches that fall outside, which moves their credit as voiding always does. The
        // lock waits for batches being written now, so none slips in between the check and the
        // update.
        await lockAgreement(tx, agreementId, 'exclusive');
        const outside = await enrollmentsOutside(tx, agreementId, periodStart, targetDate);
        if (outside.count > 0) {
          throw new ConflictError(
            `${outside.count} enrollment${outside.count === 1 ? ' is' : 's are'} dated outside ${periodStart} … ${targetDate} ` +
              `(from ${outside.first} to ${outside.last}); void their batches before narrowing the period.`,
            'period-excludes-enrollments',
            { enrollmentsOutside: outside.count },
          );
        }
      }
      const row = await updateAgreement(tx, agreementId, values);
      await recordAudit(tx, ctx, {
        action: 'agreement.update',
        entityType: 'agreement',
        entityId: agreementId,
        details: { fields: Object.keys(patch) },
      });
      return toAgreement(row as AgreementRow);
    });
  }

  async parties(ctx: RequestContext, agreementId: string, query: { limit: number; cursor?: string }): Promise<Page<Party>> {
    await this.readable(ctx, agreementId);
    const [after] = decodeCursor(query.cursor, CursorKeys.slug) ?? [];
    const rows = await listParties(this.db, agreementId, after === undefined ? undefined : String(after), query.limit);
    const page = paginate(rows, query.limit, (row) => [row.code]);
    return {
      items: page.items.map((row) => ({
        agency: { code: row.code, name: row.name },
        role: row.role,
        joinedOn: row.joinedOn,
      })),
      nextCursor: page.nextCursor,
    };
  }

  async putParty(ctx: RequestContext, agreementId: string, agencyCode: string, input: PartyPut): Promise<{ party: Party; created: boolean }> {
    requireAdmin(ctx);
    try {
      return await this.db.transaction(async (tx) => {
        const agreement = await findAgreement(tx, agreementId);
        if (!agreement) throw new NotFoundError(`Agreement \`${agreementId}\` does not exist.`);
        const agency = await findAgency(tx, agencyCode);
        if (!agency) throw new NotFoundError(`Agency \`${agencyCode}\` does not exist.`);
        const joinedOn = input.joinedOn ?? agreement.draftedOn ?? wibDate(this.clock());
        const { created } = await upsertParty(tx, { agreementId, agencyCode, role: input.role, joinedOn });
        await recordAudit(tx, ctx, {
          action: created ? 'party.add' : 'party.update',
          entityType: 'agreement',
          entityId: agreementId,
          details: { agency: agencyCode, role: input.role },
        });
        return { party: { agency: { code: agency.code, name: agency.name }, role: input.role, joinedOn }, created };
      });
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) {
        throw new ConflictError(`Agreement \`${agreementId}\` already has a lead party.`, 'lead-exists');
      }
      throw error;
    }
  }

  async removeParty(ctx: RequestContext, agreementId: string, agencyCode: string): Promise<void> {
    requireAdmin(ctx);
    try {
      await this.db.transaction(async (tx) => {
        if (!(await deleteParty(tx, agreementId, agencyCode))) {
          throw new NotFoundError(`Agency \`${agencyCode}\` is not a party of \`${agreementId}\`.`);
        }
        await recordAudit(tx, ctx, {
          action: 'party.remove',
          entityType: 'agreement',
          entityId: agreementId,
          details: { agency: agencyCode },
        });
      });
    } catch (error) {
      if (pgErrorCode(error) === PG_FOREIGN_KEY_VIOLATION) {
        throw new ConflictError(
          `Agency \`${agencyCode}\` has commitments or batches under \`${agreementId}\`; it stays a party.`,
          'party-has-commitments',
        );
      }
      throw error;
    }
  }
}
