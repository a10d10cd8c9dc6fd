import { z } from 'zod';
import { containsNik } from '../../domain/nik-text.js';
import { AgencyCode, freeText, IsoDate, IsoDateTime, PageQuery, pageOf } from '../../schemas/common.js';

/**
 * Published figures are stored as published, each with its source and date, because they are
 * rounded and do not reconcile (docs/domain.md §3). Percentages shown elsewhere are derived from
 * `workers` and the workforce; `percent` here is the figure as published, or null.
 */
const Workers = z.number().int().min(0).max(100_000_000);
const PublishedPercent = z.number().min(0).max(100).nullable().describe('As published; null if none was.');
const Source = freeText(z.string().trim().min(3).max(1000)).describe('Who published the figure, where, when.');
const Note = freeText(z.string().trim().max(2000)).nullable().describe('How the figure was read or inferred.');

export const BaselineSchema = z.object({
  workers: Workers.describe('Workers already covered at the baseline date.'),
  percent: PublishedPercent,
  asOf: IsoDate,
  source: Source,
  note: Note,
});
export const TargetSchema = z.object({
  workers: Workers.min(1).describe('Workers covered by the target date.'),
  percent: PublishedPercent,
  date: IsoDate.describe('The target date; the agreement’s period ends on it.'),
  source: Source,
  note: Note,
});
export const WorkforceSchema = z.object({
  workers: Workers.min(1).describe('The denominator for coverage percentages.'),
  asOf: IsoDate,
  source: Source,
  note: Note,
});

const RegionCode = z
  .string()
  .regex(/^[0-9]{2}$/)
  .describe('Two-digit province code of the NIKs that count toward coverage (`31` = DKI Jakarta).');
export const CountBasis = z
  .enum(['reported', 'confirmed'])
  .describe(
    'What the summary’s headline `covered` counts. `reported` (the default): baseline + newlyCovered, the workers the agencies reported and were credited for. `confirmed`: baseline + the workers BPJS’s latest confirmation shows active with a confirmation day (registeredOn, else asOf) within the period — reported by an agency or not; and agency status is then judged on each agency’s confirmed-active workers. Both figures are always in the summary.',
  );

const AgreementId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'lowercase letters, digits and dashes, 3–64 characters')
  .describe('Stable slug, e.g. `jakarta-uc-2024`.');

const jakartaExample = {
  id: 'jakarta-uc-2024',
  title: 'Nota Kesepakatan Sinergi Universal Coverage Jamsostek DKI Jakarta 2024',
  description: 'Synergy MoU between BPJS Ketenagakerjaan Kanwil DKI Jakarta and the DKI Jakarta provincial government.',
  regionCode: '31',
  draftedOn: '2024-10-23',
  signedOn: null,
  periodStart: '2024-10-23',
  targetDate: '2024-12-31',
  baseline: {
    workers: 2_200_000,
    percent: 51,
    asOf: '2024-10-23',
    source: 'BPJS Ketenagakerjaan Kanwil DKI Jakarta, Wartapembaruan.co.id, 23 Oct 2024',
    note: null,
  },
  target: {
    workers: 2_700_000,
    percent: 65,
    date: '2024-12-31',
    source: 'Kemendagri target as quoted by BPJS Ketenagakerjaan Kanwil DKI Jakarta, 23 Oct 2024',
    note: null,
  },
  workforce: {
    workers: 4_153_846,
    asOf: '2024-12-31',
    source: 'Inferred: 2,700,000 ÷ 65 %',
    note: 'Not published; see the seed file.',
  },
  countBasis: 'reported',
};

