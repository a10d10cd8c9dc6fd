import { and, desc, eq, or, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
import { type WebhookSubscriptionRow, webhookDeliveries, webhookDeliveryAttempts, webhookEvents, webhookSubscriptions } from '../../db/schema.js';

/** The SQL of webhooks: subscriptions, the outbox, deliveries and their leases. */

export async function insertEvent(
  exec: Executor,
  event: { id: string; type: string; agreementId: string | null; agencyCode: string | null; audience: 'agency' | 'agreement'; data: unknown },
): Promise<void> {
  await exec.insert(webhookEvents).values(event);
}

/**
 * Subscriptions of one owner (an agency, or `null` for the admins' agreement-wide ones) are created
 * one at a time: the lock, held to the end of the transaction, makes the count and the insert one step.
 */
export async function lockSubscriptionOwner(exec: Executor, agencyCode: string | null): Promise<void> {
  await exec.execute(sql`SELECT pg_advisory_xact_lock(7311, hashtext(${agencyCode ?? '*'}))`);
}

export async function countSubscriptions(exec: Executor, agencyCode: string | null): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    exec,
    agencyCode === null
      ? sql`SELECT count(*) AS n FROM webhook_subscriptions WHERE agency_code IS NULL`
      : sql`SELECT count(*) AS n FROM webhook_subscriptions WHERE agency_code = ${agencyCode}`,
  );
  return Number(row?.n ?? 0);
}

export async function insertSubscription(exec: Executor, values: typeof webhookSubscriptions.$inferInsert): Promise<WebhookSubscriptionRow> {
  const [row] = await exec.insert(webhookSubscriptions).values(values).returning();
  return row as WebhookSubscriptionRow;
}

export async function findSubscription(exec: Executor, id: string, forUpdate = false): Promise<WebhookSubscriptionRow | undefined> {
  const query = exec.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function listSubscriptions(exec: Executor, filter: { agencyCode?: string; after?: [string, string]; limit: number }) {
  const conditions: SQL[] = [];
  if (filter.agencyCode) conditions.push(eq(webhookSubscriptions.agencyCode, filter.agencyCode));
  if (filter.after) {
    const [at, id] = filter.after;
    conditions.push(sql`(${webhookSubscriptions.createdAt}, ${webhookSubscriptions.id}) > (${at}::timestamptz, ${id}::uuid)`);
  }
  return exec
    .select()
    .from(webhookSubscriptions)
    .where(and(...conditions))
    .orderBy(webhookSubscriptions.createdAt, webhookSubscriptions.id)
    .limit(filter.limit + 1);
}

export async function updateSubscription(
  exec: Executor,
  id: string,
  values: Partial<typeof webhookSubscriptions.$inferInsert>,
): Promise<WebhookSubscriptionRow> {
  const [row] = await exec
    .update(webhookSubscriptions)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(webhookSubscriptions.id, id))
    .returning();
  return row as WebhookSubscriptionRow;
}

export async function deleteSubscription(exec: Executor, id: string): Promise<void> {
  await exec.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
}

/** A receiver answered 410 Gone: the subscription is switched off. */
export async function disableSubscription(exec: Executor, id: string, reason: string): Promise<void> {
  await exec
    .update(webhookSubscriptions)
    .set({ active: false, disabledReason: reason, updatedAt: sql`now()` })
    .where(eq(webhookSubscriptions.id, id));
}

export interface FannedOutEvent {
  id: string;
  type: string;
  agreement_id: string | null;
  agency_code: string | null;
}

/**
 * Fans the oldest `limit` events not yet fanned out to the active subscriptions that want them —
 * an admin's (no agency) hears everything; an agency's hears events about itself, and events of
 * audience `agreement` of the agreements it is party to — and marks them fanned out, in one
 * statement. `SKIP LOCKED`: instances fan out side by side, never the same event twice (and the
 * unique (subscription, event) index would refuse a second delivery anyway).
 */
