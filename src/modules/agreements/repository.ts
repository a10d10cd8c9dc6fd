import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
import { type AgreementRow, agencies, agreementParties, agreements } from '../../db/schema.js';

export type AgreementValues = typeof agreements.$inferInsert;

export async function listAgreements(exec: Executor, filter: { afterId?: string; partyAgency?: string; limit: number }): Promise<AgreementRow[]> {
  const partyOf = filter.partyAgency
    ? inArray(
        agreements.id,
        exec.select({ id: agreementParties.agreementId }).from(agreementParties).where(eq(agreementParties.agencyCode, filter.partyAgency)),
      )
    : undefined;
  return exec
    .select()
    .from(agreements)
    .where(and(filter.afterId === undefined ? undefined : gt(agreements.id, filter.afterId), partyOf))
    .orderBy(asc(agreements.id))
    .limit(filter.limit + 1);
}

export async function findAgreement(exec: Executor, id: string): Promise<AgreementRow | undefined> {
  const [row] = await exec.select().from(agreements).where(eq(agreements.id, id)).limit(1);
  return row;
}

export async function insertAgreement(exec: Executor, values: AgreementValues): Promise<AgreementRow | undefined> {
  const [row] = await exec.insert(agreements).values(values).onConflictDoNothing({ target: agreements.id }).returning();
  return row;
}

export async function updateAgreement(exec: Executor, id: string, values: Partial<AgreementValues>): Promise<AgreementRow | undefined> {
  const [row] = await exec
    .update(agreements)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(agreements.id, id))
    .returning();
  return row;
}

export async function findParty(exec: Executor, agreementId: string, agencyCode: string) {
  const [row] = await exec
    .select()
    .from(agreementParties)
    .where(and(eq(agreementParties.agreementId, agreementId), eq(agreementParties.agencyCode, agencyCode)))
    .limit(1);
  return row;
}

export async function listParties(exec: Executor, agreementId: string, afterCode: string | undefined, limit: number) {
  return exec
    .select({
      code: agencies.code,
      name: agencies.name,
      role: agreementParties.role,
      joinedOn: agreementParties.joinedOn,
    })
    .from(agreementParties)
    .innerJoin(agencies, eq(agencies.code, agreementParties.agencyCode))
    .where(and(eq(agreementParties.agreementId, agreementId), afterCode === undefined ? undefined : gt(agreementParties.agencyCode, afterCode)))
    .orderBy(asc(agreementParties.agencyCode))
    .limit(limit + 1);
}

/** Inserts or changes a party; `created` tells which. */
export async function upsertParty(
  exec: Executor,
  values: { agreementId: string; agencyCode: string; role: 'lead' | 'counterpart' | 'participant'; joinedOn: string },
) {
  const [row] = await exec
    .insert(agreementParties)
    .values(values)
    .onConflictDoUpdate({
      target: [agreementParties.agreementId, agreementParties.agencyCode],
      set: { role: values.role, joinedOn: values.joinedOn, updatedAt: new Date() },
    })
    // xmax = 0 only on a freshly inserted row version.
    .returning({ created: sql<boolean>`(xmax = 0)` });
  return { created: row?.created === true };
}

/** Inserts the parties that are not there yet (an existing one is left as it is); returns how many were new. */
export async function insertParties(exec: Executor, values: (typeof agreementParties.$inferInsert)[]): Promise<number> {
  if (values.length === 0) return 0;
  const rows = await exec.insert(agreementParties).values(values).onConflictDoNothing().returning({ code: agreementParties.agencyCode });
  return rows.length;
}

export async function deleteParty(exec: Executor, agreementId: string, agencyCode: string): Promise<boolean> {
  const rows = await exec
    .delete(agreementParties)
    .where(and(eq(agreementParties.agreementId, agreementId), eq(agreementParties.agencyCode, agencyCode)))
    .returning({ code: agreementParties.agencyCode });
  return rows.length > 0;
}

/**
 * Enrollments of the agreement's batches that are not voided (credited or not: a duplicate
 * report takes the credit if the crediting batch is voided), dated outside `[from, to]`.
 */
export async function enrollmentsOutside(exec: Executor, agreementId: string, from: string, to: string) {
  const [row] = await queryRows<{ count: number; first: string | null; last: string | null }>(
    exec,
    sql`SELECT count(*)::int AS count, min(e.enrolled_on)::text AS first, max(e.enrolled_on)::text AS last
          FROM enrollments e JOIN enrollment_batches b ON b.id = e.batch_id
         WHERE e.agreement_id = ${agreementId} AND b.status <> 'voided'
           AND (e.enrolled_on < ${from}::date OR e.enrolled_on > ${to}::date)`,
  );
  return row ?? { count: 0, first: null, last: null };
}

export async function hasBatches(exec: Executor, agreementId: string): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(exec, sql`SELECT 1 AS one FROM enrollment_batches WHERE agreement_id = ${agreementId} LIMIT 1`);
  return rows.length > 0;
}

/** How far back a derived baseline is followed: an agreement chain is a handful of years long. */
export const MAX_PREDECESSORS = 50;

/**
 * An agreement's result at its target date: its baseline plus the workers newly covered under it
 * (credits are dated within its period, so every credit it holds counts). A baseline that is itself
 * the predecessor's result is followed back, up to MAX_PREDECESSORS agreements.
 */
export async function predecessorResult(exec: Executor, agreementId: string): Promise<{ workers: number; targetDate: string }> {
  const [row] = await queryRows<{ workers: number | string | null; target_date: string }>(
    exec,
    sql`
    WITH RECURSIVE chain AS (
      SELECT id, predecessor_id, baseline_kind, baseline_workers, target_date, 1 AS depth FROM agreements WHERE id = ${agreementId}
      UNION ALL
      SELECT a.id, a.predecessor_id, a.baseline_kind, a.baseline_workers, a.target_date, c.depth + 1
      FROM agreements a JOIN chain c ON a.id = c.predecessor_id
      WHERE c.baseline_kind = 'predecessorResult' AND c.depth < ${MAX_PREDECESSORS}
    )
    SELECT (SELECT coalesce(sum(baseline_workers), 0) FROM chain)
         + (SELECT coalesce(sum(credited), 0) FROM agency_coverage WHERE agreement_id IN (SELECT id FROM chain)) AS workers,
           (SELECT to_char(target_date, 'YYYY-MM-DD') FROM chain WHERE depth = 1) AS target_date`,
  );
  return { workers: Number(row?.workers ?? 0), targetDate: row?.target_date ?? '' };
}
