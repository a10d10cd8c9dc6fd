import type { Database } from '../../db/client.js';
import type { AuditRow } from '../../db/schema.js';
import { type RequestContext, type Role, requireAdmin } from '../../lib/context.js';
import { CursorKeys, decodeCursor, paginate } from '../../lib/cursor.js';
import type { Page } from '../../schemas/common.js';
import { listAudit } from './repository.js';
import type { AuditEntryView } from './schemas.js';

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
}
