import { daysBetween } from './time.js';

/**
 * Pace toward the target and each agency's standing against what it signed: pure arithmetic on
 * the rollups, with "today" in WIB passed in (docs/domain.md §7).
 */

export interface Pace {
  /** Days from today to the target date, both included; 0 after it. */
  daysLeft: number;
  /** Workers a day still needed to close the gap by the target date; null after it. */
  requiredPerDay: number | null;
  /** Workers newly covered per day over the last 7 WIB days (by enrollment date). */
  last7DaysPerDay: number;
  /** Covered workers on the target date if the last 7 days' pace holds; after it, what was covered then. */
  projectedAtTargetDate: number;
  /** Whether the projection reaches the target (after the target date: whether it was reached). */
  onTrack: boolean;
}

export const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

export function computePace(input: {
  today: string;
  targetDate: string;
  coveredWorkers: number;
  targetWorkers: number;
  /** Newly covered with an enrollment date in [today − 6, today]. */
  last7Days: number;
}): Pace {
  const { today, targetDate, coveredWorkers, targetWorkers } = input;
  const last7DaysPerDay = round(input.last7Days / 7, 2);
  if (today > targetDate) {
    return {
      daysLeft: 0,
      requiredPerDay: null,
      last7DaysPerDay,
      projectedAtTargetDate: coveredWorkers,
      onTrack: coveredWorkers >= targetWorkers,
    };
  }
  const daysLeft = daysBetween(today, targetDate) + 1;
  const gap = Math.max(0, targetWorkers - coveredWorkers);
  const projectedAtTargetDate = Math.floor(coveredWorkers + (input.last7Days / 7) * daysLeft);
  return {
    daysLeft,
    requiredPerDay: Math.ceil(gap / daysLeft),
    last7DaysPerDay,
    projectedAtTargetDate,
    onTrack: projectedAtTargetDate >= targetWorkers,
  };
}

export type AgencyStatus = 'met' | 'on_track' | 'behind' | 'no_commitment';

/**
 * An agency with active enrollment commitments has `met` them when its credited workers reach
 * their sum; otherwise it is `on_track` when it has credited at least what the commitments call
 * for by today, each pro rata from the period start to its due date, and `behind` if not.
 */
export function agencyStatus(input: {
  today: string;
  periodStart: string;
  credited: number;
  commitments: { targetWorkers: number; dueDate: string }[];
}): { status: AgencyStatus; committedWorkers: number; expectedByToday: number } {
  const committedWorkers = input.commitments.reduce((sum, c) => sum + c.targetWorkers, 0);
  if (input.commitments.length === 0) return { status: 'no_commitment', committedWorkers: 0, expectedByToday: 0 };
  const expectedByToday = Math.ceil(
    input.commitments.reduce((sum, c) => sum + c.targetWorkers * elapsedShare(input.periodStart, c.dueDate, input.today), 0),
  );
  const status = input.credited >= committedWorkers ? 'met' : input.credited >= expectedByToday ? 'on_track' : 'behind';
  return { status, committedWorkers, expectedByToday };
}

/** Share of [start, due] (both days included) that has passed by the end of `today`, in [0, 1]. */
export function elapsedShare(start: string, due: string, today: string): number {
  if (today < start) return 0;
  const total = daysBetween(start, due) + 1;
  if (total <= 0) return 1;
  return Math.min(1, (daysBetween(start, today) + 1) / total);
}
