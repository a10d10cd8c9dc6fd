import { type Database, readSnapshot, type Transaction } from '../../db/client.js';
import type { AgreementRow, PeriodAdjustmentRow, PeriodSubmissionRow, ReportingPeriodRow } from '../../db/schema.js';
import { diffFigures, type Figures, flattenFigures } from '../../domain/figures.js';
import { type AgreementPeriod, agreementPeriod, type PeriodSchedule } from '../../domain/periods.js';
import { type SubmissionAction, type SubmissionActor, transition } from '../../domain/submissions.js';
import { type Clock, wibDate } from '../../domain/time.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import { type RequestContext, requireAdmin } from '../../lib/context.js';
import { CursorKeys, decodeCursor, paginate } from '../../lib/cursor.js';
import type { Page } from '../../schemas/common.js';
import { findParty } from '../agreements/repository.js';
import type { AgreementService } from '../agreements/service.js';
import { recordAudit } from '../audit/repository.js';
import { lockAgreement, lockVoids } from '../batches/repository.js';
import { etagOf, type ProgressService, renderSeries, renderSummary } from '../progress/service.js';
import { emitEvent } from '../webhooks/outbox.js';
import { readPeriodState, submissionStatusOf } from './reporting.js';
import {
  findReportingPeriod,
  findSchedule,
  findSnapshot,
  hasPeriodActivity,
  insertAdjustment,
  insertReportingPeriod,
  insertSnapshot,
  listAdjustments,
  lockSubmission,
  submittingParties,
  updateReportingPeriod,
  updateSubmission,
  upsertSchedule,
} from './repository.js';
import type { Adjustment, ReportingPeriodView, Submission } from './schemas.js';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function toSubmission(row: PeriodSubmissionRow): Submission {
  return {
    agreementId: row.agreementId,
    period: row.period,
    agency: row.agencyCode,
    status: row.status,
    returnReason: row.status === 'returned' ? row.returnReason : null,
    submittedAt: iso(row.submittedAt),
    submittedBy: row.submittedBy,
    verifiedAt: iso(row.verifiedAt),
    verifiedBy: row.verifiedBy,
    returnedAt: iso(row.returnedAt),
    returnedBy: row.returnedBy,
    acceptedAt: iso(row.acceptedAt),
    acceptedBy: row.acceptedBy,
  };
}

function toAdjustment(row: PeriodAdjustmentRow): Adjustment {
  return {
    period: row.period,
    version: row.version,
    state: 'final',
    reason: row.reason,
    reopenedAt: row.reopenedAt.toISOString(),
    reopenedBy: row.reopenedBy,
    closedAt: row.closedAt.toISOString(),
    closedBy: row.closedBy,
    changes: row.changes as Adjustment['changes'],
  };
}

/**
 * Reporting periods (docs/domain.md §12): each agency's submission and its moves, the close that
 * freezes a period's figures, the reopen that lets them change, and the adjustments that show
 * what changed.
 */
export class PeriodService {
  constructor(
    private readonly db: Database,
    private readonly agreements: AgreementService,
    private readonly progress: ProgressService,
    private readonly clock: Clock,
  ) {}

  /** The agreement (readable by the caller) and its period named `name`; 404 when it has none. */
  private async periodOf(tx: Transaction, ctx: RequestContext, agreementId: string, name: string) {
    const agreement = await this.agreements.readable(ctx, agreementId, tx);
    const schedule = await findSchedule(tx, agreementId);
    const period = agreementPeriod(name, agreement, schedule);
    if (!period) {
      throw new NotFoundError(
        `\`${name}\` is not a reporting period of \`${agreementId}\` (${schedule.months}-month periods from ${agreement.periodStart} to ${agreement.targetDate}).`,
      );
    }
    return { agreement, schedule, period };
  }

  async schedule(ctx: RequestContext, agreementId: string): Promise<PeriodSchedule> {
    await this.agreements.readable(ctx, agreementId);
    return findSchedule(this.db, agreementId);
  }

  /** Sets the schedule; refused once a submission was made or a period closed (the periods' names would move under them). */
  async putSchedule(ctx: RequestContext, agreementId: string, schedule: PeriodSchedule): Promise<PeriodSchedule> {
    requireAdmin(ctx);
    return this.db.transaction(async (tx) => {
      await this.agreements.readable(ctx, agreementId, tx);
      await lockAgreement(tx, agreementId, 'exclusive');
      const current = await findSchedule(tx, agreementId);
      if (current.months !== schedule.months && (await hasPeriodActivity(tx, agreementId))) {
        throw new ConflictError(
          `\`${agreementId}\` already has submissions or closed periods of ${current.months} month(s); their length can no longer change (the deadline can).`,
        );
      }
      await upsertSchedule(tx, agreementId, schedule);
      await recordAudit(tx, ctx, { action: 'period.schedule', entityType: 'agreement', entityId: agreementId, details: { ...schedule } });
      return schedule;
    });
  }

