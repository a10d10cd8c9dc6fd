import { createHash } from 'node:crypto';
import type { Executor } from '../../db/client.js';
import { ConflictError, UnprocessableError } from '../../errors.js';
import { deleteIdempotencyRecord, findIdempotencyRecord, insertIdempotencyRecord, tryLockIdempotencyKey } from './repository.js';

/**
 * The Idempotency-Key protocol (IETF draft "The Idempotency-Key HTTP Header Field") for posts
 * that create batches: keys are scoped per agency; the same key and payload replays the stored
 * response; the same key with another payload is a 422; while the first request still runs, a 409.
 * An expired record is forgotten and the key may be used afresh.
 */

/** The key as sent, without the quotes a client may put around it. */
export const unquoteKey = (key: string | undefined) => key?.replace(/^"(.*)"$/, '$1');

/**
 * The fingerprint of a request: the agreement (from the path) and the payload. `bodyHash` is the
 * SHA-256 of the body as received; without it the parsed body is serialised and hashed.
 */
export function requestFingerprint(agreementId: string, input: unknown, bodyHash?: Buffer): Buffer {
  return bodyHash
    ? createHash('sha256').update(agreementId).update('\u0000').update(bodyHash).digest()
    : createHash('sha256')
        .update(JSON.stringify([agreementId, input]))
        .digest();
}

export interface IdempotentOutcome<T> {
  status: number;
  body: T;
  replayed: boolean;
}

/**
 * Runs `work` once per (agency, key) in the caller's transaction, storing its answer with the
 * transaction's writes; a retry of the same request gets the stored answer instead. The key is
 * stored (and locked) by its digest only: it is the client's free text, and a client could put
 * anything in it, a NIK included.
 */
export async function withIdempotencyKey<T>(
  tx: Executor,
  request: { agencyCode: string; key: string; fingerprint: Buffer; clock: () => Date; ttlHours: number },
  work: () => Promise<{ status: number; body: T }>,
): Promise<IdempotentOutcome<T>> {
  const { agencyCode } = request;
  const keyDigest = createHash('sha256').update(request.key).digest('base64url');
  if (!(await tryLockIdempotencyKey(tx, agencyCode, keyDigest))) {
    throw new ConflictError('A request with this Idempotency-Key is still being processed; retry shortly.', 'idempotency-key-in-use');
  }
  const stored = await findIdempotencyRecord(tx, agencyCode, keyDigest);
  if (stored && stored.expiresAt > request.clock()) {
    if (!stored.requestHash.equals(request.fingerprint)) {
      throw new UnprocessableError(
        'This Idempotency-Key was used with a different request; use a new key for a new batch.',
        'idempotency-key-reused',
      );
    }
    return { status: stored.responseStatus, body: stored.responseBody as T, replayed: true };
  }
  if (stored) await deleteIdempotencyRecord(tx, agencyCode, keyDigest);

  const outcome = await work();
  await insertIdempotencyRecord(tx, {
    agencyCode,
    key: keyDigest,
    requestHash: request.fingerprint,
    responseStatus: outcome.status,
    responseBody: outcome.body,
    expiresAt: new Date(request.clock().getTime() + request.ttlHours * 3_600_000),
  });
  return { ...outcome, replayed: false };
}
