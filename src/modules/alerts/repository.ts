import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
import { type AlertRow, agencyAlertStatus, agreements, alertRuns, alerts } from '../../db/schema.js';

/** The SQL of alerts: open and resolve them, the agencies' last statuses, the daily run's claim. */

export async function openAlertsOf(exec: Executor, agreementId: string, agencyCode: string): Promise<AlertRow[]> {
  return exec
    .select()
    .from(alerts)
    .where(and(eq(alerts.agreementId, agreementId), eq(alerts.agencyCode, agencyCode), eq(alerts.state, 'open')));
}

/** Opens an alert unless one of its kind is already open for the commitment (then undefined). */
export async function insertAlert(exec: Executor, values: typeof alerts.$inferInsert): Promise<AlertRow | undefined> {
  const [row] = await exec.insert(alerts).values(values).onConflictDoNothing().returning();
  return row;
}

export async function resolveAlert(exec: Executor, id: string, details?: unknown): Promise<void> {
  await exec
    .update(alerts)
    .set({ state: 'resolved', resolvedAt: sql`now()`, ...(details === undefined ? {} : { details }) })
    .where(and(eq(alerts.id, id), eq(alerts.state, 'open')));
}

export async function updateAlertDetails(exec: Executor, id: string, details: unknown): Promise<void> {
  await exec.update(alerts).set({ details }).where(eq(alerts.id, id));
}

export async function listOpenAlerts(exec: Executor, filter: { agreementId: string; agencyCode?: string; after?: [string, string]; limit: number }) {
  const conditions: SQL[] = [eq(alerts.agreementId, filter.agreementId), eq(alerts.state, 'open')];
  if (filter.agencyCode) conditions.push(eq(alerts.agencyCode, filter.agencyCode));
  if (filter.after) {
    const [at, id] = filter.after;
    conditions.push(sql`(${alerts.openedAt}, ${alerts.id}) > (${at}::timestamptz, ${id}::uuid)`);
  }
  return exec
    .select()
    .from(alerts)
    .where(and(...conditions))
    .orderBy(asc(alerts.openedAt), asc(alerts.id))
    .limit(filter.limit + 1);
}

export async function findAlert(exec: Executor, id: string): Promise<AlertRow | undefined> {
  const [row] = await exec.select().from(alerts).where(eq(alerts.id, id));
  return row;
}

export async function acknowledgeAlert(exec: Executor, id: string, by: string, note: string | null): Promise<AlertRow> {
  const [row] = await exec
    .update(alerts)
    .set({ acknowledgedAt: sql`now()`, acknowledgedBy: by, acknowledgementNote: note })
    .where(eq(alerts.id, id))
    .returning();
  return row as AlertRow;
}

/**
 * The agency's last evaluated status, locked for this transaction (a row is made first if there
 * is none, so two evaluations of one agency queue up here instead of both raising the change).
 */
export async function lockAgencyStatus(exec: Executor, agreementId: string, agencyCode: string): Promise<string | null> {
  await exec.insert(agencyAlertStatus).values({ agreementId, agencyCode, status: '' }).onConflictDoNothing();
  const [row] = await exec
    .select({ status: agencyAlertStatus.status })
    .from(agencyAlertStatus)
    .where(and(eq(agencyAlertStatus.agreementId, agreementId), eq(agencyAlertStatus.agencyCode, agencyCode)))
    .for('update');
  return row?.status ? row.status : null;
}

export async function setAgencyStatus(exec: Executor, agreementId: string, agencyCode: string, status: string): Promise<void> {
  await exec
    .update(agencyAlertStatus)
    .set({ status, changedAt: sql`now()` })
    .where(and(eq(agencyAlertStatus.agreementId, agreementId), eq(agencyAlertStatus.agencyCode, agencyCode)));
}

/** Claims the daily evaluation of `day`: true for the one instance (and transaction) that gets it. */
export async function claimDailyRun(exec: Executor, day: string): Promise<boolean> {
  const rows = await exec.insert(alertRuns).values({ day }).onConflictDoNothing().returning({ day: alertRuns.day });
  return rows.length === 1;
}

export async function agreementIds(exec: Executor): Promise<string[]> {
  const rows = await exec.select({ id: agreements.id }).from(agreements).orderBy(asc(agreements.id));
  return rows.map((row) => row.id);
}

/** The agency's credited workers under the agreement (its rollup). */
export async function creditedOf(exec: Executor, agreementId: string, agencyCode: string): Promise<number> {
  const [row] = await queryRows<{ credited: number }>(
    exec,
    sql`SELECT coalesce((SELECT credited FROM agency_coverage WHERE agreement_id = ${agreementId} AND agency_code = ${agencyCode}), 0)::int AS credited`,
  );
  return row?.credited ?? 0;
}

/** The agency's credits with an enrollment date from `from` on (net of voids). */
export async function creditedSince(
  exec: Executor,
  agreementId: string,
  agencyCode: string,
  from: string,
): Promise<{ day: string; credited: number }[]> {
  return queryRows<{ day: string; credited: number }>(
    exec,
    sql`SELECT to_char(day, 'YYYY-MM-DD') AS day, credited FROM coverage_daily
        WHERE agreement_id = ${agreementId} AND agency_code = ${agencyCode} AND day >= ${from}::date`,
  );
}

/** Every (agreement, party) pair: what the daily evaluation walks. */
export async function allParties(exec: Executor): Promise<{ agreement_id: string; agency_code: string }[]> {
  return queryRows(exec, sql`SELECT agreement_id, agency_code FROM agreement_parties ORDER BY agreement_id, agency_code`);
}
