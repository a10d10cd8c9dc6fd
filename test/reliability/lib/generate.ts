import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { syntheticNik } from '../../fixtures/nik.js';
import { render, writtenFormArb } from '../../fixtures/nik-forms.js';
import { type JsonSchema, type Operation, type Parameter, resolve } from './openapi.js';

/**
 * fast-check arbitraries for the fuzz file (line 4): a plausible request for an operation, built
 * from its OpenAPI schemas, and the ways to break it. Everything here is data (no functions in the
 * generated values), so a counterexample prints as the exact request that failed.
 */

/** A real-looking NIK (synthetic: see test/fixtures/nik.ts), from a range no other file uses. */
export const nikArb = fc.nat({ max: 4_999_999 }).map((n) => syntheticNik(9_000_000 + n));

/**
 * A NIK of the range above written as people and attackers write one — separators between digit
 * groups, other digit scripts, format characters, a leading zero, text around it — for the string
 * fields: each must refuse it (or reject the record) and no answer or log may carry it back.
 */
export const nikInWrittenFormArb = (maxLength = 100): fc.Arbitrary<string> =>
  fc
    .tuple(nikArb, writtenFormArb({ maxSeparators: 4 }))
    .map(([nik, form]) => render(nik, form))
    .filter((text) => text.length <= maxLength);

const AGENCY_CODES = ['dinkes', 'dishub', 'dinsos', 'disnakertransgi', 'bpjstk-dki', 'dppapp', 'ghost'];
/**
 * Dates in and around the seeded agreement's period (2024-10-23 … 2024-12-31), the ends of the
 * range the service accepts (1900-01-01 … 2199-12-31) and the ends of the four-digit calendar.
 */
const DATES = [
  '2024-10-22',
  '2024-10-23',
  '2024-11-04',
  '2024-12-01',
  '2024-12-31',
  '2025-01-01',
  '2024-02-29',
  '2099-12-31',
  '1900-01-01',
  '2199-12-31',
  '0000-01-01',
  '9999-12-31',
];

/** Where the objects the fuzzer aims at live: ids made in the file's setup. */
export interface Targets {
  agreementId: string;
  commitmentId: string;
  batchId: string;
}

/** A value valid for `schema` (as far as a schema can tell; the services may still refuse it). */
export function valueArb(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const choices = s.anyOf ?? s.oneOf;
  if (choices) return fc.oneof(...choices.map((choice) => valueArb(choice, depth)));
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: s.minimum ?? 0, max: Math.min(s.maximum ?? 1_000_000, 1_000_000_000) });
    case 'number':
      return fc.double({ min: s.minimum ?? 0, max: s.maximum ?? 1_000_000, noNaN: true, noDefaultInfinity: true });
    case 'string':
      return stringArb(s);
    case 'array': {
      const min = s.minItems ?? 0;
      // Bounded: valid arrays stay small; the "huge array" mutation makes the big ones.
      return fc.array(valueArb(s.items ?? {}, depth + 1), { minLength: min, maxLength: Math.max(min, Math.min(s.maxItems ?? 4, 4)) });
    }
    case 'object':
    case undefined: {
      if (!s.properties) return fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 2 });
      const required = s.required ?? [];
      const properties = s.properties;
      const entries = Object.entries(properties);
      return fc.record(Object.fromEntries(entries.map(([key, value]) => [key, valueArb(value, depth + 1)])), {
        requiredKeys: required.filter((key) => key in properties),
      });
    }
    default:
      return fc.constant(null);
  }
}

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  if (s.format === 'date') return fc.constantFrom(...DATES);
  if (s.pattern === '^[0-9]{16}$') return nikArb;
  if (s.pattern === '^[a-z][a-z0-9-]{1,31}$') {
    // Mostly the agency the fuzzer's agency token belongs to, so writes get past the access check.
    return fc.oneof({ weight: 3, arbitrary: fc.constant('dinkes') }, fc.constantFrom(...AGENCY_CODES), fc.stringMatching(/^[a-z][a-z0-9-]{1,31}$/));
  }
  if (s.format === 'uuid') return fc.uuid();
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= (s.maxLength ?? 10_000));
  const text = fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) }).filter((v) => v.length >= (s.minLength ?? 0));
  return fc.oneof({ weight: 9, arbitrary: text }, { weight: 1, arbitrary: nikInWrittenFormArb(s.maxLength ?? 100) });
}

