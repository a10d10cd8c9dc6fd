import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../lib/context.js';
import { problemResponses } from '../../schemas/common.js';
import {
  DeliveryPageSchema,
  DeliveryParams,
  DeliverySchema,
  MAX_WEBHOOKS_PER_OWNER,
  RotatedSecretSchema,
  SECRET_OVERLAP_HOURS,
  WebhookCreatedSchema,
  WebhookCreateSchema,
  WebhookListQuery,
  WebhookPageSchema,
  WebhookParams,
  WebhookPatchSchema,
  WebhookSchema,
} from './schemas.js';
import type { WebhookService } from './service.js';

const scope =
  'An admin manages every subscription; an agency its own, which receive only events about that agency and the public aggregates of its agreements.';

export const webhookRoutes: FastifyPluginAsyncZod<{ webhooks: WebhookService }> = async (app, { webhooks }) => {
  app.post(
    '/webhooks',
    {
      config: { roles: ['admin', 'agency'], responseHeaders: { 201: ['Location'] } },
      schema: {
        operationId: 'createWebhook',
        summary: 'Subscribe a URL to events',
        description: `${scope} Events are signed per the Standard Webhooks specification with the \`secret\` returned here, once. See the \`webhooks\` section for each event's payload. An agency holds at most ${MAX_WEBHOOKS_PER_OWNER} subscriptions (the admins' agreement-wide ones as many): one more is a 409 (\`webhook-limit\`).`,
        tags: ['webhooks'],
        body: WebhookCreateSchema,
        response: { 201: WebhookCreatedSchema, ...problemResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const created = await webhooks.create(contextOf(request), request.body);
      return reply.code(201).header('location', `/v1/webhooks/${created.id}`).send(created);
    },
  );

  app.get(
    '/webhooks',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'listWebhooks',
        summary: 'List webhook subscriptions',
        description: scope,
        tags: ['webhooks'],
        querystring: WebhookListQuery,
        response: { 200: WebhookPageSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => webhooks.list(contextOf(request), request.query),
  );

  app.get(
    '/webhooks/:id',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'getWebhook',
        summary: 'Get a webhook subscription',
        tags: ['webhooks'],
        params: WebhookParams,
        response: { 200: WebhookSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => webhooks.get(contextOf(request), request.params.id),
  );

  app.patch(
    '/webhooks/:id',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'updateWebhook',
        summary: 'Change a webhook subscription (switch it on or off, change its URL or events)',
        description: 'Switching on a subscription the service switched off (`disabledReason: gone`) clears the reason.',
        tags: ['webhooks'],
        params: WebhookParams,
        body: WebhookPatchSchema,
        response: { 200: WebhookSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => webhooks.update(contextOf(request), request.params.id, request.body),
  );

  app.delete(
    '/webhooks/:id',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'deleteWebhook',
        summary: 'Delete a webhook subscription and its delivery log',
        tags: ['webhooks'],
        params: WebhookParams,
        response: { 204: z.undefined().describe('Deleted.'), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await webhooks.remove(contextOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/webhooks/:id/rotate-secret',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'rotateWebhookSecret',
        summary: 'Replace the signing secret',
        description: `Returns the new secret, once. For ${SECRET_OVERLAP_HOURS} hours every request is signed with both the new and the previous secret (two \`v1,\` signatures in \`webhook-signature\`), so the receiver can switch without losing an event.`,
        tags: ['webhooks'],
        params: WebhookParams,
        response: { 200: RotatedSecretSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => webhooks.rotateSecret(contextOf(request), request.params.id),
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'listWebhookDeliveries',
        summary: 'The delivery log: each event sent to the subscription, with its attempts',
        tags: ['webhooks'],
        params: WebhookParams,
        querystring: WebhookListQuery,
        response: { 200: DeliveryPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => webhooks.deliveries(contextOf(request), request.params.id, request.query),
  );

  app.post(
    '/webhooks/:id/deliveries/:deliveryId/redeliver',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'redeliverWebhook',
        summary: 'Send an ended delivery again',
        description: 'The same event with the same `webhook-id`, now, with a fresh round of retries. A delivery still pending is a 409.',
        tags: ['webhooks'],
        params: DeliveryParams,
        response: { 202: DeliverySchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(202).send(await webhooks.redeliver(contextOf(request), request.params.id, request.params.deliveryId)),
  );
};
