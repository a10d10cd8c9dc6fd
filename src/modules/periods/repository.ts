import { and, asc, eq, gt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import {
  agencies,
  agreementParties,
  type PeriodAdjustmentRow,
  type PeriodSnapshotRow,
  type PeriodSubmissionRow,
  periodAdjustments,
  periodSchedules,
  periodSnapshots,
  periodSubmissions,
  type ReportingPeriodRow,
  reportingPeriods,
} from '../../db/schema.js';
import { type ClosedRange, DEFAULT_SCHEDULE, type PeriodMonths, type PeriodSchedule } from '../../domain/periods.js';

/** The agreement's schedule, or the default when none was set. */
export async function findSchedule(exec: Executor, agreementId: string): Promise<PeriodSchedule> {
  const [row] = await exec.select().from(periodSchedules).where(eq(periodSchedules.agreementId, agreementId)).limit(1);
  return row ? { months: row.months as PeriodMonths, deadlineDays: row.deadlineDays } : DEFAULT_SCHEDULE;
}

export async function upsertSchedule(exec: Executor, agreementId: string, schedule: PeriodSchedule): Promise<void> {
  await exec
    .insert(periodSchedules)
    .values({ agreementId, ...schedule })
    .onConflictDoUpdate({ target: periodSchedules.agreementId, set: { ...schedule, updatedAt: new Date() } });
}

/** Whether any submission was made or any period closed: the schedule is then fixed (names would move). */
export async function hasPeriodActivity(exec: Executor, agreementId: string): Promise<boolean> {
  const [submission] = await exec
    .select({ period: periodSubmissions.period })
    .from(periodSubmissions)
    .where(eq(periodSubmissions.agreementId, agreementId))
    .limit(1);
  if (submission) return true;
  const [closed] = await exec
    .select({ period: reportingPeriods.period })
    .from(reportingPeriods)
    .where(eq(reportingPeriods.agreementId, agreementId))
    .limit(1);
  return closed !== undefined;
}

/** The whole months of the agreement's closed periods (reopened ones are not closed). */
export async function closedRanges(exec: Executor, agreementId: string): Promise<ClosedRange[]> {
  return exec
    .select({ start: reportingPeriods.startsOn, end: reportingPeriods.endsOn })
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.agreementId, agreementId), eq(reportingPeriods.status, 'closed')))
    .orderBy(asc(reportingPeriods.startsOn));
}

export async function listReportingPeriods(exec: Executor, agreementId: string): Promise<ReportingPeriodRow[]> {
  return exec.select().from(reportingPeriods).where(eq(reportingPeriods.agreementId, agreementId)).orderBy(asc(reportingPeriods.period));
}

export async function findReportingPeriod(exec: Executor, agreementId: string, period: string): Promise<ReportingPeriodRow | undefined> {
  const [row] = await exec
    .select()
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.agreementId, agreementId), eq(reportingPeriods.period, period)))
    .limit(1);
  return row;
}

export async function insertReportingPeriod(exec: Executor, values: typeof reportingPeriods.$inferInsert): Promise<void> {
  await exec.insert(reportingPeriods).values(values);
}

export async function updateReportingPeriod(
  exec: Executor,
  agreementId: string,
  period: string,
  values: Partial<typeof reportingPeriods.$inferInsert>,
): Promise<ReportingPeriodRow> {
  const [row] = await exec
    .update(reportingPeriods)
    .set(values)
    .where(and(eq(reportingPeriods.agreementId, agreementId), eq(reportingPeriods.period, period)))
    .returning();
  return row as ReportingPeriodRow;
}

/** The parties that hand in submissions (every party but the counterpart, who accepts them), by code. */
export async function submittingParties(exec: Executor, agreementId: string) {
  return exec
    .select({ code: agreementParties.agencyCode, name: agencies.name, role: agreementParties.role })
    .from(agreementParties)
    .innerJoin(agencies, eq(agencies.code, agreementParties.agencyCode))
    .where(and(eq(agreementParties.agreementId, agreementId), ne(agreementParties.role, 'counterpart')))
    .orderBy(asc(agreementParties.agencyCode));
}

/** The agreement's submissions, of some periods or of all. */
export async function listSubmissions(exec: Executor, agreementId: string, periods?: readonly string[]): Promise<PeriodSubmissionRow[]> {
  if (periods && periods.length === 0) return [];
  return exec
    .select()
    .from(periodSubmissions)
    .where(
      and(
        eq(periodSubmissions.agreementId, agreementId),
        periods ? sql`${periodSubmissions.period} = ANY(${sql.param([...periods])}::text[])` : undefined,
      ),
    )
    .orderBy(asc(periodSubmissions.period), asc(periodSubmissions.agencyCode));
}

/**
 * The submission, locked until the caller's transaction ends (made `open` first if it was never
 * touched, so two first moves on it queue on the same row).
 */
export async function lockSubmission(exec: Executor, agreementId: string, period: string, agencyCode: string): Promise<PeriodSubmissionRow> {
  await exec.insert(periodSubmissions).values({ agreementId, period, agencyCode, status: 'open' }).onConflictDoNothing();
  const [row] = await exec
    .select()
    .from(periodSubmissions)
    .where(and(eq(periodSubmissions.agreementId, agreementId), eq(periodSubmissions.period, period), eq(periodSubmissions.agencyCode, agencyCode)))
    .for('update');
  return row as PeriodSubmissionRow;
}

export async function updateSubmission(
  exec: Executor,
  key: { agreementId: string; period: string; agencyCode: string },
  values: Partial<typeof periodSubmissions.$inferInsert>,
): Promise<PeriodSubmissionRow> {
  const [row] = await exec
    .update(periodSubmissions)
    .set({ ...values, updatedAt: sql`now()` })
    .where(
      and(
        eq(periodSubmissions.agreementId, key.agreementId),
        eq(periodSubmissions.period, key.period),
        eq(periodSubmissions.agencyCode, key.agencyCode),
      ),
    )
    .returning();
  return row as PeriodSubmissionRow;
}

export async function insertSnapshot(exec: Executor, values: typeof periodSnapshots.$inferInsert): Promise<void> {
  await exec.insert(periodSnapshots).values(values);
}

export async function findSnapshot(exec: Executor, agreementId: string, period: string, version: number): Promise<PeriodSnapshotRow | undefined> {
  const [row] = await exec
    .select()
    .from(periodSnapshots)
    .where(and(eq(periodSnapshots.agreementId, agreementId), eq(periodSnapshots.period, period), eq(periodSnapshots.version, version)))
    .limit(1);
  return row;
}

export async function insertAdjustment(exec: Executor, values: typeof periodAdjustments.$inferInsert): Promise<void> {
  await exec.insert(periodAdjustments).values(values);
}

/** Oldest first, after `afterVersion`; `limit + 1` rows for paging. */
export async function listAdjustments(
  exec: Executor,
  agreementId: string,
  period: string,
  afterVersion: number | undefined,
  limit: number,
): Promise<PeriodAdjustmentRow[]> {
  return exec
    .select()
    .from(periodAdjustments)
    .where(
      and(
        eq(periodAdjustments.agreementId, agreementId),
        eq(periodAdjustments.period, period),
        afterVersion === undefined ? undefined : gt(periodAdjustments.version, afterVersion),
      ),
    )
    .orderBy(asc(periodAdjustments.version))
    .limit(limit + 1);
}
