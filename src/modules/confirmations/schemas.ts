import { z } from 'zod';
import { MAX_LISTED_ERRORS } from '../../domain/batch-rules.js';
import { CONFIRMATION_ERROR_CODES, CONFIRMATION_FIELDS, CONFIRMATION_STATUSES } from '../../domain/confirmation-record.js';
import { PROGRAMS, SEGMENTS } from '../../domain/programs.js';
import { AgencyCode, freeText, IsoDate, IsoDateTime, PageQuery, pageOf } from '../../schemas/common.js';
import { AgreementParams } from '../agreements/schemas.js';
import { MAX_RECORDS } from '../batches/schemas.js';

const codes = Object.entries(CONFIRMATION_ERROR_CODES)
  .map(([code, meaning]) => `- \`${code}\`: ${meaning}`)
  .join('\n');

export const ConfirmationStatusSchema = z
  .enum(CONFIRMATION_STATUSES)
  .describe(
    '`active`: a paying participant in BPJS’s register; `inactive`: registered, not active (e.g. stopped paying); `not_found`: not in the register.',
  );

export const ConfirmationRecordSchema = z
  .object({
    nik: z
      .string()
      .regex(/^[0-9]{16}$/)
      .describe('The participant’s NIK, 16 digits as a string. Stored only as the same keyed hash as enrollments; never returned.'),
    status: ConfirmationStatusSchema,
    asOf: IsoDate.describe('The date of the register extract; not after today (WIB).'),
    registeredOn: IsoDate.optional().describe(
      'When BPJS registered the participation; not after asOf. The confirmed series counts an active worker on this day (else on asOf).',
    ),
    segment: z.enum(SEGMENTS).optional(),
    programs: z.array(z.enum(PROGRAMS)).min(2).optional().describe('As for an enrollment record: JKK and JKM, and what the segment allows.'),
    kpj: z
      .string()
      .regex(/^[0-9]{8,16}$/)
      .optional()
      .describe('KPJ membership number (checked, not stored).'),
  })
  .meta({
    id: 'ConfirmationRecord',
    description: `One participant as BPJS’s register shows it. Checked on its own; a bad record is reported by index and the others go ahead. Error codes:\n${codes}`,
    examples: [{ nik: '3171014501900001', status: 'active', asOf: '2024-11-30', registeredOn: '2024-11-04', segment: 'PU' }],
  });

const envelopeFields = {
  externalRef: freeText(z.string().min(1).max(100)).optional().describe('BPJS’s own id for the extract (or this part of it).'),
};

export const ConfirmationCreateSchema = z
  .object({
    ...envelopeFields,
    records: z
      .array(z.union([ConfirmationRecordSchema, z.unknown().describe('Any other value: reported as a per-record error.')]))
      .min(1)
      .max(MAX_RECORDS)
      .describe('Each a `ConfirmationRecord`; a record of any other shape is reported in the answer’s `errors` and the rest is taken.'),
  })
  .meta({
    id: 'ConfirmationCreate',
    examples: [
      {
        externalRef: 'BPJSTK-DKI-2024-11-30',
        records: [
          { nik: '3171014501900001', status: 'active', asOf: '2024-11-30', registeredOn: '2024-11-04' },
          { nik: '3174052309850003', status: 'not_found', asOf: '2024-11-30' },
        ],
      },
    ],
  });

/** What the route validates: the envelope; each record is checked by the service. */
export const ConfirmationEnvelopeSchema = z.object({ ...envelopeFields, records: z.array(z.unknown()).min(1).max(MAX_RECORDS) });
export type ConfirmationEnvelope = z.infer<typeof ConfirmationEnvelopeSchema>;

const ErrorCode = z.enum(Object.keys(CONFIRMATION_ERROR_CODES) as [keyof typeof CONFIRMATION_ERROR_CODES]);
const errorReport = {
  errors: z
    .array(
      z.object({
        index: z.number().int().describe('Position of the record in `records`, from 0.'),
        field: z.enum(CONFIRMATION_FIELDS),
        code: ErrorCode,
        message: z.string(),
      }),
    )
    .max(MAX_LISTED_ERRORS)
    .describe(`Errors of the first invalid records, at most ${MAX_LISTED_ERRORS.toLocaleString('en-US')}; \`errorCounts\` counts every one.`),
  errorCounts: z.partialRecord(ErrorCode, z.number().int().min(1)).describe('Every record error, listed or not, counted by code.'),
  errorsTruncated: z.boolean(),
};