/** The request before it is broken: path params, query, headers and a JSON body, all plausible. */
export interface Draft {
  method: string;
  params: Record<string, string>;
  query: [string, string][];
  headers: Record<string, string>;
  body?: unknown;
}

/** The request as sent, after a mutation. `payload` is the raw body text or bytes. */
export interface FuzzRequest {
  mutation: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

export function draftArb(op: Operation, targets: Targets): fc.Arbitrary<Draft> {
  const paramArbs: Record<string, fc.Arbitrary<string>> = {};
  for (const p of op.parameters.filter((p) => p.in === 'path')) {
    if (p.name === 'agreementId') paramArbs[p.name] = fc.constantFrom(targets.agreementId, targets.agreementId, 'jakarta-uc-2099');
    else if (p.name === 'code') paramArbs[p.name] = fc.constantFrom(...AGENCY_CODES);
    else if (p.name === 'id')
      paramArbs[p.name] = fc.oneof(fc.constant(op.path.startsWith('/v1/batches') ? targets.batchId : targets.commitmentId), fc.uuid());
    else paramArbs[p.name] = valueArb(p.schema) as fc.Arbitrary<string>;
  }
  // A boolean flag is documented as a string (zod's stringbool): its values, not any string.
  const queryValue = (p: Parameter) => (p.name === 'dryRun' ? fc.constantFrom('true', 'false', '1', '0', 'yes') : valueArb(p.schema));
  const queryArbs = op.parameters
    .filter((p) => p.in === 'query')
    .map((p) =>
      fc.option(
        queryValue(p).map((v) => [p.name, String(v)] as [string, string]),
        { freq: 2, nil: undefined },
      ),
    );
  const headerArbs = op.parameters
    .filter((p) => p.in === 'header')
    .map((p) =>
      fc.option(
        valueArb(p.schema).map((v) => [p.name, String(v)] as [string, string]),
        { nil: undefined },
      ),
    );
  const draft = fc.record({
    params: fc.record(paramArbs),
    query: fc.tuple(...queryArbs).map((pairs) => pairs.filter((pair): pair is [string, string] => pair !== undefined)),
    headers: fc.tuple(...headerArbs).map((pairs) => Object.fromEntries(pairs.filter((pair) => pair !== undefined))),
    body: op.body ? valueArb(op.body) : fc.constant(undefined),
  });
  if (op.operationId !== 'postEnrollmentBatch') return draft.map((d) => ({ method: op.method, ...d }));
  // A batch gets as far as its records (where the interesting work is) only with an Idempotency-Key
  // and, if it names one, the commitment of its own agency: give most drafts both.
  return fc.tuple(draft, fc.option(fc.uuid(), { freq: 8, nil: undefined }), fc.constantFrom('keep', 'own', 'none')).map(([d, key, commitment]) => {
    const body = { ...(d.body as Record<string, unknown>) };
    if (commitment === 'own') body.commitmentId = targets.commitmentId;
    if (commitment === 'none') delete body.commitmentId;
    return { method: op.method, ...d, headers: { ...d.headers, ...(key ? { 'idempotency-key': key } : {}) }, body };
  });
}

// ——— the ways to break a request ———

/** Values of the wrong type (or the right type with a hostile content). */
const wrongValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 20 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
  fc.constantFrom(1e308, -0, Number.MAX_SAFE_INTEGER + 2, 1.5, -1),
  // A NIK as a number is never valid anywhere in this API; as a string, or inside a string, it is
  // refused by every field the service stores (free text may not carry a 16-digit number).
  nikArb.map(Number),
  nikArb,
  nikArb.map((nik) => `Catatan ${nik}`),
  nikInWrittenFormArb(),
);

