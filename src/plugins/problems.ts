import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { maskNiksInJson } from '../domain/nik-text.js';
import { ProblemError, type ProblemFieldError, ServiceUnavailableError } from '../errors.js';
import { causeChain, codeInCauseChain } from '../lib/cause-chain.js';

/**
 * The one error handler: typed domain errors, validation failures and everything else become
 * RFC 9457 `application/problem+json`. Client mistakes keep their 4xx; anything unexpected is a
 * 500 whose body says nothing about internals (the log has the details, under the request id).
 */

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  errors?: ProblemFieldError[];
  [extension: string]: unknown;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: { status: number; slug?: string; title?: string; detail: string; errors?: ProblemFieldError[] },
  extensions: Record<string, unknown> = {},
) {
  const body: ProblemBody = {
    ...extensions,
    type: problem.slug ? `/problems/${problem.slug}` : 'about:blank',
    title: problem.title ?? STATUS_CODES[problem.status] ?? 'Error',
    status: problem.status,
    detail: problem.detail,
    instance: request.url.split('?')[0] ?? '/',
    requestId: String(request.id),
  };
  if (problem.errors) body.errors = problem.errors;
  // Problem bodies are built here and nowhere else; bypass per-route response schemas so an
  // error can never turn into a serialization failure. A problem quotes what the client sent (the
  // path in `instance` and `detail`, an unknown key in a validation message): a NIK in any written
  // form in it (percent-encoded, with separators, in other digit scripts) is masked, as in the
  // logs, so a NIK put in the wrong place is never echoed (docs/domain.md §8).
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .serializer((payload: unknown) => maskNiksInJson(JSON.stringify(payload)))
    .send(body);
}

/**
 * Fastify's `frameworkErrors` option: the router's own refusals (a malformed percent-encoding, a
 * path segment over the length limit) as problems too, instead of Fastify's default JSON, which
 * quotes the whole URL. They come before any hook, so the request id header is set here.
 */
export function frameworkErrorProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  reply.header('x-request-id', request.id);
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  return sendProblem(request, reply, {
    status: tooLong ? 414 : 400,
    slug: 'bad-request',
    detail: tooLong ? 'A path segment is longer than this API accepts.' : 'The URL is not valid (malformed percent-encoding).',
  });
}

/**
 * Fastify's `clientErrorHandler`: what Node refuses before there is a request to answer (a
 * malformed request line or header, headers over the size limit, headers too slow to arrive)
 * still gets a problem, written straight to the socket, which is then closed.
 */