export async function fanOutEvents(exec: Executor, limit: number): Promise<FannedOutEvent[]> {
  return queryRows<FannedOutEvent>(
    exec,
    sql`WITH ev AS (
          SELECT id, type, agreement_id, agency_code, audience FROM webhook_events
          WHERE NOT fanned_out ORDER BY seq LIMIT ${limit} FOR UPDATE SKIP LOCKED
        ), deliveries AS (
          INSERT INTO webhook_deliveries (id, subscription_id, event_id)
          SELECT gen_random_uuid(), s.id, ev.id
          FROM ev JOIN webhook_subscriptions s ON s.active AND ev.type = ANY (s.events)
            AND (s.agency_code IS NULL
              OR s.agency_code = ev.agency_code
              OR (ev.audience = 'agreement' AND EXISTS (
                SELECT 1 FROM agreement_parties p WHERE p.agreement_id = ev.agreement_id AND p.agency_code = s.agency_code)))
          ON CONFLICT DO NOTHING
        )
        UPDATE webhook_events e SET fanned_out = true FROM ev WHERE e.id = ev.id
        RETURNING e.id, e.type, e.agreement_id, e.agency_code`,
  );
}

export interface ClaimedDelivery {
  id: string;
  subscription_id: string;
  attempts: number;
  round_start: number;
  url: string;
  secret: Buffer | Uint8Array;
  previous_secret: Buffer | Uint8Array | null;
  previous_secret_until: Date | string | null;
  event_id: string;
  type: string;
  data: unknown;
  occurred_at: Date | string;
}

/**
 * Claims up to `limit` due deliveries of active subscriptions with a lease, at most `perSubscription`
 * of each subscription and none of `busy` (subscriptions already at their limit here). The outer
 * conditions are checked again on the locked row, so two instances never claim one delivery.
 * Only the `limit × perSubscription` soonest due candidates are ranked (read in order from the
 * partial index of pending deliveries): enough to fill `limit` even if one subscription leads,
 * and a claim stays cheap however long the backlog.
 */
export async function claimDeliveries(
  exec: Executor,
  options: { owner: string; leaseMs: number; limit: number; perSubscription: number; busy: string[] },
): Promise<ClaimedDelivery[]> {
  if (options.limit <= 0) return [];
  return queryRows<ClaimedDelivery>(
    exec,
    sql`WITH claimed AS (
          UPDATE webhook_deliveries d SET lease_owner = ${options.owner}, lease_until = now() + (${options.leaseMs}::int * interval '1 millisecond')
          WHERE d.id IN (
            SELECT id FROM webhook_deliveries
            WHERE id IN (
              SELECT id FROM (
                SELECT due.id, row_number() OVER (PARTITION BY due.subscription_id ORDER BY due.next_attempt_at, due.id) AS rank
                FROM (
                  SELECT w.id, w.subscription_id, w.next_attempt_at FROM webhook_deliveries w
                  JOIN webhook_subscriptions s ON s.id = w.subscription_id AND s.active
                  WHERE w.status = 'pending' AND w.next_attempt_at <= now() AND (w.lease_until IS NULL OR w.lease_until < now())
                    AND NOT (w.subscription_id = ANY (${sql.param(options.busy)}::uuid[]))
                  ORDER BY w.next_attempt_at LIMIT ${options.limit * options.perSubscription}
                ) due
              ) ranked WHERE rank <= ${options.perSubscription})
              AND status = 'pending' AND (lease_until IS NULL OR lease_until < now())
            ORDER BY next_attempt_at LIMIT ${options.limit}
            FOR UPDATE SKIP LOCKED)
          RETURNING d.id, d.subscription_id, d.attempts, d.round_start, d.event_id
        )
        SELECT c.id, c.subscription_id, c.attempts, c.round_start, s.url, s.secret, s.previous_secret, s.previous_secret_until,
               e.id AS event_id, e.type, e.data, e.occurred_at
        FROM claimed c JOIN webhook_subscriptions s ON s.id = c.subscription_id JOIN webhook_events e ON e.id = c.event_id`,
  );
}

export interface AttemptOutcome {
  status: 'pending' | 'succeeded' | 'failed';
  nextAttemptAt: Date | null;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
}

/**
 * Records an attempt and its outcome, if `owner` still holds the delivery's lease (else another
 * instance has taken it over: this attempt is not recorded, the receiver deduplicates by
 * `webhook-id`). Returns whether it was recorded.
 */
