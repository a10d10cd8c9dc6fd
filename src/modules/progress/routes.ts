import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../lib/context.js';
import { ifNoneMatchHits } from '../../lib/etag.js';
import { problemResponses } from '../../schemas/common.js';
import { AgreementParams } from '../agreements/schemas.js';
import type { ReaderContext } from '../agreements/service.js';
import {
  AgencyProgressParams,
  AgencyProgressSchema,
  SERIES_MAX_DAYS,
  SeriesRouteQuery,
  SeriesSchema,
  SummaryQuery,
  SummarySchema,
} from './schemas.js';
import type { ProgressService } from './service.js';

export interface ProgressRouteOptions {
  progress: ProgressService;
  /** PUBLIC_SUMMARY: the summary and series (aggregates only) need no token. */
  publicSummary: boolean;
}

/** The reader of a route that may be public (PUBLIC_SUMMARY): no principal then. */
const readerOf = (request: FastifyRequest): ReaderContext => ({ principal: request.principal ?? null, requestId: String(request.id) });

export const progressRoutes: FastifyPluginAsyncZod<ProgressRouteOptions> = async (app, { progress, publicSummary }) => {
  const access = publicSummary
    ? 'Public (PUBLIC_SUMMARY=true): aggregates only, no token needed.'
    : 'Any authenticated role; an agency token must be a party of the agreement.';

  app.get(
    '/agreements/:agreementId/summary',
    {
      config: { public: publicSummary, responseHeaders: { 200: ['ETag'], 304: ['ETag'] } },
      schema: {
        operationId: 'getCoverageSummary',
        summary: 'Coverage against the shared target: figures, gap, pace, agencies, breakdowns, milestones',
        description: `${access} Cheap to poll: send the last \`ETag\` in \`If-None-Match\` and get a 304 with no body until a figure (or the WIB date) changes. With \`period\`: the figures up to that reporting period's last day; a closed period answers its frozen snapshot byte for byte, forever, with its own ETag (\`version\` names an earlier one after a reopen); 404 for a name that is not one of the agreement's periods or a version that was never frozen.`,
        tags: ['progress'],
        params: AgreementParams,
        querystring: SummaryQuery,
        headers: z.object({ 'if-none-match': z.string().max(1000).optional() }),
        response: {
          200: SummarySchema,
          304: z.undefined().describe('Not modified: the figures are those of the ETag sent.'),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const { period, version } = request.query;
      const { body, bytes, etag } =
        period === undefined
          ? await progress.summary(readerOf(request), request.params.agreementId)
          : await progress.periodSummary(readerOf(request), request.params.agreementId, period, version);
      reply.header('etag', etag).header('cache-control', 'no-cache');
      if (ifNoneMatchHits(request.headers['if-none-match'], etag)) return reply.code(304).send();
      // Already validated, serialised and (when cached) encoded once per change; sent as is.
      return reply.type('application/json; charset=utf-8').send((bytes ?? body) as never);
    },
  );

  app.get(
    '/agreements/:agreementId/series',
    {
      config: { public: publicSummary, responseHeaders: { 200: ['ETag'], 304: ['ETag'] } },
      schema: {
        operationId: 'getCoverageSeries',
        summary: 'Newly and cumulatively covered workers by day or week, with the straight line to the target',
        description: `${access} A series spans at most ${SERIES_MAX_DAYS.toLocaleString('en')} days after \`from\` (about ten years), defaults included; a longer window is a 400. With \`period\`: from the period start to that reporting period's last day; a closed period's series is frozen and served byte for byte with its own ETag.`,
        tags: ['progress'],
        params: AgreementParams,
        querystring: SeriesRouteQuery,
        headers: z.object({ 'if-none-match': z.string().max(1000).optional() }),
        response: {
          200: SeriesSchema,
          304: z.undefined().describe('Not modified: the series is that of the ETag sent.'),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const { body, etag } = await progress.seriesBody(readerOf(request), request.params.agreementId, request.query);
      reply.header('etag', etag).header('cache-control', 'no-cache');
      if (ifNoneMatchHits(request.headers['if-none-match'], etag)) return reply.code(304).send();
      return reply.type('application/json; charset=utf-8').send(body as never);
    },
  );

  app.get(
    '/agreements/:agreementId/agencies/:code/progress',
    {
      schema: {
        operationId: 'getAgencyProgress',
        summary: 'One agency’s progress: its commitments, its batches, duplicates credited elsewhere',
        description: 'Any authenticated role; agency tokens read every party’s progress in their agreements.',
        tags: ['progress'],
        params: AgencyProgressParams,
        response: { 200: AgencyProgressSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => progress.agencyProgress(contextOf(request), request.params.agreementId, request.params.code),
  );
};
