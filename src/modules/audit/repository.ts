import { and, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { auditLog } from '../../db/schema.js';
import type { RequestContext } from '../../lib/context.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  /** Non-identifying details only: never a NIK, a hash of one, or a credential. */
  details?: Record<string, unknown>;
  /** False for an entry about a call that changed nothing (e.g. a validation): no one needs to hear of it. */
  announce?: boolean;
}

/** Channel on which every committed write is announced (see progress/summary-cache.ts). */
export const CHANGES_CHANNEL = 'sinergi_changes';

/**
 * Written inside the caller's transaction, so an audit row exists exactly when the change does.
 * Every write passes through here, so this is also where it is announced: NOTIFY is delivered
 * to every instance when the transaction commits, and not at all if it rolls back.
 */
export async function recordAudit(exec: Executor, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  if (entry.announce !== false) await exec.execute(sql`SELECT pg_notify(${CHANGES_CHANNEL}, ${entry.entityType})`);
  await exec.insert(auditLog).values({
    actorSub: ctx.principal.sub,
    actorRole: ctx.principal.role,
    actorAgency: ctx.principal.agency ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    requestId: ctx.requestId,
    details: entry.details ?? null,
  });
}

export async function listAudit(exec: Executor, filter: { entityType?: string; entityId?: string; beforeId?: number; limit: number }) {
  const conditions: SQL[] = [];
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.beforeId !== undefined) conditions.push(lt(auditLog.id, filter.beforeId));
  return exec
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit + 1);
}
