import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/lib/paths.js';

/**
 * Each line of the reliability suite (load, crash, database restart, bad input, access,
 * tokens, abuse limits, privacy) records the figures it measured. They are printed as the test
 * runs (a tap comment) and appended to a file that `report.ts` prints as one table at the end.
 */
export const figuresFile = path.join(projectRoot, 'test', 'artifacts', 'reliability', 'figures.jsonl');

export interface Figure {
  /** The line's number in the reliability suite, 1–8. */
  line: number;
  /** Short name of the line: load, crash, database restart, … */
  name: string;
  /** What was measured, with its number: "0 of 12,345 responses were 5xx". */
  figure: string;
  /** The goal it is held to: "0 5xx". */
  goal: string;
  ok: boolean;
}

interface Commenter {
  comment(...args: unknown[]): void;
  ok(value: unknown, message: string): unknown;
}

/** Records a figure: asserts it (so the suite fails when a goal is missed), prints it, keeps it. */
export function recordFigure(t: Commenter, figure: Figure): void {
  mkdirSync(path.dirname(figuresFile), { recursive: true });
  appendFileSync(figuresFile, `${JSON.stringify(figure)}\n`);
  t.comment(`[${figure.line} ${figure.name}] ${figure.figure} (goal: ${figure.goal}) ${figure.ok ? 'ok' : 'MISSED'}`);
  t.ok(figure.ok, `${figure.name}: ${figure.figure} (goal: ${figure.goal})`);
}

export const count = (n: number) => n.toLocaleString('en-US');
