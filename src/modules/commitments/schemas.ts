import { z } from 'zod';
import { AgencyCode, AreaTargetsSchema, freeText, IsoDate, IsoDateTime, PageQuery, pageOf } from '../../schemas/common.js';
import { AgreementParams } from '../agreements/schemas.js';

export const Segment = z
  .enum(['PU', 'BPU', 'JAKON', 'PMI'])
  .describe('`PU` wage earners, `BPU` informal/self-employed, `JAKON` construction project workers, `PMI` migrant workers.');
export const COMMITMENT_KINDS = ['enrollment', 'milestone', 'budget'] as const;
const Kind = z
  .enum(COMMITMENT_KINDS)
  .describe(
    '`enrollment`: a number of newly covered workers by a date. `milestone`: a deliverable, e.g. a governor’s regulation. `budget`: rupiah from the agency’s budget (e.g. contributions for vulnerable informal workers) for a number of workers by a date.',
  );
/**
 * Whole rupiah, at most Rp 1 trillion per commitment or realisation: more than any dinas budgets
 * for contributions, and far enough below 2^53 that sums over every commitment of an agreement
 * (at most 100 per party) stay exact as JSON numbers. Never a fraction: `int()` refuses one.
 */
export const MAX_RUPIAH = 1_000_000_000_000;
export const Rupiah = z.number().int().min(1).max(MAX_RUPIAH).describe('Whole rupiah (no fractions), at most 1,000,000,000,000.');
const FundedWorkers = z.number().int().min(1).max(100_000_000).describe('Workers whose contributions the amount pays.');
const Status = z
  .enum(['draft', 'active'])
  .describe('`draft` until signed; `active` once signed. Amending the terms of an active commitment returns it to `draft`.');
const MilestoneStatus = z.enum(['open', 'done']).describe('Milestones only: `done` requires `evidenceRef`.');
const Title = freeText(z.string().trim().min(3).max(300));
const Description = freeText(z.string().trim().max(5000));
const TargetWorkers = z.number().int().min(1).max(100_000_000);
const EvidenceRef = freeText(z.string().trim().min(1).max(500)).describe('Where the deliverable can be checked, e.g. a Pergub number.');

const signedExample = {
  id: '0b6c3f0e-8f7a-4a53-9d0e-2f4f0f6d7a11',
  agreementId: 'jakarta-uc-2024',
  agency: 'dinkes',
  kind: 'enrollment',
  title: 'Enroll non-ASN health workers in JKK and JKM',
  description: 'Contract staff of puskesmas and RSUD.',
  targetWorkers: 25_000,
  amountRupiah: null,
  fundedWorkers: null,
  areaTargets: [{ areaCode: '3171', workers: 5_000 }],
  segment: 'PU',
  dueDate: '2024-12-31',
  status: 'active',
  milestoneStatus: null,
  evidenceRef: null,
  signature: { signatoryName: 'dr. Ani Ruspitawati', signatoryTitle: 'Kepala Dinas Kesehatan', signedOn: '2024-10-30' },
  version: 1,
  createdBy: 'ops@dinkes',
  createdAt: '2024-10-24T02:00:00.000Z',
  updatedAt: '2024-10-30T05:00:00.000Z',
} as const;

export const SignatureSchema = z.object({
  signatoryName: freeText(z.string().trim().min(3).max(200)),
  signatoryTitle: freeText(z.string().trim().min(2).max(200)),
  signedOn: IsoDate.describe('Not after today (WIB).'),
});

