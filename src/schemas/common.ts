import { z } from 'zod';
import { STORABLE_TEXT } from '../domain/enrollment-record.js';
import { containsNik } from '../domain/nik-text.js';
import { problemTypes } from '../domain/problem-codes.js';
import { isServiceDate, MAX_DATE, MIN_DATE } from '../domain/time.js';

/** Shapes shared by every module: problems, pagination, dates. */

export const ProblemFieldErrorSchema = z
  .object({
    in: z.enum(['body', 'querystring', 'params', 'headers']).describe('Part of the request.'),
    pointer: z.string().describe('JSON Pointer into that part, e.g. `/records/3/nik`.'),
    code: z
      .string()
      .describe('Stable machine-readable code: a schema check’s (zod issue codes) or a rule’s. New codes may be added.')
      .meta({
        'x-extensible-enum': [
          'invalid_type',
          'invalid_format',
          'invalid_value',
          'invalid_union',
          'invalid_key',
          'invalid_element',
          'too_big',
          'too_small',
          'not_multiple_of',
          'unrecognized_keys',
          'custom',
          'required',
          'not_applicable',
        ],
      }),
    message: z.string(),
  })
  .meta({ id: 'ProblemFieldError' });

export const ProblemSchema = z
  .looseObject({
    type: z
      .string()
      .describe(
        'URI reference naming the kind of problem: one of the listed values (`about:blank` for an unexpected error). An open set: new types may be added within a major version, so treat an unknown one by its `status`.',
      )
      .meta({ 'x-extensible-enum': [...Object.keys(problemTypes).map((slug) => `/problems/${slug}`), 'about:blank'] }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().describe('The request path that produced the problem.'),
    requestId: z.string().describe('Quote this when reporting a problem.'),
    errors: z.array(ProblemFieldErrorSchema).optional(),
  })
  .meta({
    id: 'Problem',
    description: 'RFC 9457 problem details. Never contains a NIK or a credential.',
    examples: [
      {
        type: '/problems/not-found',
        title: 'Not found',
        status: 404,
        detail: 'Agency "dinkess" does not exist.',
        instance: '/v1/agencies/dinkess',
        requestId: 'req-1a',
      },
    ],
  });

const problemDescriptions: Record<number, string> = {
  400: 'The request is malformed or fails validation (`errors` lists each problem).',
  401: 'Missing, malformed, expired or wrongly signed bearer token.',
  403: 'The token is valid but its role or agency may not do this.',
  404: 'No such resource.',
  409: 'The request conflicts with the current state.',
  412: 'The `If-Match` precondition failed.',
  413: 'The request body is too large.',
  415: 'Unsupported content type (send `application/json`).',
  422: 'The request is well-formed but cannot be processed.',
  429: 'Too many requests for this agency or user (`RateLimit-*` headers); retry after `Retry-After` seconds.',
  503: 'The service or its database is temporarily unavailable; retry after `Retry-After` seconds.',
};

/**
 * Response entries for the given error statuses, documented as `application/problem+json`.
 * The statuses the framework can answer any route with (400, 408, 413, 415, 429, 500, 503) are
 * added to the document from the route's traits (src/lib/openapi-contract.ts).
 */
export function problemResponses<const S extends number>(...statuses: S[]) {
  const out = {} as Record<S, { description: string; content: { 'application/problem+json': { schema: typeof ProblemSchema } } }>;
  for (const status of statuses) {
    out[status] = {
      description: problemDescriptions[status] ?? 'Problem',
      content: { 'application/problem+json': { schema: ProblemSchema } },
    };
  }
  return out;
}

/**
 * A calendar date in the range the service works with. Every date a request carries goes through
 * this schema, so none can reach date arithmetic, a loop or a query from outside that range: a
 * date past year 9999 has no `YYYY-MM-DD` form at all.
 */
export const IsoDate = z.iso
  .date()
  .refine(isServiceDate, { message: `must be a date from ${MIN_DATE} to ${MAX_DATE}` })
  .describe(`Calendar date, \`YYYY-MM-DD\`, from ${MIN_DATE} to ${MAX_DATE}.`);
export const IsoDateTime = z.iso.datetime({ offset: true }).describe('ISO 8601 time with offset.');

export const AgencyCode = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,31}$/, 'lowercase letters, digits and dashes, 2–32 characters, starting with a letter')
  .describe('Short lowercase agency code, e.g. `dinkes`.');

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('Page size (1–1,000, default 100).'),
  cursor: z.string().max(512).optional().describe('Opaque cursor from the previous page’s `nextCursor`.'),
});

/** A page of items; `nextCursor` is null on the last page. */
/**
 * A page of items; `nextCursor` is null on the last page. `order` says how the list is sorted
 * (documented on the page); an example page is made from the item's first example.
 */
/** A list page; `order` says how its items are sorted (every list states its order). */
export function pageOf<T extends z.ZodType>(item: T, order: string) {
  const page = z.object({
    items: z.array(item).max(1000).describe(`At most \`limit\` items, ${order}.`),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null when there is none.'),
  });
  const example = (item.meta()?.examples as unknown[] | undefined)?.[0];
  return example === undefined ? page : page.meta({ examples: [{ items: [example], nextCursor: 'eyJrIjoiZGlua2VzIn0' }] });
}

export type Page<T> = { items: T[]; nextCursor: string | null };

/**
 * Free text the service stores and returns. A NIK in any written form (16 or more digits, with
 * separators, format characters or digits of any script) is refused: a NIK is kept only as its
 * HMAC (docs/domain.md §8). So is a character PostgreSQL cannot hold, by a pattern the document
 * shows; the NIK rule it cannot show is stated in the field's description (FREE_TEXT_NOTE).
 */
export const freeText = (schema: z.ZodString) =>
  schema.regex(STORABLE_TEXT, 'May not contain U+0000 (NUL) or an unpaired surrogate.').refine((text) => !containsNik(text), {
    message: 'May not contain a number of 16 or more digits (in any script or with separators): a NIK is never stored as text.',
  });

/**
 * A route's query schema as enforced: the declared parameters and nothing else. A misspelt flag
 * (`?dryrun=true` for `?dryRun=true`) would otherwise be ignored and the request served as if it
 * had not been sent; refused, it is a 400 that names the key. No schema means no parameters.
 */
export function strictQuery(schema: unknown): z.ZodObject {
  if (schema === undefined) return z.strictObject({});
  if (schema instanceof z.ZodObject) return schema.strict();
  throw new TypeError('A route’s query schema must be a zod object.');
}

/** Targets per area (domain/area-targets.ts); each code is checked against the agreement's region by the service. */
export const AreaTargetsSchema = z
  .array(
    z.strictObject({
      areaCode: z
        .string()
        .regex(/^[0-9]{4}$/)
        .describe('Regency/city code of the NIK: for DKI Jakarta 3101 or 3171–3175.'),
      workers: z.number().int().min(1).max(100_000_000).describe('Newly covered workers in the area.'),
    }),
  )
  .max(100)
  .refine((list) => new Set(list.map((a) => a.areaCode)).size === list.length, 'each areaCode at most once')
  .describe('Targets of newly covered workers per area (regency/city code of the NIK, validated against the agreement’s region).');
export type AreaTargets = z.infer<typeof AreaTargetsSchema>;
