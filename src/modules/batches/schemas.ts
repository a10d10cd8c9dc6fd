import { z } from 'zod';
import { MAX_LISTED_ERRORS } from '../../domain/batch-rules.js';
import { RECORD_ERROR_CODES, RECORD_FIELDS } from '../../domain/enrollment-record.js';
import { PROGRAMS, SEGMENTS } from '../../domain/programs.js';
import { AgencyCode, freeText, IsoDate, IsoDateTime, PageQuery, pageOf } from '../../schemas/common.js';

export const MAX_RECORDS = 10_000;

const recordCodes = Object.entries(RECORD_ERROR_CODES)
  .map(([code, meaning]) => `- \`${code}\`: ${meaning}`)
  .join('\n');

export const EnrollmentRecordSchema = z
  .object({
    nik: z
      .string()
      .regex(/^[0-9]{16}$/)
      .describe('The worker’s NIK, 16 digits as a string. Stored only as a keyed hash; never returned.'),
    segment: z.enum(SEGMENTS),
    programs: z.array(z.enum(PROGRAMS)).min(2).describe('Must include JKK and JKM. BPU and PMI: no JP or JKP. JAKON: JKK and JKM only.'),
    enrolledOn: IsoDate.describe('Date of enrollment; within the agreement’s period and not after today (WIB).'),
    kota: z.string().min(1).max(100).optional().describe('Domicile city, as the agency records it (optional).'),
    ref: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe(
        'The agency’s own reference for the record (optional; free text, never a NIK): stored, and shown only to this agency, in its list of workers BPJS has not confirmed active.',
      ),
    kpj: z
      .string()
      .regex(/^[0-9]{8,16}$/)
      .optional()
      .describe('KPJ membership number (optional; checked, not stored).'),
  })
  .meta({
    id: 'EnrollmentRecord',
    description: `A newly protected worker. Each record is checked on its own; a bad record is reported in \`errors\` by its index and the others go ahead. Error codes:\n${recordCodes}`,
    examples: [{ nik: '3171014501900001', segment: 'PU', programs: ['JKK', 'JKM', 'JHT', 'JP'], enrolledOn: '2024-11-04', kota: 'Jakarta Pusat' }],
  });

const batchFields = {
  agency: AgencyCode.optional().describe('The reporting agency; defaults to the token’s agency, required for admin.'),
  commitmentId: z.uuid().optional().describe('An enrollment commitment of the same agency under this agreement.'),
  // Checked here, not left to the database, so that a dry run refuses it as the real post does.
  externalRef: freeText(z.string().min(1).max(100)).optional().describe('The agency’s own id for the batch.'),
};

/**
 * The documented request body: the envelope the server accepts, so a request passes the
 * document exactly when the server does not answer 400. Each record should be an
 * EnrollmentRecord (the shape for humans, with examples), but any value is accepted and a bad
 * one is reported in the 201's `errors`, so one bad record does not sink the batch.
 */
export const BatchCreateSchema = z
  .object({
    ...batchFields,
    records: z
      .array(z.union([EnrollmentRecordSchema, z.unknown().describe('Any other value: reported as a per-record error.')]))
      .min(1)
      .max(MAX_RECORDS)
      .describe(
        'Each an `EnrollmentRecord`. A record of any other shape is not refused: it is reported in the answer’s `errors` (by index, field and code) and the rest of the batch is taken.',
      ),
  })
  .meta({
    id: 'BatchCreate',
    examples: [
      {
        agency: 'dinkes',
        externalRef: 'DINKES-2024-11-04-001',
        records: [
          { nik: '3171014501900001', segment: 'PU', programs: ['JKK', 'JKM', 'JHT', 'JP'], enrolledOn: '2024-11-04' },
          { nik: '3174052309850003', segment: 'BPU', programs: ['JKK', 'JKM'], enrolledOn: '2024-11-04', kota: 'Jakarta Selatan' },
        ],
      },
    ],
  });

