import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import type { Config } from '../config.js';
import { RequestTimeoutError, ServiceUnavailableError, TooManyRequestsError } from '../errors.js';

/**
 * Abuse limits and browser-facing headers. Limits are per instance (safe: each instance only
 * refuses earlier than it would alone); they protect the service, not an exact global quota.
 */

/** One bucket per agency (all its systems and users together), else per user, else per IP. */
export function rateLimitKey(request: FastifyRequest): string {
  const principal = request.principal;
  if (principal?.role === 'agency') return `agency:${principal.agency}`;
  if (principal) return `${principal.role}:${principal.sub}`;
  return `ip:${request.ip}`;
}

/**
 * helmet's headers, computed once. helmet (the library @fastify/helmet wraps) decides the same
 * twelve headers for every request; running its middleware per request cost ~17 µs, half the
 * summary's whole budget, so it runs once at start and the result is applied to each answer.
 */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => {});
  return headers;
}

/** Registered before auth: headers on every answer, CORS preflights, and overload refusals. */
export const securityPlugin = fp<{ config: Config }>(
  async (app: FastifyInstance, { config }) => {
    // An API's answers are data, not pages: nothing may be loaded or framed from them. The
    // dashboard and /docs set their own policies.
    const headers = helmetHeaders({
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      crossOriginResourcePolicy: { policy: 'same-origin' },
    });
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });

    // Closed unless origins are configured: agency systems call server to server.
    await app.register(cors, {
      origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match', 'if-none-match', 'x-request-id'],
      exposedHeaders: [
        'etag',
        'location',
        'idempotent-replayed',
        'retry-after',
        'x-request-id',
        'ratelimit-limit',
        'ratelimit-remaining',
        'ratelimit-reset',
      ],
      maxAge: 600,
    });

    // The body, too, must arrive within the request timeout. Node's requestTimeout stops counting
    // once the headers are in (measured: a body trickled a byte every 200 ms is never cut off), so a
    // slow-loris client could hold a connection and a parser for as long as it likes. Requests
    // without a body (every GET) pass untouched.
    // A callback hook: every GET passes through it, and an async one would cost each a promise.
    app.addHook('preParsing', (request, reply, payload, done) => {
      const { headers } = request;
      if (headers['transfer-encoding'] === undefined && (headers['content-length'] ?? '0') === '0') return done(null, payload);
      const guarded = new PassThrough();
      // Once the body parser has stopped listening (it refused the body early, as too large),
      // a late timeout must not become an unhandled stream error.
      guarded.on('error', () => {});
      const timer = setTimeout(
        () => {
          payload.unpipe(guarded);
          guarded.destroy(new RequestTimeoutError(`The request body did not arrive within ${config.requestTimeoutMs} ms.`));
        },
        Math.max(0, config.requestTimeoutMs - reply.elapsedTime),
      );
      timer.unref();
      // Settled when the body is in, or when the answer went out without it (a 413 reads none).
      const settled = () => clearTimeout(timer);
      payload.once('end', settled);
      payload.once('close', settled);
      reply.raw.once('finish', settled);
      reply.raw.once('close', settled);
      done(null, payload.pipe(guarded));
    });

    if (config.maxEventLoopDelayMs > 0) {
      await app.register(underPressure, {
        maxEventLoopDelay: config.maxEventLoopDelayMs,
        retryAfter: 5,
        pressureHandler: () => {
          throw new ServiceUnavailableError('The service is overloaded; retry shortly.', 5);
        },
      });
    }
  },
  { name: 'security', dependencies: ['problems'] },
);

/** Registered after auth, so its hook runs once the token's agency is known. */
export const rateLimitPlugin = fp<{ config: Config }>(
  async (app: FastifyInstance, { config }) => {
    if (config.rateLimit.max > 0) {
      await app.register(rateLimit, {
        max: config.rateLimit.max,
        timeWindow: config.rateLimit.windowSeconds * 1000,
        keyGenerator: rateLimitKey,
        enableDraftSpec: true,
        errorResponseBuilder: (_request, context) =>
          new TooManyRequestsError(
            `More than ${context.max} requests in ${config.rateLimit.windowSeconds} s for this agency or user; retry after ${Math.ceil(context.ttl / 1000)} s.`,
            Math.ceil(context.ttl / 1000),
          ),
      });
    }
  },
  { name: 'rate-limit', dependencies: ['problems', 'auth'] },
);
