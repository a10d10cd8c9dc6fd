import { z } from 'zod';
import { containsNik } from '../../domain/nik-text.js';
import { AgencyCode, freeText, IsoDateTime, PageQuery, pageOf } from '../../schemas/common.js';
import { EVENT_TYPES, EventTypeSchema } from './events.js';

export const SECRET_OVERLAP_HOURS = 24;
/**
 * Subscriptions one agency (or the admins together) may hold: each event is queued once per
 * subscription, so an unbounded number would let one token multiply every event's deliveries.
 */
export const MAX_WEBHOOKS_PER_OWNER = 20;

// A URL is stored and echoed like free text, so it may not carry a NIK either (in its path, its
// query or percent-encoded): the same rule as every stored text (docs/domain.md §8).
const Url = z
  .url({ protocol: /^https?$/ })
  .max(2048)
  .refine((url) => !containsNik(url), {
    message: 'May not contain a number of 16 or more digits (in any script, percent-encoded or with separators): a NIK is never stored.',
  })
  .describe(
    'Where events are POSTed: an `http` or `https` URL, with no number of 16 or more digits in it (a NIK is never stored). Loopback, private, link-local and cloud-metadata addresses are refused, here and at each delivery on the address the name then resolves to (unless the operator allows private targets).',
  );
const Events = z
  .array(EventTypeSchema)
  .min(1)
  .max(EVENT_TYPES.length)
  .refine((events) => new Set(events).size === events.length, 'each event type at most once')
  .describe('The event types to receive.');
const Description = freeText(z.string().trim().max(500));

const example = {
  id: '5d7b3f6e-1c2a-4b8e-9f00-3a1b2c3d4e5f',
  agency: 'dinkes',
  url: 'https://integrasi.dinkes.jakarta.go.id/hooks/sinergi',
  events: ['batch.created', 'agency.projected_miss'],
  description: 'Dinkes data office',
  active: true,
  disabledReason: null,
  previousSecretExpiresAt: null,
  createdAt: '2024-11-02T03:00:00.000Z',
  updatedAt: '2024-11-02T03:00:00.000Z',
} as const;

export const WebhookSchema = z
  .object({
    id: z.uuid(),
    agency: AgencyCode.nullable().describe('The agency whose events it receives; null for an admin’s subscription to every event.'),
    url: z.string(),
    events: z.array(EventTypeSchema),
    description: z.string().nullable(),
    active: z.boolean(),
    disabledReason: z.enum(['gone']).nullable().describe('`gone`: the service switched it off because the receiver answered 410.'),
    previousSecretExpiresAt: IsoDateTime.nullable().describe('After a rotation: until when the previous secret still signs too.'),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Webhook', examples: [example] });

const Secret = z.string().describe('The signing secret (`whsec_` + base64), shown only in this answer: keep it to verify `webhook-signature`.');

export const WebhookCreatedSchema = WebhookSchema.extend({ secret: Secret }).meta({
  id: 'WebhookCreated',
  examples: [{ ...example, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }],
});

export const WebhookCreateSchema = z
  .object({
    url: Url,
    events: Events,
    description: Description.nullable().optional(),
    active: z.boolean().default(true),
    agency: AgencyCode.nullable()
      .optional()
      .describe('Admins: the agency whose events it receives, or null/absent for every event. Agency tokens: their own (the default).'),
  })
  .strict()
  .meta({ id: 'WebhookCreate', examples: [{ url: example.url, events: example.events, description: example.description }] });

export const WebhookPatchSchema = z
  .object({ url: Url, events: Events, description: Description.nullable(), active: z.boolean() })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'send at least one field')
  .meta({ id: 'WebhookPatch', examples: [{ active: true }] });

export const RotatedSecretSchema = z
  .object({
    secret: Secret,
    previousSecretExpiresAt: IsoDateTime.describe(`The previous secret keeps signing (beside the new one) for ${SECRET_OVERLAP_HOURS} hours.`),
  })
  .meta({
    id: 'RotatedSecret',
    examples: [{ secret: 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD', previousSecretExpiresAt: '2024-11-03T03:00:00.000Z' }],
  });

export const WebhookParams = z.object({ id: z.uuid() });
export const DeliveryParams = z.object({ id: z.uuid(), deliveryId: z.uuid() });
export const WebhookListQuery = PageQuery;

export const WebhookPageSchema = pageOf(WebhookSchema, 'oldest first').meta({ id: 'WebhookPage' });

const AttemptSchema = z.object({
  attempt: z.number().int().min(1),
  at: IsoDateTime,
  statusCode: z.number().int().nullable().describe('The receiver’s HTTP status; null when none came (see `error`).'),
  latencyMs: z.number().int().min(0),
  error: z.string().nullable().describe('`timeout`, `connection (…)`, `dns (…)`, `target-forbidden (…)`; null when a status came.'),
});

const deliveryExample = {
  id: '8c3e0b1a-9d2f-4e5a-b6c7-d8e9f0a1b2c3',
  eventId: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
  eventType: 'batch.created',
  occurredAt: '2024-11-04T02:10:00.000Z',
  status: 'pending',
  attempts: 1,
  nextAttemptAt: '2024-11-04T02:10:05.000Z',
  lastStatusCode: 500,
  lastLatencyMs: 84,
  lastError: null,
  createdAt: '2024-11-04T02:10:00.000Z',
  finishedAt: null,
  attemptLog: [{ attempt: 1, at: '2024-11-04T02:10:00.100Z', statusCode: 500, latencyMs: 84, error: null }],
} as const;

export const DeliverySchema = z
  .object({
    id: z.uuid().describe('The `webhook-id` header of every attempt: receivers deduplicate by it.'),
    eventId: z.uuid(),
    eventType: z.string(),
    occurredAt: IsoDateTime,
    status: z
      .enum(['pending', 'succeeded', 'failed'])
      .describe('`failed` once the retries are spent (or the receiver answered 410); redeliver it by hand.'),
    attempts: z.number().int().min(0),
    nextAttemptAt: IsoDateTime.nullable().describe('When it is tried next; null once it has ended.'),
    lastStatusCode: z.number().int().nullable(),
    lastLatencyMs: z.number().int().nullable(),
    lastError: z.string().nullable(),
    createdAt: IsoDateTime,
    finishedAt: IsoDateTime.nullable(),
    attemptLog: z.array(AttemptSchema).describe('Every attempt, oldest first.'),
  })
  .meta({ id: 'WebhookDelivery', examples: [deliveryExample] });

export const DeliveryPageSchema = pageOf(DeliverySchema, 'newest first').meta({ id: 'WebhookDeliveryPage' });

export type WebhookCreate = z.infer<typeof WebhookCreateSchema>;
export type WebhookPatch = z.infer<typeof WebhookPatchSchema>;
export type Webhook = z.infer<typeof WebhookSchema>;
export type Delivery = z.infer<typeof DeliverySchema>;
