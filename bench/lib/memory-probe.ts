/**
 * Preloaded into the server (`--import`) by `npm run bench -- --profile`: samples the process's
 * memory as V8 and Node see it (RSS, heap used and committed per space, external and array
 * buffers) every 250 ms and writes the timeline to $BENCH_MEMORY_FILE when the process exits.
 * Where /proc gives one number (RSS), this says what it is made of: live objects, garbage not yet
 * collected, buffers outside the heap, or code. Leaves src/ untouched.
 */
import { writeFileSync } from 'node:fs';
import v8 from 'node:v8';

const file = process.env.BENCH_MEMORY_FILE;
const MiB = 2 ** 20;
const mib = (bytes: number) => Math.round((bytes / MiB) * 10) / 10;

export interface MemorySample {
  /** ms since the probe started. */
  at: number;
  rss: number;
  heapUsed: number;
  heapCommitted: number;
  external: number;
  arrayBuffers: number;
  /** Used / committed MiB per V8 heap space (new_space, old_space, code_space, large_object_space, …). */
  spaces: Record<string, [number, number]>;
}

const samples: MemorySample[] = [];
const started = performance.now();
const sample = () => {
  const usage = process.memoryUsage();
  const spaces: MemorySample['spaces'] = {};
  for (const space of v8.getHeapSpaceStatistics()) {
    spaces[space.space_name] = [mib(space.space_used_size), mib(space.space_size)];
  }
  samples.push({
    at: Math.round(performance.now() - started),
    rss: mib(usage.rss),
    heapUsed: mib(usage.heapUsed),
    heapCommitted: mib(usage.heapTotal),
    external: mib(usage.external),
    arrayBuffers: mib(usage.arrayBuffers),
    spaces,
  });
};
setInterval(sample, 250).unref();

process.on('exit', () => {
  if (!file) return;
  sample();
  writeFileSync(file, JSON.stringify({ heapLimitMiB: mib(v8.getHeapStatistics().heap_size_limit), samples }));
});
