import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../lib/context.js';
import { problemResponses } from '../../schemas/common.js';
import { AcknowledgeSchema, AlertListParams, AlertListQuery, AlertPageSchema, AlertParams, AlertSchema } from './schemas.js';
import type { AlertService } from './service.js';

export const alertRoutes: FastifyPluginAsyncZod<{ alerts: AlertService }> = async (app, { alerts }) => {
  app.get(
    '/agreements/:agreementId/alerts',
    {
      schema: {
        operationId: 'listAlerts',
        summary: 'The open alerts under an agreement',
        description:
          'Projected misses of enrollment commitments and overdue milestones, evaluated after every change to an agency’s figures and once a WIB day. An alert resolves itself (and leaves this list) when its condition ends. Agency tokens see their own alerts only.',
        tags: ['alerts'],
        params: AlertListParams,
        querystring: AlertListQuery,
        response: { 200: AlertPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => alerts.list(contextOf(request), request.params.agreementId, request.query),
  );

  app.post(
    '/agreements/:agreementId/alerts/:alertId/acknowledge',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'acknowledgeAlert',
        summary: 'Acknowledge an alert, with a note',
        description: 'The alert’s agency or an admin. Acknowledging again replaces the note.',
        tags: ['alerts'],
        params: AlertParams,
        body: AcknowledgeSchema,
        response: { 200: AlertSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => alerts.acknowledge(contextOf(request), request.params.agreementId, request.params.alertId, request.body.note ?? null),
  );
};
