import { randomUUID } from 'node:crypto';
import type { Config } from '../../config.js';
import { type Database, type Executor, PG_FOREIGN_KEY_VIOLATION, pgErrorCode } from '../../db/client.js';
import type { WebhookSubscriptionRow } from '../../db/schema.js';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../../errors.js';
import { type RequestContext, requireActingFor } from '../../lib/context.js';
import { CursorKeys, decodeCursor, paginate } from '../../lib/cursor.js';
import { resolveTarget, TargetForbiddenError } from '../../lib/webhook-target.js';
import type { Page } from '../../schemas/common.js';
import { recordAudit } from '../audit/repository.js';
import {
  attemptsOf,
  countSubscriptions,
  deleteSubscription,
  findDelivery,
  findSubscription,
  insertSubscription,
  listDeliveries,
  listSubscriptions,
  lockSubscriptionOwner,
  requeueDelivery,
  updateSubscription,
} from './repository.js';
import { type Delivery, MAX_WEBHOOKS_PER_OWNER, SECRET_OVERLAP_HOURS, type Webhook, type WebhookCreate, type WebhookPatch } from './schemas.js';
import { generateSecret, SecretBox } from './secrets.js';

const iso = (value: Date | null) => (value ? value.toISOString() : null);

function toWebhook(row: WebhookSubscriptionRow, now: Date): Webhook {
  const overlap = row.previousSecretUntil && row.previousSecretUntil > now ? row.previousSecretUntil : null;
  return {
    id: row.id,
    agency: row.agencyCode,
    url: row.url,
    events: row.events as Webhook['events'],
    description: row.description,
    active: row.active,
    disabledReason: row.disabledReason === 'gone' ? 'gone' : null,
    previousSecretExpiresAt: iso(overlap),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Webhook subscriptions and their delivery log. Delivery itself is the dispatcher's. */
export class WebhookService {
  readonly secrets: SecretBox;
  /** Called after a write that may have queued work (a redelivery). */
  onQueued: () => void = () => {};

  constructor(
    private readonly db: Database,
    private readonly config: Pick<Config, 'imports' | 'webhooks'>,
  ) {
    this.secrets = new SecretBox(config.imports.encryptionSecret);
  }

  /**
   * Refuses a target whose address is loopback, private, link-local or a metadata service's
   * (lib/webhook-target.ts). A name that does not resolve now is accepted: DNS may be down or
   * the receiver not yet deployed; every delivery checks again.
   */
  private async checkTarget(url: string): Promise<void> {
    try {
      await resolveTarget(new URL(url), this.config.webhooks.allowPrivateTargets);
    } catch (error) {
      if (error instanceof TargetForbiddenError) {
        throw new UnprocessableError(
          `The webhook URL's host ${error.host} is refused (${error.reason}): the service does not send to loopback, private, link-local or metadata addresses.`,
          'webhook-target-forbidden',
        );
      }
    }
  }

  /** The subscription, if `ctx` may manage it: an admin any, an agency its own. */
  private async manageable(ctx: RequestContext, id: string, forUpdate = false, exec: Executor = this.db) {
    const row = await findSubscription(exec, id, forUpdate);
    if (!row) throw new NotFoundError(`Webhook \`${id}\` does not exist.`);
    if (ctx.principal.role !== 'admin') {
      if (row.agencyCode === null || ctx.principal.role !== 'agency' || ctx.principal.agency !== row.agencyCode) {
        // Another agency's subscription is not revealed to exist.
        throw new NotFoundError(`Webhook \`${id}\` does not exist.`);
      }
    }
    return row;
  }

  async create(ctx: RequestContext, input: WebhookCreate): Promise<Webhook & { secret: string }> {
    const { principal } = ctx;
    const agencyCode = principal.role === 'agency' ? (input.agency ?? principal.agency) : (input.agency ?? null);
    if (agencyCode) requireActingFor(ctx, agencyCode);
    else if (principal.role !== 'admin') throw new ForbiddenError('Only an admin may subscribe to every agency’s events.');
    await this.checkTarget(input.url);
    const id = randomUUID();
    const secret = generateSecret();
    try {
      const row = await this.db.transaction(async (tx) => {
        await lockSubscriptionOwner(tx, agencyCode);
        if ((await countSubscriptions(tx, agencyCode)) >= MAX_WEBHOOKS_PER_OWNER) {
          throw new ConflictError(
            `${agencyCode ? `Agency \`${agencyCode}\`` : 'The admins'} already hold${agencyCode ? 's' : ''} ${MAX_WEBHOOKS_PER_OWNER} webhook subscriptions, the most allowed; update or delete one instead.`,
            'webhook-limit',
            { limit: MAX_WEBHOOKS_PER_OWNER },
          );
        }
        const created = await insertSubscription(tx, {
          id,
          agencyCode,
          url: input.url,
          events: input.events,
          description: input.description ?? null,
          active: input.active,
          secret: this.secrets.seal(id, secret),
          createdBy: principal.sub,
        });
        await recordAudit(tx, ctx, {
          action: 'webhook.create',
          entityType: 'webhook',
          entityId: id,
          announce: false,
          details: { agency: agencyCode, events: input.events },
        });
        return created;
      });
      return { ...toWebhook(row, new Date()), secret };
    } catch (error) {
      if (pgErrorCode(error) === PG_FOREIGN_KEY_VIOLATION) throw new UnprocessableError(`Agency \`${agencyCode}\` does not exist.`);
      throw error;
    }
  }

  async list(ctx: RequestContext, query: { limit: number; cursor?: string }): Promise<Page<Webhook>> {
    const { principal } = ctx;
    if (principal.role === 'viewer') throw new ForbiddenError('Webhooks are managed by admins and agencies.');
    const after = decodeCursor(query.cursor, CursorKeys.timeAndUuid);
    const rows = await listSubscriptions(this.db, {
      agencyCode: principal.role === 'agency' ? principal.agency : undefined,
      after: after as [string, string] | undefined,
      limit: query.limit,
    });
    const now = new Date();
    const page = paginate(rows, query.limit, (row) => [row.createdAt.toISOString(), row.id]);
    return { items: page.items.map((row) => toWebhook(row, now)), nextCursor: page.nextCursor };
  }

  async get(ctx: RequestContext, id: string): Promise<Webhook> {
    return toWebhook(await this.manageable(ctx, id), new Date());
  }

  async update(ctx: RequestContext, id: string, patch: WebhookPatch): Promise<Webhook> {
    if (patch.url !== undefined) await this.checkTarget(patch.url);
    const row = await this.db.transaction(async (tx) => {
      await this.manageable(ctx, id, true, tx);
      const updated = await updateSubscription(tx, id, {
        ...patch,
        // Switched on again by a person: the service's reason for switching it off no longer holds.
        ...(patch.active === true ? { disabledReason: null } : {}),
      });
      await recordAudit(tx, ctx, {
        action: 'webhook.update',
        entityType: 'webhook',
        entityId: id,
        announce: false,
        details: { fields: Object.keys(patch) },
      });
      return updated;
    });
    return toWebhook(row, new Date());
  }

  async remove(ctx: RequestContext, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.manageable(ctx, id, true, tx);
      await deleteSubscription(tx, id);
      await recordAudit(tx, ctx, { action: 'webhook.delete', entityType: 'webhook', entityId: id, announce: false });
    });
  }

  /** A new secret; the previous one keeps signing beside it for SECRET_OVERLAP_HOURS. */
  async rotateSecret(ctx: RequestContext, id: string): Promise<{ secret: string; previousSecretExpiresAt: string }> {
    const secret = generateSecret();
    const until = new Date(Date.now() + SECRET_OVERLAP_HOURS * 3_600_000);
    await this.db.transaction(async (tx) => {
      const row = await this.manageable(ctx, id, true, tx);
      await updateSubscription(tx, id, { secret: this.secrets.seal(id, secret), previousSecret: row.secret, previousSecretUntil: until });
      await recordAudit(tx, ctx, { action: 'webhook.rotate-secret', entityType: 'webhook', entityId: id, announce: false });
    });
    return { secret, previousSecretExpiresAt: until.toISOString() };
  }

  async deliveries(ctx: RequestContext, id: string, query: { limit: number; cursor?: string }): Promise<Page<Delivery>> {
    await this.manageable(ctx, id);
    const before = decodeCursor(query.cursor, CursorKeys.timeAndUuid);
    const rows = await listDeliveries(this.db, id, { before: before as [string, string] | undefined, limit: query.limit });
    const page = paginate(rows, query.limit, (row) => [row.delivery.createdAt.toISOString(), row.delivery.id]);
    const attempts = await attemptsOf(
      this.db,
      page.items.map((row) => row.delivery.id),
    );
    return { items: page.items.map((row) => toDelivery(row, attempts)), nextCursor: page.nextCursor };
  }

  /** Queues an ended delivery again (same `webhook-id`), with a fresh round of retries. */
  async redeliver(ctx: RequestContext, id: string, deliveryId: string): Promise<Delivery> {
    await this.manageable(ctx, id);
    const row = await this.db.transaction(async (tx) => {
      if (!(await findDelivery(tx, id, deliveryId))) throw new NotFoundError(`Delivery \`${deliveryId}\` of webhook \`${id}\` does not exist.`);
      if (!(await requeueDelivery(tx, deliveryId))) throw new ConflictError(`Delivery \`${deliveryId}\` is still pending: it is being retried.`);
      await recordAudit(tx, ctx, { action: 'webhook.redeliver', entityType: 'webhook', entityId: id, announce: false, details: { deliveryId } });
      return (await findDelivery(tx, id, deliveryId)) as NonNullable<Awaited<ReturnType<typeof findDelivery>>>;
    });
    this.onQueued();
    return toDelivery(row, await attemptsOf(this.db, [deliveryId]));
  }
}

type DeliveryJoin = NonNullable<Awaited<ReturnType<typeof findDelivery>>>;

function toDelivery(row: DeliveryJoin, attempts: Awaited<ReturnType<typeof attemptsOf>>): Delivery {
  const d = row.delivery;
  return {
    id: d.id,
    eventId: d.eventId,
    eventType: row.eventType,
    occurredAt: row.occurredAt.toISOString(),
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt.toISOString() : null,
    lastStatusCode: d.lastStatusCode,
    lastLatencyMs: d.lastLatencyMs,
    lastError: d.lastError,
    createdAt: d.createdAt.toISOString(),
    finishedAt: iso(d.finishedAt),
    attemptLog: attempts
      .filter((a) => a.deliveryId === d.id)
      .map((a) => ({ attempt: a.attempt, at: a.at.toISOString(), statusCode: a.statusCode, latencyMs: a.latencyMs, error: a.error })),
  };
}
