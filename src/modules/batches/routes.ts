import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { hashJsonBodies, RECORD_BATCH_BODY_LIMIT } from '../../lib/body-hash.js';
import { contextOf } from '../../lib/context.js';
import { problemResponses } from '../../schemas/common.js';
import { AgreementParams } from '../agreements/schemas.js';
import {
  BatchCreateSchema,
  type BatchEnvelope,
  BatchEnvelopeSchema,
  BatchListQuery,
  BatchPageSchema,
  BatchParams,
  BatchPostHeaders,
  BatchPostHeadersAccepted,
  BatchPostQuery,
  BatchSchema,
  BatchValidationSchema,
  VoidBatchSchema,
} from './schemas.js';
import type { BatchService } from './service.js';

export const batchRoutes: FastifyPluginAsyncZod<{ batches: BatchService }> = async (app, { batches }) => {
  // The idempotency fingerprint is the body as sent (this plugin's routes only).
  const bodyHashOf = hashJsonBodies(app);

  // The body is documented record by record (BatchCreate) but validated as an envelope: each
  // record is checked by the service, so one bad record does not sink the batch. The headers are
  // documented with the Idempotency-Key a real post needs, but a missing key is the service's own
  // problem (`idempotency-key-missing`), as the deprecated dry run needs none.
  const validated = (httpPart: string | undefined, documented: unknown) =>
    (httpPart === 'body' ? BatchEnvelopeSchema : httpPart === 'headers' ? BatchPostHeadersAccepted : documented) as never;

  app.post(
    '/agreements/:agreementId/batches',
    {
      bodyLimit: RECORD_BATCH_BODY_LIMIT,
      config: { roles: ['admin', 'agency'], responseHeaders: { 201: ['Location', 'IdempotentReplayed'] } },
      validatorCompiler: (route) => validatorCompiler({ ...route, schema: validated(route.httpPart, route.schema) }),
      schema: {
        operationId: 'postEnrollmentBatch',
        summary: 'Post a batch of newly protected workers',
        description: [
          'Records are validated one by one (codes in `EnrollmentRecord`), deduplicated by NIK across all agencies and',
          'counted once: the first accepted report credits its agency. The batch is written whole or not at all.',
          'Requires `Idempotency-Key` (scoped per agency, kept at least 24 h): the same key and body replays the',
          'stored response with `Idempotent-Replayed: true`; the same key with another body is a 422; while the first',
          'request is still running, a 409; without the key, a 400 (`idempotency-key-missing`). After the key’s time',
          '(`IDEMPOTENCY_TTL_HOURS`) its stored response is purged and the same key is a new request: a new batch, whose',
          'workers are already credited (they count as duplicates, never twice).',
          'The deprecated `?dryRun=true` answers like `validateEnrollmentBatch` (200, `BatchValidation`) and writes nothing.',
        ].join(' '),
        tags: ['batches'],
        params: AgreementParams,
        querystring: BatchPostQuery,
        headers: BatchPostHeaders,
        body: BatchCreateSchema,
        response: {
          200: BatchValidationSchema.describe('Only with the deprecated `?dryRun=true`: the validation report.'),
          201: BatchSchema,
          ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const outcome = await batches.post(contextOf(request), request.params.agreementId, request.body as unknown as BatchEnvelope, {
        idempotencyKey: request.headers['idempotency-key'],
        dryRun: request.query.dryRun,
        bodyHash: bodyHashOf(request),
      });
      if (outcome.status === 201) reply.header('location', `/v1/batches/${outcome.body.id}`);
      if (outcome.replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(outcome.status).send(outcome.body);
    },
  );

  app.post(
    '/agreements/:agreementId/batches/validate',
    {
      bodyLimit: RECORD_BATCH_BODY_LIMIT,
      config: { roles: ['admin', 'agency'] },
      validatorCompiler: (route) => validatorCompiler({ ...route, schema: validated(route.httpPart, route.schema) }),
      schema: {
        operationId: 'validateEnrollmentBatch',
        summary: 'Check a batch before posting it',
        description: [
          'Checks every record as a post would (codes in `EnrollmentRecord`) and counts the invalid ones, the repeats within',
          'the batch and the workers of another province; writes nothing and needs no `Idempotency-Key`. It reports',
          'validity only: `toBeChecked` counts the workers a post would check against coverage, never whether any of',
          'them is already covered, or by whom — only a real, audited post tells an agency that. Each call is audited',
          '(counts only).',
        ].join(' '),
        tags: ['batches'],
        params: AgreementParams,
        body: BatchCreateSchema,
        response: { 200: BatchValidationSchema, ...problemResponses(400, 401, 403, 404, 413, 415, 422) },
      },
    },
    async (request) => batches.validate(contextOf(request), request.params.agreementId, request.body as unknown as BatchEnvelope),
  );

  app.get(
    '/agreements/:agreementId/batches',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'listEnrollmentBatches',
        summary: 'List batches, newest first',
        description: 'An agency token sees only its own batches.',
        tags: ['batches'],
        params: AgreementParams,
        querystring: BatchListQuery,
        response: { 200: BatchPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => batches.list(contextOf(request), request.params.agreementId, request.query),
  );

  app.get(
    '/batches/:id',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'getEnrollmentBatch',
        summary: 'Get a batch and its report',
        description: 'The owning agency or an admin.',
        tags: ['batches'],
        params: BatchParams,
        response: { 200: BatchSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => batches.get(contextOf(request), request.params.id),
  );

  app.post(
    '/batches/:id/void',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'voidEnrollmentBatch',
        summary: 'Withdraw a batch',
        description:
          'The owning agency or an admin. Workers the batch holds credit for fall back to the next agency that reported them, or leave coverage if none did. Voiding twice is a 409.',
        tags: ['batches'],
        params: BatchParams,
        body: VoidBatchSchema,
        response: { 200: BatchSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => batches.void(contextOf(request), request.params.id, request.body.reason),
  );
};
