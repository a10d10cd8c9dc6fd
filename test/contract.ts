import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

// ajv-formats is CommonJS: its default export arrives wrapped under NodeNext.
const addFormats = formats as unknown as { default: (ajv: Ajv2020) => void };

/**
 * Every response the test suite sees is checked against the app's own OpenAPI document: the
 * status is documented for the operation, the content type is one documented for that status, the
 * body matches its schema, every required header is present, every header of the contract that
 * is sent is documented, and a problem's `type` is one the response names. A violation fails the
 * request that caused it (its `inject` rejects, naming the route and what is wrong); answers sent
 * over a real socket are reported when the app closes. `documentChecker` applies the same check
 * to answers of a server process a test spawns (test/server.test.ts, test/multi-instance.test.ts).
 *
 * Not covered, and why: `inject` in callback or chained form (test/helper.ts checks the one-argument
 * promise form every spec uses; the hook still records the others' violations, which then fail the
 * app's teardown) and the answers of server processes spawned by test/reliability/ (they run the
 * built server under load and faults and keep only what each figure needs; their bodies are
 * scanned for NIKs instead). The test files' own scratch routes are not operations of the document.
 */

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document walked generically, key by key.
type Json = any;

/** Headers the contract governs: sent only where the document says so. */
const GOVERNED = ['etag', 'location', 'idempotent-replayed', 'retry-after', 'www-authenticate'];

export interface ContractChecker {
  /** The violation (if any) of the answer with this request id; forgotten once read. */
  take(requestId: string | undefined): string | undefined;
  /** Violations nobody took (answers over a real socket). */
  pending(): string[];
}

export function checkResponsesAgainstDocument(app: FastifyInstance): ContractChecker {
  const violations = new Map<string, string>();
  let doc: Json;
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateSchema: false, validateFormats: true });
  addFormats.default(ajv);
  const compiled = new Map<string, ValidateFunction>();

  function documentOf(): Json {
    if (!doc) {
      doc = JSON.parse(JSON.stringify(app.swagger()));
      ajv.addSchema(doc, 'openapi');
    }
    return doc;
  }

  function validatorFor(pointer: string): ValidateFunction {
    const known = compiled.get(pointer);
    if (known) return known;
    const validate = ajv.compile({ $ref: `openapi#${pointer}` });
    compiled.set(pointer, validate);
    return validate;
  }

  function check(request: FastifyRequest, reply: FastifyReply, payload: unknown): string | undefined {
    const routeUrl = request.routeOptions.url;
    if (!routeUrl) return undefined;
    const path = routeUrl.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    return checkAnswer(documentOf(), validatorFor, ajv, request.method, path, reply.statusCode, reply.getHeaders(), payload);
  }

  app.addHook('onSend', (request, reply, payload, done) => {
    try {
      const violation = check(request, reply, payload);
      if (violation) violations.set(String(request.id), violation);
    } catch (error) {
      violations.set(String(request.id), `${request.method} ${request.url}: the contract check failed: ${String(error)}`);
    }
    done(null, payload);
  });

  return {
    take(requestId) {
      if (requestId === undefined) return undefined;
      const violation = violations.get(requestId);
      violations.delete(requestId);
      return violation;
    },
    pending: () => [...violations.values()],
  };
}

/**
 * The same check for answers of a server process a test spawned (read with fetch): against the
 * committed document, the operation found by matching the URL's path to the document's templates.
 */
export function documentChecker(document: Json) {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateSchema: false, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema(document, 'openapi');
  const compiled = new Map<string, ValidateFunction>();
  const validatorFor = (pointer: string) => {
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `openapi#${pointer}` });
      compiled.set(pointer, validate);
    }
    return validate;
  };
  const templates = Object.keys(document.paths ?? {}).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  /** The violation, if any, of a fetched answer (its body is read from a clone). */
  return async (method: string, url: string, response: Response): Promise<string | undefined> => {
    const { pathname } = new URL(url);
    // A literal path wins over a template (`/batches/validate` over `/batches/{id}`).
    const matches = templates.filter((t) => t.pattern.test(pathname));
    const path = matches.find((t) => !t.template.includes('{'))?.template ?? matches[0]?.template;
    if (!path) return `${method} ${pathname}: no operation of the document has this path`;
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const body = await response.clone().text();
    return checkAnswer(document, validatorFor, ajv, method, path, response.status, headers, body);
  };
}

function checkAnswer(
  document: Json,
  validatorFor: (pointer: string) => ValidateFunction,
  ajv: Ajv2020,
  requestMethod: string,
  path: string,
  statusCode: number,
  headers: Record<string, unknown>,
  payload: unknown,
): string | undefined {
  {
    const method = requestMethod.toLowerCase();
    const operation = document.paths?.[path]?.[method];
    // Not an operation of the document (test-only routes, the docs UI's static files).
    if (!operation) return undefined;
    const where = `${requestMethod} ${path} → ${statusCode}`;
    const status = String(statusCode);
    const response = operation.responses?.[status];
    if (!response) return `${where}: status ${status} is not documented for operation ${operation.operationId}`;

    for (const [name, header] of Object.entries((response.headers ?? {}) as Record<string, Json>)) {
      const resolved = header.$ref ? document.components.headers[header.$ref.split('/').pop()] : header;
      if (resolved?.required && headers[name.toLowerCase()] === undefined) return `${where}: required header ${name} is missing`;
    }
    const documented = new Set(Object.keys(response.headers ?? {}).map((name) => name.toLowerCase()));
    for (const name of GOVERNED) {
      if (headers[name] !== undefined && !documented.has(name)) {
        return `${where}: header ${name} is sent but not documented (declare it in the route's config.responseHeaders)`;
      }
    }

    const content = (response.content ?? {}) as Record<string, Json>;
    const type =
      String(headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim() ?? '';
    if (Object.keys(content).length === 0) {
      if (payload !== undefined && payload !== null && payload !== '') return `${where}: a body is sent where none is documented`;
      return undefined;
    }
    const media = content[type];
    if (!media) return `${where}: content type "${type}" is not documented (documented: ${Object.keys(content).join(', ')})`;
    if (!type.includes('json') || typeof payload !== 'string') return undefined;

    let body: unknown;
    try {
      body = JSON.parse(payload);
    } catch {
      return `${where}: the body is not JSON`;
    }
    const pointer = `/paths/${pointerSegment(path)}/${method}/responses/${status}/content/${pointerSegment(type)}/schema`;
    const validate = validatorFor(pointer);
    if (!validate(body)) {
      return `${where}: the body does not match the documented schema: ${ajv.errorsText(validate.errors, { dataVar: 'body' })}`;
    }
    if (type === 'application/problem+json') {
      const types = Object.values((media.examples ?? {}) as Record<string, Json>).map(
        (example) => (example.$ref ? document.components.examples[example.$ref.split('/').pop()] : example).value.type,
      );
      const problemType = (body as { type?: string }).type;
      if (!types.includes(problemType)) {
        return `${where}: problem type "${problemType}" is not one the response names (${types.join(', ') || 'none'}); declare it in the route's config.problems (a new type also in src/domain/problem-codes.ts and src/lib/openapi-contract.ts)`;
      }
    }
    return undefined;
  }
}

function pointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
