import fc from 'fast-check';
import t from 'tap';
import { addDays, dateOfDayNumber, dayNumber, daysBetween, isoWeekday, isServiceDate, MAX_DATE, MIN_DATE, wibDate } from '../../src/domain/time.js';

/** Any real calendar date with a four-digit year, as `YYYY-MM-DD`. */
const calendarDate = fc
  .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

t.test('a day number and its date are each other’s inverse over years 0000–9999', async (t) => {
  fc.assert(fc.property(calendarDate, (date) => dateOfDayNumber(dayNumber(date)) === date));
  t.equal(dayNumber('1970-01-01'), 0);
  t.equal(dateOfDayNumber(-1), '1969-12-31');
  t.equal(dateOfDayNumber(dayNumber('0000-01-01')), '0000-01-01', 'year 0 is not read as 1900');
  t.equal(dateOfDayNumber(dayNumber('0099-12-31')), '0099-12-31', 'nor year 99');
});

t.test('date strings keep the calendar’s order under arithmetic: no result sorts out of place', async () => {
  fc.assert(
    fc.property(calendarDate, fc.integer({ min: -4000, max: 4000 }), (date, days) => {
      let later: string;
      try {
        later = addDays(date, days);
      } catch (error) {
        // Past the edge of the four-digit years arithmetic refuses; it never wraps.
        return error instanceof RangeError && (dayNumber(date) + days < dayNumber('0000-01-01') || dayNumber(date) + days > dayNumber('9999-12-31'));
      }
      return daysBetween(date, later) === days && (days >= 0 ? later >= date : later < date) && /^\d{4}-\d{2}-\d{2}$/.test(later);
    }),
  );
});

t.test('past 9999-12-31 there is no date: arithmetic throws instead of writing +010000-01-01', async (t) => {
  t.throws(() => addDays('9999-12-31', 1), RangeError);
  t.throws(() => addDays('0000-01-01', -1), RangeError);
  t.throws(() => dateOfDayNumber(Number.POSITIVE_INFINITY), RangeError);
  t.throws(() => dateOfDayNumber(0.5), RangeError);
  t.throws(() => wibDate(new Date(Date.UTC(10000, 0, 1))), RangeError);
  t.throws(() => wibDate(new Date(Number.NaN)), RangeError);
});

t.test('anything but a real YYYY-MM-DD date is refused by dayNumber', async (t) => {
  for (const bad of [
    '2024-02-30',
    '2023-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '+010000-01-01',
    '10000-01-01',
    '2024-1-01',
    '٢٠٢٤-٠١-٠١',
    '２０２４-01-01',
    '',
    '2024-01-01T00:00:00Z',
    ' 2024-01-01',
  ]) {
    t.throws(() => dayNumber(bad), RangeError, JSON.stringify(bad));
    t.notOk(isServiceDate(bad), `${JSON.stringify(bad)} is not a service date`);
  }
  t.equal(dayNumber('2024-02-29'), dayNumber('2024-02-28') + 1, 'a leap day is a day');
});

t.test(`the service’s dates run from ${MIN_DATE} to ${MAX_DATE}`, async (t) => {
  t.ok(isServiceDate(MIN_DATE));
  t.ok(isServiceDate(MAX_DATE));
  t.notOk(isServiceDate('1899-12-31'));
  t.notOk(isServiceDate('2200-01-01'));
  t.notOk(isServiceDate('0000-01-01'));
  t.notOk(isServiceDate('9999-12-31'));
});

t.test('ISO weekdays count from Monday, before 1970 too', async (t) => {
  t.equal(isoWeekday('2024-11-04'), 0, 'a Monday');
  t.equal(isoWeekday('2024-11-10'), 6, 'a Sunday');
  t.equal(isoWeekday('1969-12-29'), 0, 'a Monday before day 0');
  fc.assert(fc.property(calendarDate, (date) => isoWeekday(date) === (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
});

t.test('the WIB date turns at 17:00 UTC', async (t) => {
  t.equal(wibDate(new Date('2024-11-09T16:59:59.999Z')), '2024-11-09');
  t.equal(wibDate(new Date('2024-11-09T17:00:00Z')), '2024-11-10');
});
