import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ServiceUnavailableError } from '../../errors.js';
import { problemResponses } from '../../schemas/common.js';

const HealthSchema = z
  .object({ status: z.literal('ok'), database: z.enum(['postgres', 'pglite']).optional() })
  .meta({ id: 'Health', examples: [{ status: 'ok', database: 'postgres' }] });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health/live',
    {
      // Probes are never rate limited: an orchestrator polls them. Liveness is not shed under load
      // either: a busy process is alive, and failing this probe would get it restarted mid-batch
      // (readiness is shed, which takes the instance out of rotation instead).
      config: { public: true, rateLimit: false, pressureHandler: () => undefined },
      schema: {
        operationId: 'getLiveness',
        summary: 'The process is up',
        tags: ['health'],
        response: { 200: HealthSchema },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/health/ready',
    {
      // Probes are never rate limited: an orchestrator polls them.
      config: { public: true, rateLimit: false },
      schema: {
        operationId: 'getReadiness',
        summary: 'The service can answer: its database responds',
        tags: ['health'],
        response: { 200: HealthSchema, ...problemResponses(503) },
      },
    },
    async () => {
      try {
        await app.database.ping();
      } catch {
        throw new ServiceUnavailableError('The database does not respond.');
      }
      return { status: 'ok' as const, database: app.database.engine };
    },
  );
};
