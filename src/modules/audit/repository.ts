import { and, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
import { auditLog } from '../../db/schema.js';
import { chainOf, GENESIS_HASH, rowHash, type StoredChainRow } from '../../domain/audit-chain.js';
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
 *
 * The row is appended to its hash chain (domain/audit-chain.ts): the chain's head row is locked
 * (and created on the chain's first row) until the transaction ends, which orders the writers of
 * one chain and no one else; then the row and the new head are written in one statement.
 */
export async function recordAudit(exec: Executor, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  if (entry.announce !== false) await exec.execute(sql`SELECT pg_notify(${CHANGES_CHANNEL}, ${entry.entityType})`);
  const chain = chainOf(ctx.principal.agency, entry.details);
  const [head] = await queryRows<{ length: number | string; last_hash: string }>(
    exec,
    sql`INSERT INTO audit_chains (chain, length, last_hash) VALUES (${chain}, 1, decode(${GENESIS_HASH}, 'hex'))
        ON CONFLICT (chain) DO UPDATE SET length = audit_chains.length + 1
        RETURNING length, encode(last_hash, 'hex') AS last_hash`,
  );
  const chainSeq = Number(head?.length);
  const prevHash = head?.last_hash ?? GENESIS_HASH;
  const content = {
    chain,
    chainSeq,
    at: new Date(),
    actorSub: ctx.principal.sub,
    actorRole: ctx.principal.role,
    actorAgency: ctx.principal.agency ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    requestId: ctx.requestId,
    details: entry.details ?? null,
  };
  const hash = rowHash(content, prevHash);
  await exec.execute(sql`
    WITH appended AS (
      INSERT INTO audit_log (chain, chain_seq, prev_hash, hash, at, actor_sub, actor_role, actor_agency, action, entity_type,
                             entity_id, request_id, details)
      VALUES (${chain}, ${chainSeq}, decode(${prevHash}, 'hex'), decode(${hash}, 'hex'), ${content.at.toISOString()}::timestamptz,
              ${content.actorSub}, ${content.actorRole}, ${content.actorAgency}, ${content.action}, ${content.entityType},
              ${content.entityId}, ${content.requestId}, ${content.details === null ? null : JSON.stringify(content.details)}::jsonb)
      RETURNING chain
    )
    UPDATE audit_chains SET last_hash = decode(${hash}, 'hex') WHERE chain = (SELECT chain FROM appended)`);
}

/** Every chain: its head as stored, and the chains rows name that have no head (it was deleted). */
export async function auditChainHeads(exec: Executor) {
  return queryRows<{ chain: string; length: number | string | null; last_hash: string | null }>(
    exec,
    sql`SELECT coalesce(h.chain, r.chain) AS chain, h.length, encode(h.last_hash, 'hex') AS last_hash
        FROM audit_chains h FULL JOIN (SELECT DISTINCT chain FROM audit_log WHERE chain IS NOT NULL) r ON r.chain = h.chain
        ORDER BY 1`,
  );
}

/** A page of one chain's rows, by position. */
export async function auditChainPage(exec: Executor, chain: string, afterSeq: number, limit: number): Promise<StoredChainRow[]> {
  const rows = await queryRows<{
    id: number | string;
    chain: string;
    chain_seq: number | string;
    at: string | Date;
    actor_sub: string;
    actor_role: string;
    actor_agency: string | null;
    action: string;
    entity_type: string;
    entity_id: string;
    request_id: string;
    details: unknown;
    prev_hash: string | null;
    hash: string | null;
  }>(
    exec,
    sql`SELECT id, chain, chain_seq, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, actor_sub, actor_role,
               actor_agency, action, entity_type, entity_id, request_id, details,
               encode(prev_hash, 'hex') AS prev_hash, encode(hash, 'hex') AS hash
        FROM audit_log WHERE chain = ${chain} AND chain_seq > ${afterSeq}
        ORDER BY chain_seq LIMIT ${limit}`,
  );
  return rows.map((row) => ({
    id: Number(row.id),
    chain: row.chain,
    chainSeq: Number(row.chain_seq),
    at: new Date(row.at),
    actorSub: row.actor_sub,
    actorRole: row.actor_role,
    actorAgency: row.actor_agency,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    requestId: row.request_id,
    details: typeof row.details === 'string' ? JSON.parse(row.details) : row.details,
    prevHash: row.prev_hash ?? '',
    hash: row.hash ?? '',
  }));
}

/** Rows written before the chain existed (or stripped of their chain). */
export async function unchainedAuditRows(exec: Executor): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(exec, sql`SELECT count(*) AS n FROM audit_log WHERE chain IS NULL`);
  return Number(row?.n ?? 0);
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