/** SQL, script and template fragments, and strings that trouble parsers and logs. */
export const hostileStrings = [
  "' OR '1'='1",
  "'; DROP TABLE agencies; --",
  '" OR ""="',
  '1; SELECT pg_sleep(10)',
  "dinkes' UNION SELECT nik_hash FROM enrollments --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as text on purpose
  '${7*7}',
  '{{7*7}}',
  '#{7*7}',
  '../../../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '\u0000',
  'nul\u0000byte',
  '\r\nX-Injected: 1',
  '\u202eRTL',
  '\ud800',
  '💥'.repeat(50),
  'Ｄｉｎｋｅｓ',
  '%s%s%s%n',
  '\\',
  'true',
  'null',
  'NaN',
  '1e999',
  '-1',
  '0x10',
  '[]',
  '{}',
];

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Paths to every value of a JSON value (objects and arrays, bounded), the root included. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (out.length > 200) return out;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) pathsOf(item, [...prefix, i], out);
  } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

function setAt(root: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  if (path.length === 0) return remove ? undefined : value;
  const copy: unknown = structuredClone(root);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else if (PROTO_KEYS.includes(String(last))) {
    Object.defineProperty(node, String(last), { value, enumerable: true, configurable: true, writable: true });
  } else node[last] = value;
  return copy;
}

/** Objects whose keys are (also) the hostile ones: JSON.stringify keeps an own `__proto__`. */
function withKey(object: unknown, key: string, value: unknown): unknown {
  const base = object && typeof object === 'object' && !Array.isArray(object) ? { ...(object as object) } : {};
  Object.defineProperty(base, key, { value, enumerable: true, configurable: true, writable: true });
  return base;
}

function nested(depth: number, kind: 'array' | 'object', leaf: unknown): string {
  const open = kind === 'array' ? '[' : '{"a":';
  const close = kind === 'array' ? ']' : '}';
  return `${open.repeat(depth)}${JSON.stringify(leaf)}${close.repeat(depth)}`;
}

const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/jsonx',
  'application/problem+json',
  'json',
  '*/*',
  'application/json, text/plain',
  'application/json; boundary=;;;',
  'image/png',
];

const BAD_IDS = [
  '',
  ' ',
  '..',
  '%2e%2e',
  '%00',
  '%2F',
  'null',
  'undefined',
  '0',
  '-1',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '11111111-1111-1111-1111-11111111111',
  '11111111-1111-1111-1111-1111111111111',
  'g1111111-1111-4111-8111-111111111111',
  "1' OR '1'='1",
  '%27%20OR%20%271%27%3D%271',
  '%3Cscript%3E',
  '%F0%9F%92%A5',
  '%FF%FE',
  '%C3%28',
  'a'.repeat(300),
  'x'.repeat(5000),
  'JAKARTA-UC-2024',
  'jakarta-uc-2024%00',
  '__proto__',
  'constructor',
];

const BAD_HEADER_VALUES = [
  '',
  ' ',
  '*',
  'W/"x"',
  '"unterminated',
  '"a", "b"',
  'x'.repeat(2000),
  '\u00ff\u00fe',
  'null',
  '0',
  `"${'1'.repeat(16)}"`,
  '%00',
];

type Mutation = fc.Arbitrary<FuzzRequest>;

/** Percent-encodes anything, lone surrogates included (as the bytes Buffer makes of them). */
const encodeAny = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...Buffer.from(value)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  }
};

