import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../lib/context.js';
import { PageQuery, problemResponses } from '../../schemas/common.js';
import {
  CommitmentCreateSchema,
  CommitmentHistorySchema,
  CommitmentListParams,
  CommitmentListQuery,
  CommitmentPageSchema,
  CommitmentParams,
  CommitmentPatchSchema,
  CommitmentSchema,
  IfMatchHeaders,
  RealisationCreateSchema,
  RealisationPageSchema,
  RealisationSchema,
  SignCommitmentSchema,
} from './schemas.js';
import { type CommitmentService, commitmentETag, MAX_COMMITMENTS_PER_PARTY } from './service.js';

export const commitmentRoutes: FastifyPluginAsyncZod<{ commitments: CommitmentService }> = async (app, { commitments }) => {
  app.get(
    '/agreements/:agreementId/commitments',
    {
      schema: {
        operationId: 'listCommitments',
        summary: 'List the commitments made under an agreement',
        description: 'Parties see each other’s commitments. Ordered by due date.',
        tags: ['commitments'],
        params: CommitmentListParams,
        querystring: CommitmentListQuery,
        response: { 200: CommitmentPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => commitments.list(contextOf(request), request.params.agreementId, request.query),
  );

  app.post(
    '/agreements/:agreementId/commitments',
    {
      config: {
        roles: ['admin', 'agency'],
        responseHeaders: { 201: ['Location', 'ETag'] },
        problems: ['commitment-limit', 'not-a-party', 'due-date-outside-period'],
      },
      schema: {
        operationId: 'createCommitment',
        summary: 'Make a commitment (created as draft)',
        description:
          'An admin for any party, or an agency for itself. The agency must be a party of the agreement and the due date within its period. ' +
          `One agency holds at most ${MAX_COMMITMENTS_PER_PARTY} commitments (of either kind, drafts included) under one agreement: ` +
          'one more is a 409 (`commitment-limit`); amend an existing one instead.',
        tags: ['commitments'],
        params: CommitmentListParams,
        body: CommitmentCreateSchema,
        response: { 201: CommitmentSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const commitment = await commitments.create(contextOf(request), request.params.agreementId, request.body);
      return reply
        .code(201)
        .header('location', `/v1/commitments/${commitment.id}`)
        .header('etag', commitmentETag(commitment.version))
        .send(commitment);
    },
  );

  app.get(
    '/commitments/:id',
    {
      config: { responseHeaders: { 200: ['ETag'] } },
      schema: {
        operationId: 'getCommitment',
        summary: 'Get a commitment',
        tags: ['commitments'],
        params: CommitmentParams,
        response: { 200: CommitmentSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const commitment = await commitments.get(contextOf(request), request.params.id);
      return reply.header('etag', commitmentETag(commitment.version)).send(commitment);
    },
  );

  app.patch(
    '/commitments/:id',
    {
      config: { roles: ['admin', 'agency'], responseHeaders: { 200: ['ETag'] }, problems: ['due-date-outside-period'] },
      schema: {
        operationId: 'amendCommitment',
        summary: 'Amend a commitment, keeping the previous version',
        description: 'The committing agency or an admin. Send `If-Match` with the ETag you read to avoid overwriting someone else’s change.',
        tags: ['commitments'],
        params: CommitmentParams,
        headers: IfMatchHeaders,
        body: CommitmentPatchSchema,
        response: { 200: CommitmentSchema, ...problemResponses(400, 401, 403, 404, 412, 422) },
      },
    },
    async (request, reply) => {
      const commitment = await commitments.amend(contextOf(request), request.params.id, request.body, request.headers['if-match']);
      return reply.header('etag', commitmentETag(commitment.version)).send(commitment);
    },
  );

  app.post(
    '/commitments/:id/realisations',
    {
      config: { roles: ['admin', 'agency'], problems: ['unprocessable'] },
      schema: {
        operationId: 'createRealisation',
        summary: 'Report spending of a budget commitment',
        description:
          'The committing agency or an admin reports rupiah spent and workers funded, with evidence references. The total realised may not exceed the amount committed (422), and only budget commitments are realised (422).',
        tags: ['commitments'],
        params: CommitmentParams,
        body: RealisationCreateSchema,
        response: { 201: RealisationSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(await commitments.realise(contextOf(request), request.params.id, request.body)),
  );

  app.get(
    '/commitments/:id/realisations',
    {
      schema: {
        operationId: 'listRealisations',
        summary: 'The spending reported for a budget commitment',
        tags: ['commitments'],
        params: CommitmentParams,
        querystring: PageQuery,
        response: { 200: RealisationPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => commitments.realisations(contextOf(request), request.params.id, request.query),
  );

  app.get(
    '/commitments/:id/history',
    {
      schema: {
        operationId: 'getCommitmentHistory',
        summary: 'Earlier versions of a commitment, newest first',
        tags: ['commitments'],
        params: CommitmentParams,
        querystring: PageQuery,
        response: { 200: CommitmentHistorySchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => commitments.history(contextOf(request), request.params.id, request.query),
  );

  app.post(
    '/commitments/:id/sign',
    {
      config: { roles: ['admin', 'agency'], responseHeaders: { 200: ['ETag'] }, problems: ['already-signed', 'signed-in-future'] },
      schema: {
        operationId: 'signCommitment',
        summary: 'Sign a commitment, making it active',
        description: 'The committing agency or an admin. Signing an active commitment is a 409.',
        tags: ['commitments'],
        params: CommitmentParams,
        headers: IfMatchHeaders,
        body: SignCommitmentSchema,
        response: { 200: CommitmentSchema, ...problemResponses(400, 401, 403, 404, 409, 412, 422) },
      },
    },
    async (request, reply) => {
      const commitment = await commitments.sign(contextOf(request), request.params.id, request.body, request.headers['if-match']);
      return reply.header('etag', commitmentETag(commitment.version)).send(commitment);
    },
  );
};
