import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { agencies, agencyCoverage, agreementParties } from '../../db/schema.js';
import { bitsToPrograms } from '../../domain/programs.js';

/**
 * The coverage rollups: per agency, per agency and day, and per agency and breakdown key. They
 * are written in the same transaction as the batch (or void) that changes them, so the summary
 * reads a few hundred rows at most, however many enrollments there are.
 */

/** One worker's credit gained (+1) or lost (−1) by an agency, with the crediting record's facts. */
export interface CreditChange {
  agencyCode: string;
  enrolledOn: string;
  segment: string;
  programs: number;
  regency: string;
  delta: 1 | -1;
}

export interface AgencyStatsDelta {
  agencyCode: string;
  credited: number;
  duplicatesReported: number;
  batches: number;
  received: number;
  rejected: number;
  outOfRegion: number;
  /** Set when a batch was posted. */
  lastBatchAt?: Date;
}

function add(map: Map<string, number>, key: string, delta: number) {
  map.set(key, (map.get(key) ?? 0) + delta);
}

/** Rows in key order, so concurrent transactions lock rollup rows in the same order. */
function sortedEntries(map: Map<string, number>) {
  return [...map.entries()].filter(([, n]) => n !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export async function applyCreditChanges(exec: Executor, agreementId: string, changes: CreditChange[]): Promise<void> {
  if (changes.length === 0) return;
  const daily = new Map<string, number>();
  const breakdown = new Map<string, number>();
  for (const change of changes) {
    add(daily, `${change.agencyCode}\u0000${change.enrolledOn}`, change.delta);
    add(breakdown, `${change.agencyCode}\u0000segment\u0000${change.segment}`, change.delta);
    add(breakdown, `${change.agencyCode}\u0000regency\u0000${change.regency}`, change.delta);
    for (const program of bitsToPrograms(change.programs)) {
      add(breakdown, `${change.agencyCode}\u0000program\u0000${program}`, change.delta);
    }
  }

  const dailyRows = sortedEntries(daily);
  if (dailyRows.length > 0) {
    const keys = dailyRows.map(([key]) => key.split('\u0000'));
    await exec.execute(sql`
      INSERT INTO coverage_daily (agreement_id, agency_code, day, credited)
      SELECT ${agreementId}, d.agency_code, d.day, d.n
      FROM unnest(${sql.param(keys.map((k) => k[0]))}::text[], ${sql.param(keys.map((k) => k[1]))}::date[],
                  ${sql.param(dailyRows.map(([, n]) => n))}::int4[]) AS d(agency_code, day, n)
      ON CONFLICT (agreement_id, agency_code, day) DO UPDATE SET credited = coverage_daily.credited + EXCLUDED.credited`);
  }

  const breakdownRows = sortedEntries(breakdown);
  if (breakdownRows.length > 0) {
    const keys = breakdownRows.map(([key]) => key.split('\u0000'));
    await exec.execute(sql`
      INSERT INTO coverage_breakdown (agreement_id, agency_code, dimension, key, credited)
      SELECT ${agreementId}, d.agency_code, d.dimension, d.key, d.n
      FROM unnest(${sql.param(keys.map((k) => k[0]))}::text[], ${sql.param(keys.map((k) => k[1]))}::text[],
                  ${sql.param(keys.map((k) => k[2]))}::text[], ${sql.param(breakdownRows.map(([, n]) => n))}::int4[])
           AS d(agency_code, dimension, key, n)
      ON CONFLICT (agreement_id, agency_code, dimension, key)
      DO UPDATE SET credited = coverage_breakdown.credited + EXCLUDED.credited`);
  }
}

export async function applyAgencyStats(exec: Executor, agreementId: string, deltas: AgencyStatsDelta[]): Promise<void> {
  for (const d of [...deltas].sort((a, b) => (a.agencyCode < b.agencyCode ? -1 : 1))) {
    await exec
      .insert(agencyCoverage)
      .values({
        agreementId,
        agencyCode: d.agencyCode,
        credited: d.credited,
        duplicatesReported: d.duplicatesReported,
        batches: d.batches,
        received: d.received,
        rejected: d.rejected,
        outOfRegion: d.outOfRegion,
        lastBatchAt: d.lastBatchAt ?? null,
        changedAt: sql`now()`,
      })
      .onConflictDoUpdate({
        target: [agencyCoverage.agreementId, agencyCoverage.agencyCode],
        set: {
          credited: sql`${agencyCoverage.credited} + EXCLUDED.credited`,
          duplicatesReported: sql`${agencyCoverage.duplicatesReported} + EXCLUDED.duplicates_reported`,
          batches: sql`${agencyCoverage.batches} + EXCLUDED.batches`,
          received: sql`${agencyCoverage.received} + EXCLUDED.received`,
          rejected: sql`${agencyCoverage.rejected} + EXCLUDED.rejected`,
          outOfRegion: sql`${agencyCoverage.outOfRegion} + EXCLUDED.out_of_region`,
          lastBatchAt: sql`GREATEST(${agencyCoverage.lastBatchAt}, EXCLUDED.last_batch_at)`,
          changedAt: sql`now()`,
        },
      });
  }
}

/** Every party of the agreement with its rollup (zeros for an agency that has posted nothing). */
export async function agencyStandings(exec: Executor, agreementId: string) {
  return exec
    .select({
      code: agencies.code,
      name: agencies.name,
      role: agreementParties.role,
      credited: sql<number>`coalesce(${agencyCoverage.credited}, 0)`.mapWith(Number),
      duplicatesReported: sql<number>`coalesce(${agencyCoverage.duplicatesReported}, 0)`.mapWith(Number),
      batches: sql<number>`coalesce(${agencyCoverage.batches}, 0)`.mapWith(Number),
      lastBatchAt: agencyCoverage.lastBatchAt,
      changedAt: agencyCoverage.changedAt,
    })
    .from(agreementParties)
    .innerJoin(agencies, eq(agencies.code, agreementParties.agencyCode))
    .leftJoin(
      agencyCoverage,
      sql`${agencyCoverage.agreementId} = ${agreementParties.agreementId} AND ${agencyCoverage.agencyCode} = ${agreementParties.agencyCode}`,
    )
    .where(eq(agreementParties.agreementId, agreementId))
    .orderBy(asc(agencies.code));
}
