import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Executor } from '../../db/client.js';
import type { AlertRow } from '../../db/schema.js';
import {
  alertTransition,
  type EnrollmentCommitment,
  milestoneOverdue,
  type Projection,
  paceWindowStart,
  projectCommitments,
  recentCredits,
  statusOf,
} from '../../domain/alerts.js';
import { agencyStatus } from '../../domain/pace.js';
import { type Clock, wibDate } from '../../domain/time.js';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import { type RequestContext, requireActingFor } from '../../lib/context.js';
import { CursorKeys, decodeCursor, paginate } from '../../lib/cursor.js';
import type { Page } from '../../schemas/common.js';
import { findAgreement } from '../agreements/repository.js';
import type { AgreementService } from '../agreements/service.js';
import { recordAudit } from '../audit/repository.js';
import { allCommitments } from '../commitments/repository.js';
import { emitEvent } from '../webhooks/outbox.js';
import {
  acknowledgeAlert,
  allParties,
  claimDailyRun,
  creditedOf,
  creditedSince,
  findAlert,
  insertAlert,
  listOpenAlerts,
  lockAgencyStatus,
  openAlertsOf,
  resolveAlert,
  setAgencyStatus,
  updateAlertDetails,
} from './repository.js';
import type { Alert } from './schemas.js';

/** Events after which an agency's figures or commitments may have changed: its alerts are evaluated. */
const FIGURE_EVENTS = new Set(['batch.created', 'batch.voided', 'import.completed', 'commitment.signed']);

const projectionDetails = (p: Projection) => ({
  dueDate: p.dueDate,
  cumulativeTarget: p.cumulativeTarget,
  credited: p.credited,
  projected: p.projected,
  shortfall: p.shortfall,
  pacePerDay: p.pacePerDay,
  requiredPerDay: p.requiredPerDay,
});

function toAlert(row: AlertRow): Alert {
  return {
    id: row.id,
    agreementId: row.agreementId,
    agency: row.agencyCode,
    commitmentId: row.commitmentId,
    kind: row.kind,
    openedAt: row.openedAt.toISOString(),
    details: row.details as Alert['details'],
    acknowledgement: row.acknowledgedAt
      ? { at: row.acknowledgedAt.toISOString(), by: row.acknowledgedBy ?? '', note: row.acknowledgementNote }
      : null,
  };
}

/**
 * Alerts (docs/domain.md §13). The rules are in domain/alerts.ts; this evaluates them for an
 * agency on its current figures and turns their changes into alerts and outbox events — after
 * every change to its figures (in the dispatcher's transaction that fans that change's event out,
 * so the write that caused it never waits for this), and once a WIB day for every agency.
 */
export class AlertService {
  private timer: NodeJS.Timeout | undefined;
  private lastDay: string | undefined;

  constructor(
    private readonly db: Database,
    private readonly agreements: AgreementService,
    private readonly clock: Clock,
  ) {}

  /** Evaluates every agency named by events that change figures (distinct pairs), in `tx`. */
  async afterEvents(tx: Executor, events: { type: string; agreement_id: string | null; agency_code: string | null }[]): Promise<void> {
    const pairs = new Set<string>();
    for (const event of events) {
      if (FIGURE_EVENTS.has(event.type) && event.agreement_id && event.agency_code)
        pairs.add(JSON.stringify([event.agreement_id, event.agency_code]));
    }
    const today = wibDate(this.clock());
    for (const pair of [...pairs].sort()) {
      const [agreementId, agencyCode] = JSON.parse(pair) as [string, string];
      await this.evaluateAgency(tx, agreementId, agencyCode, today);
    }
  }

