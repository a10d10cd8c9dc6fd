import { z } from 'zod';
import { AgencyCode, freeText, IsoDateTime, PageQuery, pageOf } from '../../schemas/common.js';
import { AgreementParams } from '../agreements/schemas.js';

const example = {
  id: '2b9c1d7e-3f4a-4b5c-8d6e-7f8091a2b3c4',
  agreementId: 'jakarta-uc-2024',
  agency: 'dinkes',
  commitmentId: '0b6c3f0e-8f7a-4a53-9d0e-2f4f0f6d7a11',
  kind: 'projected_miss',
  openedAt: '2024-11-20T17:00:05.000Z',
  details: {
    dueDate: '2024-12-31',
    cumulativeTarget: 25_000,
    credited: 14_200,
    projected: 19_800,
    shortfall: 5_200,
    pacePerDay: 133.57,
    requiredPerDay: 259,
  },
  acknowledgement: null,
} as const;

export const AlertSchema = z
  .object({
    id: z.uuid(),
    agreementId: z.string(),
    agency: AgencyCode,
    commitmentId: z.uuid(),
    kind: z
      .enum(['projected_miss', 'milestone_overdue'])
      .describe(
        '`projected_miss`: at its pace over the last 14 days the agency misses the commitment by its due date. `milestone_overdue`: a signed milestone still open after its due date.',
      ),
    openedAt: IsoDateTime,
    details: z
      .object({
        dueDate: z.string(),
        cumulativeTarget: z.number().int().optional().describe('Workers to be credited by the due date: this commitment and those due before it.'),
        credited: z.number().int().optional(),
        projected: z.number().int().optional().describe('Credited on the due date if the pace holds.'),
        shortfall: z.number().int().optional(),
        pacePerDay: z.number().optional(),
        requiredPerDay: z.number().int().nullable().optional(),
      })
      .describe('The figures as last evaluated.'),
    acknowledgement: z
      .object({ at: IsoDateTime, by: z.string(), note: z.string().nullable() })
      .nullable()
      .describe('Who acknowledged it; an acknowledged alert stays open until its condition ends.'),
  })
  .meta({ id: 'Alert', examples: [example] });

export const AlertPageSchema = pageOf(AlertSchema, 'oldest first').meta({ id: 'AlertPage' });
export const AlertListQuery = PageQuery.extend({ agency: AgencyCode.optional().describe('Only this agency’s alerts (agency tokens: their own).') });
export const AlertListParams = AgreementParams;
export const AlertParams = AgreementParams.extend({ alertId: z.uuid() });
export const AcknowledgeSchema = z
  .object({ note: freeText(z.string().trim().max(1000)).nullable().optional().describe('What is being done about it.') })
  .strict()
  .meta({ id: 'AlertAcknowledgement', examples: [{ note: 'Puskesmas outreach week starts Monday.' }] });

export type Alert = z.infer<typeof AlertSchema>;
