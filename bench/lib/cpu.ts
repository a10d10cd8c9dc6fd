import { readFileSync } from 'node:fs';

/**
 * CPU time of processes, read from /proc (Linux). On a machine with few cores the server, the
 * database and the load generator compete for the same CPUs; how the CPU seconds split between
 * them says where a run's time went before any profiler is attached. Elsewhere this reads null.
 */

/** Clock ticks per second of /proc/<pid>/stat: 100 on every mainstream Linux build (USER_HZ). */
const CLOCK_TICKS = 100;

/** User + system CPU seconds of a process, or null when it is gone or /proc is unavailable. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces; the fields after its closing parenthesis start at field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

export type CpuSnapshot = Map<number, number>;

export function cpuSnapshot(pids: Iterable<number>): CpuSnapshot {
  const snapshot: CpuSnapshot = new Map();
  for (const pid of pids) {
    const seconds = processCpuSeconds(pid);
    if (seconds !== null) snapshot.set(pid, seconds);
  }
  return snapshot;
}

/**
 * CPU seconds spent between two snapshots by the processes in `after`. A process that appeared in
 * between counts from zero (a pooled connection opened mid-run); one that exited is lost, so keep
 * the processes measured alive for the phase.
 */
export function cpuSpent(before: CpuSnapshot, after: CpuSnapshot): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

export const selfCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