/** Assembles a FuzzRequest from a draft; `encode` false keeps path values raw (bad ids). */
export function assemble(
  op: Operation,
  draft: Draft,
  mutation: string,
  overrides: Partial<FuzzRequest> & { encode?: boolean; body?: unknown } = {},
): FuzzRequest {
  const encode = overrides.encode ?? true;
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = draft.params[name] ?? '';
    return encode ? encodeAny(value) : value;
  });
  const query = draft.query.map(([k, v]) => `${encodeAny(k)}=${encodeAny(v)}`).join('&');
  const body = 'body' in overrides ? overrides.body : draft.body;
  const headers: Record<string, string> = { ...draft.headers };
  let payload: string | Buffer | undefined = overrides.payload;
  if (payload === undefined && body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  return {
    mutation,
    method: overrides.method ?? draft.method,
    url: overrides.url ?? `${path}${query ? `?${query}` : ''}`,
    headers: { ...headers, ...overrides.headers },
    ...(payload !== undefined ? { payload } : {}),
  };
}

/** Every way to break a request to `op`, as arbitraries over the finished request. */
export function mutationsFor(op: Operation, draft: Draft): Record<string, Mutation> {
  const paths = pathsOf(draft.body);
  const pathArb = fc.constantFrom(...paths);
  const json = draft.body === undefined ? '{}' : JSON.stringify(draft.body);
  const hasBody = op.body !== undefined;
  const isBatch = op.operationId === 'postEnrollmentBatch';
  const m: Record<string, Mutation> = {
    // A plausible request: sometimes valid enough to succeed (counted), never a 5xx.
    plausible: fc.constant(assemble(op, draft, 'plausible')),
    'wrong type': fc
      .tuple(pathArb, wrongValueArb)
      .map(([path, value]) => assemble(op, draft, 'wrong type', { body: setAt(draft.body ?? {}, path, value) })),
    'missing field': fc
      .constantFrom(...paths.filter((p) => p.length > 0), [])
      .map((path) => assemble(op, draft, 'missing field', { body: setAt(draft.body ?? {}, path, undefined, true) ?? {} })),
    'extra field': fc
      .tuple(
        fc.oneof(fc.string({ maxLength: 12 }), nikArb, fc.constantFrom(...PROTO_KEYS, 'role', 'agency', 'id', 'status', 'credited')),
        wrongValueArb,
      )
      .map(([key, value]) => assemble(op, draft, 'extra field', { body: withKey(draft.body, key, value) })),
    'huge string': fc
      .tuple(pathArb, fc.integer({ min: 10_000, max: 900_000 }), fc.option(nikArb, { nil: undefined }))
      .map(([path, length, nik]) => assemble(op, draft, 'huge string', { body: setAt(draft.body ?? {}, path, `${nik ?? ''}${'x'.repeat(length)}`) })),
    'huge array': fc.tuple(pathArb, fc.integer({ min: 1_001, max: isBatch ? 10_050 : 30_000 }), nikArb).map(([path, length, nik]) =>
      assemble(op, draft, 'huge array', {
        body: isBatch
          ? { ...(draft.body as object), records: Array.from({ length }, (_, i) => (i % 2 ? { nik, segment: 'PU' } : i)) }
          : setAt(
              draft.body ?? {},
              path,
              Array.from({ length }, (_, i) => i),
            ),
      }),
    ),
    'deep nesting': fc
      .tuple(
        fc.integer({ min: 100, max: 20_000 }),
        fc.constantFrom<'array' | 'object'>('array', 'object'),
        fc.constantFrom(...PROTO_KEYS, 'records', 'title'),
        nikArb,
      )
      .map(([depth, kind, key, nik]) =>
        assemble(op, draft, 'deep nesting', {
          payload: json.replace(/^\{/, `{"${key}":${nested(depth, kind, nik)},`).replace(/,\}$/, '}'),
          headers: { 'content-type': 'application/json' },
        }),
      ),
    'invalid UTF-8': fc
      .tuple(
        fc.constantFrom([0xff], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc0, 0xaf]),
        fc.nat({ max: json.length }),
        nikArb,
      )
      .map(([bytes, at, nik]) => {
        const text = json.replace(/^\{/, `{"nik":"${nik}",`).replace(/,\}$/, '}');
        const cut = Math.min(at, text.length);
        return assemble(op, draft, 'invalid UTF-8', {
          payload: Buffer.concat([Buffer.from(text.slice(0, cut)), Buffer.from(bytes), Buffer.from(text.slice(cut))]),
          headers: { 'content-type': 'application/json' },
        });
      }),
    'prototype keys': fc
      .tuple(
        fc.constantFrom(...PROTO_KEYS),
        fc.constantFrom('{"role":"admin"}', '{"prototype":{"admin":true}}', '{"toString":1}', 'null', '1', '{"__proto__":{"isAdmin":true}}'),
        pathArb,
      )
      .map(([key, inner, path]) => {
        // Written as text: the key must reach the server's parser as sent, at the top and nested.
        const nestedAt = path.length > 0 && typeof path[path.length - 1] === 'string';
        const payload = nestedAt
          ? json.replace(`"${String(path[path.length - 1])}":`, `"${key}":${inner},"${String(path[path.length - 1])}":`)
          : json.replace(/^\{/, `{"${key}":${inner},`).replace(/,\}$/, '}');
        return assemble(op, draft, 'prototype keys', { payload, headers: { 'content-type': 'application/json' } });
      }),
    'SQL and script': fc.tuple(pathArb, fc.constantFrom(...hostileStrings), fc.boolean()).map(([path, text, inParam]) => {
      const params = Object.keys(draft.params);
      if (inParam && params.length > 0) {
        return assemble(op, { ...draft, params: { ...draft.params, [params[0] as string]: text } }, 'SQL and script');
      }
      if (inParam || !hasBody) return assemble(op, { ...draft, query: [...draft.query, [draft.query[0]?.[0] ?? 'q', text]] }, 'SQL and script');
      return assemble(op, draft, 'SQL and script', { body: setAt(draft.body ?? {}, path, text) });
    }),
    'wrong content type': fc
      .constantFrom(...CONTENT_TYPES)
      .map((type) => assemble(op, draft, 'wrong content type', { payload: json, headers: { 'content-type': type } })),
    'no content type': fc.constant(assemble(op, draft, 'no content type', { payload: json, headers: { 'content-type': '' } })),
    truncated: fc.tuple(fc.nat({ max: Math.max(0, json.length - 1) }), nikArb).map(([cut, nik]) => {
      const text = json.replace(/^\{/, `{"kpj":"${nik}",`).replace(/,\}$/, '}');
      return assemble(op, draft, 'truncated', {
        payload: text.slice(0, Math.min(cut, text.length - 1)),
        headers: { 'content-type': 'application/json' },
      });
    }),
    'empty body': fc
      .constantFrom('', ' ', 'null', '""', '0', '[]', 'true')
      .map((payload) => assemble(op, draft, 'empty body', { payload, headers: { 'content-type': 'application/json' } })),
    'lying content-length': fc
      .integer({ min: -5, max: 5 })
      .filter((d) => d !== 0)
      .map((delta) =>
        assemble(op, draft, 'lying content-length', {
          payload: json,
          headers: { 'content-type': 'application/json', 'content-length': String(Math.max(0, Buffer.byteLength(json) + delta)) },
        }),
      ),
    'bad headers': fc
      .oneof(
        fc.tuple(
          fc.constantFrom('idempotency-key', 'if-match', 'if-none-match', 'x-request-id', 'accept', 'content-encoding', 'transfer-encoding'),
          fc.oneof(fc.constantFrom(...BAD_HEADER_VALUES), fc.constantFrom(...hostileStrings.filter((s) => /^[\x20-\x7e]*$/.test(s)))),
        ),
        // Headers an answer might quote back (an Idempotency-Key is the client's opaque token: stored as given).
        fc.tuple(fc.constantFrom('if-match', 'if-none-match', 'x-request-id'), nikArb),
      )
      .map(([name, value]) => assemble(op, draft, 'bad headers', { headers: { [name]: value } })),
    'missing headers': fc.constant(assemble(op, { ...draft, headers: {} }, 'missing headers')),
    'bad path id': fc.tuple(fc.oneof(fc.constantFrom(...BAD_IDS), nikArb), fc.nat()).map(([id, i]) => {
      const names = Object.keys(draft.params);
      if (names.length === 0) return assemble(op, draft, 'bad path id', { url: `${op.path}/${id}` });
      const name = names[i % names.length] as string;
      return assemble(op, { ...draft, params: { ...draft.params, [name]: id } }, 'bad path id', { encode: false });
    }),
    'bad query': fc
      .tuple(
        fc.constantFrom(
          'limit',
          'cursor',
          'agency',
          'dryRun',
          'interval',
          'from',
          'to',
          'entityType',
          'entityId',
          '__proto__',
          'constructor[prototype]',
        ),
        fc.oneof(
          fc.constantFrom(
            '-1',
            '0',
            '1001',
            '1e9',
            'abc',
            '',
            '1.5',
            '99999999999999999999',
            '2024-02-30',
            'year',
            'x'.repeat(600),
            '\u0000',
            'a\u0000b',
          ),
          // Dates at and past the ends of the calendar, impossible days, numbers Number() reads oddly.
          fc.constantFrom(...HOSTILE_VALUES.date, '1e309', '-0', String(2 ** 53 + 1), '٣', '３'),
          // Cursors that decode to something this API never issued: an object, [], null, a NUL, a huge number.
          fc.constantFrom('eyJ4IjoxfQ', 'W10', 'bnVsbA', 'WyJhXHUwMDAwIl0', 'WzFlOTk5XQ', 'WyJfX3Byb3RvX18iXQ', '!!!'),
          nikArb,
          fc.constantFrom(...hostileStrings),
        ),
        fc.boolean(),
      )
      .map(([name, value, twice]) =>
        assemble(op, { ...draft, query: [...draft.query, [name, value], ...(twice ? ([[name, value]] as [string, string][]) : [])] }, 'bad query'),
      ),
    'wrong method': fc
      .constantFrom('PUT', 'DELETE', 'PATCH', 'POST', 'GET', 'OPTIONS')
      .filter((m) => m !== op.method)
      .map((method) => assemble(op, draft, 'wrong method', { method })),
  };
  if (!hasBody) {
    // A body where none is expected, and the body mutations as query/path noise.
    m['unexpected body'] = fc
      .tuple(nikArb, fc.constantFrom(...CONTENT_TYPES, 'application/json'))
      .map(([nik, type]) => assemble(op, draft, 'unexpected body', { payload: JSON.stringify({ nik }), headers: { 'content-type': type } }));
  }
  return m;
}