export async function recordAttempt(exec: Executor, id: string, owner: string, outcome: AttemptOutcome): Promise<boolean> {
  const [row] = await queryRows<{ attempts: number }>(
    exec,
    sql`UPDATE webhook_deliveries SET attempts = attempts + 1, status = ${outcome.status},
               next_attempt_at = coalesce(${outcome.nextAttemptAt?.toISOString() ?? null}::timestamptz, next_attempt_at),
               lease_owner = NULL, lease_until = NULL,
               last_status_code = ${outcome.statusCode}, last_latency_ms = ${outcome.latencyMs}, last_error = ${outcome.error},
               finished_at = CASE WHEN ${outcome.status} = 'pending' THEN NULL ELSE now() END
        WHERE id = ${id} AND lease_owner = ${owner} AND status = 'pending'
        RETURNING attempts`,
  );
  if (!row) return false;
  await exec.insert(webhookDeliveryAttempts).values({
    deliveryId: id,
    attempt: row.attempts,
    statusCode: outcome.statusCode,
    latencyMs: outcome.latencyMs,
    error: outcome.error,
  });
  return true;
}

/** Hands claimed deliveries back at once (shutdown, or claimed beyond a subscription's limit). */
export async function releaseDeliveries(exec: Executor, ids: string[], owner: string): Promise<void> {
  if (ids.length === 0) return;
  await exec.execute(
    sql`UPDATE webhook_deliveries SET lease_owner = NULL, lease_until = NULL
        WHERE id = ANY (${sql.param(ids)}::uuid[]) AND lease_owner = ${owner} AND status = 'pending'`,
  );
}

export async function listDeliveries(exec: Executor, subscriptionId: string, filter: { before?: [string, string]; limit: number }) {
  const conditions: SQL[] = [eq(webhookDeliveries.subscriptionId, subscriptionId)];
  if (filter.before) {
    const [at, id] = filter.before;
    conditions.push(sql`(${webhookDeliveries.createdAt}, ${webhookDeliveries.id}) < (${at}::timestamptz, ${id}::uuid)`);
  }
  return exec
    .select({
      delivery: webhookDeliveries,
      eventType: webhookEvents.type,
      occurredAt: webhookEvents.occurredAt,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(and(...conditions))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(filter.limit + 1);
}

export async function attemptsOf(exec: Executor, deliveryIds: string[]) {
  if (deliveryIds.length === 0) return [];
  return exec
    .select()
    .from(webhookDeliveryAttempts)
    .where(sql`${webhookDeliveryAttempts.deliveryId} = ANY (${sql.param(deliveryIds)}::uuid[])`)
    .orderBy(webhookDeliveryAttempts.deliveryId, webhookDeliveryAttempts.attempt);
}

export async function findDelivery(exec: Executor, subscriptionId: string, id: string) {
  const [row] = await exec
    .select({ delivery: webhookDeliveries, eventType: webhookEvents.type, occurredAt: webhookEvents.occurredAt })
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.subscriptionId, subscriptionId)));
  return row;
}

/** Queues an ended delivery again, now, with a new round of retries. False if it is still pending. */
export async function requeueDelivery(exec: Executor, id: string): Promise<boolean> {
  const rows = await exec
    .update(webhookDeliveries)
    .set({ status: 'pending', roundStart: sql`${webhookDeliveries.attempts}`, nextAttemptAt: sql`now()`, finishedAt: null })
    .where(and(eq(webhookDeliveries.id, id), or(eq(webhookDeliveries.status, 'failed'), eq(webhookDeliveries.status, 'succeeded'))))
    .returning({ id: webhookDeliveries.id });
  return rows.length === 1;
}

/** Purges delivered history past the retention: ended deliveries, and events no delivery needs. */
export async function purgeDelivered(exec: Executor, retentionDays: number): Promise<void> {
  await exec.execute(
    sql`DELETE FROM webhook_deliveries WHERE status <> 'pending' AND finished_at < now() - (${retentionDays}::int * interval '1 day')`,
  );
  await exec.execute(
    sql`DELETE FROM webhook_events e WHERE e.fanned_out AND e.occurred_at < now() - (${retentionDays}::int * interval '1 day')
        AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id)`,
  );
}

/** Deliveries waiting for an attempt (due or not), and how overdue the most overdue one is: read at each metrics scrape. */
export async function pendingDeliveryStats(exec: Executor): Promise<{ pending: number; oldestDueSeconds: number }> {
  const [row] = await queryRows<{ pending: number; overdue: number | string | null }>(
    exec,
    sql`SELECT count(*)::int AS pending, EXTRACT(EPOCH FROM now() - min(next_attempt_at))::float8 AS overdue
        FROM webhook_deliveries WHERE status = 'pending'`,
  );
  return { pending: Number(row?.pending ?? 0), oldestDueSeconds: Math.max(0, Number(row?.overdue ?? 0)) };
}