  /** The agency's alerts and status as of `today`: opens, refreshes and resolves; emits each change. */
  async evaluateAgency(tx: Executor, agreementId: string, agencyCode: string, today: string): Promise<void> {
    const agreement = await findAgreement(tx, agreementId);
    if (!agreement) return;
    // Locked first: evaluations of one agency run one after another, each seeing the last's alerts.
    const previous = await lockAgencyStatus(tx, agreementId, agencyCode);
    const active = (await allCommitments(tx, agreementId, agencyCode)).filter((c) => c.status === 'active');
    const enrollment: EnrollmentCommitment[] = active
      .filter((c) => c.kind === 'enrollment' && c.targetWorkers !== null)
      .map((c) => ({ id: c.id, targetWorkers: c.targetWorkers as number, dueDate: c.dueDate }));
    const credited = await creditedOf(tx, agreementId, agencyCode);
    const recent = recentCredits(await creditedSince(tx, agreementId, agencyCode, paceWindowStart(today)), today);
    const open = new Map((await openAlertsOf(tx, agreementId, agencyCode)).map((a) => [`${a.kind}:${a.commitmentId}`, a]));
    const links = { alerts: `/v1/agreements/${agreementId}/alerts` };

    for (const p of projectCommitments({ today, credited, recent, commitments: enrollment })) {
      const key = `projected_miss:${p.commitmentId}`;
      const alert = open.get(key);
      open.delete(key);
      const details = projectionDetails(p);
      const step = alertTransition(p.miss, alert !== undefined);
      if (step === 'open') {
        const id = randomUUID();
        const row = await insertAlert(tx, { id, agreementId, agencyCode, commitmentId: p.commitmentId, kind: 'projected_miss', details });
        if (row) {
          await emitEvent(tx, 'agency.projected_miss', {
            alertId: id,
            commitmentId: p.commitmentId,
            agreementId,
            agency: agencyCode,
            ...details,
            links,
          });
        }
      } else if (step === 'resolve') await resolveAlert(tx, (alert as AlertRow).id, details);
      else if (alert) await updateAlertDetails(tx, alert.id, details);
    }

    for (const milestone of active.filter((c) => c.kind === 'milestone')) {
      const key = `milestone_overdue:${milestone.id}`;
      const alert = open.get(key);
      open.delete(key);
      const overdue = milestoneOverdue({ dueDate: milestone.dueDate, done: milestone.milestoneStatus === 'done' }, today);
      const step = alertTransition(overdue, alert !== undefined);
      if (step === 'open') {
        const id = randomUUID();
        const row = await insertAlert(tx, {
          id,
          agreementId,
          agencyCode,
          commitmentId: milestone.id,
          kind: 'milestone_overdue',
          details: { dueDate: milestone.dueDate },
        });
        if (row) {
          await emitEvent(tx, 'milestone.overdue', {
            alertId: id,
            commitmentId: milestone.id,
            agreementId,
            agency: agencyCode,
            dueDate: milestone.dueDate,
            links: { commitment: `/v1/commitments/${milestone.id}`, ...links },
          });
        }
      } else if (step === 'resolve') await resolveAlert(tx, (alert as AlertRow).id);
    }
    // Open alerts of commitments no longer active (amended back to draft): their condition is gone.
    for (const alert of open.values()) await resolveAlert(tx, alert.id);

    const status = statusOf({ today, periodStart: agreement.periodStart, credited, commitments: enrollment });
    if (status !== previous) {
      await setAgencyStatus(tx, agreementId, agencyCode, status);
      if (previous !== null || status !== 'no_commitment') {
        const { committedWorkers } = agencyStatus({ today, periodStart: agreement.periodStart, credited, commitments: enrollment });
        await emitEvent(tx, 'agency.status_changed', {
          agreementId,
          agency: agencyCode,
          from: previous as 'met' | 'on_track' | 'behind' | 'no_commitment' | null,
          to: status,
          credited,
          committedWorkers,
          links: { summary: `/v1/agreements/${agreementId}/summary` },
        });
      }
    }
  }

  /**
   * The daily evaluation of every agency, once per WIB day across all instances (the day's row
   * in `alert_runs` is claimed in the same transaction, so a crash mid-run leaves it unclaimed).
   * Returns whether this call ran it.
   */
  async runDaily(): Promise<boolean> {
    const today = wibDate(this.clock());
    if (this.lastDay === today) return false;
    const ran = await this.db.transaction(async (tx) => {
      if (!(await claimDailyRun(tx, today))) return false;
      for (const party of await allParties(tx)) await this.evaluateAgency(tx, party.agreement_id, party.agency_code, today);
      return true;
    });
    this.lastDay = today;
    return ran;
  }

  /**
   * Checks every `intervalMs` whether a new WIB day has begun, and then runs the daily evaluation.
   * The first check waits for the first tick rather than running at start: the evaluation reads
   * every party's figures, and on the embedded database (one connection, its queries run on the
   * event loop) that held a cold start's first answers back by about 0.65 s.
   */
  startDaily(log: FastifyBaseLogger, intervalMs = 60_000): void {
    const run = () => {
      this.runDaily().catch((error) => log.warn({ err: error }, 'daily alert evaluation failed; retried later'));
    };
    this.timer = setInterval(run, intervalMs);
    this.timer.unref();
  }

  stopDaily(): void {
    clearInterval(this.timer);
  }

  async list(ctx: RequestContext, agreementId: string, query: { agency?: string; limit: number; cursor?: string }): Promise<Page<Alert>> {
    const { principal } = ctx;
    if (principal.role === 'agency' && query.agency && query.agency !== principal.agency) {
      throw new ForbiddenError(`An agency token for \`${principal.agency}\` reads only its own alerts.`);
    }
    await this.agreements.readable(ctx, agreementId);
    const after = decodeCursor(query.cursor, CursorKeys.timeAndUuid);
    const rows = await listOpenAlerts(this.db, {
      agreementId,
      agencyCode: principal.role === 'agency' ? principal.agency : query.agency,
      after: after as [string, string] | undefined,
      limit: query.limit,
    });
    const page = paginate(rows, query.limit, (row) => [row.openedAt.toISOString(), row.id]);
    return { items: page.items.map(toAlert), nextCursor: page.nextCursor };
  }

  async acknowledge(ctx: RequestContext, agreementId: string, alertId: string, note: string | null): Promise<Alert> {
    const alert = await findAlert(this.db, alertId);
    if (!alert || alert.agreementId !== agreementId) throw new NotFoundError(`Alert \`${alertId}\` does not exist under \`${agreementId}\`.`);
    requireActingFor(ctx, alert.agencyCode);
    const row = await this.db.transaction(async (tx) => {
      const acknowledged = await acknowledgeAlert(tx, alertId, ctx.principal.sub, note);
      await recordAudit(tx, ctx, { action: 'alert.acknowledge', entityType: 'alert', entityId: alertId, announce: false });
      return acknowledged;
    });
    return toAlert(row);
  }
}
