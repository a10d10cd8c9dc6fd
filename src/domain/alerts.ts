import { type AgencyStatus, agencyStatus, round } from './pace.js';
import { addDays, daysBetween } from './time.js';

/**
 * The alert rules (docs/domain.md §13): pure functions of the rollups and "today" in WIB.
 *
 * - An agency's **pace** is what was newly credited to it with an enrollment date in the last
 *   PACE_WINDOW_DAYS WIB days (today included), per day.
 * - Its active enrollment commitments are taken in due-date order and **cumulatively**: by a
 *   commitment's due date the agency must have credited its target plus the targets of every
 *   commitment due on or before it (the same sum an agency's `met` status compares against).
 * - A commitment is a **projected miss** while, at that pace, the agency's credited workers on
 *   the due date (today and the due date both counted) stay below that cumulative target. Once
 *   the due date has passed the projection is what was credited: an unmet commitment stays missed.
 * - A signed milestone still open the day after its due date is **overdue**.
 */

export const PACE_WINDOW_DAYS = 14;

export interface EnrollmentCommitment {
  id: string;
  targetWorkers: number;
  dueDate: string;
}

export interface Projection {
  commitmentId: string;
  dueDate: string;
  /** The commitment's target plus those of the commitments due on or before it. */
  cumulativeTarget: number;
  credited: number;
  /** Days from today to the due date, both included; 0 after it. */
  daysLeft: number;
  /** Newly credited per day over the last PACE_WINDOW_DAYS days. */
  pacePerDay: number;
  /** Credited on the due date if the pace holds (after it: what is credited). */
  projected: number;
  /** cumulativeTarget − projected, never negative. */
  shortfall: number;
  /** Workers a day needed from today to reach the target by the due date; null after it or once met. */
  requiredPerDay: number | null;
  miss: boolean;
}

/** The first day of the pace window ending `today`. */
export const paceWindowStart = (today: string) => addDays(today, -(PACE_WINDOW_DAYS - 1));

/** Sum of the credits by enrollment day that fall in the pace window ending `today`. */
export function recentCredits(days: { day: string; credited: number }[], today: string): number {
  const from = paceWindowStart(today);
  return days.filter((d) => d.day >= from && d.day <= today).reduce((sum, d) => sum + d.credited, 0);
}

export function projectCommitments(input: {
  today: string;
  credited: number;
  /** Credited with an enrollment date in the pace window (recentCredits). */
  recent: number;
  commitments: EnrollmentCommitment[];
}): Projection[] {
  const { today, credited } = input;
  const perDay = input.recent / PACE_WINDOW_DAYS;
  const ordered = [...input.commitments].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : 1));
  let cumulative = 0;
  return ordered.map((c) => {
    cumulative += c.targetWorkers;
    const daysLeft = today > c.dueDate ? 0 : daysBetween(today, c.dueDate) + 1;
    const projected = Math.floor(credited + perDay * daysLeft);
    const met = credited >= cumulative;
    return {
      commitmentId: c.id,
      dueDate: c.dueDate,
      cumulativeTarget: cumulative,
      credited,
      daysLeft,
      pacePerDay: round(perDay, 2),
      projected,
      shortfall: Math.max(0, cumulative - projected),
      requiredPerDay: daysLeft === 0 || met ? null : Math.ceil((cumulative - credited) / daysLeft),
      miss: !met && projected < cumulative,
    };
  });
}

/** Whether a signed milestone is overdue today: still open and its due date before today. */
export function milestoneOverdue(milestone: { dueDate: string; done: boolean }, today: string): boolean {
  return !milestone.done && today > milestone.dueDate;
}

/** The agency's status as the summary shows it (domain/pace.ts), for `agency.status_changed`. */
export function statusOf(input: { today: string; periodStart: string; credited: number; commitments: EnrollmentCommitment[] }): AgencyStatus {
  return agencyStatus(input).status;
}

/**
 * What an evaluation does with an alert of one commitment: open one when the condition holds and
 * none is open, resolve the open one when it no longer holds, else nothing. So an alert (and its
 * event) is raised once per change of state, however often the rules run.
 */
export function alertTransition(condition: boolean, open: boolean): 'open' | 'resolve' | 'none' {
  if (condition && !open) return 'open';
  if (!condition && open) return 'resolve';
  return 'none';
}
