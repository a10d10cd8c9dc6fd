/**
 * The summary scenario's baseline: a Fastify 5 server with one route, `GET /summary`, answering
 * the JSON document in $BENCH_BARE_BODY_FILE (the API's own summary body) with a plain
 * `reply.send(object)` — no auth, no schema, no hooks, fastify's default JSON serialiser. What
 * the API gets on top of this (token check, validation, ETag, cache lookup) is what the ratio
 * measures. Run as its own process: `node --import tsx bench/lib/bare-server.ts` (see
 * startBareServer in server.ts), listening on $HOST:$PORT.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const file = process.env.BENCH_BARE_BODY_FILE;
if (!file) throw new Error('BENCH_BARE_BODY_FILE is not set');
// Parsed once: each request serialises the object again, as a handler returning data would.
const body = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

// Fastify's defaults: no logger, as a baseline should carry nothing the API might not.
const app = Fastify();
app.get('/summary', (_request, reply) => {
  reply.send(body);
});

// The launcher stops it with SIGTERM; close cleanly so the process exits on its own.
process.once('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});

await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 0) });
