import { asc, eq, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
import { agencies, agencyCoverage, agreementParties } from '../../db/schema.js';
import { bitsToPrograms } from '../../domain/programs.js';
import type { VoidAgencyDelta, VoidCreditChange } from '../../domain/void-deltas.js';

/**
 * The coverage rollups: per agency, per agency and day, and per agency and breakdown key. They
 * are written in the same transaction as the batch (or void) that changes them, so the summary
 * reads a few hundred rows at most, however many enrollments there are.
 */

/** Credits gained (> 0) or lost (< 0) by an agency, with the crediting records' facts (one worker each, or a tally). */
export type CreditChange = VoidCreditChange;

export interface AgencyStatsDelta extends VoidAgencyDelta {
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
  // Programs are tallied per bit set (a few distinct per batch) and only then per program.
  const programSets = new Map<string, number>();
  for (const change of changes) {
    add(daily, `${change.agencyCode}\u0000${change.enrolledOn}`, change.delta);
    add(breakdown, `${change.agencyCode}\u0000segment\u0000${change.segment}`, change.delta);
    add(breakdown, `${change.agencyCode}\u0000regency\u0000${change.regency}`, change.delta);
    add(programSets, `${change.agencyCode}\u0000${change.programs}`, change.delta);
  }
  for (const [key, n] of programSets) {
    const [agencyCode, bits] = key.split('\u0000') as [string, string];
    for (const program of bitsToPrograms(Number(bits))) add(breakdown, `${agencyCode}\u0000program\u0000${program}`, n);
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
        outOfScope: d.outOfScope,
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
          outOfScope: sql`${agencyCoverage.outOfScope} + EXCLUDED.out_of_scope`,
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

/** Credits by enrollment day (all agencies, or one), ascending; at most one row per day. */
export async function creditsByDay(exec: Executor, agreementId: string, agencyCode?: string) {
  return queryRows<{ day: string; credited: number }>(
    exec,
    sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(credited)::int AS credited
        FROM coverage_daily
        WHERE agreement_id = ${agreementId} ${agencyCode ? sql`AND agency_code = ${agencyCode}` : sql``}
        GROUP BY day HAVING sum(credited) <> 0 ORDER BY day`,
  );
}

export async function breakdownTotals(exec: Executor, agreementId: string) {
  return queryRows<{ dimension: 'segment' | 'program' | 'regency'; key: string; credited: number }>(
    exec,
    sql`SELECT dimension, key, sum(credited)::int AS credited
        FROM coverage_breakdown WHERE agreement_id = ${agreementId}
        GROUP BY dimension, key HAVING sum(credited) <> 0 ORDER BY dimension, key`,
  );
}

/** The latest change among the things a summary shows. */
export async function lastChangeAt(exec: Executor, agreementId: string): Promise<Date> {
  const [row] = await queryRows<{ at: string | Date }>(
    exec,
    sql`SELECT greatest(
          (SELECT updated_at FROM agreements WHERE id = ${agreementId}),
          (SELECT max(updated_at) FROM agreement_parties WHERE agreement_id = ${agreementId}),
          (SELECT max(updated_at) FROM commitments WHERE agreement_id = ${agreementId}),
          (SELECT max(changed_at) FROM agency_coverage WHERE agreement_id = ${agreementId}),
          (SELECT max(greatest(created_at, voided_at)) FROM confirmation_batches WHERE agreement_id = ${agreementId}),
          (SELECT max(created_at) FROM official_figures WHERE agreement_id = ${agreementId}),
          (SELECT max(r.created_at) FROM budget_realisations r JOIN commitments c ON c.id = r.commitment_id
            WHERE c.agreement_id = ${agreementId}),
          (SELECT max(a.updated_at) FROM agencies a JOIN agreement_parties p ON p.agency_code = a.code
            WHERE p.agreement_id = ${agreementId})
        ) AS at`,
  );
  return new Date(row?.at ?? 0);
}

/** Per commitment: workers credited to the non-voided batches posted with its id. */
export async function creditsByCommitment(exec: Executor, agreementId: string, agencyCode: string) {
  return queryRows<{ commitment_id: string; credited: number }>(
    exec,
    sql`SELECT commitment_id::text, sum(credited)::int AS credited FROM enrollment_batches
        WHERE agreement_id = ${agreementId} AND agency_code = ${agencyCode} AND commitment_id IS NOT NULL AND status <> 'voided'
        GROUP BY commitment_id`,
  );
}

export async function batchTotals(exec: Executor, agreementId: string, agencyCode: string) {
  const [row] = await queryRows<Record<string, number>>(
    exec,
    sql`SELECT count(*)::int AS count,
               count(*) FILTER (WHERE status = 'voided')::int AS voided,
               coalesce(sum(received) FILTER (WHERE status <> 'voided'), 0)::int AS received,
               coalesce(sum(accepted) FILTER (WHERE status <> 'voided'), 0)::int AS accepted,
               coalesce(sum(duplicates_in_batch) FILTER (WHERE status <> 'voided'), 0)::int AS in_batch,
               coalesce(sum(duplicates_same_agency) FILTER (WHERE status <> 'voided'), 0)::int AS same_agency,
               coalesce(sum(duplicates_other_agency) FILTER (WHERE status <> 'voided'), 0)::int AS other_agency,
               coalesce(sum(out_of_region) FILTER (WHERE status <> 'voided'), 0)::int AS out_of_region,
               coalesce(sum(out_of_scope) FILTER (WHERE status <> 'voided'), 0)::int AS out_of_scope,
               coalesce(sum(rejected) FILTER (WHERE status <> 'voided'), 0)::int AS rejected
        FROM enrollment_batches WHERE agreement_id = ${agreementId} AND agency_code = ${agencyCode}`,
  );
  return row as Record<string, number>;
}

/** One agency's newly covered workers by regency code. */
export async function agencyRegencyCredits(exec: Executor, agreementId: string, agencyCode: string) {
  return queryRows<{ key: string; credited: number }>(
    exec,
    sql`SELECT key, credited FROM coverage_breakdown
        WHERE agreement_id = ${agreementId} AND agency_code = ${agencyCode} AND dimension = 'regency' AND credited <> 0`,
  );
}

/** Credits per agency with an enrollment date up to `date` (a closed period's cut): from the daily rollup. */
export async function creditsByAgencyUpTo(exec: Executor, agreementId: string, date: string) {
  return queryRows<{ agency_code: string; credited: number }>(
    exec,
    sql`SELECT agency_code, sum(credited)::int AS credited FROM coverage_daily
        WHERE agreement_id = ${agreementId} AND day <= ${date}::date GROUP BY agency_code`,
  );
}

/**
 * The breakdowns of the workers credited with an enrollment date up to `date`. The breakdown
 * rollup is not kept per day, so this counts the credited enrollments: it runs when a period is
 * closed (or its figures are asked for before it is), never for the live summary.
 */
export async function breakdownUpTo(exec: Executor, agreementId: string, date: string) {
  const rows = await queryRows<{ segment: string; regency: string; programs: number; n: number }>(
    exec,
    sql`SELECT segment, regency, programs, count(*)::int AS n FROM enrollments
        WHERE agreement_id = ${agreementId} AND credited AND enrolled_on <= ${date}::date
        GROUP BY segment, regency, programs`,
  );
  const totals = new Map<string, { dimension: 'segment' | 'program' | 'regency'; key: string; credited: number }>();
  const add = (dimension: 'segment' | 'program' | 'regency', key: string, n: number) => {
    const id = `${dimension}\u0000${key}`;
    const row = totals.get(id);
    if (row) row.credited += n;
    else totals.set(id, { dimension, key, credited: n });
  };
  for (const row of rows) {
    add('segment', row.segment, row.n);
    add('regency', row.regency, row.n);
    for (const program of bitsToPrograms(Number(row.programs))) add('program', program, row.n);
  }
  return [...totals.values()];
}
