import { z } from 'zod';

/**
 * The events a subscription can receive: one zod schema per type, the source of the payloads'
 * validation (outbox.ts parses every event it writes), their types and the OpenAPI `webhooks`
 * section. Payloads are thin — ids, figures and links to read the rest with a token — and never
 * carry a NIK or its hash. Each event names the agreement and agency it is about; `audience`
 * says who beyond admins may hear it: `agency` (that agency only) or `agreement` (every party of
 * the agreement: a figure the agreement's summary shows all of them anyway).
 */

const agreementId = z.string().describe('The agreement.');
const agency = z.string().describe('The agency the event is about.');
const count = z.number().int().min(0);

const batchLinks = z.object({ batch: z.string().describe('`GET` it for the batch’s report.') });

export const eventCatalogue = {
  'batch.created': {
    audience: 'agency',
    summary: 'A batch was posted (through `POST …/batches` or as a chunk of an import).',
    data: z.object({
      batchId: z.uuid(),
      agreementId,
      agency,
      commitmentId: z.uuid().nullable(),
      status: z.enum(['accepted', 'partially_accepted', 'rejected']),
      received: count,
      accepted: count,
      rejected: count,
      createdAt: z.string().describe('ISO 8601 time.'),
      links: batchLinks,
    }),
  },
  'batch.voided': {
    audience: 'agency',
    summary: 'A batch was voided: its credits fell back to other reports or left coverage.',
    data: z.object({
      batchId: z.uuid(),
      agreementId,
      agency,
      released: count.describe('Workers whose credit the batch held.'),
      fellBack: count.describe('Of those, workers credited to another report instead.'),
      links: batchLinks,
    }),
  },
  'import.completed': {
    audience: 'agency',
    summary: 'A spreadsheet import finished.',
    data: z.object({
      importId: z.uuid(),
      agreementId,
      agency,
      dryRun: z.boolean(),
      rowsRead: count,
      received: count,
      accepted: count,
      rejected: count,
      links: z.object({ import: z.string() }),
    }),
  },
  'confirmation.completed': {
    audience: 'agency',
    summary:
      'A BPJS confirmation batch was written (through `POST …/confirmations` or as a chunk of a confirmation import). Heard by the counterpart that posted it; the figures it moves reach every party through the summary.',
    data: z.object({
      confirmationBatchId: z.uuid(),
      agreementId,
      agency,
      status: z.enum(['accepted', 'partially_accepted', 'rejected']),
      received: count,
      accepted: count,
      rejected: count,
      active: count,
      inactive: count,
      notFound: count,
      asOf: z.string().nullable().describe('The latest register date among its valid records.'),
      createdAt: z.string().describe('ISO 8601 time.'),
      links: z.object({ confirmation: z.string().describe('`GET` it for the batch’s report.') }),
    }),
  },
  'import.failed': {
    audience: 'agency',
    summary: 'A spreadsheet import failed (the file could not be read to the end, or it expired).',
    data: z.object({
      importId: z.uuid(),
      agreementId,
      agency,
      error: z.string().nullable().describe('Why, as a code (e.g. `expired`).'),
      links: z.object({ import: z.string() }),
    }),
  },
  'commitment.signed': {
    audience: 'agency',
    summary: 'A commitment was signed and became active.',
    data: z.object({
      commitmentId: z.uuid(),
      agreementId,
      agency,
      kind: z.enum(['enrollment', 'milestone', 'budget']),
      targetWorkers: count.nullable(),
      dueDate: z.string(),
      signedOn: z.string(),
      links: z.object({ commitment: z.string() }),
    }),
  },
  'milestone.overdue': {
    audience: 'agency',
    summary: 'A signed milestone is still open the day after its due date.',
    data: z.object({
      alertId: z.uuid(),
      commitmentId: z.uuid(),
      agreementId,
      agency,
      dueDate: z.string(),
      links: z.object({ commitment: z.string(), alerts: z.string() }),
    }),
  },
  'agency.status_changed': {
    audience: 'agreement',
    summary: 'An agency’s status against its commitments changed (e.g. `on_track` → `behind`), as the summary shows it.',
    data: z.object({
      agreementId,
      agency,
      from: z.enum(['met', 'on_track', 'behind', 'no_commitment']).nullable().describe('Null the first time it is evaluated.'),
      to: z.enum(['met', 'on_track', 'behind', 'no_commitment']),
      credited: count,
      committedWorkers: count,
      links: z.object({ summary: z.string() }),
    }),
  },
  'agency.projected_miss': {
    audience: 'agency',
    summary:
      'At its pace over the last 14 days an agency will not meet a commitment by its due date (raised once per change: again only after the projection recovered).',
    data: z.object({
      alertId: z.uuid(),
      commitmentId: z.uuid(),
      agreementId,
      agency,
      dueDate: z.string(),
      cumulativeTarget: count.describe('Workers to be credited by the due date (this and earlier-due commitments).'),
      credited: count,
      projected: count.describe('Credited on the due date if the pace holds.'),
      shortfall: count,
      pacePerDay: z.number().min(0),
      requiredPerDay: count.nullable().describe('Workers a day needed from today; null after the due date.'),
      links: z.object({ alerts: z.string() }),
    }),
  },
  'period.submitted': {
    audience: 'agency',
    summary: 'An agency submitted its report for a period.',
    data: z.object({
      agreementId,
      agency,
      period: z.string().describe('The reporting period, e.g. `2024-11`.'),
      status: z.string().describe('The submission’s status now.'),
      links: z.object({ submissions: z.string() }),
    }),
  },
  'period.verified': {
    audience: 'agency',
    summary: 'The lead party verified an agency’s submission for a period.',
    data: z.object({
      agreementId,
      agency,
      period: z.string().describe('The reporting period, e.g. `2024-11`.'),
      status: z.string().describe('The submission’s status now.'),
      links: z.object({ submissions: z.string() }),
    }),
  },
  'period.accepted': {
    audience: 'agency',
    summary: 'The counterpart accepted an agency’s submission for a period.',
    data: z.object({
      agreementId,
      agency,
      period: z.string().describe('The reporting period, e.g. `2024-11`.'),
      status: z.string().describe('The submission’s status now.'),
      links: z.object({ submissions: z.string() }),
    }),
  },
  'period.closed': {
    audience: 'agreement',
    summary: 'A reporting period was closed: its figures are frozen as a new version.',
    data: z.object({
      agreementId,
      agency: z.null().describe('None: the period is the agreement’s.'),
      period: z.string(),
      version: z.number().int().min(1),
      links: z.object({ periods: z.string() }),
    }),
  },
} as const;

export type EventType = keyof typeof eventCatalogue;
export const EVENT_TYPES = Object.keys(eventCatalogue) as EventType[];
export type EventData<T extends EventType> = z.infer<(typeof eventCatalogue)[T]['data']>;

export const EventTypeSchema = z.enum(EVENT_TYPES as [EventType, ...EventType[]]).describe('An event type (see the `webhooks` section).');

/** The body of every webhook request (Standard Webhooks' recommended shape). */
export function envelopeSchema<T extends EventType>(type: T) {
  return z
    .object({
      type: z.literal(type),
      timestamp: z.string().describe('When the event happened, ISO 8601.'),
      data: eventCatalogue[type].data,
    })
    .describe(eventCatalogue[type].summary);
}
