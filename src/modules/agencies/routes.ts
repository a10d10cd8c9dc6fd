import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../lib/context.js';
import { problemResponses } from '../../schemas/common.js';
import { AgencyCreateSchema, AgencyListQuery, AgencyPageSchema, AgencyParams, AgencyPatchSchema, AgencySchema } from './schemas.js';
import type { AgencyService } from './service.js';

export const agencyRoutes: FastifyPluginAsyncZod<{ agencies: AgencyService }> = async (app, { agencies }) => {
  app.get(
    '/agencies',
    {
      schema: {
        operationId: 'listAgencies',
        summary: 'List agencies',
        tags: ['agencies'],
        querystring: AgencyListQuery,
        response: { 200: AgencyPageSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => agencies.list(request.query),
  );

  app.get(
    '/agencies/:code',
    {
      schema: {
        operationId: 'getAgency',
        summary: 'Get one agency',
        tags: ['agencies'],
        params: AgencyParams,
        response: { 200: AgencySchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => agencies.get(request.params.code),
  );

  app.post(
    '/agencies',
    {
      config: { roles: ['admin'], responseHeaders: { 201: ['Location'] }, problems: ['agency-exists'] },
      schema: {
        operationId: 'createAgency',
        summary: 'Register an agency',
        tags: ['agencies'],
        body: AgencyCreateSchema,
        response: { 201: AgencySchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const agency = await agencies.create(contextOf(request), request.body);
      return reply.code(201).header('location', `/v1/agencies/${agency.code}`).send(agency);
    },
  );

  app.patch(
    '/agencies/:code',
    {
      config: { roles: ['admin'] },
      schema: {
        operationId: 'updateAgency',
        summary: 'Change an agency’s name or description',
        description: 'The code is permanent: tokens and batches refer to it.',
        tags: ['agencies'],
        params: AgencyParams,
        body: AgencyPatchSchema,
        response: { 200: AgencySchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => agencies.update(contextOf(request), request.params.code, request.body),
  );
};