const counts = {
  received: z.number().int().describe('= accepted + inBatch + outOfRegion + rejected.'),
  accepted: z.number().int().describe('Valid in-region records, one per worker: each labels its worker if it is the worker’s latest confirmation.'),
  inBatch: z.number().int().describe('Valid repeats of an earlier valid record of the batch (the first one counts).'),
  outOfRegion: z.number().int().describe('Valid, but the NIK is not of the agreement’s province: kept, and ignored for this agreement’s figures.'),
  rejected: z.number().int().describe('Invalid records (see `errors`).'),
  byStatus: z
    .object({ active: z.number().int(), inactive: z.number().int(), notFound: z.number().int() })
    .describe('The accepted records by status.'),
};

const example = {
  id: '0b4f6b55-7a0e-4f59-8d5c-3c1d8e0f2a11',
  agreementId: 'jakarta-uc-2024',
  agency: 'bpjstk-dki',
  externalRef: 'BPJSTK-DKI-2024-11-30',
  status: 'accepted',
  asOf: '2024-11-30',
  received: 2,
  accepted: 2,
  inBatch: 0,
  outOfRegion: 0,
  rejected: 0,
  byStatus: { active: 1, inactive: 0, notFound: 1 },
  errors: [],
  errorCounts: {},
  errorsTruncated: false,
  createdAt: '2024-12-01T03:00:00.000Z',
  void: null,
};

export const ConfirmationBatchSchema = z
  .object({
    id: z.uuid(),
    agreementId: z.string(),
    agency: AgencyCode.describe('The agreement’s counterpart (BPJS), for whom it was posted.'),
    externalRef: z.string().nullable(),
    status: z.enum(['accepted', 'partially_accepted', 'rejected', 'voided']),
    asOf: IsoDate.nullable().describe('The latest register date among its valid records.'),
    ...counts,
    ...errorReport,
    createdAt: IsoDateTime,
    void: z.object({ at: IsoDateTime, by: z.string(), reason: z.string() }).nullable(),
  })
  .meta({
    id: 'ConfirmationBatch',
    description: 'A posted confirmation batch. It reports validity and statuses only: never how many of its workers a dinas reported, nor which.',
    examples: [example],
  });
export type ConfirmationBatch = z.infer<typeof ConfirmationBatchSchema>;

export const ConfirmationValidationSchema = z
  .object({ agreementId: z.string(), agency: AgencyCode, externalRef: z.string().nullable(), ...counts, ...errorReport })
  .meta({ id: 'ConfirmationValidation', description: 'A dry run: the batch checked, nothing written.' });
export type ConfirmationValidation = z.infer<typeof ConfirmationValidationSchema>;

const { errors: _e, errorsTruncated: _t, ...summaryExample } = example;
export const ConfirmationBatchPageSchema = pageOf(
  ConfirmationBatchSchema.omit({ errors: true, errorsTruncated: true }).meta({ id: 'ConfirmationBatchSummary', examples: [summaryExample] }),
  'newest first',
).meta({ id: 'ConfirmationBatchPage' });

export const ConfirmationPostQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe(
      '`true`: check the records and answer 200 with a `ConfirmationValidation`; nothing is written; the `Idempotency-Key` is still required and is not used up.',
    ),
});
const IdempotencyKey = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces')
  .describe(
    'Required by every post, `dryRun=true` too (which does not use it up). Scoped to the counterpart, apart from its enrollment batches’ keys.',
  );
export const ConfirmationPostHeaders = z.object({ 'idempotency-key': IdempotencyKey });
export const ConfirmationPostHeadersAccepted = z.object({ 'idempotency-key': IdempotencyKey.optional() });
export const ConfirmationParams = z.object({ id: z.uuid() });
export const ConfirmationListQuery = PageQuery;
export const VoidConfirmationSchema = z
  .strictObject({
    reason: freeText(z.string().trim().min(3).max(500)).describe('Why the batch is withdrawn (audited).'),
  })
  .meta({ id: 'ConfirmationVoid', examples: [{ reason: 'The November extract was posted twice.' }] });

