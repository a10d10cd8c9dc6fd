import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../lib/context.js';
import { problemResponses } from '../../schemas/common.js';
import { AuditPageSchema, AuditQuerySchema, AuditVerificationSchema } from './schemas.js';
import type { AuditService } from './service.js';

export const auditRoutes: FastifyPluginAsyncZod<{ audit: AuditService }> = async (app, { audit }) => {
  app.get(
    '/audit',
    {
      config: { roles: ['admin'] },
      schema: {
        operationId: 'listAuditEntries',
        summary: 'List audit entries, newest first',
        description: 'Every write records its actor, action, entity, request id and time. Entries are never changed.',
        tags: ['audit'],
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => audit.list(contextOf(request), request.query),
  );

  app.get(
    '/audit/verify',
    {
      config: { roles: ['admin'] },
      schema: {
        operationId: 'verifyAuditChain',
        summary: 'Recompute the audit hash chains and report broken links',
        description:
          'Every entry’s hash covers its content and the previous entry’s hash in its chain (one chain per agency, one for the rest). This recomputes every chain and reports the first broken link: an entry edited, deleted, or cut from a chain’s end. `200` whether or not the chains are intact; `ok` says which.',
        tags: ['audit'],
        response: { 200: AuditVerificationSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => audit.verify(contextOf(request)),
  );
};
