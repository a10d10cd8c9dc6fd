/** Day boundaries are in Asia/Jakarta time (WIB, UTC+7, no daylight saving). */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 86_400_000;

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/**
 * The calendar dates a request may carry. Wide enough for any baseline or target a real
 * agreement has (and a century either side of today), narrow enough that no window between two
 * of them can drive a loop or a query out of proportion.
 */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2199-12-31';

/*
 * Dates are `YYYY-MM-DD` strings throughout the service, compared as strings. That order is the
 * calendar's only while the year has four digits: `Date#toISOString` writes 10000-01-01 as
 * `+010000-01-01`, which sorts before `1900`. So arithmetic goes through whole day numbers and
 * never produces a date outside 0000-01-01 … 9999-12-31: past the edge it throws, it does not wrap.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcDayNumber(year: number, month: number, day: number): number {
  const instant = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  instant.setUTCFullYear(year, month - 1, day);
  return instant.getTime() / DAY_MS;
}

const FIRST_DAY = utcDayNumber(0, 1, 1);
const LAST_DAY = utcDayNumber(9999, 12, 31);

/** The date of a day number (days since 1970-01-01); a RangeError outside years 0000–9999. */
export function dateOfDayNumber(day: number): string {
  if (!Number.isSafeInteger(day) || day < FIRST_DAY || day > LAST_DAY) {
    throw new RangeError('The date is outside the years 0000–9999.');
  }
  const instant = new Date(day * DAY_MS);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(instant.getUTCFullYear(), 4)}-${pad(instant.getUTCMonth() + 1, 2)}-${pad(instant.getUTCDate(), 2)}`;
}

function dayNumberOrNaN(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) return Number.NaN;
  const day = utcDayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
  // 2024-02-30 rolls over to March and 9999-13-01 past the last year: only a round trip is a date.
  return day >= FIRST_DAY && day <= LAST_DAY && dateOfDayNumber(day) === date ? day : Number.NaN;
}

/** Days since 1970-01-01 of a calendar date `YYYY-MM-DD`; a RangeError for anything else. */
export function dayNumber(date: string): number {
  const day = dayNumberOrNaN(date);
  if (Number.isNaN(day)) throw new RangeError('Not a calendar date in the form YYYY-MM-DD.');
  return day;
}

/** Whether `date` is a real calendar date `YYYY-MM-DD` within MIN_DATE … MAX_DATE. */
export function isServiceDate(date: string): boolean {
  return !Number.isNaN(dayNumberOrNaN(date)) && date >= MIN_DATE && date <= MAX_DATE;
}

/** The last day wibDate formatted: every cached summary read asks for today's date. */
let lastWibDay = { day: Number.NaN, date: '' };

/** The WIB calendar date of an instant, `YYYY-MM-DD`. */
export function wibDate(instant: Date): string {
  const day = Math.floor((instant.getTime() + WIB_OFFSET_MS) / DAY_MS);
  if (day !== lastWibDay.day) lastWibDay = { day, date: dateOfDayNumber(day) };
  return lastWibDay.date;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** ISO weekday of a date, Monday 0 … Sunday 6. */
export function isoWeekday(date: string): number {
  // 1970-01-01 (day 0) was a Thursday (3).
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}
