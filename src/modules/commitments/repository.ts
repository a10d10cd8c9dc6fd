import { and, asc, count, desc, eq, gt, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { agreementParties, type CommitmentRow, commitments, commitmentVersions } from '../../db/schema.js';

export type CommitmentValues = typeof commitments.$inferInsert;

export async function findCommitment(exec: Executor, id: string, forUpdate = false): Promise<CommitmentRow | undefined> {
  const query = exec.select().from(commitments).where(eq(commitments.id, id)).limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** Ordered by due date, then id: the list reads as a timeline of what is due. */
export async function listCommitments(
  exec: Executor,
  filter: { agreementId: string; agencyCode?: string; kind?: 'enrollment' | 'milestone'; after?: [string, string]; limit: number },
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