export const AgreementSchema = z
  .object({
    id: AgreementId,
    title: z.string(),
    description: z.string().nullable(),
    regionCode: RegionCode,
    draftedOn: IsoDate.nullable(),
    signedOn: IsoDate.nullable(),
    periodStart: IsoDate.describe('Enrollments dated before this do not count.'),
    targetDate: IsoDate.describe('Enrollments dated after this do not count.'),
    baseline: BaselineSchema,
    target: TargetSchema,
    workforce: WorkforceSchema,
    countBasis: CountBasis,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({
    id: 'Agreement',
    examples: [{ ...jakartaExample, createdAt: '2024-10-23T03:00:00.000Z', updatedAt: '2024-10-23T03:00:00.000Z' }],
  });

const optionalNote = { note: Note.optional() };
export const AgreementCreateSchema = z
  .strictObject({
    // An id is stored, returned and written into every path under it: no NIK may become one.
    id: AgreementId.refine((id) => !containsNik(id), 'may not contain a number of 16 or more digits'),
    title: freeText(z.string().trim().min(3).max(300)),
    description: freeText(z.string().trim().max(5000)).optional(),
    regionCode: RegionCode,
    draftedOn: IsoDate.optional(),
    signedOn: IsoDate.optional(),
    periodStart: IsoDate,
    baseline: BaselineSchema.extend({ percent: PublishedPercent.optional(), ...optionalNote }).strict(),
    target: TargetSchema.extend({ percent: PublishedPercent.optional(), ...optionalNote }).strict(),
    workforce: WorkforceSchema.extend(optionalNote).strict(),
    countBasis: CountBasis.optional(),
  })
  .refine((a) => a.periodStart <= a.target.date, {
    message: 'periodStart must not be after target.date',
    path: ['periodStart'],
  })
  .meta({
    id: 'AgreementCreate',
    examples: [
      {
        id: 'jakarta-uc-2025',
        title: 'NKS Universal Coverage Jamsostek DKI Jakarta 2025',
        regionCode: '31',
        signedOn: '2025-02-13',
        periodStart: '2025-01-01',
        baseline: { workers: 2_700_000, asOf: '2024-12-31', source: 'BPJS Ketenagakerjaan, Feb 2025' },
        target: { workers: 3_208_000, percent: 66, date: '2025-12-31', source: 'NKS 13 Feb 2025' },
        workforce: { workers: 4_860_000, asOf: '2024-12-31', source: 'Inferred: 3,208,000 ÷ 66 %' },
      },
    ],
  });

export const AgreementPatchSchema = z
  .strictObject({
    title: freeText(z.string().trim().min(3).max(300)).optional(),
    description: freeText(z.string().trim().max(5000)).nullable().optional(),
    draftedOn: IsoDate.nullable().optional(),
    signedOn: IsoDate.nullable().optional(),
    periodStart: IsoDate.optional(),
    baseline: BaselineSchema.partial().strict().optional(),
    target: TargetSchema.partial().strict().optional(),
    workforce: WorkforceSchema.partial().strict().optional(),
    countBasis: CountBasis.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .meta({
    id: 'AgreementPatch',
    description: 'Fields to change; figure objects are merged into the stored ones.',
    examples: [{ workforce: { workers: 5_110_000, source: 'BPS Sakernas, Aug 2024', asOf: '2024-08-31' } }],
  });

export const AgreementParams = z.object({ agreementId: AgreementId });
export const AgreementListQuery = PageQuery;
export const AgreementPageSchema = pageOf(AgreementSchema, 'sorted by id').meta({ id: 'AgreementPage' });

export const PartyRole = z
  .enum(['lead', 'counterpart', 'participant'])
  .describe('`lead` (one per agreement), `counterpart` (BPJS) or `participant` (a dinas).');

export const PartySchema = z
  .object({
    agency: z.object({ code: AgencyCode, name: z.string() }),
    role: PartyRole,
    joinedOn: IsoDate,
  })
  .meta({
    id: 'Party',
    examples: [{ agency: { code: 'disnakertransgi', name: 'Dinas Tenaga Kerja, Transmigrasi dan Energi' }, role: 'lead', joinedOn: '2024-10-23' }],
  });
export const PartyPageSchema = pageOf(PartySchema, 'sorted by agency code').meta({ id: 'PartyPage' });
export const PartyParams = AgreementParams.extend({ code: AgencyCode });
export const PartyPutSchema = z
  .strictObject({
    role: PartyRole,
    joinedOn: IsoDate.optional().describe('Defaults to the agreement’s drafting date, or today (WIB).'),
  })
  .meta({ id: 'PartyPut', examples: [{ role: 'participant', joinedOn: '2024-10-23' }] });

export type Agreement = z.infer<typeof AgreementSchema>;
export type AgreementCreate = z.infer<typeof AgreementCreateSchema>;
export type AgreementPatch = z.infer<typeof AgreementPatchSchema>;
export type Party = z.infer<typeof PartySchema>;
export type PartyPut = z.infer<typeof PartyPutSchema>;
