import autocannon from 'autocannon';
import { cpuSnapshot, cpuSpent, selfCpuSeconds } from './cpu.js';

/**
 * Closed-loop HTTP load with autocannon, from the bench process: `connections` keep-alive
 * connections each send the next request as soon as the previous answer arrives, so req/s is
 * what the server sustains (or, if the load generator runs out of CPU first, what it can send —
 * hence the CPU of both is measured alongside).
 */

export interface RateOptions {
  url: string;
  headers?: Record<string, string>;
  /** Every response must have this status; anything else fails the run. */
  expectStatus: number;
  connections: number;
  seconds: number;
  /** An unmeasured run first (0: none): JIT, connection set-up and caches are not what is measured. */
  warmupSeconds: number;
  /** The server's process id, for its CPU time. */
  serverPid: number;
}

export interface RateRun {
  requestsPerSecond: number;
  responses: number;
  seconds: number;
  latencyMs: { p50: number; p99: number; mean: number; max: number };
  bytesPerResponse: number;
  /** CPU seconds per wall second (1 = one core busy) during the measured run. */
  cpuCores: { server: number; loadGenerator: number };
  /** When the run started and ended, in µs of the monotonic clock (for a CPU profile's window). */
  windowUs: { fromUs: number; toUs: number };
}

const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

async function fire(options: RateOptions, seconds: number): Promise<autocannon.Result> {
  const result = await autocannon({
    url: options.url,
    headers: options.headers ?? {},
    connections: options.connections,
    duration: seconds,
  });
  const other = Object.entries(result.statusCodeStats ?? {}).filter(([status]) => Number(status) !== options.expectStatus);
  if (result.errors > 0 || other.length > 0) {
    throw new Error(
      `${options.url}: expected only HTTP ${options.expectStatus}, got ${JSON.stringify(result.statusCodeStats)} ` +
        `and ${result.errors} errors (${result.timeouts} timeouts)`,
    );
  }
  return result;
}

export async function measureRate(options: RateOptions): Promise<RateRun> {
  if (options.warmupSeconds > 0) await fire(options, options.warmupSeconds);
  const cpuBefore = { server: cpuSnapshot([options.serverPid]), self: selfCpuSeconds() };
  const fromUs = monotonicUs();
  const result = await fire(options, options.seconds);
  const toUs = monotonicUs();
  const server = cpuSpent(cpuBefore.server, cpuSnapshot([options.serverPid]));
  const self = selfCpuSeconds() - cpuBefore.self;

  const responses = result.statusCodeStats?.[`${options.expectStatus}`]?.count ?? 0;
  const wall = (toUs - fromUs) / 1e6;
  return {
    // autocannon's own duration (rounded to 10 ms) is the window the responses were counted in.
    requestsPerSecond: responses / result.duration,
    responses,
    seconds: result.duration,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, mean: result.latency.mean, max: result.latency.max },
    bytesPerResponse: responses > 0 ? result.throughput.total / responses : 0,
    cpuCores: { server: server / wall, loadGenerator: self / wall },
    windowUs: { fromUs, toUs },
  };
}
