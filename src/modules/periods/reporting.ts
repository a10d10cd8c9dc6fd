import type { Executor } from '../../db/client.js';
import type { PeriodSubmissionRow, ReportingPeriodRow } from '../../db/schema.js';
import { type AgreementPeriod, agreementPeriods, currentPeriod, type PeriodSchedule } from '../../domain/periods.js';
import { isHandedIn, type SubmissionState } from '../../domain/submissions.js';
import { findSchedule, listReportingPeriods, listSubmissions, submittingParties } from './repository.js';
import { type AgencySubmissions, MAX_OVERDUE_LISTED, MAX_PROGRESS_SUBMISSIONS, type Reporting } from './schemas.js';

/**
 * Where the agencies stand with their submissions, read in the caller's snapshot: for the summary
 * (the current period, what is overdue) and an agency's progress (its submission per period).
 * The deadline rule (docs/domain.md §12.2): a submission is due `deadlineDays` after the last day
 * of its period's last month; past that day (WIB) and not handed in, it is overdue.
 */

type AgreementDates = { id: string; periodStart: string; targetDate: string };

export interface PeriodState {
  schedule: PeriodSchedule;
  periods: AgreementPeriod[];
  closed: Map<string, ReportingPeriodRow>;
  submissions: Map<string, PeriodSubmissionRow>;
}

const key = (period: string, agency: string) => `${period}\u0000${agency}`;

export async function readPeriodState(exec: Executor, agreement: AgreementDates): Promise<PeriodState> {
  const schedule = await findSchedule(exec, agreement.id);
  const closed = new Map((await listReportingPeriods(exec, agreement.id)).map((row) => [row.period, row]));
  const submissions = new Map((await listSubmissions(exec, agreement.id)).map((row) => [key(row.period, row.agencyCode), row]));
  return { schedule, periods: agreementPeriods(agreement, schedule), closed, submissions };
}

export const periodStatusOf = (state: PeriodState, period: string) => state.closed.get(period)?.status ?? 'open';
export const submissionStatusOf = (state: PeriodState, period: string, agency: string): SubmissionState =>
  state.submissions.get(key(period, agency))?.status ?? 'open';
const overdue = (status: SubmissionState, deadline: string, today: string) => deadline < today && !isHandedIn(status);

export async function reportingOf(exec: Executor, agreement: AgreementDates, today: string): Promise<Reporting> {
  const state = await readPeriodState(exec, agreement);
  const parties = await submittingParties(exec, agreement.id);
  const current = currentPeriod(agreement, state.schedule, today);
  const late: Reporting['overdue'] = [];
  let overdueCount = 0;
  for (let i = state.periods.length - 1; i >= 0; i--) {
    const period = state.periods[i] as AgreementPeriod;
    if (period.deadline >= today) continue;
    for (const party of parties) {
      if (!overdue(submissionStatusOf(state, period.name, party.code), period.deadline, today)) continue;
      overdueCount++;
      if (late.length < MAX_OVERDUE_LISTED) late.push({ period: period.name, agency: party.code, deadline: period.deadline });
    }
  }
  return {
    schedule: state.schedule,
    currentPeriod: {
      period: current.name,
      from: current.from,
      to: current.to,
      deadline: current.deadline,
      status: periodStatusOf(state, current.name),
    },
    submissions: parties.map((party) => {
      const status = submissionStatusOf(state, current.name, party.code);
      return { agency: party.code, status, overdue: overdue(status, current.deadline, today) };
    }),
    overdue: late,
    overdueCount,
  };
}

/** An agency's submission for each period begun by `today`, latest first; none for a party that does not submit. */
export async function agencySubmissions(exec: Executor, agreement: AgreementDates, agencyCode: string, today: string): Promise<AgencySubmissions> {
  const parties = await submittingParties(exec, agreement.id);
  if (!parties.some((party) => party.code === agencyCode)) return [];
  const state = await readPeriodState(exec, agreement);
  const out: AgencySubmissions = [];
  for (let i = state.periods.length - 1; i >= 0 && out.length < MAX_PROGRESS_SUBMISSIONS; i--) {
    const period = state.periods[i] as AgreementPeriod;
    if (period.from > today) continue;
    const status = submissionStatusOf(state, period.name, agencyCode);
    out.push({
      period: period.name,
      from: period.from,
      to: period.to,
      deadline: period.deadline,
      status,
      periodStatus: periodStatusOf(state, period.name),
      overdue: overdue(status, period.deadline, today),
    });
  }
  return out;
}
