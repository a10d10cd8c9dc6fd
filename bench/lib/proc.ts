import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/**
 * Processes as Linux's /proc shows them: a process's descendants, which of them holds a listening
 * socket, and its resident memory. `npm start` is four processes deep (npm, sh, tsx's launcher,
 * node running the server), and a memory figure or a graceful stop is only right if it reaches
 * the one that serves; the socket is what proves which one that is.
 */

/** Direct children of a process (every thread's children, as /proc/<pid>/task/<tid>/children lists them). */
export function childPids(pid: number): number[] {
  const children: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return children;
  }
  for (const tid of tasks) {
    try {
      for (const child of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean)) {
        children.push(Number(child));
      }
    } catch {
      // The thread ended meanwhile.
    }
  }
  return children;
}

/** The process and all its descendants, parents before children. */
export function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...childPids(tree[i] as number));
  return tree;
}

/** Socket inodes listening on TCP `port` on any address (IPv4 and IPv6). */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is ADDR:PORT in hex; state 0A is LISTEN; the inode is field 10.
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A' && fields[9]) inodes.add(fields[9]);
    }
  }
  return inodes;
}

/**
 * The process among `rootPid` and its descendants that holds the socket listening on `port`, or
 * null while none does (not listening yet, or /proc unreadable).
 */
export function servingPid(rootPid: number, port: number): number | null {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return null;
  for (const pid of processTree(rootPid)) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match && inodes.has(match[1] as string)) return pid;
      } catch {
        // The descriptor closed meanwhile.
      }
    }
  }
  return null;
}

/** The command line of a process, arguments joined by spaces ('' when it is gone). */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return '';
  }
}

export interface MemoryStatus {
  /** Resident set size now, in bytes. */
  rss: number;
  /** The kernel's high-water mark of the resident set since the process started, in bytes. */
  peakRss: number;
}

/** VmRSS and VmHWM of /proc/<pid>/status, or null when the process is gone or /proc is unavailable. */
export function memoryStatus(pid: number): MemoryStatus | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kib = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
    return match ? Number(match[1]) * 1024 : null;
  };
  const rss = kib('VmRSS');
  const peakRss = kib('VmHWM');
  return rss === null || peakRss === null ? null : { rss, peakRss };
}

export interface MemoryTrace {
  /** VmHWM when sampling stopped: the peak over the process's whole life, missed by no poll. */
  peakRss: number;
  /** The highest VmRSS a poll saw, and when (ms after sampling started). */
  maxSampledRss: number;
  maxSampledAtMs: number;
  firstRss: number;
  lastRss: number;
  samples: number;
  /** Every second's sample, in MiB, for the results file: how memory moved over the run. */
  perSecondMiB: number[];
}

/**
 * Polls a process's VmRSS every `intervalMs` until stopped; `stop()` adds VmHWM, which the
 * kernel keeps exactly, so a spike between two polls still counts in the peak.
 */
export function sampleMemory(pid: number, intervalMs = 100): { stop(): MemoryTrace } {
  const first = memoryStatus(pid);
  if (!first) throw new Error(`Cannot read /proc/${pid}/status: memory is measured on Linux only`);
  const started = performance.now();
  let max = first.rss;
  let maxAt = 0;
  let last = first;
  let samples = 1;
  const perSecond: number[] = [first.rss];
  const timer = setInterval(() => {
    const status = memoryStatus(pid);
    if (!status) return;
    last = status;
    samples++;
    const at = performance.now() - started;
    if (status.rss > max) {
      max = status.rss;
      maxAt = at;
    }
    if (at >= perSecond.length * 1000) perSecond.push(status.rss);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const end = memoryStatus(pid) ?? last;
      const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
      return {
        peakRss: Math.max(end.peakRss, max),
        maxSampledRss: max,
        maxSampledAtMs: Math.round(maxAt),
        firstRss: first.rss,
        lastRss: end.rss,
        samples,
        perSecondMiB: perSecond.map(mib),
      };
    },
  };
}