// ——— hostile values, by the kind of parameter they are aimed at ———

/*
 * The mutations above draw a date from DATES (a handful in 2024–2099) or from a short list of bad
 * query values: never a date at the edge of the calendar or past it, so `from=9999-12-31` on the
 * series (a loop that never ended) was out of reach, however many runs. What follows aims at every
 * parameter and body field, by kind, the values that break arithmetic, parsers and comparisons:
 * the ends of the calendar and beyond it, impossible days, numbers JSON or Number() read oddly,
 * digits from other scripts, separators, empty and very long strings.
 */

/** A synthetic NIK written as people and spreadsheets write it: separators, other digits. */
const nikForms = (nik: string) => [
  `${nik.slice(0, 4)}-${nik.slice(4, 8)}-${nik.slice(8, 12)}-${nik.slice(12)}`,
  `${nik.slice(0, 6)} ${nik.slice(6, 12)} ${nik.slice(12)}`,
  [...nik].map((d) => String.fromCharCode(0x0660 + Number(d))).join(''),
  [...nik].map((d) => String.fromCharCode(0xff10 + Number(d))).join(''),
  `0${nik}`,
];

export type HostileKind = 'date' | 'number' | 'uuid' | 'flag' | 'string';

export const HOSTILE_VALUES: Record<HostileKind, readonly string[]> = {
  date: [
    '0000-01-01',
    '9999-12-31',
    '9999-12-25',
    '+010000-01-01',
    '10000-01-01',
    '-000001-01-01',
    '2024-02-30',
    '2023-02-29',
    '2024-13-01',
    '1899-12-31',
    '2200-01-01',
    '1900-01-01',
    '2199-12-31',
    '٢٠٢٤-١١-٠١',
    '２０２４-１１-０１',
    '2024-11-01T00:00:00Z',
    '2024/11/01',
    '20241101',
    ' 2024-11-01',
    '',
  ],
  number: [
    '1e309',
    '-1e309',
    '1.5',
    '-0',
    '0',
    '-1',
    String(2 ** 53 + 1),
    '9'.repeat(400),
    'Infinity',
    'NaN',
    '0x10',
    '1e3',
    '1_000',
    '1,000',
    '٣',
    '３',
    ' 5',
    '',
  ],
  uuid: [
    '',
    '0',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '١١١١١١١١-1111-4111-8111-111111111111',
    'x'.repeat(5000),
    "1' OR '1'='1",
    '%00',
  ],
  flag: ['TRUE', 'True', 'yes', 'on', 'tru', '٣', '１', '', 'x'.repeat(2000)],
  string: [
    '',
    ' ',
    'x'.repeat(10_000),
    '٣',
    '３',
    '\u200b',
    '\u0000',
    'a\u0000b',
    '\ud800',
    '../../etc/passwd',
    "' OR '1'='1",
    ...nikForms(syntheticNik(9_500_001)),
  ],
};