  async list(ctx: RequestContext, agreementId: string, query: { limit: number; cursor?: string }): Promise<Page<ReportingPeriodView>> {
    const [after] = decodeCursor(query.cursor, CursorKeys.period) ?? [];
    const today = wibDate(this.clock());
    return readSnapshot(this.db, async (tx) => {
      const agreement = await this.agreements.readable(ctx, agreementId, tx);
      const state = await readPeriodState(tx, agreement);
      const parties = await submittingParties(tx, agreementId);
      const rows = state.periods.filter((p) => after === undefined || p.name > after).slice(0, query.limit + 1);
      const page = paginate(rows, query.limit, (p) => [p.name]);
      return {
        items: page.items.map((period) =>
          this.view(period, state.closed.get(period.name), parties, (agency) => submissionStatusOf(state, period.name, agency), today),
        ),
        nextCursor: page.nextCursor,
      };
    });
  }

  private view(
    period: AgreementPeriod,
    row: ReportingPeriodRow | undefined,
    parties: { code: string }[],
    statusOf: (agency: string) => Submission['status'],
    today: string,
  ): ReportingPeriodView {
    return {
      period: period.name,
      from: period.from,
      to: period.to,
      deadline: period.deadline,
      status: row?.status ?? 'open',
      version: row?.version ?? null,
      closedAt: iso(row?.closedAt ?? null),
      closedBy: row?.closedBy ?? null,
      reopenedAt: iso(row?.reopenedAt ?? null),
      reopenedBy: row?.reopenedBy ?? null,
      reopenReason: row?.reopenReason ?? null,
      submissions: parties.map((party) => {
        const status = statusOf(party.code);
        return { agency: party.code, status, overdue: period.deadline < today && (status === 'open' || status === 'returned') };
      }),
    };
  }

  /** What the caller is to `agencyCode`'s submission: itself, the lead, the counterpart, an admin. */
  private async actorsOf(tx: Transaction, ctx: RequestContext, agreementId: string, agencyCode: string): Promise<Set<SubmissionActor>> {
    const { principal } = ctx;
    const actors = new Set<SubmissionActor>();
    if (principal.role === 'admin') actors.add('admin');
    if (principal.role !== 'agency') return actors;
    if (principal.agency === agencyCode) actors.add('self');
    const role = (await findParty(tx, agreementId, principal.agency))?.role;
    if (role === 'lead') actors.add('lead');
    if (role === 'counterpart') actors.add('counterpart');
    return actors;
  }

  /**
   * One move of a submission (submit, verify, return, accept). Checked in this order: the
   * agreement, the period and the agency exist (404); the caller may make this move (403); the
   * period is not closed and, to submit, has begun (409); the submission's state allows it (409
   * `invalid-transition`).
   */
  async move(
    ctx: RequestContext,
    agreementId: string,
    name: string,
    agencyCode: string | undefined,
    action: SubmissionAction,
    reason?: string,
  ): Promise<Submission> {
    const { principal } = ctx;
    const agency = agencyCode ?? (principal.role === 'agency' ? principal.agency : undefined);
    if (!agency) {
      throw new ValidationError('`agency` is required unless the token is an agency’s.', [
        { in: 'body', pointer: '/agency', code: 'required', message: 'Name the submitting agency.' },
      ]);
    }
    const today = wibDate(this.clock());
    return this.db.transaction(async (tx) => {
      const { period } = await this.periodOf(tx, ctx, agreementId, name);
      const parties = await submittingParties(tx, agreementId);
      if (!parties.some((party) => party.code === agency)) {
        throw new NotFoundError(`\`${agency}\` hands in no submissions under \`${agreementId}\` (not a party, or the counterpart).`);
      }
      const actors = await this.actorsOf(tx, ctx, agreementId, agency);
      const probe = transition('open', action, actors);
      if (!probe.ok && probe.reason === 'forbidden') {
        const who = { submit: 'the agency itself', verify: 'the lead party', return: 'the lead party', accept: 'the counterpart' }[action];
        throw new ForbiddenError(`Only ${who} (or an admin) may ${action} a submission.`);
      }
      if (action === 'submit' && period.from > today) {
        throw new ConflictError(`Period \`${name}\` begins on ${period.from}; its reports cannot be complete yet.`, 'period-not-started');
      }
      // Shared with batches; a close takes it exclusively, so no move slips past a close.
      await lockAgreement(tx, agreementId, 'shared');
      const closed = await findReportingPeriod(tx, agreementId, period.name);
      if (closed?.status === 'closed') {
        throw new ConflictError(`Period \`${name}\` is closed; an admin reopens it before its submissions change.`, 'period-closed');
      }
      const row = await lockSubmission(tx, agreementId, period.name, agency);
      const result = transition(row.status, action, actors);
      if (!result.ok) {
        throw new ConflictError(
          `The submission of \`${agency}\` for \`${name}\` is \`${row.status}\`: it cannot be ${action === 'return' ? 'returned' : `${action}ed`} from there.`,
          'invalid-transition',
          {
            currentStatus: row.status,
          },
        );
      }
      const at = this.clock();
      const by = principal.sub;
      const changes: Partial<PeriodSubmissionRow> =
        action === 'submit'
          ? { status: result.to, submittedAt: at, submittedBy: by, returnReason: null }
          : action === 'verify'
            ? { status: result.to, verifiedAt: at, verifiedBy: by }
            : action === 'return'
              ? { status: result.to, returnedAt: at, returnedBy: by, returnReason: reason ?? null }
              : { status: result.to, acceptedAt: at, acceptedBy: by };
      const updated = await updateSubmission(tx, { agreementId, period: period.name, agencyCode: agency }, changes);
      await recordAudit(tx, ctx, {
        action: `period.${action}`,
        entityType: 'period',
        entityId: `${agreementId}/${period.name}`,
        details: { agency, from: row.status, to: result.to, as: [...actors].sort(), ...(reason ? { reason } : {}) },
      });
      const announced = { submit: 'period.submitted', verify: 'period.verified', accept: 'period.accepted' } as const;
      if (action !== 'return') {
        await emitEvent(tx, announced[action], {
          agreementId,
          agency,
          period: period.name,
          status: result.to,
          links: { submissions: `/v1/agreements/${agreementId}/periods/${period.name}/submissions` },
        });
      }
      return toSubmission(updated);
    });
  }

