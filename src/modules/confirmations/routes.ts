import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hashJsonBodies, RECORD_BATCH_BODY_LIMIT } from '../../lib/body-hash.js';
import { contextOf } from '../../lib/context.js';
import { problemResponses } from '../../schemas/common.js';
import { AgreementParams } from '../agreements/schemas.js';
import { toCsv } from '../exports/files.js';
import { CONTENT_TYPES } from '../exports/schemas.js';
import {
  ConfirmationBatchPageSchema,
  ConfirmationBatchSchema,
  ConfirmationCreateSchema,
  type ConfirmationEnvelope,
  ConfirmationEnvelopeSchema,
  ConfirmationListQuery,
  ConfirmationParams,
  ConfirmationPostHeaders,
  ConfirmationPostHeadersAccepted,
  ConfirmationPostQuery,
  ConfirmationValidationSchema,
  OfficialFigureCreateSchema,
  OfficialFigurePageSchema,
  OfficialFigureSchema,
  UnconfirmedCsvQuery,
  UnconfirmedPageSchema,
  UnconfirmedParams,
  UnconfirmedQuery,
  VoidConfirmationSchema,
} from './schemas.js';
import type { ConfirmationService } from './service.js';

const WHO = 'The agreement’s counterpart (its BPJS party, with its own agency token) or an admin; any other token is a 403.';