/** The kind of a parameter or body field, from its OpenAPI schema (or, for body leaves, its example value). */
export function kindOf(schema: JsonSchema | undefined, example?: unknown): HostileKind {
  const s = schema ? resolve(schema) : {};
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (s.format === 'date' || (typeof example === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(example))) return 'date';
  if (type === 'integer' || type === 'number' || typeof example === 'number') return 'number';
  if (s.format === 'uuid') return 'uuid';
  if (type === 'boolean' || typeof example === 'boolean' || (s.enum ?? []).some((v) => v === 'true')) return 'flag';
  return 'string';
}

/** Raw JSON texts for a body field of each kind: numbers JSON.parse reads oddly, and strings. */
const hostileJson = (kind: HostileKind): string[] =>
  kind === 'number'
    ? ['1e309', '-1e309', '1.5', '-0', '9007199254740993', '1e-400', `1${'0'.repeat(400)}`, ...HOSTILE_VALUES.number.map((v) => JSON.stringify(v))]
    : HOSTILE_VALUES[kind].map((v) => JSON.stringify(v));

/** One place in a request a hostile value can go, with the values for it. */
export interface HostileSlot {
  where: 'path' | 'query' | 'header' | 'body';
  name: string;
  kind: HostileKind;
  /** For `path`/`query`/`header`: the raw value; for `body`: raw JSON text. */
  values: string[];
}

