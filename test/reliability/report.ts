/**
 * Run by tap after the reliability suite (`--after`): prints every figure the suite recorded as
 * one table, then clears them for the next run.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { type Figure, figuresFile } from './lib/figures.js';

if (existsSync(figuresFile)) {
  const figures = readFileSync(figuresFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Figure)
    .sort((a, b) => a.line - b.line);
  const rows = figures.map((f) => [`${f.line}. ${f.name}`, f.figure, f.goal, f.ok ? 'ok' : 'MISSED']);
  const header = ['line', 'figure', 'goal', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const format = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i] as number)).join('  ');
  console.log(`\nReliability suite: ${figures.length} figures, ${figures.filter((f) => !f.ok).length} missed\n`);
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(format(r));
  rmSync(figuresFile);
}
