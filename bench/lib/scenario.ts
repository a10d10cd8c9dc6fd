import type { Cleanup } from './cleanup.js';
import type { Figure } from './report.js';

/** What every scenario is given: the parsed flags, the cleanup stack, and the PostgreSQL server. */
export interface BenchOptions {
  /** ingest: records posted. */
  records: number;
  /** ingest and jakarta: records per batch. */
  batch: number;
  /** ingest: batches in flight. */
  concurrency: number;
  /** jakarta: records posted (the goal is set for 2,700,000, the MoU's target). */
  jakartaRecords: number;
  /** jakarta: batches in flight. */
  jakartaConcurrency: number;
  /** scale: enrollments loaded for the "large" latency measurement (10,000 is the small one). */
  scaleRecords: number;
  /** import: rows of the generated CSV (the goal is set for 1,000,000). */
  importRecords: number;
  /** confirmations: rows of the BPJS extract imported (the figures are judged at 2,500,000). */
  confirmationRows: number;
  /** confirmations: enrollments posted before the extract. */
  confirmationEnrollments: number;
  /** national: enrollments of every province's agreement together (the goal is set for 20,000,000). */
  nationalRecords: number;
  /** national: Jakarta records posted over HTTP to each server. */
  nationalIngestRecords: number;
  /** start: warm starts timed after the cold one. */
  startRuns: number;
  /** summary: seconds of each measured autocannon run. */
  seconds: number;
  /** scale: sequential uncached requests timed at each size. */
  samples: number;
  quick: boolean;
  /** Profile the server (CPU profile + SQL timings); its figures are then not comparable. */
  profile: boolean;
}

export interface ScenarioContext {
  options: BenchOptions;
  cleanup: Cleanup;
  /** Admin URL of the PostgreSQL server benchmark databases are created on. */
  serverUrl: string;
  log(line: string): void;
}

export interface ScenarioResult {
  figures: Figure[];
  /** Everything else measured, kept in the JSON results. */
  details: Record<string, unknown>;
  /** Lines printed under the table. */
  notes: string[];
}

export interface Scenario {
  name: string;
  /** Other names `--scenario` accepts for it (a figure it measures, e.g. memory during jakarta). */
  aliases?: string[];
  description: string;
  /** Runs before any scenario does (e.g. a build), so a run that cannot finish fails at once. */
  prepare?(ctx: ScenarioContext): Promise<void>;
  run(ctx: ScenarioContext): Promise<ScenarioResult>;
}
