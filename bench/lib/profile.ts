import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/lib/paths.js';

/**
 * Summaries of what `--profile` collects from the server: a V8 CPU profile (`--cpu-prof`) and
 * statement timings (pg-timing.ts). Both are cut to what matters for a verdict: the functions
 * and statements that take the time, with their share.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

export interface TimeShare {
  name: string;
  ms: number;
  share: number;
}

export interface CpuProfileSummary {
  file: string;
  /** Sampled time inside the window, in ms (idle included). */
  totalMs: number;
  idleMs: number;
  /** Self time by function. */
  selfByFunction: TimeShare[];
  /** Self time by where the code lives: a package, a file of src/, node internals, GC. */
  selfByOrigin: TimeShare[];
  /** Time with the function on the stack, for the project's own functions. */
  inclusiveOwn: TimeShare[];
}

const shortUrl = (url: string) => {
  const file = url.replace(/^file:\/\//, '');
  return file.startsWith(projectRoot) ? path.relative(projectRoot, file) : file;
};

function originOf(frame: ProfileNode['callFrame']): string {
  if (!frame.url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  const file = shortUrl(frame.url);
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return `pkg ${pkg[1]}`;
  if (file.startsWith('node:')) return 'node internals';
  return file;
}

/** Code compiled by tsx reports line 0 for every function (no source maps in profiles): name and file only. */
const frameName = (frame: ProfileNode['callFrame']) =>
  frame.url
    ? `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}${frame.lineNumber > 0 ? `:${frame.lineNumber + 1}` : ''}`
    : frame.functionName || '(unnamed native)';

function top(map: Map<string, number>, total: number, n: number): TimeShare[] {
  return [...map.entries()]
    .sort(([, a], [, b]) => b - a)
    .slice(0, n)
    .map(([name, ms]) => ({ name, ms: Math.round(ms), share: ms / total }));
}

/**
 * Summarises the main thread's .cpuprofile in `dir`, counting only samples between `fromUs` and `toUs`
 * (microseconds of the monotonic clock, which V8's profiler and process.hrtime share on Linux):
 * the load phase, without start-up and migrations.
 */
export function summariseCpuProfile(dir: string, window?: { fromUs: number; toUs: number }): CpuProfileSummary | null {
  if (!existsSync(dir)) return null;
  // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main thread, where requests
  // run; tsx's module loader thread writes a profile of its own.
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const name = files.find((f) => /\.0\.\d+\.cpuprofile$/.test(f)) ?? files[0];
  if (!name) return null;
  const file = path.join(dir, name);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const selfFn = new Map<string, number>();
  const selfOrigin = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let idle = 0;
  let at = profile.startTime;
  const inWindow = (t: number) => !window || (t >= window.fromUs && t <= window.toUs);
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    // timeDeltas[i] is the gap before sample i; attribute it to the sample (the usual approximation).
    if (!inWindow(at)) continue;
    const node = byId.get(profile.samples[i] as number);
    if (!node) continue;
    const ms = delta / 1000;
    total += ms;
    if (node.callFrame.functionName === '(idle)') {
      idle += ms;
      continue;
    }
    const fn = frameName(node.callFrame);
    selfFn.set(fn, (selfFn.get(fn) ?? 0) + ms);
    const origin = originOf(node.callFrame);
    selfOrigin.set(origin, (selfOrigin.get(origin) ?? 0) + ms);
    // Inclusive time: each of the project's functions on the stack, once per sample.
    const onStack = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = (byId.get(id) as ProfileNode).callFrame;
      const url = shortUrl(frame.url);
      if (url.startsWith('src/')) onStack.add(frameName(frame));
    }
    for (const fnName of onStack) inclusive.set(fnName, (inclusive.get(fnName) ?? 0) + ms);
  }
  if (total === 0) return null;
  return {
    file,
    totalMs: Math.round(total),
    idleMs: Math.round(idle),
    selfByFunction: top(selfFn, total, 15),
    selfByOrigin: top(selfOrigin, total, 12),
    inclusiveOwn: top(inclusive, total, 15),
  };
}

export interface StatementStat {
  statement: string;
  calls: number;
  totalMs: number;
  maxMs: number;
  rows: number;
}

export function readStatementTimings(file: string): StatementStat[] {
  if (!existsSync(file)) return [];
  const rows = JSON.parse(readFileSync(file, 'utf8')) as StatementStat[];
  return rows.sort((a, b) => b.totalMs - a.totalMs);
}

const pct = (share: number) => `${(share * 100).toFixed(1).padStart(5)} %`;
const ms = (n: number) => `${Math.round(n).toLocaleString('en-US').padStart(8)} ms`;

