/**
 * A summary's figures as a flat map, `path → number`, and what moved between two of them: how an
 * adjustment to a reopened period is stated (docs/domain.md §12.4). Pure.
 *
 * Every number in the summary is a figure, found by walking it, so a figure added to the summary
 * later is covered without a change here. Not figures: `reporting` (submission states), the
 * milestone list and counts (not coverage), a snapshot's own `version`. List items are keyed by
 * their `code` or `agency` (an agency's standing is `agencies.dinkes.credited`), never by position.
 */

export type Figures = Record<string, number>;

const NOT_FIGURES = new Set(['reporting', 'milestones', 'milestoneCounts', 'version']);

export function flattenFigures(value: unknown, prefix = '', out: Figures = {}): Figures {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && prefix !== '') out[prefix] = value;
    return out;
  }
  if (value === null || typeof value !== 'object') return out;
  const join = (key: string) => (prefix === '' ? key : `${prefix}.${key}`);
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const named =
        item !== null && typeof item === 'object' ? ((item as { code?: unknown }).code ?? (item as { agency?: unknown }).agency) : undefined;
      flattenFigures(item, join(typeof named === 'string' ? named : String(index)), out);
    });
    return out;
  }
  for (const [key, child] of Object.entries(value)) {
    if (!NOT_FIGURES.has(key)) flattenFigures(child, join(key), out);
  }
  return out;
}

export interface FigureChange {
  figure: string;
  before: number;
  after: number;
  delta: number;
}

/** Every figure whose value differs (a figure absent on one side counts as 0 there), sorted by path. */
export function diffFigures(before: Figures, after: Figures): FigureChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const out: FigureChange[] = [];
  for (const figure of keys) {
    const a = before[figure] ?? 0;
    const b = after[figure] ?? 0;
    // Percentages carry two decimals: the difference is rounded back to them, not left as 0.30000000000000004.
    if (a !== b) out.push({ figure, before: a, after: b, delta: Math.round((b - a) * 1e6) / 1e6 });
  }
  return out;
}
