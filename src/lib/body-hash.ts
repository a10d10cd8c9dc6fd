import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** 10,000 records of a few hundred bytes each, with room to spare; other routes keep 1 MiB. */
export const RECORD_BATCH_BODY_LIMIT = 16 * 1024 * 1024;

/**
 * Replaces the JSON parser of the calling plugin's routes with Fastify's own (same errors, same
 * prototype-poisoning refusals) that also takes the SHA-256 of the body as received. A batch's
 * idempotency fingerprint is then the payload as sent, rather than the parsed body serialised again
 * (about 0.4 µs per record). Returns the lookup of a request's body hash.
 */
export function hashJsonBodies(app: FastifyInstance): (request: FastifyRequest) => Buffer | undefined {
  const hashes = new WeakMap<FastifyRequest, Buffer>();
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    hashes.set(
      request,
      createHash('sha256')
        .update(body as string)
        .digest(),
    );
    parseJson(request, body as string, done);
  });
  return (request) => hashes.get(request);
}
