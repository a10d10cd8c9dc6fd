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

const ChainBreakSchema = z.object({
  chain: z.string().describe('`agency:<code>` for the entries about an agency, `global` for the rest.'),
  chainSeq: z.number().int().describe('The position in the chain where it breaks.'),
  id: z.number().int().nullable().describe('The entry at that position, or null when it is missing.'),
  problem: z
    .enum(['content-changed', 'link-broken', 'rows-missing', 'head-mismatch'])
    .describe(
      '`content-changed`: the entry no longer matches its hash (edited). `link-broken`: its previous-hash is not the hash of the entry before it. `rows-missing`: positions are missing (entries deleted). `head-mismatch`: the chain does not end where its head says (entries cut from its end).',
    ),
});

export const AuditVerificationSchema = z
  .object({
    ok: z.boolean().describe('True when every chain is intact.'),
    checkedRows: z.number().int(),
    chains: z
      .array(z.object({ chain: z.string(), length: z.number().int(), lastHash: z.string().nullable() }))
      .describe('Each chain’s head: keep the last hashes elsewhere to detect a rewrite of a whole chain’s end.'),
    unchainedRows: z.number().int().describe('Entries written before the chain existed, or stripped of their chain (their chain then shows a gap).'),
    brokenCount: z.number().int(),
    firstBroken: ChainBreakSchema.nullable().describe('The earliest broken link (by entry id; missing entries last).'),
    broken: z.array(ChainBreakSchema).max(100).describe('The first 100 broken links, earliest first.'),
  })
  .meta({
    id: 'AuditVerification',
    examples: [
      {
        ok: false,
        checkedRows: 41,
        chains: [{ chain: 'agency:dinkes', length: 12, lastHash: 'a3f1…' }],
        unchainedRows: 0,
        brokenCount: 1,
        firstBroken: { chain: 'agency:dinkes', chainSeq: 7, id: 33, problem: 'content-changed' },
        broken: [{ chain: 'agency:dinkes', chainSeq: 7, id: 33, problem: 'content-changed' }],
      },
    ],
  });
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;