export function formatCpuProfile(summary: CpuProfileSummary): string[] {
  const busy = summary.totalMs - summary.idleMs;
  return [
    `server CPU profile (load phase): ${summary.totalMs} ms sampled, ${busy} ms busy (${pct(busy / summary.totalMs).trim()}), ${summary.file}`,
    '  self time by origin:',
    ...summary.selfByOrigin.map((t) => `    ${ms(t.ms)} ${pct(t.share)}  ${t.name}`),
    '  self time by function:',
    ...summary.selfByFunction.map((t) => `    ${ms(t.ms)} ${pct(t.share)}  ${t.name}`),
    '  inclusive time, project functions:',
    ...summary.inclusiveOwn.map((t) => `    ${ms(t.ms)} ${pct(t.share)}  ${t.name}`),
  ];
}

export function formatStatements(stats: StatementStat[], wallMs: number, limit = 15): string[] {
  const total = stats.reduce((sum, s) => sum + s.totalMs, 0);
  return [
    `server SQL time by statement (as the app waits for it; all connections summed, wall ${Math.round(wallMs)} ms): ${Math.round(total)} ms`,
    ...stats
      .slice(0, limit)
      .map(
        (s) =>
          `    ${ms(s.totalMs)} ${pct(s.totalMs / total)}  ${String(s.calls).padStart(5)}×  avg ${(s.totalMs / s.calls).toFixed(1).padStart(7)} ms  ${s.statement.slice(0, 140)}`,
      ),
  ];
}

/**
 * Node flags and environment that make the server write a CPU profile, statement timings and a
 * memory timeline into a fresh folder under the OS temp dir (profiles are large and
 * machine-specific: not results).
 */
export function profilingSetup(
  startedAt: Date,
  /** Tells apart the folders of several servers profiled in one scenario. */
  label?: string,
): { dir: string; timingFile: string; memoryFile: string; nodeArgs: string[]; env: Record<string, string> } {
  const dir = path.join(tmpdir(), `sinergi-bench-profile-${startedAt.toISOString().replace(/:/g, '-')}${label ? `-${label}` : ''}`);
  mkdirSync(dir, { recursive: true });
  const timingFile = path.join(dir, 'statements.json');
  const memoryFile = path.join(dir, 'memory.json');
  const preload = (name: string) => ['--import', path.join(projectRoot, 'bench', 'lib', name)];
  return {
    dir,
    timingFile,
    memoryFile,
    // After `--import tsx` would be too late for a .ts preload, so tsx is imported first here too.
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', ...preload('pg-timing.ts'), ...preload('memory-probe.ts')],
    env: { BENCH_PG_TIMING_FILE: timingFile, BENCH_MEMORY_FILE: memoryFile },
  };
}

interface MemoryTimeline {
  heapLimitMiB: number;
  samples: {
    at: number;
    rss: number;
    heapUsed: number;
    heapCommitted: number;
    external: number;
    arrayBuffers: number;
    spaces: Record<string, [number, number]>;
  }[];
}

/** The memory probe's timeline (memory-probe.ts), cut to the samples at the highest RSS and at the start and end. */
export function summariseMemory(file: string): { heapLimitMiB: number; atPeak: unknown; first: unknown; last: unknown; samples: number } | null {
  if (!existsSync(file)) return null;
  const timeline = JSON.parse(readFileSync(file, 'utf8')) as MemoryTimeline;
  const { samples } = timeline;
  if (samples.length === 0) return null;
  const peak = samples.reduce((a, b) => (b.rss > a.rss ? b : a));
  return { heapLimitMiB: timeline.heapLimitMiB, atPeak: peak, first: samples[0], last: samples.at(-1), samples: samples.length };
}

export function formatMemory(summary: NonNullable<ReturnType<typeof summariseMemory>>): string[] {
  const line = (label: string, s: unknown) => {
    const x = s as MemoryTimeline['samples'][number];
    const spaces = Object.entries(x.spaces)
      .filter(([, [, committed]]) => committed >= 1)
      .map(([name, [used, committed]]) => `${name.replace(/_space$/, '')} ${used}/${committed}`)
      .join(', ');
    return `    ${label.padEnd(8)} at ${(x.at / 1000).toFixed(1).padStart(6)} s: RSS ${x.rss} MiB = heap ${x.heapUsed} used / ${x.heapCommitted} committed, external ${x.external} (array buffers ${x.arrayBuffers}); spaces used/committed MiB: ${spaces}`;
  };
  return [
    `server memory (V8's view, MiB; heap limit ${summary.heapLimitMiB}):`,
    line('first', summary.first),
    line('peak', summary.atPeak),
    line('last', summary.last),
  ];
}
