import { createHash } from 'node:crypto';
import type { Database, DatabaseHandle } from '../../db/client.js';
import type { AgreementRow, CommitmentRow } from '../../db/schema.js';
import { agencyStatus, computePace, elapsedShare, round } from '../../domain/pace.js';
import { PROGRAMS, SEGMENTS } from '../../domain/programs.js';
import { addDays, type Clock, dateOfDayNumber, dayNumber, daysBetween, isoWeekday, wibDate } from '../../domain/time.js';
import { BadRequestError, ForbiddenError, NotFoundError } from '../../errors.js';
import type { Principal } from '../../lib/context.js';
import { findAgreement } from '../agreements/repository.js';
import { toAgreement } from '../agreements/service.js';
import { CHANGES_CHANNEL } from '../audit/repository.js';
import { allCommitments } from '../commitments/repository.js';
import { toCommitment } from '../commitments/service.js';
import {
  agencyStandings,
  batchTotals,
  breakdownTotals,
  creditsByCommitment,
  creditsByDay,
  lastChangeAt,
} from './repository.js';
import { type AgencyProgress, SERIES_MAX_DAYS, type Series, type Summary, SummarySchema } from './schemas.js';

export interface RenderedSummary {
  summary: Summary;
  /** The JSON body, serialised once. */
  body: string;
  /** Strong ETag of the body. */
  etag: string;
}

/**
 * The governor's office polls the summary all day, so each instance keeps the rendered summary
 * of each agreement until something changes. Every write NOTIFYs on commit (see recordAudit),
 * and today's WIB date is part of the key; while the notification connection is down nothing is
 * cached, so an instance never serves figures older than the database's.
 */
class SummaryCache {
  private readonly entries = new Map<string, RenderedSummary & { today: string }>();
  private following = false;
  /** Bumped on every change, so a summary computed across a change is not kept. */
  private generation = 0;

  async follow(database: DatabaseHandle): Promise<void> {
    const reset = () => this.invalidate();
    await database.listen(CHANGES_CHANNEL, {
      onNotify: reset,
      onReady: () => {
        reset();
        this.following = true;
      },
      onLost: () => {
        this.following = false;
        reset();
      },
    });
  }

  /** Forgets everything, and every computation under way. */
  invalidate() {
    this.generation++;
    this.entries.clear();
  }

  get(agreementId: string, today: string) {
    const entry = this.entries.get(agreementId);
    return entry && entry.today === today ? entry : undefined;
  }

  /** Starts a computation; its result is kept only if nothing changed meanwhile. */
  begin(): (agreementId: string, today: string, rendered: RenderedSummary) => void {
    const generation = this.generation;
    return (agreementId, today, rendered) => {
      if (this.following && generation === this.generation) this.entries.set(agreementId, { ...rendered, today });
    };
  }
}

const activeEnrollment = (c: CommitmentRow) => c.kind === 'enrollment' && c.status === 'active' && c.targetWorkers !== null;

type Standing = Awaited<ReturnType<typeof agencyStandings>>[number];

/** An agency's standing against its active enrollment commitments (those of `commitments` that are its own). */
function standingOf(standing: Standing, commitments: CommitmentRow[], periodStart: string, today: string) {
  const signed = commitments.filter((c) => c.agencyCode === standing.code && activeEnrollment(c));
  const { status, committedWorkers, expectedByToday } = agencyStatus({
    today,
    periodStart,
    credited: standing.credited,
    commitments: signed.map((c) => ({ targetWorkers: c.targetWorkers as number, dueDate: c.dueDate })),
  });
  return {
    expectedByToday,
    standing: {
      code: standing.code,
      name: standing.name,
      role: standing.role,
      credited: standing.credited,
      duplicatesReported: standing.duplicatesReported,
      committedWorkers,
      percentOfCommitment: committedWorkers > 0 ? round((standing.credited / committedWorkers) * 100, 1) : null,
      lastBatchAt: standing.lastBatchAt?.toISOString() ?? null,
      status,
    },
  };
}

