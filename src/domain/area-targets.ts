import { elapsedShare } from './pace.js';
import { JAKARTA_REGENCIES } from './regencies.js';
import { daysBetween } from './time.js';

/**
 * Targets per area (docs/domain.md §3): an area is the regency/city code of the NIK (the province's
 * two digits and the regency's two, e.g. 3171), the same key the coverage breakdown `byRegency`
 * counts newly covered workers by. So an area target is a number of newly covered workers in it.
 */
export interface AreaTarget {
  areaCode: string;
  workers: number;
}

/** The regency codes known for a province (DKI Jakarta's today); undefined when none are listed. */
export function regencyCodesOf(regionCode: string): readonly string[] | undefined {
  return regionCode === '31' ? JAKARTA_REGENCIES.map((r) => r.code) : undefined;
}

/**
 * The problem with an area code under an agreement of `regionCode`, or null: it must be of that
 * province and, where the province's regencies are listed, one of them (for Jakarta: 3101,
 * 3171–3175); elsewhere any regency 01–99.
 */
export function areaCodeProblem(regionCode: string, areaCode: string): string | null {
  const known = regencyCodesOf(regionCode);
  if (known) return known.includes(areaCode) ? null : `must be one of ${known.join(', ')} (the regencies of province ${regionCode})`;
  return new RegExp(`^${regionCode}(0[1-9]|[1-9][0-9])$`).test(areaCode) ? null : `must be a regency code of province ${regionCode}`;
}

/** Each area code of `targets` that does not belong to `regionCode`, with its position and why. */
export function areaTargetProblems(regionCode: string, targets: readonly AreaTarget[]): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  targets.forEach((target, index) => {
    const message = areaCodeProblem(regionCode, target.areaCode);
    if (message) problems.push({ index, message });
  });
  return problems;
}

/** Where an area stands against its target (docs/domain.md §5): gap and linear pace over the period. */
export function areaPace(input: { target: number; credited: number; periodStart: string; targetDate: string; today: string }) {
  const { target, credited, periodStart, targetDate, today } = input;
  const gap = Math.max(0, target - credited);
  const expectedByToday = Math.ceil(target * elapsedShare(periodStart, targetDate, today));
  const daysLeft = today > targetDate ? 0 : daysBetween(today < periodStart ? periodStart : today, targetDate) + 1;
  return {
    gap,
    pace: { expectedByToday, requiredPerDay: daysLeft > 0 ? Math.ceil(gap / daysLeft) : null, onTrack: credited >= expectedByToday },
  };
}

/** The listed name of a regency code, or null. */
export function regencyName(code: string): string | null {
  return JAKARTA_REGENCIES.find((r) => r.code === code)?.name ?? null;
}