export const CommitmentSchema = z
  .object({
    id: z.uuid(),
    agreementId: z.string(),
    agency: AgencyCode,
    kind: Kind,
    title: z.string(),
    description: z.string().nullable(),
    targetWorkers: z.number().int().nullable().describe('Enrollment commitments: newly covered workers promised.'),
    amountRupiah: z.number().int().nullable().describe('Budget commitments: whole rupiah committed.'),
    fundedWorkers: z.number().int().nullable().describe('Budget commitments: workers the amount funds.'),
    areaTargets: AreaTargetsSchema.describe('Enrollment commitments: part of the target per area (may be empty).'),
    segment: Segment.nullable().describe('Enrollment commitments: the segment counted, or null for all.'),
    dueDate: IsoDate,
    status: Status,
    milestoneStatus: MilestoneStatus.nullable(),
    evidenceRef: z.string().nullable(),
    signature: SignatureSchema.nullable(),
    version: z.number().int().describe('Increases with every amendment; sent as the `ETag`.'),
    createdBy: z.string(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Commitment', examples: [signedExample] });

const agencyField = AgencyCode.optional().describe('The committing agency; defaults to the caller’s own for an agency token.');

export const CommitmentCreateSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      agency: agencyField,
      kind: z.literal('enrollment'),
      title: Title,
      description: Description.optional(),
      targetWorkers: TargetWorkers,
      segment: Segment.optional(),
      dueDate: IsoDate,
      areaTargets: AreaTargetsSchema.optional(),
    }),
    z.strictObject({
      agency: agencyField,
      kind: z.literal('budget'),
      title: Title,
      description: Description.optional(),
      amountRupiah: Rupiah,
      fundedWorkers: FundedWorkers,
      dueDate: IsoDate,
    }),
    z
      .strictObject({
        agency: agencyField,
        kind: z.literal('milestone'),
        title: Title,
        description: Description.optional(),
        dueDate: IsoDate,
        milestoneStatus: MilestoneStatus.default('open'),
        evidenceRef: EvidenceRef.optional(),
      })
      .refine((m) => m.milestoneStatus !== 'done' || m.evidenceRef !== undefined, {
        message: 'A done milestone needs an evidenceRef.',
        path: ['evidenceRef'],
      }),
  ])
  .meta({
    id: 'CommitmentCreate',
    examples: [
      {
        agency: 'dinkes',
        kind: 'enrollment',
        title: 'Enroll non-ASN health workers in JKK and JKM',
        targetWorkers: 25_000,
        segment: 'PU',
        dueDate: '2024-12-31',
      },
      {
        agency: 'disnakertransgi',
        kind: 'milestone',
        title: 'Draft Pergub on universal coverage of Jamsostek',
        dueDate: '2024-12-15',
      },
      {
        agency: 'dinsos',
        kind: 'budget',
        title: 'APBD contributions for vulnerable informal workers',
        amountRupiah: 20_160_000_000,
        fundedWorkers: 100_000,
        dueDate: '2025-12-31',
      },
    ],
  });

