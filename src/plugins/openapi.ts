import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyContextConfig, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemCodesDescription } from '../domain/problem-codes.js';
import { applyContract, type OperationTraits, type RouteHeaders, type RouteProblems, TRAITS_KEY } from '../lib/openapi-contract.js';
import { tidyOpenApi } from '../lib/openapi-tidy.js';

/**
 * The OpenAPI 3.1 document is generated from the route schemas (zod). Security is derived from
 * each route's auth config, so the document cannot disagree with what the server enforces.
 */

const description = `
API behind the *nota kesepakatan sinergi* between BPJS Ketenagakerjaan Kanwil DKI Jakarta and the
DKI Jakarta provincial government on universal coverage of workers' social security (Jamsostek).

**Versioning.** The major version is in the path (\`/v1\`). Within a major version changes are
additive only: new operations, new optional request fields, new response fields, new problem
\`type\` values and new values of enums marked \`x-extensible-enum\` — clients must ignore
what they do not know. A breaking change gets \`/v2\`; an operation to be removed is first marked
\`deprecated\` in this document and keeps working for at least six months, with the date
announced in its description. \`info.version\` follows semantic versioning.

**Auth.** See the \`bearerAuth\` security scheme. An agency reads the agreements it is party to
and writes its own data only; a viewer reads; an admin manages agreements, agencies and commitments.

**Errors** are RFC 9457 \`application/problem+json\`; validation problems carry an \`errors\` list.
Each operation's responses name the problem \`type\`s they can carry, with an example of each.
Problem \`type\` values: ${problemCodesDescription}; \`about:blank\` for an unexpected error (500).
A known path called with a method it does not have is a 405 with an \`Allow\` header; \`HEAD\`
is not served (405). Request bodies are \`application/json\` only (else 415), at most 1 MiB
(16 MiB for a batch; else 413), and must arrive within the request timeout (else 408).

**Rate limits.** Every route but \`/health/*\` is rate limited, per instance, in fixed windows
(default 600 requests per 60 s; \`RATE_LIMIT_MAX\`, \`RATE_LIMIT_WINDOW_SECONDS\`). The bucket
is the token's agency (all its systems and users together) for an agency token, the token's
\`sub\` for an admin or viewer, else the client IP. Each answer carries \`RateLimit-Limit\`,
\`RateLimit-Remaining\` and \`RateLimit-Reset\`, except a 401: a request without a valid token
is refused before it is counted, so its answer carries none. Past the limit the answer is a 429
with \`Retry-After\` (seconds).

**Query parameters** a route does not declare are a 400 (a misspelt flag is never ignored).
Dates are \`YYYY-MM-DD\` calendar dates from 1900-01-01 to 2199-12-31.

**Lists** are paginated with \`limit\` (default 100, at most 1,000) and an opaque \`cursor\`;
each page returns \`nextCursor\` (null on the last page). Each list operation states its order.

**Idempotency.** \`POST …/batches\` requires an \`Idempotency-Key\` (IETF
draft-ietf-httpapi-idempotency-key-header semantics): a retry with the same key and body gets the
stored answer again, with \`Idempotent-Replayed: true\`, even after the batch was voided — the
replay is the original 201 body, not the batch's current state (read \`GET /v1/batches/{id}\` for
that).

**Privacy.** No response ever contains a NIK or its hash (UU PDP, Law 27/2022).

Interactive documentation: \`/docs\`.
`.trim();

const securityDescription = `
A JWT in \`Authorization: Bearer <token>\`, signed with the one algorithm the deployment pins
(\`JWT_ALGORITHM\`: HS256 by default, or RS256, ES256, EdDSA with only the public key configured;
\`alg: none\` and any other algorithm are refused). Tokens follow RFC8725 (JWT best current
practices). Required claims: \`iss\` (default \`sinergi\`), \`aud\` (default \`sinergi-api\`),
\`exp\`, \`iat\`, \`sub\` (who: a system or user id, never a NIK) and \`role\` (\`admin\` | \`agency\` |
\`viewer\`), plus \`agency\` (an existing agency code) for role \`agency\`. A token may live at most
the configured maximum (\`exp\` − \`iat\`, 24 hours by default) and may not be issued in the
future; the issuing script defaults to 8 hours. A missing, malformed, expired or wrongly signed token is a
401 with \`WWW-Authenticate: Bearer\`; a valid token whose role or agency may not do something is a 403.
`.trim();

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Headers the route's answers carry beyond those every answer has, by status (documented). */
    responseHeaders?: RouteHeaders;
    /** Problem types the route's own rules raise (documented per operation; see RouteProblems). */
    problems?: RouteProblems;
  }
}

const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0b5d3b"/><text x="8" y="12" font-size="11" text-anchor="middle" fill="#fff" font-family="sans-serif">S</text></svg>';

/** Whether a zod object schema has the given key (query or header name). */
function hasKey(schema: unknown, key: string): boolean {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return typeof shape === 'object' && shape !== null && key in shape;
}

export interface OpenApiOptions {
  /** Whether the rate limiter is on (RATE_LIMIT_MAX > 0): then every route but opted-out ones documents 429. */
  rateLimited: boolean;
  /** The OpenAPI `webhooks` section (the events the service sends), built by the webhooks module. */
  webhooks?: Record<string, unknown>;
}