export class ProgressService {
  private readonly cache = new SummaryCache();

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /**
   * A write committed by this instance: forget cached summaries before the writer hears back, so
   * it reads its own write even before the NOTIFY arrives (other instances wait for that).
   */
  noteLocalWrite(): void {
    this.cache.invalidate();
  }

  /** Follows change notifications so summaries can be cached. */
  start(database: DatabaseHandle): Promise<void> {
    return this.cache.follow(database);
  }

  private async agreementFor(agreementId: string): Promise<AgreementRow> {
    const agreement = await findAgreement(this.db, agreementId);
    if (!agreement) throw new NotFoundError(`Agreement \`${agreementId}\` does not exist.`);
    return agreement;
  }

  /** Agencies read the progress of the agreements they are a party of; admins and viewers, all. */
  private assertParty(principal: Principal | undefined, agreementId: string, parties: { code: string }[]) {
    if (principal?.role === 'agency' && !parties.some((p) => p.code === principal.agency)) {
      throw new ForbiddenError(`Agency \`${principal.agency}\` is not a party of \`${agreementId}\`.`);
    }
  }

  async summary(principal: Principal | undefined, agreementId: string): Promise<RenderedSummary> {
    const today = wibDate(this.clock());
    const cached = this.cache.get(agreementId, today);
    if (cached) {
      this.assertParty(principal, agreementId, cached.summary.agencies);
      return cached;
    }
    const keep = this.cache.begin();
    const agreement = await this.agreementFor(agreementId);
    const summary = await this.computeSummary(agreement, today);
    this.assertParty(principal, agreementId, summary.agencies);
    // Validated once here, against the same schema the OpenAPI document shows, then served as is.
    const body = JSON.stringify(SummarySchema.parse(summary));
    const rendered = { summary, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"` };
    keep(agreementId, today, rendered);
    return rendered;
  }

  private async computeSummary(agreement: AgreementRow, today: string): Promise<Summary> {
    const [standings, days, breakdown, commitments, asOf] = await Promise.all([
      agencyStandings(this.db, agreement.id),
      creditsByDay(this.db, agreement.id),
      breakdownTotals(this.db, agreement.id),
      allCommitments(this.db, agreement.id),
      lastChangeAt(this.db, agreement.id),
    ]);
    const { baseline, target, workforce } = toAgreement(agreement);
    const newlyCovered = standings.reduce((sum, a) => sum + a.credited, 0);
    const coveredWorkers = baseline.workers + newlyCovered;
    const weekAgo = addDays(today, -6);
    const last7Days = days.filter((d) => d.day >= weekAgo && d.day <= today).reduce((sum, d) => sum + d.credited, 0);
    const gapWorkers = Math.max(0, target.workers - coveredWorkers);

    const counts = <K extends string>(keys: readonly K[], dimension: string) => {
      const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
      for (const row of breakdown) if (row.dimension === dimension) out[row.key as K] = row.credited;
      return out;
    };
    const byRegency: Record<string, number> = {};
    for (const row of breakdown) if (row.dimension === 'regency') byRegency[row.key] = row.credited;

    return {
      agreementId: agreement.id,
      asOf: asOf.toISOString(),
      baseline,
      target,
      workforce,
      covered: { workers: coveredWorkers, percent: round((coveredWorkers / workforce.workers) * 100, 2) },
      newlyCovered,
      gap: { workers: gapWorkers, percentPoints: round((gapWorkers / workforce.workers) * 100, 2) },
      pace: computePace({ today, targetDate: agreement.targetDate, coveredWorkers, targetWorkers: target.workers, last7Days }),
      agencies: standings.map((standing) => standingOf(standing, commitments, agreement.periodStart, today).standing),
      bySegment: counts(SEGMENTS, 'segment'),
      byProgram: counts(PROGRAMS, 'program'),
      byRegency,
      milestones: commitments
        .filter((c) => c.kind === 'milestone')
        .map((c) => ({
          agency: c.agencyCode,
          title: c.title,
          dueDate: c.dueDate,
          status: c.milestoneStatus === 'done' ? 'done' : c.dueDate < today ? 'overdue' : 'open',
          signed: c.status === 'active',
        })),
    };
  }

  async series(
    principal: Principal | undefined,
    agreementId: string,
    query: { interval: 'day' | 'week'; from?: string; to?: string; agency?: string },
  ): Promise<Series> {
    const agreement = await this.agreementFor(agreementId);
    this.assertParty(principal, agreementId, await agencyStandings(this.db, agreementId));
    const today = wibDate(this.clock());
    const from = query.from ?? agreement.periodStart;
    const defaultTo = today < agreement.targetDate ? today : agreement.targetDate;
    const to = query.to ?? (defaultTo < from ? from : defaultTo);
    if (daysBetween(from, to) > SERIES_MAX_DAYS) {
      throw new BadRequestError(`A series spans at most ${SERIES_MAX_DAYS} days after \`from\`.`, 'validation');
    }

    const credits = new Map((await creditsByDay(this.db, agreementId, query.agency)).map((d) => [d.day, d.credited]));
    let cumulative = query.agency ? 0 : agreement.baselineWorkers;
    for (const [day, n] of credits) if (day < from) cumulative += n;
    const line = (date: string) =>
      query.agency
        ? null
        : Math.round(
            agreement.baselineWorkers +
              (agreement.targetWorkers - agreement.baselineWorkers) * elapsedShare(agreement.periodStart, agreement.targetDate, date),
          );

    const points: Series['points'] = [];
    // Counted on day numbers, not date strings: the loop's bound is an integer known up front.
    for (let dayN = dayNumber(from), last = dayNumber(to); dayN <= last; dayN++) {
      const day = dateOfDayNumber(dayN);
      const n = credits.get(day) ?? 0;
      cumulative += n;
      const weekday = isoWeekday(day);
      const last = points[points.length - 1];
      if (query.interval === 'week' && last && weekday !== 0) {
        last.newlyCovered += n;
        last.cumulativeCovered = cumulative;
        last.targetLine = line(day);
      } else {
        points.push({ date: day, newlyCovered: n, cumulativeCovered: cumulative, targetLine: line(day) });
      }
    }
    return { agreementId, interval: query.interval, agency: query.agency ?? null, from, to, points };
  }

  async agencyProgress(principal: Principal | undefined, agreementId: string, agencyCode: string): Promise<AgencyProgress> {
    const agreement = await this.agreementFor(agreementId);
    const standings = await agencyStandings(this.db, agreementId);
    this.assertParty(principal, agreementId, standings);
    const standing = standings.find((s) => s.code === agencyCode);
    if (!standing) throw new NotFoundError(`Agency \`${agencyCode}\` is not a party of \`${agreementId}\`.`);

    const today = wibDate(this.clock());
    const [commitments, byCommitment, totals] = await Promise.all([
      allCommitments(this.db, agreementId, agencyCode),
      creditsByCommitment(this.db, agreementId, agencyCode),
      batchTotals(this.db, agreementId, agencyCode),
    ]);
    const credits = new Map(byCommitment.map((row) => [row.commitment_id, row.credited]));
    const own = standingOf(standing, commitments, agreement.periodStart, today);
    return {
      agreementId,
      agency: { ...own.standing, expectedByToday: own.expectedByToday },
      commitments: commitments.map((c) => {
        const credited = credits.get(c.id) ?? 0;
        return {
          ...toCommitment(c),
          progress:
            c.kind === 'enrollment' && c.targetWorkers
              ? {
                  credited,
                  percent: round((credited / c.targetWorkers) * 100, 1),
                  expectedByToday: Math.ceil(c.targetWorkers * elapsedShare(agreement.periodStart, c.dueDate, today)),
                }
              : null,
        };
      }),
      batches: {
        count: totals.count ?? 0,
        voided: totals.voided ?? 0,
        received: totals.received ?? 0,
        accepted: totals.accepted ?? 0,
        duplicates: { inBatch: totals.in_batch ?? 0, sameAgency: totals.same_agency ?? 0, otherAgency: totals.other_agency ?? 0 },
        outOfRegion: totals.out_of_region ?? 0,
        rejected: totals.rejected ?? 0,
      },
      creditedElsewhere: totals.other_agency ?? 0,
    };
  }
}
