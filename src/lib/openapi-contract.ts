import { STATUS_CODES } from 'node:http';
import { type ProblemSlug, problemTypes } from '../domain/problem-codes.js';

/**
 * What the OpenAPI document says beyond each route's own schemas, derived from how the server
 * behaves rather than written out per route: the statuses any operation can answer with (the
 * framework's, the rate limiter's, the error handler's), the headers each answer carries, and
 * which problem `type`s each status can have.
 */

const INT32_MAX = 2 ** 31 - 1;

/** Response headers the API sends, as reusable `components/headers`. */
export const headerComponents = {
  XRequestId: {
    description:
      'The request’s id: the caller’s own `X-Request-Id` when it is a plain token (1–64 of `A–Z a–z 0–9 . _ : -`), else a generated UUID. Quote it when reporting a problem.',
    required: true,
    schema: { type: 'string', maxLength: 64, pattern: '^[A-Za-z0-9._:-]{1,64}$', example: 'req-1a' },
  },
  RateLimitLimit: {
    description: 'Requests allowed per window for this caller’s bucket (per agency, else per user, else per IP).',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: INT32_MAX, example: 600 },
  },
  RateLimitRemaining: {
    description: 'Requests left in the current window for this caller’s bucket.',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: INT32_MAX, example: 599 },
  },
  RateLimitReset: {
    description: 'Seconds until the current window ends.',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: INT32_MAX, example: 60 },
  },
  RetryAfter: {
    description: 'Seconds to wait before retrying.',
    required: true,
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: INT32_MAX, example: 5 },
  },
  ETag: {
    description: 'The representation’s version: send it back in `If-Match` (writes) or `If-None-Match` (polling).',
    required: true,
    schema: { type: 'string', maxLength: 200, example: '"3"' },
  },
  Location: {
    description: 'Path of the created resource.',
    required: true,
    schema: { type: 'string', maxLength: 300, example: '/v1/batches/4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b' },
  },
  IdempotentReplayed: {
    description: '`true` when this answer is the stored answer to an earlier request with the same `Idempotency-Key` and body.',
    schema: { type: 'string', enum: ['true'] },
  },
  WWWAuthenticate: {
    description: 'The authentication scheme: a bearer token.',
    required: true,
    schema: { type: 'string', maxLength: 100, example: 'Bearer realm="sinergi"' },
  },
} as const;

export type HeaderComponent = keyof typeof headerComponents;

/** Header components by the name a server sends them under. */
export const headerNames: Record<HeaderComponent, string> = {
  XRequestId: 'X-Request-Id',
  RateLimitLimit: 'RateLimit-Limit',
  RateLimitRemaining: 'RateLimit-Remaining',
  RateLimitReset: 'RateLimit-Reset',
  RetryAfter: 'Retry-After',
  ETag: 'ETag',
  Location: 'Location',
  IdempotentReplayed: 'Idempotent-Replayed',
  WWWAuthenticate: 'WWW-Authenticate',
};

/** Headers a route declares it sends (route config `responseHeaders`), by status. */
export type RouteHeaders = Partial<Record<number, readonly ('ETag' | 'Location' | 'IdempotentReplayed')[]>>;

/** The status each problem type is answered with. */
export const problemStatus: Record<ProblemSlug, number> = {
  validation: 400,
  'malformed-json': 400,
  'body-too-large': 413,
  'unsupported-media-type': 415,
  'bad-content-length': 400,
  'bad-request': 400,
  'request-timeout': 408,
  'invalid-cursor': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  conflict: 409,
  'agency-exists': 409,
  'agreement-exists': 409,
  'not-a-party': 422,
  'party-has-commitments': 409,
  'lead-exists': 409,
  'already-signed': 409,
  'due-date-outside-period': 422,
  'invalid-period': 422,
  'signed-in-future': 422,
  'precondition-failed': 412,
  'idempotency-key-missing': 400,
  'idempotency-key-in-use': 409,
  'idempotency-key-reused': 422,
  'invalid-commitment': 422,
  'already-voided': 409,
  'commitment-limit': 409,
  'webhook-limit': 409,
  'period-excludes-enrollments': 409,
  'period-changed': 409,
  'period-closed': 409,
  'period-not-closed': 409,
  'period-not-ended': 409,
  'period-not-started': 409,
  'invalid-transition': 409,
  'rate-limited': 429,
  unprocessable: 422,
  unavailable: 503,
  'import-empty': 400,
  'import-too-large': 413,
  'import-too-many-rows': 413,
  'import-unsupported-file': 415,
  'import-unreadable': 422,
  'import-header-missing': 422,
  'import-columns-missing': 422,
  'import-in-progress': 409,
  'import-ended': 409,
  'webhook-target-forbidden': 422,
};

