import { createHash } from 'node:crypto';
import { type Database, type DatabaseHandle, readSnapshot, type Transaction } from '../../db/client.js';
import type { AgreementRow, CommitmentRow } from '../../db/schema.js';
import { type AreaTarget, areaPace, regencyName } from '../../domain/area-targets.js';
import { agencyStatus, computePace, elapsedShare, round } from '../../domain/pace.js';
import { agreementPeriod } from '../../domain/periods.js';
import { PROGRAMS, SEGMENTS } from '../../domain/programs.js';
import { addDays, type Clock, dateOfDayNumber, dayNumber, daysBetween, isoWeekday, wibDate } from '../../domain/time.js';
import { BadRequestError, NotFoundError } from '../../errors.js';
import { type AgreementService, type ReaderContext, resolveBaseline, toAgreement } from '../agreements/service.js';
import { activeEnrollmentCommitments, allCommitments, budgetDigest, milestoneDigest } from '../commitments/repository.js';
import { toCommitment } from '../commitments/service.js';
import { confirmedByDay, labelTotals, latestExtract, latestOfficialFigure, officialFiguresBetween } from '../confirmations/repository.js';
import { agencySubmissions, reportingOf } from '../periods/reporting.js';
import { findReportingPeriod, findSchedule, findSnapshot } from '../periods/repository.js';
import type { SummaryPeriod } from '../periods/schemas.js';
import {
  agencyRegencyCredits,
  agencyStandings,
  batchTotals,
  breakdownTotals,
  breakdownUpTo,
  creditsByAgencyUpTo,
  creditsByCommitment,
  creditsByDay,
  lastChangeAt,
} from './repository.js';
import { type AgencyProgress, MAX_SUMMARY_BUDGETS, SERIES_MAX_DAYS, type Series, SeriesSchema, type Summary, SummarySchema } from './schemas.js';
import { SummaryCache } from './summary-cache.js';

/**
 * How many milestones a summary embeds: the most relevant ones (overdue, then open, then done),
 * beside the counts of all and a link to the paged list. A summary stays a few kilobytes however
 * many milestones the parties record.
 */
export const MAX_SUMMARY_MILESTONES = 20;

export interface RenderedSummary {
  summary: Summary;
  /** The JSON body, serialised once. */
  body: string;
  /** The body as UTF-8, encoded once: a cached summary is sent as these bytes, never re-encoded. */
  bytes: Buffer;
  /** Strong ETag of the body. */
  etag: string;
}

/** A body served as stored or rendered once, with its strong ETag. */
export interface RenderedBody {
  body: string;
  /** The body as UTF-8, when encoded once to be served many times. */
  bytes?: Buffer;
  etag: string;
}