export function clientErrorProblem(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const timeout = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
  const status = timeout ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const body = JSON.stringify({
    type: timeout ? '/problems/request-timeout' : '/problems/bad-request',
    title: STATUS_CODES[status],
    status,
    detail: timeout ? 'The request headers did not arrive in time.' : 'The request is not valid HTTP.',
    instance: '/',
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Fastify/AJV-style validation issues from the zod provider, as problem field errors. */
function fieldErrorsOf(error: FastifyError): ProblemFieldError[] {
  const where = error.validationContext ?? 'body';
  return (error.validation ?? []).map((issue) => {
    const params = issue.params as { issue?: { code?: string } } | undefined;
    return {
      in: where,
      pointer: issue.instancePath || '/',
      code: params?.issue?.code ?? issue.keyword,
      message: issue.message ?? 'Invalid value',
    };
  });
}

/** Fixed, input-free details for framework errors: a JSON parser message can quote the body. */
const frameworkDetails: Record<string, { slug: string; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { slug: 'malformed-json', detail: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    slug: 'malformed-json',
    detail: 'The request body is empty but Content-Type is application/json.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { slug: 'body-too-large', detail: 'The request body is larger than this route accepts.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    slug: 'unsupported-media-type',
    detail: 'Unsupported Content-Type; send application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    slug: 'bad-content-length',
    detail: 'The Content-Length header does not match the body.',
  },
  FST_ERR_CTP_INVALID_TYPE: { slug: 'bad-content-type', detail: 'The Content-Type header is not valid.' },
};

/** A registered route's path as a pattern, to tell "no such path" (404) from "not with this method" (405). */
interface KnownPath {
  pattern: RegExp;
  methods: Set<string>;
}

function pathPattern(url: string): RegExp {
  const body = url
    .split('/')
    .map((segment) =>
      segment === '*'
        ? '.*'
        : // A segment may hold several parameters around literals (`:table.:format`).
          segment
            .split(/(:[A-Za-z0-9_]+)/)
            .map((part) => (part.startsWith(':') ? '[^/]+?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
            .join(''),
    )
    .join('/');
  // The router ignores a trailing slash.
  return new RegExp(`^${body.replace(/\/$/, '')}/?$`);
}

export const problemsPlugin = fp(
  async (app: FastifyInstance) => {
    // Only JSON bodies are read: Fastify's built-in text/plain parser would hand a string to a
    // route's schema, turning an unsupported media type (415) into a validation failure (400).
    app.removeContentTypeParser('text/plain');

    const known = new Map<string, KnownPath>();
    app.addHook('onRoute', (route) => {
      // A catch-all (the CORS preflight's `OPTIONS *`) names no path.
      if (route.url === '*' || route.url === '/*') return;
      const entry = known.get(route.url) ?? { pattern: pathPattern(route.url), methods: new Set<string>() };
      for (const method of [route.method].flat()) entry.methods.add(method);
      known.set(route.url, entry);
    });

    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof ProblemError) {
        for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
        const errors = 'errors' in error ? (error as { errors: ProblemFieldError[] }).errors : undefined;
        return sendProblem(request, reply, { ...error, errors, detail: error.detail }, error.extensions);
      }

      if (hasZodFastifySchemaValidationErrors(error)) {
        const errors = fieldErrorsOf(error);
        return sendProblem(request, reply, {
          status: 400,
          slug: 'validation',
          title: 'The request is not valid',
          detail: `${errors.length} problem${errors.length === 1 ? '' : 's'} in the request ${error.validationContext ?? 'body'}.`,
          errors,
        });
      }

      if (isResponseSerializationError(error)) {
        request.log.error({ err: error, issues: error.cause.issues }, 'response failed its schema');
        return sendProblem(request, reply, { status: 500, detail: 'An unexpected error occurred.' });
      }

      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        const known = error.code ? frameworkDetails[error.code] : undefined;
        if (error instanceof SyntaxError || known?.slug === 'malformed-json') {
          return sendProblem(request, reply, {
            status: 400,
            slug: 'malformed-json',
            detail: known?.detail ?? 'The request body is not valid JSON.',
          });
        }
        request.log.info({ code: error.code, status }, 'client error');
        return sendProblem(request, reply, {
          status,
          slug: known?.slug,
          detail: known?.detail ?? STATUS_CODES[status] ?? 'Client error',
        });
      }

      // Text PostgreSQL cannot hold (a NUL character) is the client's mistake, wherever it came in:
      // a body field, a query value, a cursor. Its value is not quoted back.
      if (isUnstorableText(error)) {
        request.log.info({ code: 'unstorable_text' }, 'client error');
        return sendProblem(request, reply, {
          status: 400,
          slug: 'bad-request',
          detail: 'A text value contains the NUL character (U+0000), which cannot be stored or searched for.',
        });
      }

      if (status === 503 || isDatabaseUnavailable(error)) {
        request.log.warn({ err: error }, 'dependency unavailable');
        const unavailable = new ServiceUnavailableError('The database is unavailable; retry shortly.');
        for (const [name, value] of Object.entries(unavailable.headers)) reply.header(name, value);
        return sendProblem(request, reply, unavailable);
      }

      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(request, reply, {
        status: 500,
        detail: 'An unexpected error occurred. Quote the requestId when reporting it.',
      });
    });

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      const allowed = new Set<string>();
      for (const { pattern, methods } of known.values()) {
        if (pattern.test(path)) for (const method of methods) allowed.add(method);
      }
      if (allowed.size > 0) {
        const allow = [...allowed].sort().join(', ');
        reply.header('allow', allow);
        return sendProblem(request, reply, {
          status: 405,
          slug: 'method-not-allowed',
          title: 'Method not allowed',
          detail: `${request.method} is not allowed here; allowed: ${allow}.`,
        });
      }
      return sendProblem(request, reply, {
        status: 404,
        slug: 'not-found',
        title: 'Not found',
        detail: `No route ${request.method} ${path}.`,
      });
    });
  },
  { name: 'problems' },
);

const connectionErrorCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08001', '08003']);

/** True when a query failed because the database went away, not because of the request. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const { code, message } of causeChain(error)) {
    if (typeof code === 'string' && connectionErrorCodes.has(code)) return true;
    // node-postgres's own messages: the server ended the connection, none could be made in time,
    // or a statement was sent on a client whose connection had already failed (mid-transaction).
    if (typeof message === 'string' && /Connection terminated|timeout exceeded when trying to connect|is not queryable/i.test(message)) {
      return true;
    }
  }
  return false;
}

/**
 * PostgreSQL refuses U+0000 in text (22021, "invalid byte sequence for encoding UTF8: 0x00") and
 * in jsonb (22P05, "\u0000 cannot be converted to text"); nothing else a JavaScript string holds is
 * refused (node-postgres turns a lone surrogate into U+FFFD).
 */
export function isUnstorableText(error: unknown): boolean {
  return codeInCauseChain(error, (code) => code === '22021' || code === '22P05') !== undefined;
}
