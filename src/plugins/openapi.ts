import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemCodesDescription } from '../domain/problem-codes.js';
import { tidyOpenApi } from '../lib/openapi-tidy.js';

/**
 * The OpenAPI 3.1 document is generated from the route schemas (zod). Security is derived from
 * each route's auth config, so the document cannot disagree with what the server enforces.
 */

const description = `
API behind the *nota kesepakatan sinergi* between BPJS Ketenagakerjaan Kanwil DKI Jakarta and the
DKI Jakarta provincial government on universal coverage of workers' social security (Jamsostek).

**Auth.** \`Authorization: Bearer <JWT>\` (HS256 by default); \`iss\`, \`aud\`, \`exp\`, \`iat\`, \`sub\`
and \`role\` (\`admin\` | \`agency\` | \`viewer\`) are required, plus \`agency\` for role \`agency\`.
A token may live at most the configured maximum (\`exp\` − \`iat\`, 24 hours by default) and may not
be issued in the future.
An agency reads the agreements it is party to and writes its own data only; a viewer reads;
an admin manages agreements, agencies and commitments.

**Errors** are RFC 9457 \`application/problem+json\`; validation problems carry an \`errors\` list.
Problem \`type\` values: ${problemCodesDescription}

**Query parameters** a route does not declare are a 400 (a misspelt flag is never ignored).
Dates are \`YYYY-MM-DD\` calendar dates from 1900-01-01 to 2199-12-31.

**Lists** are paginated with \`limit\` (default 100, at most 1,000) and an opaque \`cursor\`;
each page returns \`nextCursor\` (null on the last page).

**Privacy.** No response ever contains a NIK or its hash (UU PDP, Law 27/2022).

Interactive documentation: \`/docs\`.
`.trim();

export const openapiPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'Sinergi API', version: '1.0.0', description },
        tags: [
          { name: 'health', description: 'Liveness and readiness' },
          { name: 'meta', description: 'This document' },
          { name: 'agencies', description: 'Provincial agencies (dinas), the lead agency and BPJS' },
          { name: 'agreements', description: 'MoUs, their figures and their parties' },
          { name: 'commitments', description: 'What each party signs up to deliver' },
          { name: 'batches', description: 'Enrollment batches: newly protected workers, counted once by NIK' },
          { name: 'imports', description: 'Spreadsheet imports (CSV, XLSX): a file posted as batches by a background job' },
          { name: 'progress', description: 'Coverage against the shared target' },
          { name: 'exports', description: 'The dashboard’s tables as CSV and XLSX files (aggregates only)' },
          { name: 'audit', description: 'Who changed what' },
          { name: 'dashboard', description: 'The governor’s office dashboard (public HTML shell)' },
        ],
        components: {
          securitySchemes: {
            bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          },
        },
        security: [{ bearerAuth: [] }],
      },
      transform: (input) => {
        const { schema, url } = jsonSchemaTransform(input);
        const config = (input.route.config ?? {}) as { public?: boolean; roles?: readonly string[] };
        const out = schema as Record<string, unknown>;
        if (config.public) out.security = [];
        else out.security = [{ bearerAuth: [] }];
        if (!config.public && config.roles) {
          const note = `Roles: ${config.roles.map((role) => `\`${role}\``).join(', ')}.`;
          out.description = out.description ? `${String(out.description)}\n\n${note}` : note;
        }
        return { schema: out as typeof schema, url };
      },
      transformObject: ((input: Parameters<typeof jsonSchemaTransformObject>[0]) =>
        tidyOpenApi(jsonSchemaTransformObject(input) as Parameters<typeof tidyOpenApi>[0])) as typeof jsonSchemaTransformObject,
    });

    // The docs UI is public: its routes are marked so in their route config, not matched by URL.
    await app.register(async (docs) => {
      docs.addHook('onRoute', (route) => {
        route.config = { ...(route.config as object), public: true };
      });
      await docs.register(fastifySwaggerUi, {
        routePrefix: '/docs',
        uiConfig: { docExpansion: 'list', deepLinking: true },
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
