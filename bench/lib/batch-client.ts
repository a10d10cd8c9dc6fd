import { randomUUID } from 'node:crypto';
import { runPool } from './pool.js';
import { AGREEMENT_ID } from './workload.js';

/**
 * Posting enrollment batches the way an agency's system does: `POST /v1/agreements/{id}/batches`
 * with the agency's own token and a fresh Idempotency-Key, at most `concurrency` in flight, and
 * every answer checked. Bodies come ready-made, so the client's work per batch is a write.
 */

/** The parts of the server's batch report the bench checks. */
export interface BatchReport {
  received: number;
  accepted: number;
  duplicates: { inBatch: number; sameAgency: number; otherAgency: number };
  outOfRegion: number;
  rejected: number;
}

export type BatchTotals = {
  received: number;
  accepted: number;
  inBatch: number;
  sameAgency: number;
  otherAgency: number;
  outOfRegion: number;
  rejected: number;
};

export interface PostedBatches {
  reports: BatchReport[];
  /** Request to response, per batch, in ms (in completion order). */
  latencies: number[];
  /** From the first request sent to the last response read. */
  wallMs: number;
  totals: BatchTotals;
}

export interface BatchClient {
  url: string;
  /** The agency posting a batch → its `Authorization` header value. */
  authorization(agency: string): string;
}

export function batchClient(baseUrl: string, token: (agency: string) => string): BatchClient {
  const tokens = new Map<string, string>();
  return {
    url: `${baseUrl}/v1/agreements/${AGREEMENT_ID}/batches`,
    authorization(agency) {
      let header = tokens.get(agency);
      if (!header) {
        header = `Bearer ${token(agency)}`;
        tokens.set(agency, header);
      }
      return header;
    },
  };
}

/** One batch; `dryRun` validates and classifies without writing (answers 200 instead of 201). */
export async function postBatch(client: BatchClient, agency: string, body: Buffer | string, dryRun = false): Promise<BatchReport> {
  const response = await fetch(dryRun ? `${client.url}?dryRun=true` : client.url, {
    method: 'POST',
    headers: {
      authorization: client.authorization(agency),
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
    },
    body,
  });
  const text = await response.text();
  if (response.status !== (dryRun ? 200 : 201)) {
    // The body is a problem document: record indexes and codes, never a NIK (docs/domain.md §8).
    throw new Error(`${dryRun ? 'Dry run' : 'Batch'} of ${agency}: HTTP ${response.status} ${text.slice(0, 500)}`);
  }
  return JSON.parse(text) as BatchReport;
}

export function sumReports(reports: readonly BatchReport[]): BatchTotals {
  const totals: BatchTotals = { received: 0, accepted: 0, inBatch: 0, sameAgency: 0, otherAgency: 0, outOfRegion: 0, rejected: 0 };
  for (const r of reports) {
    totals.received += r.received;
    totals.accepted += r.accepted;
    totals.inBatch += r.duplicates.inBatch;
    totals.sameAgency += r.duplicates.sameAgency;
    totals.otherAgency += r.duplicates.otherAgency;
    totals.outOfRegion += r.outOfRegion;
    totals.rejected += r.rejected;
  }
  return totals;
}

/**
 * Posts every batch (batch i by `agencyOf[i]`), `concurrency` in flight, stopping at the first
 * failure; `onAnswer` is called after each answer (progress).
 */
export async function postBatches(
  client: BatchClient,
  bodies: readonly (Buffer | string)[],
  agencyOf: readonly string[],
  concurrency: number,
  onAnswer?: () => void,
): Promise<PostedBatches> {
  const latencies: number[] = [];
  const started = performance.now();
  const reports = await runPool(bodies, concurrency, async (body, index) => {
    const sent = performance.now();
    const report = await postBatch(client, agencyOf[index] as string, body);
    latencies.push(performance.now() - sent);
    onAnswer?.();
    return report;
  });
  const wallMs = performance.now() - started;
  return { reports, latencies, wallMs, totals: sumReports(reports) };
}
