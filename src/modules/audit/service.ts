import type { Database, Executor } from '../../db/client.js';
import type { AuditRow } from '../../db/schema.js';
import { type ChainBreak, checkChainRows, GENESIS_HASH } from '../../domain/audit-chain.js';
import { type RequestContext, type Role, requireAdmin } from '../../lib/context.js';
import { CursorKeys, decodeCursor, paginate } from '../../lib/cursor.js';
import type { Page } from '../../schemas/common.js';
import { auditChainHeads, auditChainPage, listAudit, unchainedAuditRows } from './repository.js';
import type { AuditEntryView, AuditVerification } from './schemas.js';

/** Breaks listed in a verification; every one is counted. */
export const MAX_LISTED_BREAKS = 100;
const PAGE = 1_000;

/**
 * Recomputes every audit chain (domain/audit-chain.ts) and lists where each one breaks: the
 * first broken link first (the earliest row). Reads the rows page by page; one pass over the log.
 */
export async function verifyAuditChains(exec: Executor): Promise<AuditVerification> {
  const breaks: ChainBreak[] = [];
  let checkedRows = 0;
  const heads = await auditChainHeads(exec);
  for (const head of heads) {
    const state = { seq: 0, hash: GENESIS_HASH };
    for (;;) {
      const rows = await auditChainPage(exec, head.chain, state.seq, PAGE);
      checkChainRows(rows, state, breaks);
      checkedRows += rows.length;
      if (rows.length < PAGE) break;
    }
    if (head.length === null || Number(head.length) !== state.seq || head.last_hash !== state.hash) {
      // Rows cut from the chain's end, or a head that does not match its rows (or no head at all).
      breaks.push({ chain: head.chain, chainSeq: state.seq + 1, id: null, problem: 'head-mismatch' });
    }
  }
  const ordered = [...breaks].sort((a, b) => (a.id ?? Number.MAX_SAFE_INTEGER) - (b.id ?? Number.MAX_SAFE_INTEGER));
  return {
    ok: breaks.length === 0,
    checkedRows,
    chains: heads.map((h) => ({ chain: h.chain, length: Number(h.length ?? 0), lastHash: h.last_hash })),
    unchainedRows: await unchainedAuditRows(exec),
    brokenCount: breaks.length,
    firstBroken: ordered[0] ?? null,
    broken: ordered.slice(0, MAX_LISTED_BREAKS),
  };
}

function toView(row: AuditRow): AuditEntryView {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: { sub: row.actorSub, role: row.actorRole as Role, agency: row.actorAgency },
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    requestId: row.requestId,
    details: (row.details as Record<string, unknown> | null) ?? null,
  };
}

export class AuditService {
  constructor(private readonly db: Database) {}

  async list(ctx: RequestContext, query: { limit: number; cursor?: string; entityType?: string; entityId?: string }): Promise<Page<AuditEntryView>> {
    requireAdmin(ctx);
    const [beforeId] = decodeCursor(query.cursor, CursorKeys.int53) ?? [];
    const rows = await listAudit(this.db, {
      entityType: query.entityType,
      entityId: query.entityId,
      beforeId: typeof beforeId === 'number' ? beforeId : undefined,
      limit: query.limit,
    });
    const page = paginate(rows, query.limit, (row) => [row.id]);
    return { items: page.items.map(toView), nextCursor: page.nextCursor };
  }

  async verify(ctx: RequestContext): Promise<AuditVerification> {
    requireAdmin(ctx);
    return verifyAuditChains(this.db);
  }
}