export const openapiPlugin = fp<OpenApiOptions>(
  async (app: FastifyInstance, { rateLimited, webhooks }) => {
    await app.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Sinergi API',
          version: '1.0.0',
          description,
          // The deployment's runbook names the people; the repository's SECURITY.md says how to report.
          contact: { name: 'Sinergi platform team, data office of Disnakertransgi DKI Jakarta' },
          license: { name: 'Proprietary: not licensed for use outside the MoU’s parties', identifier: 'LicenseRef-Proprietary' },
        },
        // Paths are absolute from the host that serves this document, wherever it is deployed.
        // The API is for the MoU's parties' systems, not the public: x-internal says so.
        servers: [
          {
            url: '{scheme}://{host}',
            description:
              'A deployment (production, staging: HTTPS, behind TLS termination) or a local development instance, which speaks plain HTTP (`scheme` http)',
            variables: {
              scheme: { default: 'https', enum: ['https', 'http'], description: '`https` for a deployment; `http` for a local instance' },
              host: { default: 'localhost:3000', description: 'The deployment’s host (and port)' },
            },
            'x-internal': true,
          } as never,
        ],
        tags: [
          { name: 'health', description: 'Liveness and readiness' },
          { name: 'meta', description: 'This document' },
          { name: 'agencies', description: 'Provincial agencies (dinas), the lead agency and BPJS' },
          { name: 'agreements', description: 'MoUs, their figures and their parties' },
          { name: 'commitments', description: 'What each party signs up to deliver' },
          { name: 'batches', description: 'Enrollment batches: newly protected workers, counted once by NIK' },
          { name: 'confirmations', description: 'BPJS confirmations of reported workers, official figures, and each agency’s unconfirmed records' },
          { name: 'imports', description: 'Spreadsheet imports (CSV, XLSX): a file posted as batches by a background job' },
          { name: 'progress', description: 'Coverage against the shared target' },
          {
            name: 'periods',
            description: 'Reporting periods: submissions (submit, verify, return, accept), close and reopen, frozen snapshots, adjustments',
          },
          { name: 'exports', description: 'The dashboard’s tables as CSV and XLSX files (aggregates only)' },
          { name: 'webhooks', description: 'Subscriptions to events, signed per Standard Webhooks, with their delivery log' },
          { name: 'alerts', description: 'Projected misses and overdue milestones, raised before the month is lost' },
          { name: 'audit', description: 'Who changed what' },
          { name: 'dashboard', description: 'The governor’s office dashboard (public HTML shell)' },
        ],
        components: {
          securitySchemes: {
            bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: securityDescription },
          },
        },
        security: [{ bearerAuth: [] }],
      },
      transform: (input) => {
        const { schema, url } = jsonSchemaTransform(input);
        // A route without a schema, or without responses (a test's own, say), is not part of the document.
        if (!schema || !(input.schema as { response?: unknown } | undefined)?.response) {
          return { schema: { ...schema, hide: true } as typeof schema, url };
        }
        const config = (input.route.config ?? {}) as FastifyContextConfig & { rateLimit?: unknown };
        const out = schema as Record<string, unknown>;
        const source = (input.schema ?? {}) as { body?: unknown; querystring?: unknown; headers?: unknown };
        const traits: OperationTraits = {
          // Fastify reads a body for these methods whether or not the route declares one.
          hasBody: source.body !== undefined || ['POST', 'PUT', 'PATCH', 'DELETE'].includes(String(input.route.method)),
          hasCursor: hasKey(source.querystring, 'cursor'),
          idempotent: hasKey(source.headers, 'idempotency-key'),
          rateLimited: rateLimited && config.rateLimit !== false,
          isPublic: config.public === true,
        };
        out[TRAITS_KEY] = { traits, headers: config.responseHeaders ?? {}, problems: config.problems ?? [] };
        if (config.public) out.security = [];
        else out.security = [{ bearerAuth: [] }];
        if (!config.public && config.roles) {
          const note = `Roles: ${config.roles.map((role) => `\`${role}\``).join(', ')}.`;
          out.description = out.description ? `${String(out.description)}\n\n${note}` : note;
        }
        return { schema: out as typeof schema, url };
      },
      transformObject: ((input: Parameters<typeof jsonSchemaTransformObject>[0]) =>
        applyContract(
          tidyOpenApi({ ...(jsonSchemaTransformObject(input) as Parameters<typeof tidyOpenApi>[0]), ...(webhooks ? { webhooks } : {}) }),
        )) as typeof jsonSchemaTransformObject,
    });

    // The docs UI is public: its routes are marked so in their route config, not matched by URL.
    await app.register(async (docs) => {
      docs.addHook('onRoute', (route) => {
        route.config = { ...(route.config as object), public: true };
      });
      await docs.register(fastifySwaggerUi, {
        routePrefix: '/docs',
        // Authorization survives a reload of the page (kept in the browser's localStorage).
        uiConfig: { docExpansion: 'list', deepLinking: true, persistAuthorization: true },
        theme: {
          title: 'Sinergi API',
          // Neither the vendor's logo nor its favicon: the page is the API's, not the tool's.
          css: [{ filename: 'sinergi.css', content: '.swagger-ui .topbar { display: none; }' }],
          favicon: [{ filename: 'favicon.svg', rel: 'icon', type: 'image/svg+xml', sizes: 'any', content: FAVICON }],
        },
        // null, not undefined: undefined puts the plugin's default logo in the (hidden) top bar.
        logo: null as never,
        staticCSP: true,
      });
    });

    app.get(
      '/openapi.json',
      {
        config: { public: true },
        schema: {
          operationId: 'getOpenApiDocument',
          summary: 'This OpenAPI 3.1 document',
          tags: ['meta'],
          response: {
            200: z
              .looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) })
              .meta({ examples: [{ openapi: '3.1.0', info: { title: 'Sinergi API' }, paths: {} }] }),
          },
        },
      },
      async () => app.swagger() as unknown as { openapi: string; info: object; paths: object },
    );
  },
  { name: 'openapi', dependencies: ['problems'] },
);
