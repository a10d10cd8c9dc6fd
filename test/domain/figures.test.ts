import fc from 'fast-check';
import t from 'tap';
import { diffFigures, flattenFigures } from '../../src/domain/figures.js';

t.test('figures are the summary’s numbers by path; lists are keyed by agency, not position', async (t) => {
  const figures = flattenFigures({
    newlyCovered: 3,
    covered: { workers: 2_200_003, percent: 52.96 },
    agencies: [
      { code: 'dinkes', credited: 3, name: 'Dinas Kesehatan', lastBatchAt: null },
      { code: 'dishub', credited: 0 },
    ],
    reporting: { overdueCount: 5 },
    milestones: [{ agency: 'dinkes', title: 'x' }],
    milestoneCounts: { total: 1 },
    period: { version: 2, newlyCovered: 3 },
    asOf: '2024-12-05T05:00:00.000Z',
  });
  t.same(figures, {
    newlyCovered: 3,
    'covered.workers': 2_200_003,
    'covered.percent': 52.96,
    'agencies.dinkes.credited': 3,
    'agencies.dishub.credited': 0,
    'period.newlyCovered': 3,
  });
});

const figureMap = fc.dictionary(
  fc.constantFrom('a', 'b.c', 'd', 'e.f', 'g'),
  fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -100, max: 100, noNaN: true })),
);

t.test('a diff lists exactly the figures that moved, and before + delta is after', async () => {
  fc.assert(
    fc.property(figureMap, figureMap, (before, after) => {
      const changes = diffFigures(before, after);
      if (diffFigures(before, before).length !== 0) return false;
      const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
      const moved = [...keys].filter((k) => (before[k] ?? 0) !== (after[k] ?? 0));
      return (
        changes.length === moved.length &&
        changes.every(
          (c) => Math.abs(c.before + c.delta - c.after) < 1e-6 && c.before === (before[c.figure] ?? 0) && c.after === (after[c.figure] ?? 0),
        )
      );
    }),
  );
});
