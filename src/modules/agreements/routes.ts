import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../lib/context.js';
import { PageQuery, problemResponses } from '../../schemas/common.js';
import {
  AgreementCreateSchema,
  AgreementListQuery,
  AgreementPageSchema,
  AgreementParams,
  AgreementPatchSchema,
  AgreementSchema,
  AgreementSuccessorSchema,
  PartyPageSchema,
  PartyParams,
  PartyPutSchema,
  PartySchema,
} from './schemas.js';
import type { AgreementService } from './service.js';

export const agreementRoutes: FastifyPluginAsyncZod<{ agreements: AgreementService }> = async (app, { agreements }) => {
  app.get(
    '/agreements',
    {
      schema: {
        operationId: 'listAgreements',
        summary: 'List agreements',
        description: 'An agency token sees the agreements it is a party of; admins and viewers see all.',
        tags: ['agreements'],
        querystring: AgreementListQuery,
        response: { 200: AgreementPageSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => agreements.list(contextOf(request), request.query),
  );

  app.get(
    '/agreements/:agreementId',
    {
      schema: {
        operationId: 'getAgreement',
        summary: 'Get an agreement with its published figures',
        tags: ['agreements'],
        params: AgreementParams,
        response: { 200: AgreementSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => agreements.get(contextOf(request), request.params.agreementId),
  );

  app.post(
    '/agreements',
    {
      config: { roles: ['admin'], responseHeaders: { 201: ['Location'] }, problems: ['agreement-exists', 'unprocessable'] },
      schema: {
        operationId: 'createAgreement',
        summary: 'Create an agreement',
        tags: ['agreements'],
        body: AgreementCreateSchema,
        response: { 201: AgreementSchema, ...problemResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const agreement = await agreements.create(contextOf(request), request.body);
      return reply.code(201).header('location', `/v1/agreements/${agreement.id}`).send(agreement);
    },
  );

  app.post(
    '/agreements/:agreementId/successor',
    {
      config: { roles: ['admin'], responseHeaders: { 201: ['Location'] }, problems: ['agreement-exists', 'invalid-period', 'unprocessable'] },
      schema: {
        operationId: 'createSuccessorAgreement',
        summary: 'Create the next agreement from this one',
        description:
          'Creates the agreement for the current year (or `year`) from this one in one step: region, indicator and parties are copied, commitments are not. Its baseline is by default this agreement’s result at its target date, derived whenever read (`baseline.kind: predecessorResult`).',
        tags: ['agreements'],
        params: AgreementParams,
        body: AgreementSuccessorSchema,
        response: { 201: AgreementSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const agreement = await agreements.createSuccessor(contextOf(request), request.params.agreementId, request.body);
      return reply.code(201).header('location', `/v1/agreements/${agreement.id}`).send(agreement);
    },
  );

  app.patch(
    '/agreements/:agreementId',
    {
      config: { roles: ['admin'], problems: ['conflict', 'period-excludes-enrollments', 'invalid-period', 'unprocessable'] },
      schema: {
        operationId: 'updateAgreement',
        summary: 'Change an agreement or correct its figures',
        description:
          'Figure objects (`baseline`, `target`, `workforce`) are merged into the stored ones. Moving `periodStart` later or `target.date` earlier is refused with 409 `period-excludes-enrollments` while enrollments of batches that are not voided are dated outside the new period (they would stay counted): void those batches first. Widening the period is always allowed.',
        tags: ['agreements'],
        params: AgreementParams,
        body: AgreementPatchSchema,
        response: { 200: AgreementSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => agreements.update(contextOf(request), request.params.agreementId, request.body),
  );

  app.get(
    '/agreements/:agreementId/parties',
    {
      schema: {
        operationId: 'listParties',
        summary: 'List the parties of an agreement',
        tags: ['agreements'],
        params: AgreementParams,
        querystring: PageQuery,
        response: { 200: PartyPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => agreements.parties(contextOf(request), request.params.agreementId, request.query),
  );

  app.put(
    '/agreements/:agreementId/parties/:code',
    {
      config: { roles: ['admin'], problems: ['lead-exists'] },
      schema: {
        operationId: 'putParty',
        summary: 'Add an agency to an agreement, or change its role',
        description: 'Idempotent. 201 when the agency joins, 200 when its role or date changes. One lead per agreement.',
        tags: ['agreements'],
        params: PartyParams,
        body: PartyPutSchema,
        response: { 200: PartySchema, 201: PartySchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { agreementId, code } = request.params;
      const { party, created } = await agreements.putParty(contextOf(request), agreementId, code, request.body);
      return reply.code(created ? 201 : 200).send(party);
    },
  );

  app.delete(
    '/agreements/:agreementId/parties/:code',
    {
      config: { roles: ['admin'], problems: ['party-has-commitments'] },
      schema: {
        operationId: 'removeParty',
        summary: 'Remove an agency from an agreement',
        description: 'Refused (409) while the agency has commitments or batches under the agreement.',
        tags: ['agreements'],
        params: PartyParams,
        response: { 204: z.undefined().describe('Removed.'), ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await agreements.removeParty(contextOf(request), request.params.agreementId, request.params.code);
      return reply.code(204).send();
    },
  );
};
