import { asc, eq, gt } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { type AgencyRow, agencies } from '../../db/schema.js';
import type { AgencyCreate, AgencyPatch } from './schemas.js';

export async function listAgencies(exec: Executor, afterCode: string | undefined, limit: number) {
  return exec
    .select()
    .from(agencies)
    .where(afterCode === undefined ? undefined : gt(agencies.code, afterCode))
    .orderBy(asc(agencies.code))
    .limit(limit + 1);
}

export async function findAgency(exec: Executor, code: string): Promise<AgencyRow | undefined> {
  const [row] = await exec.select().from(agencies).where(eq(agencies.code, code)).limit(1);
  return row;
}

/** Inserts unless the code exists; returns the new row, or undefined on a duplicate code. */
export async function insertAgency(exec: Executor, input: AgencyCreate): Promise<AgencyRow | undefined> {
  const [row] = await exec
    .insert(agencies)
    .values({ ...input })
    .onConflictDoNothing({ target: agencies.code })
    .returning();
  return row;
}

/** Several at once (the seed): those whose code exists are left alone; returns the codes inserted. */
export async function insertAgencies(exec: Executor, inputs: AgencyCreate[]): Promise<string[]> {
  if (inputs.length === 0) return [];
  const rows = await exec
    .insert(agencies)
    .values(inputs.map((input) => ({ ...input })))
    .onConflictDoNothing({ target: agencies.code })
    .returning({ code: agencies.code });
  return rows.map((row) => row.code);
}

export async function updateAgency(exec: Executor, code: string, patch: AgencyPatch): Promise<AgencyRow | undefined> {
  const [row] = await exec
    .update(agencies)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(agencies.code, code))
    .returning();
  return row;
}
