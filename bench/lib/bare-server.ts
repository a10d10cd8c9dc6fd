/**
 * The summary scenario's baselines: a Fastify 5 server answering the JSON document in
 * $BENCH_BARE_BODY_FILE (the API's own summary body) on two routes, with no auth, no schema, no
 * hooks and no logger:
 *
 * - `GET /summary` sends the same pre-rendered bytes the API sends from its cache, with the same
 *   content type and length: the least a Fastify route can do to answer that body. This is the
 *   baseline the goals are set on: what the API adds on top of it (token check, validation,
 *   security headers, rate limit, request id, the ETag, logging) is what the ratio measures.
 * - `GET /summary/serialised` answers `reply.send(object)`, serialising the parsed document on
 *   every request as a handler returning data would: an extra line, for comparison with earlier
 *   runs (it flatters the API, which never serialises a cached summary).
 *
 * Connection settings are the API's (keep-alive timeout, request timeouts), so only the
 * per-request work differs. Run as its own process: `node --import tsx bench/lib/bare-server.ts`
 * (see startBareServer in server.ts), listening on $HOST:$PORT.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const file = process.env.BENCH_BARE_BODY_FILE;
if (!file) throw new Error('BENCH_BARE_BODY_FILE is not set');
const bytes = readFileSync(file);
const object = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;

// As src/app.ts sets them (REQUEST_TIMEOUT_MS at its default).
const requestTimeout = 120_000;
const app = Fastify({
  requestTimeout,
  http: { connectionsCheckingInterval: 30_000 },
  connectionTimeout: requestTimeout + 10_000,
  keepAliveTimeout: 72_000,
  forceCloseConnections: 'idle',
});
app.get('/summary', (_request, reply) => {
  reply.type('application/json; charset=utf-8').send(bytes);
});
app.get('/summary/serialised', (_request, reply) => {
  reply.send(object);
});

// The launcher stops it with SIGTERM; close cleanly so the process exits on its own.
process.once('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});

await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 0) });
