import type { Database, Executor } from '../../db/client.js';
import { PG_FOREIGN_KEY_VIOLATION, PG_UNIQUE_VIOLATION, pgErrorCode } from '../../db/client.js';
import type { AgreementRow } from '../../db/schema.js';
import { areaTargetProblems } from '../../domain/area-targets.js';
import { addDays, type Clock, wibDate } from '../../domain/time.js';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError, ValidationError } from '../../errors.js';
import { type Principal, type RequestContext, requireAdmin } from '../../lib/context.js';
import { CursorKeys, decodeCursor, paginate } from '../../lib/cursor.js';
import type { AreaTargets, Page } from '../../schemas/common.js';

/** Refuses area codes that are not of `regionCode` (400, pointing at each). */
export function assertAreaTargets(regionCode: string, targets: AreaTargets | undefined, pointer = '/areaTargets'): void {
  const problems = areaTargetProblems(regionCode, targets ?? []);
  if (problems.length === 0) return;
  throw new ValidationError(
    'An area target names an area outside the agreement’s region.',
    problems.map((p) => ({ in: 'body', pointer: `${pointer}/${p.index}/areaCode`, code: 'area_code', message: p.message })),
  );
}

import { findAgency } from '../agencies/repository.js';
import { recordAudit } from '../audit/repository.js';
import { lockAgreement } from '../batches/repository.js';
import {
  type AgreementValues,
  deleteParty,
  enrollmentsOutside,
  findAgreement,
  findParty,
  hasBatches,
  insertAgreement,
  insertParties,
  listAgreements,
  listParties,
  predecessorResult,
  updateAgreement,
  upsertParty,
} from './repository.js';
import type { Agreement, AgreementCreate, AgreementPatch, AgreementSuccessor, IndicatorInput, Party, PartyPut } from './schemas.js';

/** `jakarta-uc-2025` → `jakarta-uc-2026`; a text without a year gets the year appended. */
export function withYear(text: string, year: number, separator: string): string {
  const years = [...text.matchAll(/(?<![0-9])(?:19|20|21)[0-9]{2}(?![0-9])/g)];
  const last = years[years.length - 1];
  if (last?.index === undefined) return `${text}${separator}${year}`;
  return `${text.slice(0, last.index)}${year}${text.slice(last.index + 4)}`;
}

const sameSegments = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s) => b.includes(s));
const percentOrNull = (value: string | null) => (value === null ? null : Number(value));
const percentColumn = (value: number | null | undefined) => (value === null || value === undefined ? null : String(value));

/** A baseline resolved for reading: the stored figures, or those derived from the predecessor. */
export type ResolvedBaseline = Agreement['baseline'];

/**
 * The baseline as published (`declared`), or as derived from the predecessor's result
 * (`predecessorResult`: see `predecessorResult` in repository.ts).
 */
export async function resolveBaseline(exec: Executor, row: AgreementRow): Promise<ResolvedBaseline> {
  if (row.baselineKind === 'declared' || row.predecessorId === null) {
    return {
      kind: 'declared',
      workers: row.baselineWorkers ?? 0,
      percent: percentOrNull(row.baselinePercent),
      asOf: row.baselineAsOf ?? row.periodStart,
      source: row.baselineSource ?? '',
      note: row.baselineNote,
    };
  }
  const result = await predecessorResult(exec, row.predecessorId);
  return {
    kind: 'predecessorResult',
    workers: result.workers,
    percent: null,
    asOf: result.targetDate,
    source: `Derived: the covered workers of \`${row.predecessorId}\` at its target date (${result.targetDate}).`,
    note: null,
  };
}

