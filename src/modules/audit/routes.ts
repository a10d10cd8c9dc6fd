import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../lib/context.js';
import { problemResponses } from '../../schemas/common.js';
import { AuditPageSchema, AuditQuerySchema } from './schemas.js';
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
};