export const confirmationRoutes: FastifyPluginAsyncZod<{ confirmations: ConfirmationService }> = async (app, { confirmations }) => {
  // As for enrollment batches: the idempotency fingerprint is the body as sent.
  const bodyHashOf = hashJsonBodies(app);
  const validated = (httpPart: string | undefined, documented: unknown) =>
    (httpPart === 'body' ? ConfirmationEnvelopeSchema : httpPart === 'headers' ? ConfirmationPostHeadersAccepted : documented) as never;

  app.post(
    '/agreements/:agreementId/confirmations',
    {
      bodyLimit: RECORD_BATCH_BODY_LIMIT,
      config: { roles: ['admin', 'agency'], responseHeaders: { 201: ['Location', 'IdempotentReplayed'] } },
      validatorCompiler: (route) => validatorCompiler({ ...route, schema: validated(route.httpPart, route.schema) }),
      schema: {
        operationId: 'postConfirmationBatch',
        summary: 'Post BPJS’s confirmations: which workers its register shows active, inactive or not found',
        description: [
          WHO,
          'Records are checked one by one (codes in `ConfirmationRecord`; the NIK rules are those of enrollment records) and matched',
          'to enrollments by the same keyed NIK hash. A worker’s latest confirmation (by `asOf`, then posting order) labels it;',
          'earlier ones stay in history. A confirmation never creates or moves a credit. NIKs of another province are kept and',
          'ignored for this agreement. Requires `Idempotency-Key` as batch posts do; `?dryRun=true` checks without writing (200).',
          'While a confirmation batch is written, enrollment batches and voids of the agreement wait for it.',
        ].join(' '),
        tags: ['confirmations'],
        params: AgreementParams,
        querystring: ConfirmationPostQuery,
        headers: ConfirmationPostHeaders,
        body: ConfirmationCreateSchema,
        response: {
          200: ConfirmationValidationSchema.describe('Only with `?dryRun=true`.'),
          201: ConfirmationBatchSchema,
          ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const outcome = await confirmations.post(contextOf(request), request.params.agreementId, request.body as unknown as ConfirmationEnvelope, {
        idempotencyKey: request.headers['idempotency-key'],
        dryRun: request.query.dryRun,
        bodyHash: bodyHashOf(request),
      });
      if (outcome.status === 201) reply.header('location', `/v1/confirmations/${outcome.body.id}`);
      if (outcome.replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(outcome.status).send(outcome.body);
    },
  );

  app.get(
    '/agreements/:agreementId/confirmations',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'listConfirmationBatches',
        summary: 'List confirmation batches, newest first',
        description: WHO,
        tags: ['confirmations'],
        params: AgreementParams,
        querystring: ConfirmationListQuery,
        response: { 200: ConfirmationBatchPageSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => confirmations.list(contextOf(request), request.params.agreementId, request.query),
  );

  app.get(
    '/confirmations/:id',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'getConfirmationBatch',
        summary: 'Get a confirmation batch and its report',
        description: WHO,
        tags: ['confirmations'],
        params: ConfirmationParams,
        response: { 200: ConfirmationBatchSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => confirmations.get(contextOf(request), request.params.id),
  );

  app.post(
    '/confirmations/:id/void',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'voidConfirmationBatch',
        summary: 'Withdraw a confirmation batch',
        description: `${WHO} Each worker it labelled takes its next latest confirmation from batches not voided, or none (it is then unconfirmed, or no longer counted if no dinas reported it). Voiding twice is a 409.`,
        tags: ['confirmations'],
        params: ConfirmationParams,
        body: VoidConfirmationSchema,
        response: { 200: ConfirmationBatchSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => confirmations.void(contextOf(request), request.params.id, request.body.reason),
  );

  app.post(
    '/agreements/:agreementId/official-figures',
    {
      config: { roles: ['admin', 'agency'], responseHeaders: { 201: ['Location'] } },
      schema: {
        operationId: 'postOfficialFigure',
        summary: 'Record the official coverage figure BPJS or Kemendagri published for a date',
        description: `${WHO} Stored as published (audited); the summary shows the latest by \`asOf\` beside the counted figures, and the series shows each as a point.`,
        tags: ['confirmations'],
        params: AgreementParams,
        body: OfficialFigureCreateSchema,
        response: { 201: OfficialFigureSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const figure = await confirmations.addOfficialFigure(contextOf(request), request.params.agreementId, request.body);
      return reply.code(201).header('location', `/v1/agreements/${figure.agreementId}/official-figures`).send(figure);
    },
  );

  app.get(
    '/agreements/:agreementId/official-figures',
    {
      schema: {
        operationId: 'listOfficialFigures',
        summary: 'List the official figures, latest first',
        description: 'Any authenticated role; an agency token must be a party of the agreement.',
        tags: ['confirmations'],
        params: AgreementParams,
        querystring: ConfirmationListQuery,
        response: { 200: OfficialFigurePageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => confirmations.officialFigures(contextOf(request), request.params.agreementId, request.query),
  );

  const unconfirmedAccess =
    'The agency itself (its own agency token) or an admin; any other agency and viewers get 403. Never a NIK or its hash: each record is named by its batch, its index and the agency’s own `ref`.';

  app.get(
    '/agreements/:agreementId/agencies/:code/unconfirmed',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'listUnconfirmedRecords',
        summary: 'An agency’s credited records BPJS has not confirmed active',
        description: `${unconfirmedAccess} A record is listed while its worker’s latest confirmation is \`not_found\` or \`inactive\`, or there is none yet (\`pending\`).`,
        tags: ['confirmations'],
        params: UnconfirmedParams,
        querystring: UnconfirmedQuery,
        response: { 200: UnconfirmedPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { agreementId, code } = request.params;
      return confirmations.unconfirmed(contextOf(request), agreementId, code, request.query);
    },
  );

  app.get(
    '/agreements/:agreementId/agencies/:code/unconfirmed.csv',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'getUnconfirmedRecordsCsv',
        summary: 'The same list, whole, as a CSV file',
        description: `${unconfirmedAccess} CSV as the exports write it (UTF-8 with a BOM, \`;\`-delimited). Audited (counts only).`,
        tags: ['confirmations'],
        params: UnconfirmedParams,
        querystring: UnconfirmedCsvQuery,
        response: {
          200: {
            description: 'The file, as an attachment (`Content-Disposition`).',
            content: {
              [CONTENT_TYPES.csv.split(';')[0] as string]: {
                schema: z
                  .string()
                  .meta({
                    format: 'binary',
                    examples: [
                      '"batch";"baris_batch";"tanggal_terdaftar";"segmen";"ref";"status"\r\n"5d1f6a8e-3c55-4b0e-9a43-0f3c2f1e7b10";17;2024-11-04;"BPU";"PUSKESMAS-TEBET-0042";"not_found"\r\n',
                    ],
                  })
                  .describe('CSV, `;`-delimited, UTF-8 with a BOM.'),
              },
            },
          },
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const { agreementId, code } = request.params;
      const sheet = await confirmations.unconfirmedSheet(contextOf(request), agreementId, code, request.query.status);
      return reply
        .type(CONTENT_TYPES.csv)
        .header('content-disposition', `attachment; filename="${sheet.fileName}.csv"`)
        .header('cache-control', 'no-store')
        .send(toCsv(sheet) as never);
    },
  );
};