/** Types only some operations can return: those with a body, a cursor, an idempotency key. */
const bodyOnly = new Set<string>(['malformed-json', 'bad-content-length', 'body-too-large', 'unsupported-media-type', 'request-timeout']);
const cursorOnly = new Set<string>(['invalid-cursor']);
const idempotencyOnly = new Set<string>(['idempotency-key-missing', 'idempotency-key-in-use', 'idempotency-key-reused']);

/** An unexpected error: `about:blank`, the one type that is not a `/problems/…` path. */
export const INTERNAL_ERROR_TYPE = 'about:blank';

export interface OperationTraits {
  hasBody: boolean;
  hasCursor: boolean;
  idempotent: boolean;
  rateLimited: boolean;
  isPublic: boolean;
}

/** The problem types an operation can answer a status with. */
export function problemTypesFor(status: number, traits: OperationTraits): string[] {
  if (status === 500) return [INTERNAL_ERROR_TYPE];
  return (Object.entries(problemStatus) as [ProblemSlug, number][])
    .filter(([, s]) => s === status)
    .filter(([slug]) => traits.hasBody || !bodyOnly.has(slug))
    .filter(([slug]) => traits.hasCursor || !cursorOnly.has(slug))
    .filter(([slug]) => traits.idempotent || !idempotencyOnly.has(slug))
    .map(([slug]) => `/problems/${slug}`);
}

const statusDescriptions: Record<number, string> = {
  400: 'The request is malformed or fails validation (`errors` lists each problem).',
  401: 'Missing, malformed, expired or wrongly signed bearer token.',
  403: 'The token is valid but its role or agency may not do this.',
  404: 'No such resource.',
  408: 'The request (headers or body) did not arrive within the server’s request timeout; the connection is closed.',
  409: 'The request conflicts with the current state.',
  412: 'The `If-Match` precondition failed.',
  413: 'The request body is larger than the route accepts (1 MiB; 16 MiB for a batch).',
  415: 'Unsupported content type: send `application/json`.',
  422: 'The request is well-formed but cannot be processed.',
  429: 'Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds.',
  500: 'An unexpected error. The body says nothing about internals; quote `requestId` when reporting it.',
  503: 'The service is overloaded or its database is unavailable; retry after `Retry-After` seconds.',
};

/** A problem response's description: what the status means and the types it can carry. */
export function problemDescription(status: number, traits: OperationTraits): string {
  const types = problemTypesFor(status, traits);
  const base = statusDescriptions[status] ?? STATUS_CODES[status] ?? 'Problem';
  return types.length > 0 ? `${base} Problem types: ${types.map((t) => `\`${t}\``).join(', ')}.` : base;
}

/** The `components/examples` entry named for a problem type. */
function exampleName(type: string): string {
  return type === INTERNAL_ERROR_TYPE ? 'ProblemInternal' : `Problem-${type.slice('/problems/'.length)}`;
}

/** One example problem body per type, as `components/examples`. */
export function problemExampleComponents() {
  const examples: Record<string, { summary: string; value: Record<string, unknown> }> = {};
  const all = [
    ...(Object.entries(problemStatus) as [ProblemSlug, number][]).map(([slug, status]) => [`/problems/${slug}`, status, problemTypes[slug]] as const),
    [INTERNAL_ERROR_TYPE, 500, 'An unexpected error occurred. Quote the requestId when reporting it.'] as const,
  ];
  for (const [type, status, meaning] of all) {
    const value: Record<string, unknown> = {
      type,
      title: STATUS_CODES[status] ?? 'Error',
      status,
      detail: meaning.replace(/`/g, ''),
      instance: '/v1/agreements/jakarta-uc-2024/commitments',
      requestId: 'req-1a',
    };
    if (type === '/problems/validation') {
      value.errors = [{ in: 'body', pointer: '/targetCount', code: 'too_small', message: 'Too small: expected number to be >=1' }];
    }
    examples[exampleName(type)] = { summary: `${status} ${type}`, value };
  }
  return examples;
}

/** References to the example of each type an operation can answer a status with. */
export function problemExamples(status: number, traits: OperationTraits) {
  return Object.fromEntries(
    problemTypesFor(status, traits).map((type) => [exampleName(type), { $ref: `#/components/examples/${exampleName(type)}` }]),
  );
}

/** Statuses every operation can answer with, whatever its own schema says. */
export function implicitStatuses(traits: OperationTraits): number[] {
  const statuses = [400, 500, 503];
  if (traits.hasBody) statuses.push(408, 413, 415);
  if (traits.rateLimited) statuses.push(429);
  if (!traits.isPublic) statuses.push(401);
  return statuses;
}

