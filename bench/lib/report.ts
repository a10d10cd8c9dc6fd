import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/lib/paths.js';

/**
 * One measured figure next to the baseline it is judged against. The ratio is what a goal is
 * set on: absolute numbers move with the machine, the ratio to PostgreSQL's own fastest path on
 * the same machine and in the same run much less.
 */
export interface Figure {
  scenario: string;
  figure: string;
  value: number;
  unit: string;
  baseline: string | null;
  baselineValue: number | null;
  /** value ÷ baselineValue. */
  ratio: number | null;
  goal: Goal | null;
  pass: boolean | null;
}

/** A bound on the ratio (or, for figures without a baseline, on the value itself). */
export interface Goal {
  on: 'ratio' | 'value';
  op: '>=' | '<=' | '<';
  target: number;
}

/**
 * A figure and its verdict. `judged: false` keeps the goal in the table but gives no verdict: the
 * figure was measured at another size than the goal is set for (a quick run), so it informs but
 * cannot pass or miss.
 */
export function figure(fields: Omit<Figure, 'ratio' | 'pass'> & { baselineValue: number | null; judged?: boolean }): Figure {
  const { judged = true, ...rest } = fields;
  const ratio = rest.baselineValue ? rest.value / rest.baselineValue : null;
  let pass: boolean | null = null;
  if (rest.goal && judged) {
    const measured = rest.goal.on === 'ratio' ? ratio : rest.value;
    const { op, target } = rest.goal;
    if (measured !== null) pass = op === '>=' ? measured >= target : op === '<=' ? measured <= target : measured < target;
  }
  return { ...rest, ratio, pass };
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
}

export function machineInfo(postgres: string): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres,
  };
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export const formatNumber = (n: number) => (Math.abs(n) >= 100 ? integer.format(n) : n.toPrecision(3));

function formatGoal(goal: Goal | null): string {
  if (!goal) return '—';
  const op = { '>=': '≥', '<=': '≤', '<': '<' }[goal.op];
  return `${goal.on === 'ratio' ? '' : 'value '}${op} ${goal.target}`;
}

/** A plain-text table: readable in a terminal and pasteable into an issue as-is. */
export function formatTable(figures: Figure[]): string {
  const header = ['scenario', 'figure', 'value', 'baseline', 'baseline value', 'ratio', 'goal', 'result'];
  const rows = figures.map((f) => [
    f.scenario,
    f.figure,
    `${formatNumber(f.value)} ${f.unit}`,
    f.baseline ?? '—',
    f.baselineValue === null ? '—' : `${formatNumber(f.baselineValue)} ${f.unit}`,
    f.ratio === null ? '—' : f.ratio.toFixed(2),
    formatGoal(f.goal),
    f.pass === null ? (f.goal ? 'not judged' : '—') : f.pass ? 'pass' : 'MISS',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export const formatMachine = (m: MachineInfo) => `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os} — node ${m.node} — ${m.postgres}`;

/** Every run's results: an ignored folder, so a run never dirties the checkout. */
export const resultsDir = path.join(projectRoot, 'bench', 'results');
/** The committed reference run the README's table is taken from; replaced only by `--record`. */
export const referenceFile = path.join(projectRoot, 'bench', 'reference.json');

/** Written to a `.tmp` first and renamed, so an interrupted run never leaves a truncated file. */
function writeAtomically(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/**
 * Writes `<timestamp>.json` under bench/results (ignored by git). The timestamp is ISO 8601 with
 * `:` replaced by `-` (a colon is not allowed in Windows file names).
 */
export function writeResults(report: unknown, startedAt: Date): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${startedAt.toISOString().replace(/:/g, '-')}.json`);
  writeAtomically(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

const TABLE_START = '<!-- bench:table:start -->';
const TABLE_END = '<!-- bench:table:end -->';

/** The README's table: one row per figure, its same-run baseline and ratio, its goal and verdict. */
export function formatMarkdownTable(figures: Figure[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = figures.map((f) =>
    [
      f.scenario,
      cell(f.figure),
      `${formatNumber(f.value)} ${f.unit}`,
      f.baseline === null ? '—' : `${cell(f.baseline)}: ${formatNumber(f.baselineValue as number)} ${f.unit}`,
      f.ratio === null ? '—' : f.ratio.toFixed(2),
      `${formatGoal(f.goal)}${f.pass === false ? ' (missed)' : ''}`,
    ].join(' | '),
  );
  return ['| scenario | figure | value | baseline (same run) | ratio | goal |', '|---|---|---|---|---|---|', ...rows.map((r) => `| ${r} |`)].join(
    '\n',
  );
}

/**
 * `--record`: the run becomes the committed reference — bench/reference.json, and the table in
 * README.md between its markers. Only on purpose, never as a side effect of a run.
 */
export function recordReference(
  report: { figures: Figure[] },
  files: { readme: string; reference: string } = { readme: path.join(projectRoot, 'README.md'), reference: referenceFile },
): string[] {
  const { readme: readmeFile, reference } = files;
  const readme = readFileSync(readmeFile, 'utf8');
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} markers around the bench table`);
  writeAtomically(reference, `${JSON.stringify(report, null, 2)}\n`);
  writeAtomically(readmeFile, `${readme.slice(0, start + TABLE_START.length)}\n${formatMarkdownTable(report.figures)}\n${readme.slice(end)}`);
  return [reference, readmeFile];
}
