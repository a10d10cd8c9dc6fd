import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/lib/paths.js';

/**
 * The committed OpenAPI document (openapi/openapi.json, kept fresh by test/openapi.test.ts), read
 * at run time so the fuzz and access files cover whatever routes it lists — a new route cannot be
 * forgotten by them.
 */

export type JsonSchema = Record<string, unknown> & {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  examples?: unknown[];
  default?: unknown;
};

export interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path template, e.g. `/v1/commitments/{id}`. */
  path: string;
  /** Needs a bearer token. */
  secured: boolean;
  /** Roles the route admits (from its "Roles: …" note); every role when it has none. */
  roles: ('admin' | 'agency' | 'viewer')[];
  parameters: Parameter[];
  /** The JSON request body's schema, if the operation takes one. */
  body?: JsonSchema;
  responses: string[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, JsonSchema> };
}

export const openapiDocument = JSON.parse(readFileSync(path.join(projectRoot, 'openapi', 'openapi.json'), 'utf8')) as OpenApiDocument;

/** Every operation of the document, in its order. */
export function operations(document: OpenApiDocument = openapiDocument): Operation[] {
  const out: Operation[] = [];
  for (const [template, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const security = (op.security as unknown[] | undefined) ?? [{}];
      const note = /Roles: ((?:`\w+`(?:, )?)+)\./.exec(String(op.description ?? ''));
      const roles = note
        ? [...(note[1] as string).matchAll(/`(\w+)`/g)].map((m) => m[1] as Operation['roles'][number])
        : (['admin', 'agency', 'viewer'] as const);
      const content = (op.requestBody as { content?: Record<string, { schema: JsonSchema }> } | undefined)?.content;
      out.push({
        operationId: String(op.operationId),
        method: method.toUpperCase() as Operation['method'],
        path: template,
        secured: security.length > 0,
        roles: [...roles],
        parameters: ((op.parameters as Parameter[] | undefined) ?? []).map((p) => ({ ...p, required: Boolean(p.required) })),
        body: content?.['application/json']?.schema,
        responses: Object.keys((op.responses as object | undefined) ?? {}),
      });
    }
  }
  return out;
}

/** Follows a `$ref` into components/schemas. */
export function resolve(schema: JsonSchema, document: OpenApiDocument = openapiDocument): JsonSchema {
  let current = schema;
  for (let depth = 0; current.$ref && depth < 10; depth++) {
    const name = current.$ref.replace('#/components/schemas/', '');
    current = document.components.schemas[name] as JsonSchema;
  }
  return current;
}

/**
 * Fills a path template: `/v1/commitments/{id}` with `{ id: 'x' }` → `/v1/commitments/x`. Values
 * are percent-encoded unless `encode` is false (the fuzzer sends some raw).
 */
export const fillPath = (template: string, params: Record<string, string>, encode = true) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name] ?? `missing-${name}`;
    return encode ? encodeURIComponent(value) : value;
  });
