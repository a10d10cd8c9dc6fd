import { z } from 'zod';
import { Roles } from '../../lib/context.js';
import { IsoDateTime, PageQuery, pageOf } from '../../schemas/common.js';

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: IsoDateTime,
    actor: z.object({
      sub: z.string(),
      role: z.enum(Roles),
      agency: z.string().nullable(),
    }),
    action: z.string().describe('What was done, e.g. `commitment.sign`.'),
    entityType: z.string(),
    entityId: z.string(),
    requestId: z.string(),
    details: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({
    id: 'AuditEntry',
    examples: [
      {
        id: 42,
        at: '2024-10-24T02:15:00.000Z',
        actor: { sub: 'ops@dinkes', role: 'agency', agency: 'dinkes' },
        action: 'commitment.sign',
        entityType: 'commitment',
        entityId: '0b6c3f0e-8f7a-4a53-9d0e-2f4f0f6d7a11',
        requestId: 'req-9',
        details: { version: 1 },
      },
    ],
  });

export const AuditQuerySchema = PageQuery.extend({
  entityType: z.string().max(50).optional().describe('Only entries about this kind of entity.'),
  entityId: z.string().max(200).optional().describe('Only entries about this entity.'),
});

export const AuditPageSchema = pageOf(AuditEntrySchema, 'newest first').meta({ id: 'AuditPage' });
export type AuditEntryView = z.infer<typeof AuditEntrySchema>;