  /**
   * Closes a period (admin): its figures are computed up to its last day and frozen as version
   * N — the summary and the series bodies exactly as they will be served, with their ETags —
   * and from then on a record dated in it is rejected and a void that would move its credits is
   * refused. Batches hold the agreement's lock shared and voids their own lock: the close takes
   * both, so a batch or a void racing it either committed before (and is in the snapshot) or
   * runs after (and sees the period closed). A re-close after a reopen writes the next version
   * and the adjustment: every figure that moved since the previous one.
   */
  async close(ctx: RequestContext, agreementId: string, name: string): Promise<ReportingPeriodView> {
    requireAdmin(ctx);
    const today = wibDate(this.clock());
    return this.db.transaction(async (tx) => {
      const { agreement, period } = await this.periodOf(tx, ctx, agreementId, name);
      if (period.to >= today) {
        throw new ConflictError(`Period \`${name}\` runs until ${period.to} (WIB); it can be closed from the day after.`, 'period-not-ended');
      }
      await lockAgreement(tx, agreementId, 'exclusive');
      await lockVoids(tx, agreementId);
      const row = await findReportingPeriod(tx, agreementId, period.name);
      if (row?.status === 'closed') throw new ConflictError(`Period \`${name}\` is already closed (version ${row.version}).`, 'period-closed');
      const version = (row?.version ?? 0) + 1;
      const at = this.clock();
      const by = ctx.principal.sub;
      const { summaryBody, summaryEtag, figures, seriesDay, seriesWeek } = await this.freeze(tx, agreement, period, version, at);

      if (row) await updateReportingPeriod(tx, agreementId, period.name, { status: 'closed', version, closedAt: at, closedBy: by });
      else {
        await insertReportingPeriod(tx, {
          agreementId,
          period: period.name,
          startsOn: period.blockStart,
          endsOn: period.blockEnd,
          status: 'closed',
          version,
          closedAt: at,
          closedBy: by,
        });
      }
      await insertSnapshot(tx, {
        agreementId,
        period: period.name,
        version,
        summaryBody,
        summaryEtag,
        seriesDayBody: seriesDay.body,
        seriesDayEtag: seriesDay.etag,
        seriesWeekBody: seriesWeek.body,
        seriesWeekEtag: seriesWeek.etag,
        figures,
        createdAt: at,
        createdBy: by,
      });
      let changed = 0;
      if (row?.reopenedAt && row.reopenedBy && row.reopenReason) {
        const previous = await findSnapshot(tx, agreementId, period.name, row.version);
        const changes = diffFigures((previous?.figures ?? {}) as Figures, figures);
        changed = changes.length;
        await insertAdjustment(tx, {
          agreementId,
          period: period.name,
          version,
          reason: row.reopenReason,
          reopenedAt: row.reopenedAt,
          reopenedBy: row.reopenedBy,
          closedAt: at,
          closedBy: by,
          changes,
        });
      }
      await recordAudit(tx, ctx, {
        action: 'period.close',
        entityType: 'period',
        entityId: `${agreementId}/${period.name}`,
        details: { version, ...(version > 1 ? { figuresChanged: changed } : {}) },
      });
      await emitEvent(tx, 'period.closed', {
        agreementId,
        agency: null,
        period: period.name,
        version,
        links: { periods: `/v1/agreements/${agreementId}/periods` },
      });
      const closedRow = (await findReportingPeriod(tx, agreementId, period.name)) as ReportingPeriodRow;
      const state = await readPeriodState(tx, agreement);
      return this.view(
        period,
        closedRow,
        await submittingParties(tx, agreementId),
        (agency) => submissionStatusOf(state, period.name, agency),
        today,
      );
    });
  }

