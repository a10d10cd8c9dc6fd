import t from 'tap';
import { agencyStatus, computePace, elapsedShare } from '../../src/domain/pace.js';
import { wibDate } from '../../src/domain/time.js';

t.test('pace before the target date', async (t) => {
  const pace = computePace({ today: '2024-12-01', targetDate: '2024-12-31', coveredWorkers: 2_300_000, targetWorkers: 2_700_000, last7Days: 70_000 });
  t.same(pace, {
    daysLeft: 31,
    requiredPerDay: Math.ceil(400_000 / 31),
    last7DaysPerDay: 10_000,
    projectedAtTargetDate: 2_300_000 + 10_000 * 31,
    onTrack: false,
  });
  t.equal(
    computePace({ today: '2024-12-31', targetDate: '2024-12-31', coveredWorkers: 2_700_001, targetWorkers: 2_700_000, last7Days: 0 }).requiredPerDay,
    0,
  );
});

t.test('after the target date nothing is left to do and the verdict is final', async (t) => {
  const pace = computePace({ today: '2025-01-05', targetDate: '2024-12-31', coveredWorkers: 2_650_000, targetWorkers: 2_700_000, last7Days: 700 });
  t.same(pace, { daysLeft: 0, requiredPerDay: null, last7DaysPerDay: 100, projectedAtTargetDate: 2_650_000, onTrack: false });
});

t.test('agency status is pro rata to the due dates', async (t) => {
  const commitments = [{ targetWorkers: 1000, dueDate: '2024-11-01' }];
  // Period 2024-10-23..: on 2024-10-27, 5 of 10 days have passed → 500 expected.
  t.same(agencyStatus({ today: '2024-10-27', periodStart: '2024-10-23', credited: 500, commitments }), {
    status: 'on_track',
    committedWorkers: 1000,
    expectedByToday: 500,
  });
  t.equal(agencyStatus({ today: '2024-10-27', periodStart: '2024-10-23', credited: 499, commitments }).status, 'behind');
  t.equal(agencyStatus({ today: '2024-12-27', periodStart: '2024-10-23', credited: 1000, commitments }).status, 'met');
  t.equal(agencyStatus({ today: '2024-12-27', periodStart: '2024-10-23', credited: 10, commitments: [] }).status, 'no_commitment');
  t.equal(elapsedShare('2024-10-23', '2024-11-01', '2024-10-01'), 0);
});

t.test('the WIB date turns at 17:00 UTC', async (t) => {
  t.equal(wibDate(new Date('2024-11-04T16:59:59Z')), '2024-11-04');
  t.equal(wibDate(new Date('2024-11-04T17:00:00Z')), '2024-11-05');
});