/** The first example of the operation's request body (every body schema has one). */
export const exampleBody = (op: Operation): unknown => (op.body ? structuredClone((resolve(op.body).examples ?? [])[0]) : undefined);

/** Leaves of a JSON value, with their paths (arrays: the first item only). */
function leavesOf(value: unknown, prefix: (string | number)[] = []): [(string | number)[], unknown][] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.length > 0 ? leavesOf(value[0], [...prefix, 0]) : [];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leavesOf(v, [...prefix, k]));
  return [[prefix, value]];
}

/** Every slot of an operation: its path, query and header parameters, and its body's leaves. */
export function hostileSlots(op: Operation): HostileSlot[] {
  const slots: HostileSlot[] = op.parameters.map((p) => {
    const kind = p.name === 'dryRun' ? 'flag' : kindOf(p.schema);
    return { where: p.in, name: p.name, kind, values: [...HOSTILE_VALUES[kind]] };
  });
  for (const [path, value] of leavesOf(exampleBody(op))) {
    const kind = kindOf(undefined, value);
    slots.push({ where: 'body', name: JSON.stringify(path), kind, values: hostileJson(kind) });
  }
  return slots;
}

/** Plausible values for each parameter, so a request gets as far as the one hostile value. */
export function plausibleParams(
  op: Operation,
  targets: Targets,
): { path: Record<string, string>; query: [string, string][]; headers: Record<string, string> } {
  const path: Record<string, string> = {};
  for (const p of op.parameters.filter((p) => p.in === 'path')) {
    if (p.name === 'agreementId') path[p.name] = targets.agreementId;
    else if (p.name === 'code') path[p.name] = 'dinkes';
    else path[p.name] = op.path.startsWith('/v1/batches') ? targets.batchId : targets.commitmentId;
  }
  return { path, query: [], headers: {} };
}

