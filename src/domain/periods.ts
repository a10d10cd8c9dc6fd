import { addDays, dateOfDayNumber, dayNumber } from './time.js';

/**
 * Reporting periods (docs/domain.md §12): blocks of whole calendar months, named by their first
 * month `YYYY-MM`. The block length divides the year, so blocks are aligned to January and a
 * period's name never depends on when an agreement starts (widening an agreement's period does
 * not rename its periods). An agreement's periods are the blocks that meet its period; the first
 * and last are cut to it.
 */

/** Months a period may span: the divisors of 12 (monthly, bimonthly, quarterly, four-monthly, half-yearly, yearly). */
export const PERIOD_MONTHS = [1, 2, 3, 4, 6, 12] as const;
export type PeriodMonths = (typeof PERIOD_MONTHS)[number];

/** How an agreement is reported: the months per period and the days after a period's end a submission is due. */
export interface PeriodSchedule {
  months: PeriodMonths;
  deadlineDays: number;
}

/** Monthly, due ten days after each month ends (the 10th of the next month), unless an admin sets otherwise. */
export const DEFAULT_SCHEDULE: PeriodSchedule = { months: 1, deadlineDays: 10 };
/** The longest a deadline may be after its period's end. */
export const MAX_DEADLINE_DAYS = 366;

export const PERIOD_NAME = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A period of the calendar: its name and the whole months it spans. */
export interface PeriodBlock {
  name: string;
  /** First day of its first month. */
  blockStart: string;
  /** Last day of its last month. */
  blockEnd: string;
}

/** A period of an agreement: the block, cut to the agreement's period (`from`…`to`), and its submission deadline. */
export interface AgreementPeriod extends PeriodBlock {
  from: string;
  to: string;
  deadline: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function blockOf(year: number, month: number, months: PeriodMonths): PeriodBlock {
  const first = month - ((month - 1) % months);
  const blockStart = `${pad(year, 4)}-${pad(first, 2)}-01`;
  const nextMonth = first + months;
  const next = nextMonth > 12 ? `${pad(year + 1, 4)}-01-01` : `${pad(year, 4)}-${pad(nextMonth, 2)}-01`;
  return { name: `${pad(year, 4)}-${pad(first, 2)}`, blockStart, blockEnd: dateOfDayNumber(dayNumber(next) - 1) };
}

/** The period (block) a calendar date `YYYY-MM-DD` falls in. */
export function periodContaining(date: string, months: PeriodMonths): PeriodBlock {
  return blockOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), months);
}

/**
 * The block a name stands for, or null when the name is not `YYYY-MM` or does not start a block
 * of this length (`2024-11` is a month, not a quarter).
 */
export function parsePeriodName(name: string, months: PeriodMonths): PeriodBlock | null {
  const match = PERIOD_NAME.exec(name);
  if (!match) return null;
  const month = Number(match[2]);
  if ((month - 1) % months !== 0) return null;
  return blockOf(Number(match[1]), month, months);
}

function cut(block: PeriodBlock, periodStart: string, targetDate: string, deadlineDays: number): AgreementPeriod {
  const to = block.blockEnd < targetDate ? block.blockEnd : targetDate;
  return {
    ...block,
    from: block.blockStart > periodStart ? block.blockStart : periodStart,
    to,
    deadline: addDays(block.blockEnd, deadlineDays),
  };
}

/** The agreement's period named `name`, or null when there is none (a bad name, or a block outside its period). */
export function agreementPeriod(
  name: string,
  agreement: { periodStart: string; targetDate: string },
  schedule: PeriodSchedule,
): AgreementPeriod | null {
  const block = parsePeriodName(name, schedule.months);
  if (!block || block.blockEnd < agreement.periodStart || block.blockStart > agreement.targetDate) return null;
  return cut(block, agreement.periodStart, agreement.targetDate, schedule.deadlineDays);
}

/** Every period of an agreement, in order: contiguous, non-overlapping, covering exactly its period. */
export function agreementPeriods(agreement: { periodStart: string; targetDate: string }, schedule: PeriodSchedule): AgreementPeriod[] {
  const out: AgreementPeriod[] = [];
  let block = periodContaining(agreement.periodStart, schedule.months);
  for (;;) {
    out.push(cut(block, agreement.periodStart, agreement.targetDate, schedule.deadlineDays));
    if (block.blockEnd >= agreement.targetDate) return out;
    block = periodContaining(addDays(block.blockEnd, 1), schedule.months);
  }
}

/**
 * The agreement's current period on `today`: the one containing it; before the agreement starts,
 * the first; after it ends, the last.
 */
export function currentPeriod(agreement: { periodStart: string; targetDate: string }, schedule: PeriodSchedule, today: string): AgreementPeriod {
  const day = today < agreement.periodStart ? agreement.periodStart : today > agreement.targetDate ? agreement.targetDate : today;
  return cut(periodContaining(day, schedule.months), agreement.periodStart, agreement.targetDate, schedule.deadlineDays);
}

/** A closed period's whole months, as stored: records dated in it are refused. */
export interface ClosedRange {
  start: string;
  end: string;
}

/** Whether `date` falls in one of the closed ranges. */
export function inClosedPeriod(date: string, closed: readonly ClosedRange[]): boolean {
  for (let i = 0; i < closed.length; i++) {
    const range = closed[i] as ClosedRange;
    if (date >= range.start && date <= range.end) return true;
  }
  return false;
}