/** The response headers an answer of `status` carries, by component name. */
export function headersFor(status: number, traits: OperationTraits, declared: RouteHeaders): HeaderComponent[] {
  const names: HeaderComponent[] = ['XRequestId'];
  if (traits.rateLimited) names.push('RateLimitLimit', 'RateLimitRemaining', 'RateLimitReset');
  if (status === 429 || status === 503) names.push('RetryAfter');
  if (status === 401) names.push('WWWAuthenticate');
  for (const name of declared[status] ?? []) if (!names.includes(name)) names.push(name);
  return names;
}

/** Extension key under which `transform` hands each operation's traits to `applyContract`. */
export const TRAITS_KEY = 'x-sinergi-traits';

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document walked generically, key by key.
type Json = any;
const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

/**
 * Completes the generated document: every operation documents the statuses the framework can
 * answer it with, each response lists the headers it carries (as `components/headers`), and each
 * problem response names the problem types it can have, with an example of each.
 */
export function applyContract<T extends Json>(document: T): T {
  const doc = document as Json;
  annotateBounds(doc.paths);
  annotateBounds(doc.components?.schemas);
  annotateBounds(doc.webhooks);
  doc.components = { ...doc.components, headers: headerComponentsForDocument(), examples: problemExampleComponents() };
  for (const item of Object.values((doc.paths ?? {}) as Record<string, Record<string, Json>>)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const { traits, headers } = (operation[TRAITS_KEY] ?? {
        traits: { hasBody: false, hasCursor: false, idempotent: false, rateLimited: false, isPublic: true },
        headers: {},
      }) as { traits: OperationTraits; headers: RouteHeaders };
      delete operation[TRAITS_KEY];
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in !== 'path' || parameter.example !== undefined) continue;
        if (parameter.name in pathParameterExamples) parameter.example = pathParameterExamples[parameter.name];
        else if (Array.isArray(parameter.schema?.enum)) parameter.example = parameter.schema.enum[0];
      }
      operation.responses ??= {};
      const responses = operation.responses as Record<string, Json>;
      for (const status of implicitStatuses(traits)) {
        responses[String(status)] ??= { description: '', content: { 'application/problem+json': { schema: PROBLEM_REF } } };
      }
      for (const [code, response] of Object.entries(responses)) {
        const status = Number(code);
        const problem = response.content?.['application/problem+json'];
        if (problem) {
          response.description = problemDescription(status, traits);
          problem.examples = problemExamples(status, traits);
          delete problem.example;
        }
        response.headers = {
          ...response.headers,
          ...Object.fromEntries(headersFor(status, traits, headers).map((name) => [headerNames[name], { $ref: `#/components/headers/${name}` }])),
        };
      }
      operation.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
    }
  }
  // Only the examples some response refers to (a 405 answers no documented operation).
  const used = JSON.stringify(doc.paths);
  for (const name of Object.keys(doc.components.examples)) {
    if (!used.includes(`"#/components/examples/${name}"`)) delete doc.components.examples[name];
  }
  return document;
}

const INT32 = 2 ** 31 - 1;

/** Path parameters by name, with a value from the seeded Jakarta MoU (a new name needs one here). */
const pathParameterExamples: Record<string, string> = {
  agreementId: 'jakarta-uc-2024',
  agency: 'dinkes',
  code: 'dinkes',
  period: '2024-11',
  id: '4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b',
  deliveryId: '8c3e0b1a-9d2f-4e5a-b6c7-d8e9f0a1b2c3',
  alertId: '2b9c1d7e-3f4a-4b5c-8d6e-7f8091a2b3c4',
};

/**
 * States what each schema already implies, for tools that look for it spelled out: an integer's
 * `format` (int32 when its bounds fit, else int64) and the length of a uuid or a date.
 */
function annotateBounds(node: Json): void {
  if (Array.isArray(node)) {
    for (const item of node) annotateBounds(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  if (node.type === 'integer' && node.format === undefined) {
    const fits = typeof node.minimum === 'number' && typeof node.maximum === 'number' && node.minimum >= -INT32 - 1 && node.maximum <= INT32;
    node.format = fits ? 'int32' : 'int64';
  }
  if (node.type === 'string' && node.maxLength === undefined) {
    if (node.format === 'uuid') node.maxLength = 36;
    if (node.format === 'date') node.maxLength = 10;
  }
  for (const value of Object.values(node)) annotateBounds(value);
}

function headerComponentsForDocument() {
  const out: Record<string, Json> = {};
  for (const [name, header] of Object.entries(headerComponents)) {
    const { schema, ...rest } = header as Json;
    out[name] = { ...rest, required: rest.required ?? false, schema };
  }
  return out;
}
