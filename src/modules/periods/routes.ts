import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../lib/context.js';
import { PageQuery, problemResponses } from '../../schemas/common.js';
import { AgreementParams } from '../agreements/schemas.js';
import {
  AdjustmentPageSchema,
  AdjustmentQuery,
  PeriodParams,
  ReopenSchema,
  ReportingPeriodPageSchema,
  ReportingPeriodSchema,
  ReturnSchema,
  SchedulePutSchema,
  ScheduleSchema,
  SubmissionParams,
  SubmissionSchema,
  SubmitSchema,
} from './schemas.js';
import type { PeriodService } from './service.js';

export const periodRoutes: FastifyPluginAsyncZod<{ periods: PeriodService }> = async (app, { periods }) => {
  app.get(
    '/agreements/:agreementId/periods',
    {
      schema: {
        operationId: 'listReportingPeriods',
        summary: 'List an agreement’s reporting periods, each with its state and every agency’s submission',
        description:
          'Periods are whole calendar months (monthly by default; see the schedule), named `YYYY-MM` by their first month, cut to the agreement’s period. Any role that reads the agreement.',
        tags: ['periods'],
        params: AgreementParams,
        querystring: PageQuery,
        response: { 200: ReportingPeriodPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => periods.list(contextOf(request), request.params.agreementId, request.query),
  );

  app.get(
    '/agreements/:agreementId/periods/schedule',
    {
      schema: {
        operationId: 'getPeriodSchedule',
        summary: 'How an agreement is reported: months per period and the submission deadline',
        tags: ['periods'],
        params: AgreementParams,
        response: { 200: ScheduleSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => periods.schedule(contextOf(request), request.params.agreementId),
  );

  app.put(
    '/agreements/:agreementId/periods/schedule',
    {
      config: { roles: ['admin'], problems: ['conflict'] },
      schema: {
        operationId: 'putPeriodSchedule',
        summary: 'Set an agreement’s reporting schedule',
        description:
          'Admin. The deadline may change at any time; the months per period only until the first submission or close (409 `conflict` after: the periods’ names would move).',
        tags: ['periods'],
        params: AgreementParams,
        body: SchedulePutSchema,
        response: { 200: ScheduleSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => periods.putSchedule(contextOf(request), request.params.agreementId, request.body),
  );

  app.post(
    '/agreements/:agreementId/periods/:period/submissions',
    {
      config: { roles: ['admin', 'agency'], problems: ['period-not-started', 'period-closed', 'invalid-transition'] },
      schema: {
        operationId: 'submitPeriod',
        summary: 'Submit an agency’s reports for a period as complete',
        description:
          'The agency’s own token (an admin names `agency`, and is audited as the admin). From `open` or `returned` to `submitted`. 403 for any other caller; 404 for a period or agency the agreement does not have; 409 `period-not-started` before the period begins, `period-closed` while it is closed, `invalid-transition` from any other state.',
        tags: ['periods'],
        params: PeriodParams,
        body: SubmitSchema,
        response: { 200: SubmissionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => periods.move(contextOf(request), request.params.agreementId, request.params.period, request.body.agency, 'submit'),
  );

  const moves = [
    [
      'verify',
      'verifySubmission',
      'Verify a submitted period (the lead party)',
      'The lead party’s token, or an admin. From `submitted` to `verified`.',
    ],
    [
      'accept',
      'acceptSubmission',
      'Accept a verified period (the counterpart)',
      'The counterpart’s token (BPJS), or an admin. From `verified` to `accepted`, which is final.',
    ],
  ] as const;
  for (const [action, operationId, summary, who] of moves) {
    app.post(
      `/agreements/:agreementId/periods/:period/submissions/:agency/${action}`,
      {
        config: { roles: ['admin', 'agency'], problems: ['period-closed', 'invalid-transition'] },
        schema: {
          operationId,
          summary,
          description: `${who} 403 for any other caller; 404 for a period or agency the agreement does not have; 409 \`period-closed\` while the period is closed, \`invalid-transition\` from any other state.`,
          tags: ['periods'],
          params: SubmissionParams,
          response: { 200: SubmissionSchema, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => periods.move(contextOf(request), request.params.agreementId, request.params.period, request.params.agency, action),
    );
  }

  app.post(
    '/agreements/:agreementId/periods/:period/submissions/:agency/return',
    {
      config: { roles: ['admin', 'agency'], problems: ['period-closed', 'invalid-transition'] },
      schema: {
        operationId: 'returnSubmission',
        summary: 'Return a submitted period to its agency, with a reason (the lead party)',
        description:
          'The lead party’s token, or an admin. From `submitted` to `returned`: the agency corrects its reports and submits again. 403 for any other caller; 404 for a period or agency the agreement does not have; 409 `period-closed` while the period is closed, `invalid-transition` from any other state.',
        tags: ['periods'],
        params: SubmissionParams,
        body: ReturnSchema,
        response: { 200: SubmissionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      periods.move(contextOf(request), request.params.agreementId, request.params.period, request.params.agency, 'return', request.body.reason),
  );

  app.post(
    '/agreements/:agreementId/periods/:period/close',
    {
      config: { roles: ['admin'], problems: ['period-not-ended', 'period-closed'] },
      schema: {
        operationId: 'closeReportingPeriod',
        summary: 'Close a period: freeze its figures',
        description:
          'Admin, once the period’s last day (WIB) is over (409 `period-not-ended` before). Freezes the summary and series up to its last day as the next version, served byte for byte by `GET …/summary?period=` and `GET …/series?period=` forever. From then on a record dated in the period is rejected (`enrolled_on_period_closed`) and a void that would move one of its credits is a 409 `period-closed`. A close after a reopen writes the adjustment. 409 `period-closed` if it is closed already.',
        tags: ['periods'],
        params: PeriodParams,
        response: { 200: ReportingPeriodSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => periods.close(contextOf(request), request.params.agreementId, request.params.period),
  );

  app.post(
    '/agreements/:agreementId/periods/:period/reopen',
    {
      config: { roles: ['admin'], problems: ['period-not-closed'] },
      schema: {
        operationId: 'reopenReportingPeriod',
        summary: 'Reopen a closed period, with a reason',
        description:
          'Admin. Records and voids may change the period again; its frozen versions stay served under their numbers, and what changes is listed as an adjustment (pending until the period is closed again). 409 `period-not-closed` unless it is closed.',
        tags: ['periods'],
        params: PeriodParams,
        body: ReopenSchema,
        response: { 200: ReportingPeriodSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => periods.reopen(contextOf(request), request.params.agreementId, request.params.period, request.body.reason),
  );

  app.get(
    '/agreements/:agreementId/periods/:period/adjustments',
    {
      schema: {
        operationId: 'listPeriodAdjustments',
        summary: 'What reopening a period changed: who, when, why, which figures moved by how much',
        description: 'Any role that reads the agreement. One entry per close after a reopen, and a pending one while the period is reopened.',
        tags: ['periods'],
        params: PeriodParams,
        querystring: AdjustmentQuery,
        response: { 200: AdjustmentPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => periods.adjustments(contextOf(request), request.params.agreementId, request.params.period, request.query),
  );
};