export interface HostileRequest {
  operationId: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** Where the hostile values went, for the failure message (NIK-like runs masked there). */
  aimed: string;
}

/** The request with `values` put in the given slots, everything else plausible. */
export function hostileRequest(op: Operation, targets: Targets, placed: [HostileSlot, string][]): HostileRequest {
  const base = plausibleParams(op, targets);
  const path = { ...base.path };
  const query: [string, string][] = [];
  const headers: Record<string, string> = { ...base.headers };
  let body = exampleBody(op);
  const rawBody: [string, string][] = [];
  for (const [slot, value] of placed) {
    if (slot.where === 'path') path[slot.name] = value;
    else if (slot.where === 'query') query.push([slot.name, value]);
    else if (slot.where === 'header') headers[slot.name] = value;
    else {
      const marker = `__hostile_${rawBody.length}__`;
      body = setAt(body, JSON.parse(slot.name) as (string | number)[], marker);
      rawBody.push([JSON.stringify(marker), value]);
    }
  }
  const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeAny(path[name] ?? ''));
  const search = query.map(([k, v]) => `${encodeAny(k)}=${encodeAny(v)}`).join('&');
  let payload = body === undefined ? undefined : JSON.stringify(body);
  for (const [marker, raw] of rawBody) payload = payload?.replace(marker, raw);
  if (payload !== undefined) headers['content-type'] = 'application/json';
  // A batch gets past its Idempotency-Key check to its records: a key of its own per distinct request.
  if (op.operationId === 'postEnrollmentBatch' && !placed.some(([slot]) => slot.name === 'idempotency-key')) {
    headers['idempotency-key'] = `hostile-${createHash('sha256')
      .update(`${url}?${search}\n${payload ?? ''}`)
      .digest('base64url')
      .slice(0, 22)}`;
  }
  return {
    operationId: op.operationId,
    method: op.method,
    url: `${url}${search ? `?${search}` : ''}`,
    headers,
    ...(payload === undefined ? {} : { payload }),
    aimed: placed
      .map(([slot, value]) => `${slot.where} ${slot.name}=${value.length > 40 ? `${value.slice(0, 40)}…(${value.length})` : value}`)
      .join(', '),
  };
}

/** The walk: every slot of every operation with each of its kind's hostile values, one at a time. */
export function hostileWalk(ops: Operation[], targets: Targets): HostileRequest[] {
  return ops.flatMap((op) => hostileSlots(op).flatMap((slot) => slot.values.map((value) => hostileRequest(op, targets, [[slot, value]]))));
}

/** Hostile values in several slots of one operation at once (a series window: both ends, and the interval). */
export function hostileComboArb(ops: Operation[], targets: Targets): fc.Arbitrary<HostileRequest> {
  return fc.oneof(
    ...ops.map((op) => {
      const slots = hostileSlots(op);
      if (slots.length === 0) return fc.constant(hostileRequest(op, targets, []));
      return fc
        .subarray(slots, { minLength: 1 })
        .chain((chosen) => fc.tuple(...chosen.map((slot) => fc.constantFrom(...slot.values).map((value) => [slot, value] as [HostileSlot, string]))))
        .map((placed) => hostileRequest(op, targets, placed));
    }),
  );
}
