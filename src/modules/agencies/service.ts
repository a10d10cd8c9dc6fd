import type { Database } from '../../db/client.js';
import type { AgencyRow } from '../../db/schema.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { type RequestContext, requireAdmin } from '../../lib/context.js';
import { CursorKeys, decodeCursor, paginate } from '../../lib/cursor.js';
import type { Page } from '../../schemas/common.js';
import { recordAudit } from '../audit/repository.js';
import { findAgency, insertAgency, listAgencies, updateAgency } from './repository.js';
import type { Agency, AgencyCreate, AgencyPatch } from './schemas.js';

export function toAgency(row: AgencyRow): Agency {
  return {
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    description: row.description,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export class AgencyService {
  /**
   * Codes seen to exist. Agencies are never deleted, so a code once found can be remembered for
   * the life of the process; an unknown code is looked up every time (an admin may just have
   * added it). Every request of an agency token asks, so this keeps it off the database.
   */
  private readonly known = new Set<string>();

  constructor(private readonly db: Database) {}

  async exists(code: string): Promise<boolean> {
    if (this.known.has(code)) return true;
    const found = (await findAgency(this.db, code)) !== undefined;
    if (found) this.known.add(code);
    return found;
  }

  async list(query: { limit: number; cursor?: string }): Promise<Page<Agency>> {
    const [after] = decodeCursor(query.cursor, CursorKeys.slug) ?? [];
    const rows = await listAgencies(this.db, after === undefined ? undefined : String(after), query.limit);
    const page = paginate(rows, query.limit, (row) => [row.code]);
    return { items: page.items.map(toAgency), nextCursor: page.nextCursor };
  }

  async get(code: string): Promise<Agency> {
    const row = await findAgency(this.db, code);
    if (!row) throw new NotFoundError(`Agency \`${code}\` does not exist.`);
    return toAgency(row);
  }

  async create(ctx: RequestContext, input: AgencyCreate): Promise<Agency> {
    requireAdmin(ctx);
    return this.db.transaction(async (tx) => {
      const row = await insertAgency(tx, input);
      if (!row) throw new ConflictError(`Agency \`${input.code}\` already exists.`, 'agency-exists');
      await recordAudit(tx, ctx, { action: 'agency.create', entityType: 'agency', entityId: row.code });
      return toAgency(row);
    });
  }

  async update(ctx: RequestContext, code: string, patch: AgencyPatch): Promise<Agency> {
    requireAdmin(ctx);
    return this.db.transaction(async (tx) => {
      const row = await updateAgency(tx, code, patch);
      if (!row) throw new NotFoundError(`Agency \`${code}\` does not exist.`);
      await recordAudit(tx, ctx, {
        action: 'agency.update',
        entityType: 'agency',
        entityId: code,
        details: { fields: Object.keys(patch) },
      });
      return toAgency(row);
    });
  }
}