export function toAgreement(row: AgreementRow, baseline: ResolvedBaseline): Agreement {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    regionCode: row.regionCode,
    draftedOn: row.draftedOn,
    signedOn: row.signedOn,
    periodStart: row.periodStart,
    targetDate: row.targetDate,
    baseline,
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
    indicator: {
      name: row.indicatorName ?? row.title,
      code: row.indicatorCode,
      region: row.regionCode,
      countedSegments: row.countedSegments as Agreement['indicator']['countedSegments'],
      denominator: { workers: row.workforceWorkers, asOf: row.workforceAsOf, source: row.workforceSource },
    },
    predecessorId: row.predecessorId,
    areaTargets: row.areaTargets as AreaTargets,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The columns for an agreement's fields; only the keys present in `input` are set. */
export function agreementColumns(
  input: Omit<AgreementPatch, 'baseline'> & {
    id?: string;
    regionCode?: string;
    predecessorId?: string;
    baseline?: AgreementPatch['baseline'] | { kind: 'predecessorResult' } | (NonNullable<AgreementPatch['baseline']> & { kind?: 'declared' });
    indicator?: AgreementPatch['indicator'];
  },
): Partial<AgreementValues> {
  const values: Partial<AgreementValues> = {};
  if (input.id !== undefined) values.id = input.id;
  if (input.regionCode !== undefined) values.regionCode = input.regionCode;
  if (input.title !== undefined) values.title = input.title;
  if (input.description !== undefined) values.description = input.description;
  if (input.draftedOn !== undefined) values.draftedOn = input.draftedOn;
  if (input.signedOn !== undefined) values.signedOn = input.signedOn;
  if (input.periodStart !== undefined) values.periodStart = input.periodStart;
  if (input.countBasis !== undefined) values.countBasis = input.countBasis;
  if (input.predecessorId !== undefined) values.predecessorId = input.predecessorId;
  if (input.areaTargets !== undefined) values.areaTargets = input.areaTargets;
  const { target: t, workforce: w, indicator: i } = input;
  if (i?.name !== undefined) values.indicatorName = i.name;
  if (i && 'code' in i) values.indicatorCode = i.code ?? null;
  if (i?.countedSegments !== undefined) values.countedSegments = i.countedSegments;
  if (input.baseline && 'kind' in input.baseline && input.baseline.kind === 'predecessorResult') {
    values.baselineKind = 'predecessorResult';
    values.baselineWorkers = null;
    values.baselinePercent = null;
    values.baselineAsOf = null;
    values.baselineSource = null;
    values.baselineNote = null;
  }
  const b = input.baseline && !('kind' in input.baseline && input.baseline.kind === 'predecessorResult') ? input.baseline : undefined;
  if (b?.workers !== undefined) values.baselineWorkers = b.workers;
  if (b && 'kind' in b) values.baselineKind = 'declared';
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
    const items: Agreement[] = [];
    for (const row of page.items) items.push(toAgreement(row, await resolveBaseline(this.db, row)));
    return { items, nextCursor: page.nextCursor };
  }

  async get(ctx: RequestContext, agreementId: string): Promise<Agreement> {
    const row = await this.readable(ctx, agreementId);
    return toAgreement(row, await resolveBaseline(this.db, row));
  }

  async create(ctx: RequestContext, input: AgreementCreate): Promise<Agreement> {
    requireAdmin(ctx);
    return this.db.transaction(async (tx) => {
      const row = await this.insert(tx, input);
      await recordAudit(tx, ctx, { action: 'agreement.create', entityType: 'agreement', entityId: row.id });
      return toAgreement(row, await resolveBaseline(tx, row));
    });
  }

  /**
   * The next agreement after `predecessorId`, in one transaction: its region, indicator and
   * parties copied, its commitments not; its baseline by default the predecessor's result.
   */
  async createSuccessor(ctx: RequestContext, predecessorId: string, input: AgreementSuccessor): Promise<Agreement> {
    requireAdmin(ctx);
    return this.db.transaction(async (tx) => {
      const from = await findAgreement(tx, predecessorId);
      if (!from) throw new NotFoundError(`Agreement \`${predecessorId}\` does not exist.`);
      const year = input.year ?? Number(wibDate(this.clock()).slice(0, 4));
      const dayAfter = addDays(from.targetDate, 1);
      const periodStart = input.periodStart ?? (dayAfter > `${year}-01-01` ? dayAfter : `${year}-01-01`);
      const targetDate = input.targetDate ?? `${year}-12-31`;
      if (periodStart > targetDate) {
        throw new UnprocessableError(`The period would start (${periodStart}) after the target date (${targetDate}).`, 'invalid-period');
      }
      const row = await this.insert(tx, {
        id: input.id ?? withYear(from.id, year, '-'),
        title: input.title ?? withYear(from.title, year, ' '),
        description: input.description,
        regionCode: from.regionCode,
        signedOn: input.signedOn,
        periodStart,
        predecessorId: from.id,
        baseline: input.baseline ?? { kind: 'predecessorResult' },
        target: { ...input.target, date: targetDate },
        workforce: input.workforce ?? {
          workers: from.workforceWorkers,
          asOf: from.workforceAsOf,
          source: from.workforceSource,
          note: from.workforceNote,
        },
        indicator: {
          name: from.indicatorName ?? from.title,
          code: from.indicatorCode,
          countedSegments: from.countedSegments as IndicatorInput['countedSegments'],
        },
      });
      const joinedOn = input.signedOn ?? periodStart;
      const parties = await listParties(tx, from.id, undefined, 10_000);
      await insertParties(
        tx,
        parties.map((p) => ({ agreementId: row.id, agencyCode: p.code, role: p.role, joinedOn })),
      );
      await recordAudit(tx, ctx, {
        action: 'agreement.create',
        entityType: 'agreement',
        entityId: row.id,
        details: { predecessor: from.id, parties: parties.length },
      });
      return toAgreement(row, await resolveBaseline(tx, row));
    });
  }

  /** Inserts an agreement; its predecessor, if named, must exist. */
  private async insert(tx: Executor, input: AgreementCreate): Promise<AgreementRow> {
    assertAreaTargets(input.regionCode, input.areaTargets);
    if (input.predecessorId !== undefined && !(await findAgreement(tx, input.predecessorId))) {
      throw new UnprocessableError(`The predecessor \`${input.predecessorId}\` does not exist.`, 'unprocessable');
    }
    const row = await insertAgreement(tx, agreementColumns(input) as AgreementValues);
    if (!row) throw new ConflictError(`Agreement \`${input.id}\` already exists.`, 'agreement-exists');
    return row;
  }

  async update(ctx: RequestContext, agreementId: string, patch: AgreementPatch): Promise<Agreement> {
    requireAdmin(ctx);
    return this.db.transaction(async (tx) => {
      const current = await findAgreement(tx, agreementId);
      if (!current) throw new NotFoundError(`Agreement \`${agreementId}\` does not exist.`);
      if (patch.baseline && current.baselineKind === 'predecessorResult') {
        throw new UnprocessableError('The baseline is derived from the predecessor’s result; it has no figures to change.', 'unprocessable');
      }
      assertAreaTargets(current.regionCode, patch.areaTargets);
      const values = agreementColumns(patch);
      if (values.countedSegments !== undefined && !sameSegments(values.countedSegments, current.countedSegments)) {
        // A batch's records were classified against the counted segments of its day; changing them
        // afterwards would leave its counts and credits wrong. So only before the first batch; the
        // lock waits for batches being written now.
        await lockAgreement(tx, agreementId, 'exclusive');
        if (await hasBatches(tx, agreementId)) {
          throw new ConflictError('The counted segments cannot change once batches are posted to the agreement.', 'conflict');
        }
      }
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
      const row = (await updateAgreement(tx, agreementId, values)) as AgreementRow;
      await recordAudit(tx, ctx, {
        action: 'agreement.update',
        entityType: 'agreement',
        entityId: agreementId,
        details: { fields: Object.keys(patch) },
      });
      return toAgreement(row, await resolveBaseline(tx, row));
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
