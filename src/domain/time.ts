/** Day boundaries are in Asia/Jakarta time (WIB, UTC+7, no daylight saving). */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** The WIB calendar date of an instant, `YYYY-MM-DD`. */
export function wibDate(instant: Date): string {
  return new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