/**
 * What the route validates up front: the envelope only. Records stay `unknown` here so one bad
 * record is a per-record error in the report, not a 400 for the whole batch.
 */
export const BatchEnvelopeSchema = z.object({
  ...batchFields,
  records: z.array(z.unknown()).min(1).max(MAX_RECORDS),
});
export type BatchEnvelope = z.infer<typeof BatchEnvelopeSchema>;

const RecordErrorCodeSchema = z.enum(Object.keys(RECORD_ERROR_CODES) as [keyof typeof RECORD_ERROR_CODES]);

export const RecordErrorSchema = z.object({
  index: z.number().int().describe('Position of the record in `records`, from 0.'),
  field: z.enum(RECORD_FIELDS).describe('The record field at fault (`record` for the record as a whole).'),
  code: RecordErrorCodeSchema,
  message: z.string(),
});

/** Record errors as every report gives them: a capped list, and all of them counted. */
const errorReport = {
  errors: z
    .array(RecordErrorSchema)
    .max(MAX_LISTED_ERRORS)
    .describe(
      `Errors of the first invalid records, at most ${MAX_LISTED_ERRORS.toLocaleString('en-US')} (a record’s errors are listed all or none); \`errorCounts\` counts every one.`,
    ),
  errorCounts: z.partialRecord(RecordErrorCodeSchema, z.number().int().min(1)).describe('Every record error, listed or not, counted by code.'),
  errorsTruncated: z.boolean().describe('True when some errors are counted in `errorCounts` but not listed in `errors`.'),
};

const headerFields = {
  agreementId: z.string(),
  agency: AgencyCode,
  commitmentId: z.uuid().nullable(),
  externalRef: z.string().nullable(),
};

const exampleError = { index: 17, field: 'nik', code: 'nik_birth_date', message: RECORD_ERROR_CODES.nik_birth_date };

const reportExample = {
  id: '5d1f6a8e-3c55-4b0e-9a43-0f3c2f1e7b10',
  agreementId: 'jakarta-uc-2024',
  agency: 'dinkes',
  commitmentId: null,
  externalRef: 'DINKES-2024-11-04-001',
  status: 'partially_accepted',
  received: 1010,
  accepted: 990,
  duplicates: { inBatch: 2, sameAgency: 0, otherAgency: 8 },
  outOfRegion: 0,
  outOfScope: 0,
  rejected: 10,
  credited: 990,
  errors: [exampleError],
  errorCounts: { nik_birth_date: 1 },
  errorsTruncated: false,
  createdAt: '2024-11-04T03:12:45.000Z',
  void: null,
};

export const BatchSchema = z
  .object({
    id: z.uuid(),
    ...headerFields,
    status: z
      .enum(['accepted', 'partially_accepted', 'rejected', 'voided'])
      .describe('`accepted`: no record rejected; `rejected`: every record rejected; `voided`: withdrawn.'),
    received: z.number().int().describe('= accepted + duplicates.* + outOfRegion + outOfScope + rejected.'),
    accepted: z.number().int().describe('Workers newly covered and credited to this agency.'),
    duplicates: z.object({
      inBatch: z.number().int().describe('Repeats of an earlier valid record of this batch.'),
      sameAgency: z.number().int().describe('Already credited to this agency.'),
      otherAgency: z.number().int().describe('Already credited to another agency.'),
    }),
    outOfRegion: z.number().int().describe('Valid, but the NIK is not of the agreement’s province: kept, not counted.'),
    outOfScope: z
      .number()
      .int()
      .describe('Valid and in region, but of a segment the agreement’s indicator does not count (`indicator.countedSegments`): kept, not counted.'),
    rejected: z.number().int().describe('Invalid records (see `errors`).'),
    credited: z.number().int().describe('Workers this batch holds credit for now (changes when another batch is voided).'),
    ...errorReport,
    createdAt: IsoDateTime,
    void: z.object({ at: IsoDateTime, by: z.string(), reason: z.string() }).nullable(),
  })
  .meta({
    id: 'Batch',
    description: 'A posted batch and its report: how each record was classified and how many workers it credits.',
    examples: [reportExample],
  });