export const CommitmentPatchSchema = z
  .strictObject({
    title: Title.optional(),
    description: Description.nullable().optional(),
    targetWorkers: TargetWorkers.optional().describe('Enrollment commitments only.'),
    segment: Segment.nullable().optional().describe('Enrollment commitments only.'),
    areaTargets: AreaTargetsSchema.optional().describe('Enrollment commitments only; replaces the stored list.'),
    amountRupiah: Rupiah.optional().describe('Budget commitments only.'),
    fundedWorkers: FundedWorkers.optional().describe('Budget commitments only.'),
    dueDate: IsoDate.optional(),
    milestoneStatus: MilestoneStatus.optional().describe('Milestones only; does not need a new signature.'),
    evidenceRef: EvidenceRef.nullable().optional().describe('Milestones only; does not need a new signature.'),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .meta({
    id: 'CommitmentPatch',
    description:
      'Changing the terms (title, description, targetWorkers, segment, areaTargets, amountRupiah, fundedWorkers, dueDate) of an active commitment returns it to `draft` until it is signed again; reporting a milestone’s progress (milestoneStatus, evidenceRef) does not. The previous version is kept in the history.',
    examples: [{ targetWorkers: 30_000 }, { milestoneStatus: 'done', evidenceRef: 'Pergub DKI No. 12 Tahun 2024' }],
  });

export const SignCommitmentSchema = SignatureSchema.strict().meta({
  id: 'CommitmentSignature',
  examples: [{ signatoryName: 'dr. Ani Ruspitawati', signatoryTitle: 'Kepala Dinas Kesehatan', signedOn: '2024-10-30' }],
});

export const CommitmentParams = z.object({ id: z.uuid() });
export const CommitmentListParams = AgreementParams;
export const CommitmentListQuery = PageQuery.extend({
  agency: AgencyCode.optional().describe('Only this agency’s commitments.'),
  kind: z.enum(COMMITMENT_KINDS).optional().describe('Only commitments of this kind.'),
});
export const IfMatchHeaders = z.object({
  'if-match': z.string().max(100).optional().describe('The `ETag` last read; the change is refused (412) if it is stale.'),
});

export const CommitmentPageSchema = pageOf(CommitmentSchema, 'by due date, then id').meta({ id: 'CommitmentPage' });
export const CommitmentVersionSchema = z
  .object({
    version: z.number().int(),
    commitment: CommitmentSchema,
    supersededAt: IsoDateTime,
    supersededBy: z.string().describe('`sub` of whoever amended it.'),
  })
  .meta({ id: 'CommitmentVersion' });
export const CommitmentHistorySchema = pageOf(CommitmentVersionSchema, 'newest version first').meta({
  id: 'CommitmentHistory',
  examples: [
    {
      items: [{ version: 1, commitment: signedExample, supersededAt: '2024-11-02T04:00:00.000Z', supersededBy: 'ops@dinkes' }],
      nextCursor: null,
    },
  ],
});

export type Commitment = z.infer<typeof CommitmentSchema>;
export type CommitmentCreate = z.infer<typeof CommitmentCreateSchema>;
export type CommitmentPatch = z.infer<typeof CommitmentPatchSchema>;
export type CommitmentSignature = z.infer<typeof SignCommitmentSchema>;
export type CommitmentVersion = z.infer<typeof CommitmentVersionSchema>;

const EvidenceRefs = z
  .array(freeText(z.string().trim().min(1).max(500)))
  .min(1)
  .max(20)
  .describe('Where the spending can be checked: e.g. a DPA or SP2D number, a BPJS invoice.');

export const RealisationCreateSchema = z
  .strictObject({
    amountRupiah: Rupiah,
    fundedWorkers: z.number().int().min(0).max(100_000_000).describe('Workers whose contributions this payment funded.'),
    realisedOn: IsoDate.describe('Not after today (WIB).'),
    evidenceRefs: EvidenceRefs,
    note: freeText(z.string().trim().max(2000)).optional(),
  })
  .meta({
    id: 'RealisationCreate',
    examples: [{ amountRupiah: 1_680_000_000, fundedWorkers: 100_000, realisedOn: '2025-03-10', evidenceRefs: ['SP2D 00123/2025'] }],
  });

export const RealisationSchema = z
  .object({
    id: z.uuid(),
    commitmentId: z.uuid(),
    amountRupiah: z.number().int(),
    fundedWorkers: z.number().int(),
    realisedOn: IsoDate,
    evidenceRefs: z.array(z.string()),
    note: z.string().nullable(),
    createdBy: z.string(),
    createdAt: IsoDateTime,
  })
  .meta({
    id: 'Realisation',
    examples: [
      {
        id: '6a1c3f0e-8f7a-4a53-9d0e-2f4f0f6d7a12',
        commitmentId: '0b6c3f0e-8f7a-4a53-9d0e-2f4f0f6d7a11',
        amountRupiah: 1_680_000_000,
        fundedWorkers: 100_000,
        realisedOn: '2025-03-10',
        evidenceRefs: ['SP2D 00123/2025'],
        note: null,
        createdBy: 'ops@dinsos',
        createdAt: '2025-03-11T02:00:00.000Z',
      },
    ],
  });
export const RealisationPageSchema = pageOf(RealisationSchema, 'by realisation date, then id').meta({ id: 'RealisationPage' });
export type Realisation = z.infer<typeof RealisationSchema>;
export type RealisationCreate = z.infer<typeof RealisationCreateSchema>;
