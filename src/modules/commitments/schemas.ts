import { z } from 'zod';
import { AgencyCode, freeText, IsoDate, IsoDateTime, PageQuery, pageOf } from '../../schemas/common.js';
import { AgreementParams } from '../agreements/schemas.js';

export const Segment = z
  .enum(['PU', 'BPU', 'JAKON', 'PMI'])
  .describe('`PU` wage earners, `BPU` informal/self-employed, `JAKON` construction project workers, `PMI` migrant workers.');
const Kind = z
  .enum(['enrollment', 'milestone'])
  .describe('`enrollment`: a number of newly covered workers by a date. `milestone`: a deliverable, e.g. a governor’s regulation.');
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
    ],
  });

export const CommitmentPatchSchema = z
  .strictObject({
    title: Title.optional(),
    description: Description.nullable().optional(),
    targetWorkers: TargetWorkers.optional().describe('Enrollment commitments only.'),
    segment: Segment.nullable().optional().describe('Enrollment commitments only.'),
    dueDate: IsoDate.optional(),
    milestoneStatus: MilestoneStatus.optional().describe('Milestones only; does not need a new signature.'),
    evidenceRef: EvidenceRef.nullable().optional().describe('Milestones only; does not need a new signature.'),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .meta({
    id: 'CommitmentPatch',
    description:
      'Changing the terms (title, description, targetWorkers, segment, dueDate) of an active commitment returns it to `draft` until it is signed again; reporting a milestone’s progress (milestoneStatus, evidenceRef) does not. The previous version is kept in the history.',
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
  kind: z.enum(['enrollment', 'milestone']).optional().describe('Only commitments of this kind.'),
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