/** The strong ETag of a body: its SHA-256, shortened. */
export const etagOf = (body: string, prefix = '') => `"${prefix}${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** Figures up to a day (a reporting period's last), for `?period=` and the snapshot a close freezes. */
export interface UpTo {
  /** The last enrollment date counted; also "today" for pace, standings and milestones. */
  date: string;
  /** The `asOf` to show: when the figures were frozen (a close); undefined = the latest change. */
  frozenAt?: Date;
  period: SummaryPeriod;
}

export type SeriesQueryInput = { interval: 'day' | 'week'; from?: string; to?: string; agency?: string; period?: string; version?: number };

const activeEnrollment = (c: CommitmentRow) => c.kind === 'enrollment' && c.status === 'active' && c.targetWorkers !== null;

type Standing = Awaited<ReturnType<typeof agencyStandings>>[number];
type Labels = Awaited<ReturnType<typeof labelTotals>>;
type AgencyConfirmation = AgencyProgress['agency']['confirmation'];

/**
 * The confirmation figures of the workers credited to `holder` (docs/domain.md §11): what the
 * labels rollup counts, and the rest of `reported` unconfirmed, so the four always add up.
 */
function confirmationOf(labels: Labels, reported: number, holders: (holder: string) => boolean): AgencyConfirmation {
  const count = (status: string) => labels.filter((l) => holders(l.holder) && l.status === status).reduce((sum, l) => sum + l.workers, 0);
  const confirmedActive = count('active');
  const confirmedInactive = count('inactive');
  const notFound = count('not_found');
  return {
    reported,
    confirmedActive,
    confirmedInactive,
    notFound,
    unconfirmed: reported - confirmedActive - confirmedInactive - notFound,
    rate: reported > 0 ? round(confirmedActive / reported, 4) : null,
  };
}

/**
 * An agency's standing against its active enrollment commitments (those of `commitments` that are
 * its own), judged on its credited workers, or on its confirmed-active ones under `confirmed`.
 */
function standingOf(
  standing: Standing,
  commitments: CommitmentRow[],
  agreement: AgreementRow,
  today: string,
  labels: Labels,
  liveCredited = standing.credited,
) {
  const periodStart = agreement.periodStart;
  const confirmation = confirmationOf(labels, liveCredited, (holder) => holder === standing.code);
  const signed = commitments.filter((c) => c.agencyCode === standing.code && activeEnrollment(c));
  const { status, committedWorkers, expectedByToday } = agencyStatus({
    today,
    periodStart,
    credited: agreement.countBasis === 'confirmed' ? confirmation.confirmedActive : standing.credited,
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
      confirmation,
    },
  };
}

/** An agency's area targets: summed over its active enrollment commitments, with its credits there. */
function agencyAreaTargets(commitments: CommitmentRow[], regencies: { key: string; credited: number }[]): AgencyProgress['areaTargets'] {
  const targets = new Map<string, number>();
  for (const c of commitments) {
    if (!activeEnrollment(c)) continue;
    for (const { areaCode, workers } of c.areaTargets as AreaTarget[]) targets.set(areaCode, (targets.get(areaCode) ?? 0) + workers);
  }
  const credited = new Map(regencies.map((r) => [r.key, Number(r.credited)]));
  return [...targets.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([areaCode, target]) => ({ areaCode, name: regencyName(areaCode), target, credited: credited.get(areaCode) ?? 0 }));
}

/** Budget commitments committed vs realised: totals over the signed ones, the first ones listed. */
function budgetSummary(rows: Awaited<ReturnType<typeof budgetDigest>>): Summary['budget'] {
  const list = rows.map(({ commitment: c, realisedRupiah, realisedWorkers }) => ({
    id: c.id,
    agency: c.agencyCode,
    title: c.title,
    dueDate: c.dueDate,
    signed: c.status === 'active',
    amountRupiah: c.amountRupiah ?? 0,
    fundedWorkers: c.fundedWorkers ?? 0,
    realisedRupiah: Number(realisedRupiah),
    realisedWorkers: Number(realisedWorkers),
  }));
  const active = list.filter((c) => c.signed);
  const sum = (values: number[]) => values.reduce((total, n) => total + n, 0);
  return {
    count: list.length,
    committedRupiah: sum(active.map((c) => c.amountRupiah)),
    realisedRupiah: sum(active.map((c) => c.realisedRupiah)),
    fundedWorkers: sum(active.map((c) => c.fundedWorkers)),
    realisedWorkers: sum(active.map((c) => c.realisedWorkers)),
    commitments: list.slice(0, MAX_SUMMARY_BUDGETS),
  };
}

/**
 * Progress is read, never written: every figure of one answer comes from one read-only snapshot
 * (readSnapshot), so a summary's totals and breakdowns agree even while batches and voids commit.
 */
export class ProgressService {
  private readonly cache = new SummaryCache<RenderedSummary>();

  constructor(
    private readonly db: Database,
    private readonly agreements: AgreementService,
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

  async summary(ctx: ReaderContext, agreementId: string): Promise<RenderedSummary> {
    const today = wibDate(this.clock());
    const cached = this.cache.get(agreementId, today);
    if (cached) {
      this.agreements.assertReadable(ctx, agreementId, cached.summary.agencies);
      return cached;
    }
    // Begun before the snapshot is taken: see SummaryCache.
    const keep = this.cache.begin();
    const summary = await readSnapshot(this.db, async (tx) => {
      const agreement = await this.agreements.readable(ctx, agreementId, tx);
      return this.computeSummary(tx, agreement, today);
    });
    const rendered = renderSummary(summary);
    keep(agreementId, today, rendered);
    return rendered;
  }

  /**
   * The summary of one reporting period (`?period=`): a frozen snapshot as stored, byte for
   * byte (the latest of a closed period, or the `version` asked for), else the figures up to
   * the period's last day computed now (an open or reopened period).
   */
  async periodSummary(ctx: ReaderContext, agreementId: string, name: string, version?: number): Promise<RenderedBody> {
    const today = wibDate(this.clock());
    // Figures computed now count enrollments (breakdowns are not kept per day): kept like the
    // live summary's until a write commits anywhere, so polling an open period stays cheap.
    const key = `${agreementId}\u0000${name}`;
    const cached = version === undefined ? this.cache.get(key, today) : undefined;
    if (cached) {
      this.agreements.assertReadable(ctx, agreementId, cached.summary.agencies);
      return cached;
    }
    const keep = this.cache.begin();
    const { stored, computed } = await readSnapshot(this.db, async (tx) => {
      const agreement = await this.agreements.readable(ctx, agreementId, tx);
      const { period, row, snapshot } = await this.periodOf(tx, agreement, name, version);
      if (snapshot) return { stored: { body: snapshot.summaryBody, etag: snapshot.summaryEtag }, computed: undefined };
      const upTo = liveUpTo(period, row?.status ?? 'open', today);
      return { stored: undefined, computed: renderSummary(await this.computeSummary(tx, agreement, upTo.date, upTo)) };
    });
    if (stored) return stored;
    const rendered = computed as RenderedSummary;
    keep(key, today, rendered);
    return rendered;
  }

  /** The period and the snapshot to serve (the asked version, or a closed period's latest); 404s for neither. */
  private async periodOf(tx: Transaction, agreement: AgreementRow, name: string, version?: number) {
    const period = agreementPeriod(name, agreement, await findSchedule(tx, agreement.id));
    if (!period) throw new NotFoundError(`\`${name}\` is not a reporting period of \`${agreement.id}\`.`);
    const row = await findReportingPeriod(tx, agreement.id, period.name);
    const wanted = version ?? (row?.status === 'closed' ? row.version : undefined);
    if (wanted === undefined) return { period, row, snapshot: undefined };
    const snapshot = row && wanted <= row.version ? await findSnapshot(tx, agreement.id, period.name, wanted) : undefined;
    if (!snapshot) throw new NotFoundError(`Period \`${name}\` of \`${agreement.id}\` has no frozen version ${wanted}.`);
    return { period, row, snapshot };
  }

  /**
   * The summary: live, or (with `upTo`) the figures up to a day — credits dated after it left
   * out; pace, standings and milestones as of that day; figures that carry no date (duplicates,
   * last batch) as they stand now. Public for the periods module, which freezes it on close.
   */
  async computeSummary(tx: Transaction, agreement: AgreementRow, today: string, upTo?: UpTo): Promise<Summary> {
    // One after another: a transaction is one connection, which runs one query at a time anyway.
    let standings = await agencyStandings(tx, agreement.id);
    const liveCredited = new Map(standings.map((standing) => [standing.code, standing.credited]));
    let days = await creditsByDay(tx, agreement.id);
    let breakdown = await breakdownTotals(tx, agreement.id);
    if (upTo) {
      const byAgency = new Map((await creditsByAgencyUpTo(tx, agreement.id, upTo.date)).map((row) => [row.agency_code, row.credited]));
      standings = standings.map((standing) => ({ ...standing, credited: byAgency.get(standing.code) ?? 0 }));
      days = days.filter((d) => d.day <= upTo.date);
      breakdown = await breakdownUpTo(tx, agreement.id, upTo.date);
    }
    const commitments = await activeEnrollmentCommitments(tx, agreement.id);
    const milestones = await milestoneDigest(tx, agreement.id, today, MAX_SUMMARY_MILESTONES);
    const budgets = await budgetDigest(tx, agreement.id);
    const asOf = upTo?.frozenAt ?? (await lastChangeAt(tx, agreement.id));
    const reporting = await reportingOf(tx, agreement, today);
    // BPJS's labels carry no reporting date: a period's summary shows them as they stand now,
    // against the credits as they stand now, so the identities hold in it too (docs/domain.md §11.3).
    const labels = await labelTotals(tx, agreement.id);
    let confirmedDays = await confirmedByDay(tx, agreement.id);
    if (upTo) confirmedDays = confirmedDays.filter((d) => d.day <= upTo.date);
    const extractAsOf = await latestExtract(tx, agreement.id);
    const official = await latestOfficialFigure(tx, agreement.id);
    const { baseline, target, workforce } = toAgreement(agreement, await resolveBaseline(tx, agreement));
    const newlyCovered = standings.reduce((sum, a) => sum + a.credited, 0);
    const reportedWorkers = baseline.workers + newlyCovered;
    const inPeriod = (day: string) => day >= agreement.periodStart && day <= agreement.targetDate;
    const confirmedWorkers = baseline.workers + confirmedDays.filter((d) => inPeriod(d.day)).reduce((sum, d) => sum + d.workers, 0);
    const onConfirmed = agreement.countBasis === 'confirmed';
    const coveredWorkers = onConfirmed ? confirmedWorkers : reportedWorkers;
    const weekAgo = addDays(today, -6);
    const inLastWeek = (day: string) => day >= weekAgo && day <= today && inPeriod(day);
    const last7Days = onConfirmed
      ? confirmedDays.filter((d) => inLastWeek(d.day)).reduce((sum, d) => sum + d.workers, 0)
      : days.filter((d) => d.day >= weekAgo && d.day <= today).reduce((sum, d) => sum + d.credited, 0);
    const gapWorkers = Math.max(0, target.workers - coveredWorkers);
    const percentOf = (workers: number) => round((workers / workforce.workers) * 100, 2);

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
      covered: { workers: coveredWorkers, percent: percentOf(coveredWorkers) },
      newlyCovered,
      gap: { workers: gapWorkers, percentPoints: round((gapWorkers / workforce.workers) * 100, 2) },
      pace: computePace({ today, targetDate: agreement.targetDate, coveredWorkers, targetWorkers: target.workers, last7Days }),
      agencies: standings.map((standing) => standingOf(standing, commitments, agreement, today, labels, liveCredited.get(standing.code)).standing),
      bySegment: counts(SEGMENTS, 'segment'),
      byProgram: counts(PROGRAMS, 'program'),
      byRegency,
      milestones: milestones.rows.map((c) => ({
        agency: c.agencyCode,
        title: c.title,
        dueDate: c.dueDate,
        status: c.milestoneStatus === 'done' ? 'done' : c.dueDate < today ? 'overdue' : 'open',
        signed: c.status === 'active',
      })),
      milestoneCounts: { ...milestones.counts, list: `/v1/agreements/${agreement.id}/commitments?kind=milestone` },
      countBasis: agreement.countBasis,
      reported: { workers: reportedWorkers, percent: percentOf(reportedWorkers) },
      confirmed: { workers: confirmedWorkers, percent: percentOf(confirmedWorkers) },
      confirmation: {
        ...confirmationOf(
          labels,
          [...liveCredited.values()].reduce((sum, n) => sum + n, 0),
          (holder) => holder !== '',
        ),
        bpjsOnly: labels.filter((l) => l.holder === '' && l.status === 'active').reduce((sum, l) => sum + l.workers, 0),
        asOf: extractAsOf,
      },
      officialFigure: official
        ? {
            workers: official.workers,
            percent: official.percent === null ? null : Number(official.percent),
            workforce: official.workforce,
            asOf: official.asOf,
            source: official.source,
          }
        : null,
      areaTargets: (agreement.areaTargets as AreaTarget[]).map(({ areaCode, workers }) => {
        const credited = byRegency[areaCode] ?? 0;
        return {
          areaCode,
          name: regencyName(areaCode),
          target: workers,
          credited,
          ...areaPace({ target: workers, credited, periodStart: agreement.periodStart, targetDate: agreement.targetDate, today }),
        };
      }),
      budget: budgetSummary(budgets),
      reporting,
      ...(upTo
        ? {
            period: {
              ...upTo.period,
              newlyCovered: days.filter((d) => d.day >= upTo.period.from && d.day <= upTo.period.to).reduce((sum, d) => sum + d.credited, 0),
            },
          }
        : {}),
    };
  }

  /**
   * A series as a body with its ETag. With `period`: the series from the period start to that
   * period's last day — a closed period's frozen one as stored, byte for byte (or the `version`
   * asked for), else computed now.
   */
  async seriesBody(ctx: ReaderContext, agreementId: string, query: SeriesQueryInput): Promise<RenderedBody> {
    const today = wibDate(this.clock());
    return readSnapshot(this.db, async (tx) => {
      const agreement = await this.agreements.readable(ctx, agreementId, tx);
      if (query.period === undefined) return renderSeries(await this.computeSeries(tx, agreement, query, today));
      const { period, row, snapshot } = await this.periodOf(tx, agreement, query.period, query.version);
      if (snapshot) {
        return query.interval === 'week'
          ? { body: snapshot.seriesWeekBody, etag: snapshot.seriesWeekEtag }
          : { body: snapshot.seriesDayBody, etag: snapshot.seriesDayEtag };
      }
      const upTo = liveUpTo(period, row?.status ?? 'open', today);
      return renderSeries(await this.computeSeries(tx, agreement, { interval: query.interval, to: upTo.period.to }, today));
    });
  }

  /** The series, computed now (the exports write it as CSV or XLSX). */
  async series(
    ctx: ReaderContext,
    agreementId: string,
    query: { interval: 'day' | 'week'; from?: string; to?: string; agency?: string },
  ): Promise<Series> {
    const today = wibDate(this.clock());
    return readSnapshot(this.db, async (tx) => this.computeSeries(tx, await this.agreements.readable(ctx, agreementId, tx), query, today));
  }

  /** A series computed in the caller's snapshot (public for the periods module, which freezes it on close). */
  async computeSeries(
    tx: Transaction,
    agreement: AgreementRow,
    query: { interval: 'day' | 'week'; from?: string; to?: string; agency?: string },
    today: string,
  ): Promise<Series> {
    const agreementId = agreement.id;
    const days = await creditsByDay(tx, agreementId, query.agency);
    const baselineWorkers = (await resolveBaseline(tx, agreement)).workers;
    const from = query.from ?? agreement.periodStart;
    const defaultTo = today < agreement.targetDate ? today : agreement.targetDate;
    const to = query.to ?? (defaultTo < from ? from : defaultTo);
    if (daysBetween(from, to) > SERIES_MAX_DAYS) {
      throw new BadRequestError(`A series spans at most ${SERIES_MAX_DAYS} days after \`from\`.`, 'validation');
    }
    const confirmedDays = query.agency ? [] : await confirmedByDay(tx, agreementId);
    const officials = await officialFiguresBetween(tx, agreementId, from, to);

    const credits = new Map(days.map((d) => [d.day, d.credited]));
    let cumulative = query.agency ? 0 : baselineWorkers;
    for (const [day, n] of credits) if (day < from) cumulative += n;
    // The confirmed line counts from the period start, as the summary's `confirmed` does.
    const confirmed = new Map(
      confirmedDays.filter((d) => d.day >= agreement.periodStart && d.day <= agreement.targetDate).map((d) => [d.day, d.workers]),
    );
    let confirmedCumulative = baselineWorkers;
    for (const [day, n] of confirmed) if (day < from) confirmedCumulative += n;
    const confirmedLine = () => (query.agency ? null : confirmedCumulative);
    const line = (date: string) =>
      query.agency
        ? null
        : Math.round(baselineWorkers + (agreement.targetWorkers - baselineWorkers) * elapsedShare(agreement.periodStart, agreement.targetDate, date));

    const points: Series['points'] = [];
    // Counted on day numbers, not date strings: the loop's bound is an integer known up front.
    for (let dayN = dayNumber(from), last = dayNumber(to); dayN <= last; dayN++) {
      const day = dateOfDayNumber(dayN);
      const n = credits.get(day) ?? 0;
      cumulative += n;
      confirmedCumulative += confirmed.get(day) ?? 0;
      const weekday = isoWeekday(day);
      const last = points[points.length - 1];
      if (query.interval === 'week' && last && weekday !== 0) {
        last.newlyCovered += n;
        last.cumulativeCovered = cumulative;
        last.targetLine = line(day);
        last.confirmedCumulative = confirmedLine();
      } else {
        points.push({ date: day, newlyCovered: n, cumulativeCovered: cumulative, targetLine: line(day), confirmedCumulative: confirmedLine() });
      }
    }
    const officialFigures = officials.map((f) => ({ asOf: f.asOf, workers: f.workers, source: f.source }));
    return { agreementId, interval: query.interval, agency: query.agency ?? null, from, to, points, officialFigures };
  }

  async agencyProgress(ctx: ReaderContext, agreementId: string, agencyCode: string): Promise<AgencyProgress> {
    const today = wibDate(this.clock());
    const { agreement, standing, commitments, byCommitment, totals, submissions, labels, regencies } = await readSnapshot(this.db, async (tx) => {
      const agreement = await this.agreements.readable(ctx, agreementId, tx);
      const standing = (await agencyStandings(tx, agreementId)).find((s) => s.code === agencyCode);
      if (!standing) throw new NotFoundError(`Agency \`${agencyCode}\` is not a party of \`${agreementId}\`.`);
      const commitments = await allCommitments(tx, agreementId, agencyCode);
      const byCommitment = await creditsByCommitment(tx, agreementId, agencyCode);
      const totals = await batchTotals(tx, agreementId, agencyCode);
      const submissions = await agencySubmissions(tx, agreement, agencyCode, today);
      const labels = await labelTotals(tx, agreementId);
      const regencies = await agencyRegencyCredits(tx, agreementId, agencyCode);
      return { agreement, standing, commitments, byCommitment, totals, submissions, labels, regencies };
    });
    const credits = new Map(byCommitment.map((row) => [row.commitment_id, row.credited]));
    const own = standingOf(standing, commitments, agreement, today, labels);
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
        outOfScope: totals.out_of_scope ?? 0,
        rejected: totals.rejected ?? 0,
      },
      areaTargets: agencyAreaTargets(commitments, regencies),
      creditedElsewhere: totals.other_agency ?? 0,
      submissions,
    };
  }
}

/** Validated once, against the same schema the OpenAPI document shows, then served as is. */
export function renderSummary(summary: Summary): RenderedSummary {
  const body = JSON.stringify(SummarySchema.parse(summary));
  return { summary, body, bytes: Buffer.from(body), etag: etagOf(body) };
}

export function renderSeries(series: Series): RenderedBody {
  const body = JSON.stringify(SeriesSchema.parse(series));
  return { body, etag: etagOf(body) };
}

/** The figures of a period that is not frozen, computed now: up to its last day, or today if that is earlier. */
function liveUpTo(period: { name: string; from: string; to: string }, status: 'open' | 'closed' | 'reopened', today: string): UpTo {
  return {
    date: period.to < today ? period.to : today,
    period: { period: period.name, from: period.from, to: period.to, status, version: null, frozenAt: null, newlyCovered: 0 },
  };
}