  /** The period's figures up to its last day, rendered as they are served (`version` null: computed, not frozen). */
  private async freeze(tx: Transaction, agreement: AgreementRow, period: AgreementPeriod, version: number | null, at: Date) {
    const summary = await this.progress.computeSummary(tx, agreement, period.to, {
      date: period.to,
      frozenAt: version === null ? undefined : at,
      period: {
        period: period.name,
        from: period.from,
        to: period.to,
        status: version === null ? 'reopened' : 'closed',
        version,
        frozenAt: version === null ? null : at.toISOString(),
        newlyCovered: 0,
      },
    });
    const rendered = renderSummary(summary);
    const prefix = version === null ? '' : `v${version}-`;
    const series = async (interval: 'day' | 'week') => {
      const body = renderSeries(await this.progress.computeSeries(tx, agreement, { interval, to: period.to }, period.to)).body;
      return { body, etag: etagOf(body, prefix) };
    };
    return {
      summaryBody: rendered.body,
      summaryEtag: etagOf(rendered.body, prefix),
      figures: flattenFigures(summary),
      seriesDay: await series('day'),
      seriesWeek: await series('week'),
    };
  }

  /** Reopens a closed period (admin, with a reason): records and voids may change it again, and each change is an adjustment. */
  async reopen(ctx: RequestContext, agreementId: string, name: string, reason: string): Promise<ReportingPeriodView> {
    requireAdmin(ctx);
    const today = wibDate(this.clock());
    return this.db.transaction(async (tx) => {
      const { agreement, period } = await this.periodOf(tx, ctx, agreementId, name);
      await lockAgreement(tx, agreementId, 'exclusive');
      const row = await findReportingPeriod(tx, agreementId, period.name);
      if (row?.status !== 'closed') {
        throw new ConflictError(
          `Period \`${name}\` is ${row ? 'already reopened' : 'not closed'}; only a closed period is reopened.`,
          'period-not-closed',
        );
      }
      const updated = await updateReportingPeriod(tx, agreementId, period.name, {
        status: 'reopened',
        reopenedAt: this.clock(),
        reopenedBy: ctx.principal.sub,
        reopenReason: reason,
      });
      await recordAudit(tx, ctx, {
        action: 'period.reopen',
        entityType: 'period',
        entityId: `${agreementId}/${period.name}`,
        details: { version: row.version, reason },
      });
      const state = await readPeriodState(tx, agreement);
      return this.view(period, updated, await submittingParties(tx, agreementId), (agency) => submissionStatusOf(state, period.name, agency), today);
    });
  }

  /**
   * What reopenings changed: one entry per re-close (the figures that moved from the previous
   * version to it), and, while the period is reopened now, a pending one (its figures computed
   * now against the last frozen version).
   */
  async adjustments(ctx: RequestContext, agreementId: string, name: string, query: { limit: number; cursor?: string }): Promise<Page<Adjustment>> {
    const [after] = decodeCursor(query.cursor, CursorKeys.int32) ?? [];
    return readSnapshot(this.db, async (tx) => {
      const { agreement, period } = await this.periodOf(tx, ctx, agreementId, name);
      const rows = await listAdjustments(tx, agreementId, period.name, after, query.limit);
      const page = paginate(rows, query.limit, (row) => [row.version]);
      const items = page.items.map(toAdjustment);
      const row = await findReportingPeriod(tx, agreementId, period.name);
      if (page.nextCursor === null && row?.status === 'reopened' && row.reopenedAt && row.reopenedBy && row.reopenReason) {
        const last = await findSnapshot(tx, agreementId, period.name, row.version);
        const now = await this.freeze(tx, agreement, period, null, this.clock());
        items.push({
          period: period.name,
          version: null,
          state: 'pending',
          reason: row.reopenReason,
          reopenedAt: row.reopenedAt.toISOString(),
          reopenedBy: row.reopenedBy,
          closedAt: null,
          closedBy: null,
          changes: diffFigures((last?.figures ?? {}) as Figures, now.figures),
        });
      }
      return { items, nextCursor: page.nextCursor };
    });
  }
}
