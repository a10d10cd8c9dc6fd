import { and, asc, count, desc, eq, gt, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import {
  agreementParties,
  type BudgetRealisationRow,
  budgetRealisations,
  type CommitmentRow,
  commitments,
  commitmentVersions,
} from '../../db/schema.js';

export type CommitmentValues = typeof commitments.$inferInsert;

export async function findCommitment(exec: Executor, id: string, forUpdate = false): Promise<CommitmentRow | undefined> {
  const query = exec.select().from(commitments).where(eq(commitments.id, id)).limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** Ordered by due date, then id: the list reads as a timeline of what is due. */
export async function listCommitments(
  exec: Executor,
  filter: { agreementId: string; agencyCode?: string; kind?: CommitmentRow['kind']; after?: [string, string]; limit: number },
) {
  const conditions: (SQL | undefined)[] = [eq(commitments.agreementId, filter.agreementId)];
  if (filter.agencyCode) conditions.push(eq(commitments.agencyCode, filter.agencyCode));
  if (filter.kind) conditions.push(eq(commitments.kind, filter.kind));
  if (filter.after) {
    const [dueDate, id] = filter.after;
    conditions.push(or(gt(commitments.dueDate, dueDate), and(eq(commitments.dueDate, dueDate), gt(commitments.id, id))));
  }
  return exec
    .select()
    .from(commitments)
    .where(and(...conditions))
    .orderBy(asc(commitments.dueDate), asc(commitments.id))
    .limit(filter.limit + 1);
}

/**
 * Every commitment under an agreement (or of one agency), by due date: at most
 * MAX_COMMITMENTS_PER_PARTY per party.
 */
export async function allCommitments(exec: Executor, agreementId: string, agencyCode?: string): Promise<CommitmentRow[]> {
  return exec
    .select()
    .from(commitments)
    .where(and(eq(commitments.agreementId, agreementId), agencyCode ? eq(commitments.agencyCode, agencyCode) : undefined))
    .orderBy(asc(commitments.dueDate), asc(commitments.id));
}

/** The signed enrollment commitments under an agreement: what agencies' standings are measured against. */
export async function activeEnrollmentCommitments(exec: Executor, agreementId: string): Promise<CommitmentRow[]> {
  return exec
    .select()
    .from(commitments)
    .where(and(eq(commitments.agreementId, agreementId), eq(commitments.kind, 'enrollment'), eq(commitments.status, 'active')))
    .orderBy(asc(commitments.dueDate), asc(commitments.id));
}

/**
 * The `limit` most relevant milestones of an agreement as of `today`: overdue ones first (the
 * longest overdue first), then open ones (the soonest due first), then done ones (the latest
 * first); with how many there are of each.
 */
export async function milestoneDigest(exec: Executor, agreementId: string, today: string, limit: number) {
  const rank = sql<number>`CASE WHEN ${commitments.milestoneStatus} = 'done' THEN 2 WHEN ${commitments.dueDate} < ${today} THEN 0 ELSE 1 END`;
  const where = and(eq(commitments.agreementId, agreementId), eq(commitments.kind, 'milestone'));
  const rows = await exec
    .select()
    .from(commitments)
    .where(where)
    .orderBy(
      rank,
      sql`CASE WHEN ${commitments.milestoneStatus} = 'done' THEN NULL ELSE ${commitments.dueDate} END ASC`,
      desc(commitments.dueDate),
      asc(commitments.id),
    )
    .limit(limit);
  const [totals] = await exec
    .select({
      total: count(),
      done: sql<number>`count(*) FILTER (WHERE ${commitments.milestoneStatus} = 'done')`.mapWith(Number),
      overdue: sql<number>`count(*) FILTER (WHERE ${commitments.milestoneStatus} <> 'done' AND ${commitments.dueDate} < ${today})`.mapWith(Number),
    })
    .from(commitments)
    .where(where);
  const total = totals?.total ?? 0;
  const done = totals?.done ?? 0;
  const overdue = totals?.overdue ?? 0;
  return { rows, counts: { total, open: total - done - overdue, overdue, done } };
}

/**
 * Locks a party row against removal and against other writers of the same party's commitments
 * (FOR NO KEY UPDATE: batches' foreign-key checks, FOR KEY SHARE, still pass). Undefined when the
 * agency is not (or no longer) a party.
 */
export async function lockParty(exec: Executor, agreementId: string, agencyCode: string) {
  const [row] = await exec
    .select({ agencyCode: agreementParties.agencyCode })
    .from(agreementParties)
    .where(and(eq(agreementParties.agreementId, agreementId), eq(agreementParties.agencyCode, agencyCode)))
    .for('no key update');
  return row;
}

export async function countPartyCommitments(exec: Executor, agreementId: string, agencyCode: string): Promise<number> {
  const [row] = await exec
    .select({ n: count() })
    .from(commitments)
    .where(and(eq(commitments.agreementId, agreementId), eq(commitments.agencyCode, agencyCode)));
  return row?.n ?? 0;
}

export async function insertCommitment(exec: Executor, values: CommitmentValues): Promise<CommitmentRow> {
  const [row] = await exec.insert(commitments).values(values).returning();
  return row as CommitmentRow;
}

export async function updateCommitment(exec: Executor, id: string, values: Partial<CommitmentValues>): Promise<CommitmentRow> {
  const [row] = await exec
    .update(commitments)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(commitments.id, id))
    .returning();
  return row as CommitmentRow;
}

export async function insertCommitmentVersion(
  exec: Executor,
  values: { commitmentId: string; version: number; snapshot: unknown; supersededBy: string },
) {
  await exec.insert(commitmentVersions).values(values);
}

export async function listCommitmentVersions(exec: Executor, commitmentId: string, beforeVersion: number | undefined, limit: number) {
  return exec
    .select()
    .from(commitmentVersions)
    .where(
      and(eq(commitmentVersions.commitmentId, commitmentId), beforeVersion === undefined ? undefined : lt(commitmentVersions.version, beforeVersion)),
    )
    .orderBy(desc(commitmentVersions.version))
    .limit(limit + 1);
}

export async function insertRealisation(exec: Executor, values: typeof budgetRealisations.$inferInsert): Promise<BudgetRealisationRow> {
  const [row] = await exec.insert(budgetRealisations).values(values).returning();
  return row as BudgetRealisationRow;
}

/** Realisations of a commitment, by date then id, after the cursor `after` ([date, id]). */
export async function listRealisations(exec: Executor, commitmentId: string, after: [string, string] | undefined, limit: number) {
  const conditions: (SQL | undefined)[] = [eq(budgetRealisations.commitmentId, commitmentId)];
  if (after) {
    const [day, id] = after;
    conditions.push(or(gt(budgetRealisations.realisedOn, day), and(eq(budgetRealisations.realisedOn, day), gt(budgetRealisations.id, id))));
  }
  return exec
    .select()
    .from(budgetRealisations)
    .where(and(...conditions))
    .orderBy(asc(budgetRealisations.realisedOn), asc(budgetRealisations.id))
    .limit(limit + 1);
}

/** Rupiah and workers realised so far for a commitment (bigint sums read as text: exact). */
export async function realisedTotals(exec: Executor, commitmentId: string): Promise<{ rupiah: number; workers: number }> {
  const [row] = await exec
    .select({
      rupiah: sql<string>`coalesce(sum(${budgetRealisations.amountRupiah}), 0)::text`,
      workers: sql<string>`coalesce(sum(${budgetRealisations.fundedWorkers}), 0)::text`,
    })
    .from(budgetRealisations)
    .where(eq(budgetRealisations.commitmentId, commitmentId));
  return { rupiah: Number(row?.rupiah ?? 0), workers: Number(row?.workers ?? 0) };
}

/** Every budget commitment of an agreement with what was realised of it, by due date. */
export async function budgetDigest(exec: Executor, agreementId: string) {
  return exec
    .select({
      commitment: commitments,
      realisedRupiah: sql<string>`(SELECT coalesce(sum(r.amount_rupiah), 0)::text FROM budget_realisations r WHERE r.commitment_id = "commitments"."id")`,
      realisedWorkers: sql<string>`(SELECT coalesce(sum(r.funded_workers), 0)::text FROM budget_realisations r WHERE r.commitment_id = "commitments"."id")`,
    })
    .from(commitments)
    .where(and(eq(commitments.agreementId, agreementId), eq(commitments.kind, 'budget')))
    .orderBy(asc(commitments.dueDate), asc(commitments.id));
}
