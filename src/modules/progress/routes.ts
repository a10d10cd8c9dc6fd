import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../lib/context.js';
import { problemResponses } from '../../schemas/common.js';
import { AgreementParams } from '../agreements/schemas.js';
import { SummarySchema } from './schemas.js';
import type { ProgressService } from './service.js';

export const progressRoutes: FastifyPluginAsyncZod<{ progress: ProgressService }> = async (app, { progress }) => {
  app.get(
    '/agreements/:agreementId/summary',
    {
      schema: {
        operationId: 'getCoverageSummary',
        summary: 'Coverage against the shared target',
        description: 'Any authenticated role; an agency must be a party of the agreement.',
        tags: ['progress'],
        params: AgreementParams,
        response: { 200: SummarySchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => progress.summary(contextOf(request), request.params.agreementId),
  );
};
