import fc from 'fast-check';
import t from 'tap';
import {
  alertTransition,
  milestoneOverdue,
  PACE_WINDOW_DAYS,
  type Projection,
  paceWindowStart,
  projectCommitments,
  recentCredits,
  statusOf,
} from '../../src/domain/alerts.js';
import { addDays, wibDate } from '../../src/domain/time.js';

const one = (credited: number, recent: number, today: string, dueDate = '2024-12-31', targetWorkers = 1000): Projection =>
  projectCommitments({ today, credited, recent, commitments: [{ id: 'c1', targetWorkers, dueDate }] })[0] as Projection;

t.test('the pace window is the last 14 WIB days, today included, and "today" turns at WIB midnight', async (t) => {
  t.equal(PACE_WINDOW_DAYS, 14);
  t.equal(paceWindowStart('2024-12-14'), '2024-12-01');
  const days = [
    { day: '2024-11-30', credited: 100 }, // the day before the window
    { day: '2024-12-01', credited: 7 },
    { day: '2024-12-14', credited: 7 },
    { day: '2024-12-15', credited: 1000 }, // tomorrow: not yet
  ];
  t.equal(recentCredits(days, '2024-12-14'), 14);
  // 16:59:59 UTC is 23:59:59 WIB on the 14th; a second later it is the 15th in Jakarta.
  t.equal(wibDate(new Date('2024-12-14T16:59:59Z')), '2024-12-14');
  t.equal(wibDate(new Date('2024-12-14T17:00:00Z')), '2024-12-15');
  t.equal(recentCredits(days, wibDate(new Date('2024-12-14T17:00:00Z'))), 1007, 'at WIB midnight the window moves a day');
});

t.test('a projected miss: the pace over 14 days does not reach the target by the due date', async (t) => {
  // 2024-12-18 → 2024-12-31 is 14 days, both counted. 140 in 14 days = 10 a day → 500 + 140 = 640.
  const p = one(500, 140, '2024-12-18');
  t.same(p, {
    commitmentId: 'c1',
    dueDate: '2024-12-31',
    cumulativeTarget: 1000,
    credited: 500,
    daysLeft: 14,
    pacePerDay: 10,
    projected: 640,
    shortfall: 360,
    requiredPerDay: Math.ceil(500 / 14),
    miss: true,
  });
  t.equal(one(500, 500, '2024-12-18').miss, false, '500 in 14 days ≈ 35.7 a day reaches 1000');
});

t.test('the last day before the due date and the due date itself still count as days left', async (t) => {
  t.equal(one(990, 70, '2024-12-30').daysLeft, 2);
  t.equal(one(990, 70, '2024-12-30').projected, 1000, '990 + 5 × 2 = 1000: not a miss');
  t.equal(one(990, 70, '2024-12-30').miss, false);
  t.equal(one(989, 70, '2024-12-30').miss, true, 'one short');
  t.equal(one(999, 0, '2024-12-31').daysLeft, 1);
  t.equal(one(999, 0, '2024-12-31').requiredPerDay, 1);
});

t.test('a commitment already met is never a miss, whatever the pace', async (t) => {
  for (const today of ['2024-11-01', '2024-12-31', '2025-01-15']) {
    const p = one(1000, 0, today);
    t.equal(p.miss, false, today);
    t.equal(p.shortfall, 0);
    t.equal(p.requiredPerDay, null);
  }
});

t.test('a pace of zero projects what is credited: a miss exactly while short', async (t) => {
  const p = one(400, 0, '2024-11-01');
  t.equal(p.pacePerDay, 0);
  t.equal(p.projected, 400);
  t.equal(p.shortfall, 600);
  t.equal(p.miss, true);
});

t.test('after the due date the verdict is final: what was credited', async (t) => {
  const p = one(999, 10_000, '2025-01-01');
  t.equal(p.daysLeft, 0);
  t.equal(p.projected, 999);
  t.equal(p.requiredPerDay, null);
  t.equal(p.miss, true);
});

t.test('commitments count cumulatively in due-date order', async (t) => {
  const projections = projectCommitments({
    today: '2024-12-01',
    credited: 600,
    recent: 0,
    commitments: [
      { id: 'late', targetWorkers: 500, dueDate: '2024-12-31' },
      { id: 'early', targetWorkers: 500, dueDate: '2024-11-30' },
    ],
  });
  t.same(
    projections.map((p) => [p.commitmentId, p.cumulativeTarget, p.miss]),
    [
      ['early', 500, false],
      ['late', 1000, true],
    ],
  );
});

t.test('properties: a miss iff short of the target at the projected count; more pace never turns a hit into a miss', async () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 10_000_000 }),
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.integer({ min: 1, max: 10_000_000 }),
      fc.integer({ min: -30, max: 400 }),
      fc.integer({ min: 0, max: 1_000_000 }),
      (credited, recent, target, offset, extra) => {
        const today = '2024-06-01';
        const due = addDays(today, offset);
        const p = one(credited, recent, today, due, target);
        if (p.miss !== (credited < target && p.projected < target)) return false;
        if (p.projected < credited) return false;
        const faster = one(credited, recent + extra, today, due, target);
        return !(p.miss === false && faster.miss === true);
      },
    ),
  );
});

t.test('a milestone is overdue from the day after its due date, unless done', async (t) => {
  t.equal(milestoneOverdue({ dueDate: '2024-12-31', done: false }, '2024-12-31'), false);
  t.equal(milestoneOverdue({ dueDate: '2024-12-31', done: false }, '2025-01-01'), true);
  t.equal(milestoneOverdue({ dueDate: '2024-12-31', done: true }, '2025-01-01'), false);
});

t.test('alerts change state once: open when the condition starts, resolve when it ends, else nothing', async (t) => {
  t.equal(alertTransition(true, false), 'open');
  t.equal(alertTransition(true, true), 'none', 'a miss that persists raises nothing new');
  t.equal(alertTransition(false, true), 'resolve');
  t.equal(alertTransition(false, false), 'none');
});

t.test('the status is the summary’s (domain/pace.ts)', async (t) => {
  const commitments = [{ id: 'c', targetWorkers: 1000, dueDate: '2024-11-01' }];
  t.equal(statusOf({ today: '2024-10-27', periodStart: '2024-10-23', credited: 500, commitments }), 'on_track');
  t.equal(statusOf({ today: '2024-10-27', periodStart: '2024-10-23', credited: 499, commitments }), 'behind');
  t.equal(statusOf({ today: '2024-10-27', periodStart: '2024-10-23', credited: 1000, commitments }), 'met');
  t.equal(statusOf({ today: '2024-10-27', periodStart: '2024-10-23', credited: 0, commitments: [] }), 'no_commitment');
});