const Workers = z.number().int().min(0).max(100_000_000);
export const OfficialFigureCreateSchema = z
  .strictObject({
    workers: Workers.describe('Workers covered, as published.'),
    percent: z.number().min(0).max(100).optional().describe('The percentage, as published (not derived).'),
    workforce: Workers.min(1).optional().describe('The workforce the percentage was taken of, if published.'),
    asOf: IsoDate.describe('The date the figure is for.'),
    source: freeText(z.string().trim().min(3).max(1000)).describe('Who published it, where, when (BPJS, Kemendagri…).'),
  })
  .meta({
    id: 'OfficialFigureCreate',
    examples: [{ workers: 2_291_409, asOf: '2025-01-31', source: 'BPJS Ketenagakerjaan Kanwil DKI Jakarta, NKS 13 Feb 2025' }],
  });
export type OfficialFigureCreate = z.infer<typeof OfficialFigureCreateSchema>;

export const OfficialFigureSchema = z
  .object({
    id: z.uuid(),
    agreementId: z.string(),
    workers: Workers,
    percent: z.number().nullable().describe('As published; null if none was.'),
    workforce: z.number().int().nullable(),
    asOf: IsoDate,
    source: z.string(),
    createdAt: IsoDateTime,
  })
  .meta({
    id: 'OfficialFigure',
    description: 'A coverage figure as BPJS or Kemendagri published it, beside the figures Sinergi counts.',
    examples: [
      {
        id: '6f0c1f0e-2b8c-4c9e-9a55-0d8a3c2b1e77',
        agreementId: 'jakarta-uc-2024',
        workers: 2_291_409,
        percent: null,
        workforce: null,
        asOf: '2025-01-31',
        source: 'BPJS Ketenagakerjaan Kanwil DKI Jakarta, NKS 13 Feb 2025',
        createdAt: '2025-02-13T03:00:00.000Z',
      },
    ],
  });
export type OfficialFigure = z.infer<typeof OfficialFigureSchema>;
export const OfficialFigurePageSchema = pageOf(OfficialFigureSchema, 'latest asOf first').meta({ id: 'OfficialFigurePage' });

export const UnconfirmedParams = AgreementParams.extend({ code: AgencyCode });
export const UnconfirmedQuery = PageQuery.extend({
  status: z
    .enum(['not_found', 'inactive', 'pending'])
    .optional()
    .describe('`not_found`/`inactive`: the worker’s latest confirmation says so; `pending`: no confirmation yet. Default: all three.'),
});
export const UnconfirmedCsvQuery = z.object({ status: UnconfirmedQuery.shape.status });

export const UnconfirmedItemSchema = z.object({
  batchId: z.uuid().describe('The agency’s batch that holds the credit.'),
  recordIndex: z.number().int().describe('The record’s position in that batch, from 0.'),
  enrolledOn: IsoDate,
  segment: z.enum(SEGMENTS),
  ref: z.string().nullable().describe('The agency’s own `ref` for the record, as it sent it.'),
  status: z.enum(['not_found', 'inactive', 'pending']),
});
export const UnconfirmedPageSchema = pageOf(UnconfirmedItemSchema, 'by batch, then record').meta({
  id: 'UnconfirmedPage',
  description:
    'An agency’s credited records that BPJS has not confirmed active. Never a NIK or its hash: the agency finds each person by its own `ref`.',
  examples: [
    {
      items: [
        {
          batchId: '5d1f6a8e-3c55-4b0e-9a43-0f3c2f1e7b10',
          recordIndex: 17,
          enrolledOn: '2024-11-04',
          segment: 'BPU',
          ref: 'PUSKESMAS-TEBET-0042',
          status: 'not_found',
        },
      ],
      nextCursor: null,
    },
  ],
});
export type UnconfirmedPage = z.infer<typeof UnconfirmedPageSchema>;
