import fc from 'fast-check';
import t from 'tap';
import {
  agreementPeriod,
  agreementPeriods,
  currentPeriod,
  inClosedPeriod,
  PERIOD_MONTHS,
  type PeriodMonths,
  parsePeriodName,
  periodContaining,
} from '../../src/domain/periods.js';
import { addDays, dateOfDayNumber, dayNumber, MAX_DATE, MIN_DATE } from '../../src/domain/time.js';

/** A service date (1900-01-01 … 2199-12-31). */
const serviceDate = fc.integer({ min: dayNumber(MIN_DATE), max: dayNumber(MAX_DATE) }).map(dateOfDayNumber);
const months = fc.constantFrom(...PERIOD_MONTHS);
/** An agreement period of up to ten years. */
const agreementRange = fc
  .tuple(fc.integer({ min: dayNumber(MIN_DATE), max: dayNumber(MAX_DATE) - 3660 }), fc.integer({ min: 0, max: 3660 }))
  .map(([start, length]) => ({ periodStart: dateOfDayNumber(start), targetDate: dateOfDayNumber(start + length) }));

t.test('a date lies in exactly one period, which starts on the 1st of a month aligned to January and ends on the last day of a month', async () => {
  fc.assert(
    fc.property(serviceDate, months, (date, m) => {
      const block = periodContaining(date, m);
      const firstMonth = Number(block.blockStart.slice(5, 7));
      return (
        block.blockStart <= date &&
        date <= block.blockEnd &&
        block.blockStart.endsWith('-01') &&
        (firstMonth - 1) % m === 0 &&
        addDays(block.blockEnd, 1).endsWith('-01') &&
        block.name === block.blockStart.slice(0, 7) &&
        parsePeriodName(block.name, m)?.blockEnd === block.blockEnd
      );
    }),
  );
});

t.test('calendar edges: leap years, year ends, quarters', async (t) => {
  t.same(periodContaining('2024-02-29', 1), { name: '2024-02', blockStart: '2024-02-01', blockEnd: '2024-02-29' });
  t.same(periodContaining('2100-02-15', 1).blockEnd, '2100-02-28', '2100 is not a leap year');
  t.same(periodContaining('2024-12-31', 12), { name: '2024-01', blockStart: '2024-01-01', blockEnd: '2024-12-31' });
  t.same(periodContaining('2024-11-15', 3), { name: '2024-10', blockStart: '2024-10-01', blockEnd: '2024-12-31' });
  t.equal(parsePeriodName('2024-11', 3), null, 'November does not start a quarter');
  t.equal(parsePeriodName('2024-13', 1), null);
  t.equal(parsePeriodName('2024-00', 1), null);
  t.equal(parsePeriodName('٢٠٢٤-١١', 1), null, 'Arabic-Indic digits are not a period name');
  t.equal(parsePeriodName('2024-1', 1), null);
});

t.test('an agreement’s periods are contiguous, in order, and cover exactly its period', async () => {
  fc.assert(
    fc.property(agreementRange, months, fc.integer({ min: 0, max: 366 }), (agreement, m, deadlineDays) => {
      const periods = agreementPeriods(agreement, { months: m as PeriodMonths, deadlineDays });
      const first = periods[0];
      const last = periods[periods.length - 1];
      if (!first || !last || first.from !== agreement.periodStart || last.to !== agreement.targetDate) return false;
      for (let i = 0; i < periods.length; i++) {
        const p = periods[i] as (typeof periods)[number];
        if (p.from > p.to || p.deadline !== addDays(p.blockEnd, deadlineDays)) return false;
        if (agreementPeriod(p.name, agreement, { months: m as PeriodMonths, deadlineDays })?.to !== p.to) return false;
        const next = periods[i + 1];
        if (next && addDays(p.to, 1) !== next.from) return false;
      }
      return true;
    }),
    { numRuns: 200 },
  );
});

t.test('the current period is the one containing today, clamped to the agreement', async () => {
  fc.assert(
    fc.property(agreementRange, months, serviceDate, (agreement, m, today) => {
      const current = currentPeriod(agreement, { months: m as PeriodMonths, deadlineDays: 10 }, today);
      if (today < agreement.periodStart) return current.from === agreement.periodStart;
      if (today > agreement.targetDate) return current.to === agreement.targetDate;
      return current.from <= today && today <= current.to;
    }),
  );
});

t.test('a period outside the agreement is none of its periods', async (t) => {
  const agreement = { periodStart: '2024-10-23', targetDate: '2024-12-31' };
  t.equal(agreementPeriod('2024-09', agreement, { months: 1, deadlineDays: 10 }), null);
  t.equal(agreementPeriod('2025-01', agreement, { months: 1, deadlineDays: 10 }), null);
  t.match(agreementPeriod('2024-10', agreement, { months: 1, deadlineDays: 10 }), { from: '2024-10-23', to: '2024-10-31', deadline: '2024-11-10' });
});

t.test('a date is in a closed period exactly when one of the ranges holds it', async () => {
  fc.assert(
    fc.property(serviceDate, fc.array(fc.tuple(serviceDate, serviceDate), { maxLength: 5 }), (date, pairs) => {
      const ranges = pairs.map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
      return inClosedPeriod(date, ranges) === ranges.some((r) => dayNumber(r.start) <= dayNumber(date) && dayNumber(date) <= dayNumber(r.end));
    }),
  );
});
