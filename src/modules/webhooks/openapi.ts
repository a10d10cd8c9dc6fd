import { z } from 'zod';
import { DEFAULT_RETRY_SCHEDULE } from './dispatcher.js';
import { EVENT_TYPES, envelopeSchema, eventCatalogue } from './events.js';
import { SECRET_OVERLAP_HOURS } from './schemas.js';

const describeSchedule = (seconds: readonly number[]) =>
  seconds.map((s) => (s >= 3600 ? `${s / 3600} h` : s >= 60 ? `${s / 60} min` : `${s} s`)).join(', ');

const signing = `
Sent as \`POST\` with a JSON body, signed per the [Standard Webhooks](https://www.standardwebhooks.com/)
specification: \`webhook-id\` (the delivery's id — the same on every retry: deduplicate by it),
\`webhook-timestamp\` (Unix seconds) and \`webhook-signature\` (\`v1,\` + base64 HMAC-SHA256 of
\`id.timestamp.body\` under the subscription's secret; during the ${SECRET_OVERLAP_HOURS} hours after a
rotation, two space-separated signatures, one per secret). Verify with any Standard Webhooks library.
Answer any 2xx within the delivery timeout to acknowledge; anything else (or no answer) is retried after
${describeSchedule(DEFAULT_RETRY_SCHEDULE)} (±10 % jitter; about 27.6 hours in all), then the delivery is
\`failed\` and can be redelivered by hand. A 410 switches the subscription off. Redirects are not followed.
Delivery is at least once; order is not guaranteed.
`.trim();

const header = (name: string, description: string) => ({
  name,
  in: 'header',
  required: true,
  description,
  schema: { type: 'string', maxLength: 1024 },
});

/** The OpenAPI 3.1 `webhooks` section: one operation per event type, its body from the catalogue. */
export function webhooksDocument(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const type of EVENT_TYPES) {
    const { $schema: _ignored, ...schema } = z.toJSONSchema(envelopeSchema(type), { target: 'draft-2020-12', io: 'output' }) as Record<
      string,
      unknown
    >;
    const camel = type.replace(/[._]([a-z])/g, (_m, c: string) => c.toUpperCase());
    out[type] = {
      post: {
        operationId: `on${camel[0]?.toUpperCase()}${camel.slice(1)}`,
        summary: eventCatalogue[type].summary,
        description: `${eventCatalogue[type].audience === 'agreement' ? 'Received by admins’ subscriptions and those of every party of the agreement.' : 'Received by admins’ subscriptions and those of the agency it is about.'}\n\n${signing}`,
        tags: ['webhooks'],
        security: [],
        parameters: [
          header('webhook-id', 'The delivery’s id; the same on every retry.'),
          header('webhook-timestamp', 'Unix time (seconds) of this attempt.'),
          header('webhook-signature', 'Space-separated `v1,<base64>` signatures.'),
        ],
        requestBody: { required: true, content: { 'application/json': { schema } } },
        responses: {
          '200': { description: 'Received (any 2xx does).' },
          '410': { description: 'Gone: the service switches the subscription off.' },
        },
      },
    };
  }
  return out;
}
