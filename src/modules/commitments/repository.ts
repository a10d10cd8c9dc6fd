import { and, asc, desc, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { commitments, type CommitmentRow, commitmentVersions } from '../../db/schema.js';

export type CommitmentValues = typeof commitments.$inferInsert;

export async function findCommitment(exec: Executor, id: string, forUpdate = false): Promise<CommitmentRow | undefined> {
  const query = exec.select().from(commitments).where(eq(commitments.id, id)).limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** Ordered by due date, then id: the list reads as a timeline of what is due. */
export async function listCommitments(
  exec: Executor,
  filter: { agreementId: string; agencyCode?: string; after?: [string, string]; limit: number },
) {
  const conditions: (SQL | undefined)[] = [eq(commitments.agreementId, filter.agreementId)];
  if (filter.agencyCode) conditions.push(eq(commitments.agencyCode, filter.agencyCode));
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

/** Every commitment under an agreement (or of one agency), by due date: a few per party at most. */
export async function allCommitments(exec: Executor, agreementId: string, agencyCode?: string): Promise<CommitmentRow[]> {
  return exec
    .select()
    .from(commitments)
    .where(and(eq(commitments.agreementId, agreementId), agencyCode ? eq(commitments.agencyCode, agencyCode) : undefined))
    .orderBy(asc(commitments.dueDate), asc(commitments.id));
}

export async function insertCommitment(exec: Executor, values: CommitmentValues): Promise<CommitmentRow> {
  const [row] = await exec.insert(commitments).values(values).returning();
  return row as CommitmentRow;
}

export async function updateCommitment(
  exec: Executor,
  id: string,
  values: Partial<CommitmentValues>,
): Promise<CommitmentRow> {
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
      and(
        eq(commitmentVersions.commitmentId, commitmentId),
        beforeVersion === undefined ? undefined : lt(commitmentVersions.version, beforeVersion),
      ),
    )
    .orderBy(desc(commitmentVersions.version))
    .limit(limit + 1);
}
