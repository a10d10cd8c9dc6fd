import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client.js';
import { type EventData, type EventType, eventCatalogue } from './events.js';
import { insertEvent } from './repository.js';

/**
 * Writes an event to the outbox inside the caller's transaction: the event exists exactly when
 * the change that causes it commits, and a crash after the commit loses nothing (the dispatcher
 * delivers it later, at least once). Its data is parsed against the catalogue, so no event leaves
 * with a shape the OpenAPI document does not show. Cheap: one row, however many subscriptions.
 */
export async function emitEvent<T extends EventType>(exec: Executor, type: T, data: EventData<T>): Promise<string> {
  const entry = eventCatalogue[type];
  const parsed = entry.data.parse(data) as { agreementId: string; agency: string | null };
  const id = randomUUID();
  await insertEvent(exec, { id, type, agreementId: parsed.agreementId, agencyCode: parsed.agency, audience: entry.audience, data: parsed });
  return id;
}
