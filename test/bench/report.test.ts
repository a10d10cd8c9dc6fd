import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { figure, formatMachine, formatMarkdownTable, formatTable, machineInfo, recordReference, writeResults } from '../../bench/lib/report.js';
import { projectRoot } from '../../src/lib/paths.js';

const figures = [
  figure({
    scenario: 'summary',
    figure: 'API 200 | cached',
    value: 7000,
    unit: 'req/s',
    baseline: 'bare route',
    baselineValue: 10_000,
    goal: { on: 'ratio', op: '>=', target: 0.85 },
  }),
  figure({
    scenario: 'start',
    figure: 'warm',
    value: 1.2,
    unit: 's',
    baseline: null,
    baselineValue: null,
    goal: { on: 'value', op: '<', target: 1.5 },
  }),
];

t.test('the README table lists each figure beside its same-run baseline, a missed goal marked', async (t) => {
  const table = formatMarkdownTable(figures).split('\n');
  t.equal(table.length, 4);
  t.equal(table[2], '| summary | API 200 \\| cached | 7,000 req/s | bare route: 10,000 req/s | 0.70 | ≥ 0.85 (missed) |');
  t.equal(table[3], '| start | warm | 1.20 s | — | — | value < 1.5 |');
});

t.test('--record replaces the reference and only the table between the markers', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sinergi-bench-report-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const readme = path.join(dir, 'README.md');
  const reference = path.join(dir, 'reference.json');
  writeFileSync(readme, 'before\n<!-- bench:table:start -->\n| old |\n<!-- bench:table:end -->\nafter\n');
  recordReference({ figures }, { readme, reference });
  t.equal(readFileSync(readme, 'utf8'), `before\n<!-- bench:table:start -->\n${formatMarkdownTable(figures)}\n<!-- bench:table:end -->\nafter\n`);
  t.same(JSON.parse(readFileSync(reference, 'utf8')).figures, figures);

  // Without the markers nothing is written, the reference included.
  const bare = path.join(dir, 'BARE.md');
  writeFileSync(bare, 'no table here\n');
  const other = path.join(dir, 'other.json');
  t.throws(() => recordReference({ figures }, { readme: bare, reference: other }), /markers/);
  t.notOk(existsSync(other));
});

t.test('the committed README has the markers the recorder needs, and git ignores every run', async (t) => {
  const text = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  t.ok(text.indexOf('<!-- bench:table:start -->') < text.indexOf('<!-- bench:table:end -->'));
  t.match(readFileSync(path.join(projectRoot, '.gitignore'), 'utf8'), /^bench\/results\/\*$/m);
});

t.test('the terminal table gives each figure its verdict, and a run is kept in its own file', async (t) => {
  const lines = formatTable([...figures, figure({ ...figures[1], goal: null, baselineValue: null } as never)]).split('\n');
  t.equal(lines.length, 5);
  t.match(lines[2], /\| MISS +\|$/);
  t.match(lines[3], /\| pass +\|$/);
  t.match(lines[4], /\| — +\|$/);
  t.match(formatMachine(machineInfo('PostgreSQL 15')), /cores.*PostgreSQL 15$/);
  const file = writeResults({ figures }, new Date('2000-01-01T00:00:00Z'));
  t.teardown(() => rmSync(file, { force: true }));
  t.equal(path.basename(file), '2000-01-01T00-00-00.000Z.json');
  t.same(JSON.parse(readFileSync(file, 'utf8')), { figures });
});
