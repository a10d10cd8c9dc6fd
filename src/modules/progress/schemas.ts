import { z } from 'zod';
import { AgencyCode } from '../../schemas/common.js';

export const SummarySchema = z
  .object({
    agreementId: z.string(),
    newlyCovered: z
      .number()
      .int()
      .describe('Distinct in-region workers credited in the agreement’s period, net of voided batches.'),
    agencies: z.array(
      z.object({
        code: AgencyCode,
        name: z.string(),
        credited: z.number().int().describe('Workers newly covered and credited to this agency.'),
      }),
    ),
  })
  .meta({
    id: 'Summary',
    examples: [{ agreementId: 'jakarta-uc-2024', newlyCovered: 1000, agencies: [{ code: 'dinkes', name: 'Dinas Kesehatan', credited: 1000 }] }],
  });
export type Summary = z.infer<typeof SummarySchema>;
