import { z } from 'zod';
import { containsNik } from '../../domain/nik-text.js';
import { SEGMENTS } from '../../domain/programs.js';
import { AgencyCode, AreaTargetsSchema, freeText, IsoDate, IsoDateTime, PageQuery, pageOf } from '../../schemas/common.js';

/**
 * Published figures are stored as published, each with its source and date, because they are
 * rounded and do not reconcile (docs/domain.md §3). Percentages shown elsewhere are derived from
 * `workers` and the workforce; `percent` here is the figure as published, or null.
 */
const Workers = z.number().int().min(0).max(100_000_000);
const PublishedPercent = z.number().min(0).max(100).nullable().describe('As published; null if none was.');
const Source = freeText(z.string().trim().min(3).max(1000)).describe('Who published the figure, where, when.');
const Note = freeText(z.string().trim().max(2000)).nullable().describe('How the figure was read or inferred.');

const BaselineKind = z
  .enum(['declared', 'predecessorResult'])
  .describe(
    '`declared`: the figures were typed in from a source. `predecessorResult`: the baseline is the predecessor’s covered workers at its target date (its baseline plus its newly covered workers), derived whenever it is read, never typed; `asOf` is then the predecessor’s target date.',
  );

export const BaselineSchema = z.object({
  kind: BaselineKind,
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

const CountedSegments = z
  .array(z.enum(SEGMENTS))
  .min(1)
  .max(SEGMENTS.length)
  .refine((list) => new Set(list).size === list.length, 'each segment at most once')
  .describe('The segments the agreement counts. A valid in-region record of another segment is classified `outOfScope`: kept, not counted.');
const IndicatorName = freeText(z.string().trim().min(3).max(300));
const IndicatorCode = freeText(z.string().trim().min(1).max(100)).describe('An official indicator code, e.g. of Satu Data Indonesia or Bappenas.');

export const IndicatorSchema = z
  .object({
    name: z.string(),
    code: z.string().nullable(),
    region: z.string().describe('The province whose NIKs count (the agreement’s `regionCode`).'),
    countedSegments: CountedSegments,
    denominator: z
      .object({ workers: z.number().int(), asOf: IsoDate, source: z.string() })
      .describe('The denominator of coverage percentages: the agreement’s `workforce` (one figure, shown here too).'),
  })
  .describe(
    'What the agreement counts. The headline basis (reported or confirmed workers) is the agreement’s `countBasis`, not a field of the indicator.',
  );

export const IndicatorInputSchema = z
  .strictObject({ name: IndicatorName, code: IndicatorCode.nullable().optional(), countedSegments: CountedSegments })
  .describe('Region and denominator are the agreement’s `regionCode` and `workforce`.');
export const IndicatorPatchSchema = z
  .strictObject({ name: IndicatorName, code: IndicatorCode.nullable(), countedSegments: CountedSegments })
  .partial()
  .describe('`countedSegments` may change only while the agreement has no batch.');

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
    kind: 'declared',
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
    indicator: IndicatorSchema,
    predecessorId: z.string().nullable().describe('The agreement this one follows, e.g. `jakarta-uc-2024` for the 2025 NKS.'),
    areaTargets: AreaTargetsSchema,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({
    id: 'Agreement',
    examples: [
      {
        ...jakartaExample,
        indicator: {
          name: 'Cakupan kepesertaan Jamsostek pekerja ber-NIK DKI Jakarta',
          code: null,
          region: '31',
          countedSegments: ['PU', 'BPU', 'JAKON', 'PMI'],
          denominator: { workers: 4_153_846, asOf: '2024-12-31', source: 'Inferred: 2,700,000 ÷ 65 %' },
        },
        predecessorId: null,
        areaTargets: [{ areaCode: '3171', workers: 60_000 }],
        createdAt: '2024-10-23T03:00:00.000Z',
        updatedAt: '2024-10-23T03:00:00.000Z',
      },
    ],
  });

const optionalNote = { note: Note.optional() };
const DeclaredBaselineInput = BaselineSchema.extend({
  kind: z.literal('declared').optional(),
  percent: PublishedPercent.optional(),
  ...optionalNote,
}).strict();
const DerivedBaselineInput = z.strictObject({ kind: z.literal('predecessorResult') }).describe('Derived from `predecessorId`.');
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
    baseline: z.union([DeclaredBaselineInput, DerivedBaselineInput]),
    target: TargetSchema.extend({ percent: PublishedPercent.optional(), ...optionalNote }).strict(),
    workforce: WorkforceSchema.extend(optionalNote).strict(),
    countBasis: CountBasis.optional(),
    indicator: IndicatorInputSchema.optional().describe('Defaults to the title as its name and every segment counted.'),
    predecessorId: AgreementId.optional(),
    areaTargets: AreaTargetsSchema.optional(),
  })
  .refine((a) => a.periodStart <= a.target.date, {
    message: 'periodStart must not be after target.date',
    path: ['periodStart'],
  })
  .refine((a) => a.baseline.kind !== 'predecessorResult' || a.predecessorId !== undefined, {
    message: 'a baseline derived from the predecessor needs `predecessorId`',
    path: ['baseline'],
  })
  .meta({
    id: 'AgreementCreate',
    examples: [
      {
        id: 'jakarta-uc-2026',
        title: 'NKS Universal Coverage Jamsostek DKI Jakarta 2026',
        regionCode: '31',
        periodStart: '2026-01-01',
        predecessorId: 'jakarta-uc-2025',
        baseline: { kind: 'predecessorResult' },
        target: { workers: 3_000_000, date: '2026-12-31', source: 'Example target' },
        workforce: { workers: 4_196_643, asOf: '2025-12-31', source: 'Inferred: 2,800,000 ÷ 66.72 %' },
        indicator: { name: 'Cakupan kepesertaan Jamsostek PU dan BPU ber-NIK DKI Jakarta', countedSegments: ['PU', 'BPU'] },
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
    baseline: BaselineSchema.omit({ kind: true })
      .partial()
      .strict()
      .optional()
      .describe('Declared baselines only: a derived one (`predecessorResult`) has no figures to change.'),
    indicator: IndicatorPatchSchema.optional(),
    areaTargets: AreaTargetsSchema.optional().describe('Replaces the stored list.'),
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

export const AgreementSuccessorSchema = z
  .strictObject({
    year: z.number().int().min(2000).max(2100).optional().describe('The year the new agreement runs for; defaults to the current year (WIB).'),
    id: AgreementId.refine((id) => !containsNik(id), 'may not contain a number of 16 or more digits')
      .optional()
      .describe('Defaults to the predecessor’s id with its year replaced (`jakarta-uc-2025` → `jakarta-uc-2026`), or with the year appended.'),
    title: freeText(z.string().trim().min(3).max(300)).optional().describe('Defaults to the predecessor’s title with its year replaced.'),
    description: freeText(z.string().trim().max(5000)).optional(),
    signedOn: IsoDate.optional(),
    periodStart: IsoDate.optional().describe('Defaults to 1 January of the year, or the day after the predecessor’s target date if that is later.'),
    targetDate: IsoDate.optional().describe('Defaults to 31 December of the year.'),
    target: TargetSchema.omit({ date: true })
      .extend({ percent: PublishedPercent.optional(), ...optionalNote })
      .strict(),
    baseline: z
      .union([DeclaredBaselineInput, DerivedBaselineInput])
      .optional()
      .describe('Defaults to `{ "kind": "predecessorResult" }`: the predecessor’s result at its target date.'),
    workforce: WorkforceSchema.extend(optionalNote).strict().optional().describe('Defaults to the predecessor’s.'),
  })
  .meta({
    id: 'AgreementSuccessor',
    description:
      'The next agreement, made from its predecessor in one step: region, indicator and parties are copied; commitments are not (each party makes its own again).',
    examples: [{ year: 2026, target: { workers: 3_000_000, source: 'NKS 2026 as signed' } }],
  });
export type AgreementSuccessor = z.infer<typeof AgreementSuccessorSchema>;

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
export type IndicatorInput = z.infer<typeof IndicatorInputSchema>;
export type Party = z.infer<typeof PartySchema>;
export type PartyPut = z.infer<typeof PartyPutSchema>;