export type Batch = z.infer<typeof BatchSchema>;

const { errors: _exampleErrors, errorsTruncated: _exampleTruncated, ...summaryExample } = reportExample;
export const BatchSummarySchema = BatchSchema.omit({ errors: true, errorsTruncated: true })
  .extend({ errorCount: z.number().int().describe('Number of record errors; the first are listed in the batch itself.') })
  .meta({ id: 'BatchSummary', examples: [{ ...summaryExample, errorCount: 1 }] });
export type BatchSummary = z.infer<typeof BatchSummarySchema>;
export const BatchPageSchema = pageOf(BatchSummarySchema, 'newest first').meta({ id: 'BatchPage' });

export const BatchValidationSchema = z
  .object({
    ...headerFields,
    received: z.number().int().describe('= rejected + inBatch + outOfRegion + outOfScope + toBeChecked.'),
    rejected: z.number().int().describe('Invalid records (see `errors`).'),
    inBatch: z.number().int().describe('Valid repeats of an earlier valid record of this batch.'),
    outOfRegion: z.number().int().describe('Valid, but the NIK is not of the agreement’s province: would be kept, not counted.'),
    outOfScope: z.number().int().describe('Valid and in region, but of a segment the agreement does not count: would be kept, not counted.'),
    toBeChecked: z
      .number()
      .int()
      .describe('Valid in-region workers of a counted segment: a real post would check each against current coverage (new, or a duplicate).'),
    ...errorReport,
  })
  .meta({
    id: 'BatchValidation',
    description:
      'What a batch’s records are worth before it is posted: validity only. It never says whether a worker is already covered, or by whom — only a real, audited post does.',
    examples: [
      {
        agreementId: 'jakarta-uc-2024',
        agency: 'dinkes',
        commitmentId: null,
        externalRef: 'DINKES-2024-11-04-001',
        received: 1010,
        rejected: 10,
        inBatch: 2,
        outOfRegion: 0,
        outOfScope: 0,
        toBeChecked: 998,
        errors: [exampleError],
        errorCounts: { nik_birth_date: 1 },
        errorsTruncated: false,
      },
    ],
  });
export type BatchValidation = z.infer<typeof BatchValidationSchema>;

export const BatchPostQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .meta({
      deprecated: true,
      description:
        'Deprecated: use `POST /v1/agreements/{agreementId}/batches/validate`, which answers the same `BatchValidation` (200) and needs no `Idempotency-Key`. With `true`, nothing is written; the key is still required (as for every post to this operation) and is not used up.',
    }),
});
const IdempotencyKey = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces')
  .describe(
    'Scoped per agency; a retry with the same key and body replays the stored response. Required by every post, the deprecated `?dryRun=true` too (which does not use it up).',
  );
/** The documented headers: a real post needs the key. */
export const BatchPostHeaders = z.object({ 'idempotency-key': IdempotencyKey });
/**
 * What the route validates: the key may be missing here, so that a post without one is answered by
 * the service with its own problem type (`idempotency-key-missing`) rather than a generic validation.
 */
export const BatchPostHeadersAccepted = z.object({ 'idempotency-key': IdempotencyKey.optional() });
export const BatchListQuery = PageQuery.extend({
  agency: AgencyCode.optional().describe('Only this agency’s batches (an agency token sees only its own).'),
});
export const BatchParams = z.object({ id: z.uuid() });
export const VoidBatchSchema = z
  .strictObject({ reason: freeText(z.string().trim().min(3).max(500)) })
  .meta({ id: 'BatchVoid', examples: [{ reason: 'Sent the October roster twice under a new externalRef.' }] });
