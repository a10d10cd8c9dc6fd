import { z } from 'zod';
import { AgencyCode, IsoDateTime, PageQuery, pageOf } from '../../schemas/common.js';
import { ERROR_MESSAGES } from './messages.js';

/** Documented limits of one import, by kind. */
export const IMPORT_LIMITS = {
  /** A dinas's list: 100 MiB (a million rows of CSV is about 60 MB) and 1,000,000 data rows. */
  enrollment: { maxBytes: 100 * 1024 * 1024, maxRows: 1_000_000 },
  /**
   * BPJS's register extract: every participant of the region BPJS holds, several million rows.
   * 512 MiB (2,500,000 rows of its five columns are about 120 MB) and 6,000,000 data rows.
   */
  confirmation: { maxBytes: 512 * 1024 * 1024, maxRows: 6_000_000 },
  /** Rows per batch: each chunk of the file is posted as one batch. */
  chunkRows: 5_000,
} as const;

/** The largest file of any kind: the upload route's body limit (each kind's is checked as it streams in). */
export const IMPORT_MAX_BYTES = Math.max(IMPORT_LIMITS.enrollment.maxBytes, IMPORT_LIMITS.confirmation.maxBytes);

const mib = (bytes: number) => `${bytes / 1024 / 1024} MiB`;
/** The limits as the API's documentation states them. */
export const IMPORT_LIMITS_TEXT =
  `${IMPORT_LIMITS.enrollment.maxBytes} bytes (${mib(IMPORT_LIMITS.enrollment.maxBytes)}) and ${IMPORT_LIMITS.enrollment.maxRows} rows after the header; ` +
  `with \`kind=confirmation\`, ${IMPORT_LIMITS.confirmation.maxBytes} bytes (${mib(IMPORT_LIMITS.confirmation.maxBytes)}) and ${IMPORT_LIMITS.confirmation.maxRows} rows`;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const codes = Object.entries(ERROR_MESSAGES)
  .map(([code, m]) => `- \`${code}\`: ${m.en}`)
  .join('\n');

export const ImportStatus = z
  .enum(['queued', 'running', 'interrupted', 'completed', 'failed', 'cancelled'])
  .describe(
    '`interrupted`: the instance running it stopped or died; another instance (or the restarted one) resumes it from its last committed chunk.',
  );

export const ImportKind = z
  .enum(['enrollment', 'confirmation'])
  .describe(
    '`enrollment` (the default): a dinas’s list of newly protected workers, posted as enrollment batches; `confirmation`: BPJS’s register extract (columns nik, status, tanggal_data, and optionally tanggal_registrasi, segmen, program, kpj), posted as confirmation batches by the agreement’s counterpart or an admin. For a confirmation import the counts read: `accepted` = valid in-region records, `duplicates.sameAgency`/`otherAgency` = 0, and `batches` lists confirmation batches.',
  );

export const ImportSchema = z
  .object({
    id: z.uuid(),
    agreementId: z.string(),
    agency: AgencyCode,
    kind: ImportKind,
    commitmentId: z.uuid().nullable(),
    dryRun: z.boolean().describe('Validity only: nothing is written, and whether a worker is already covered is not told.'),
    format: z.enum(['csv', 'xlsx']),
    status: ImportStatus,
    error: z
      .string()
      .nullable()
      .describe('Why a failed import failed: `header-missing`, `too-many-rows`, `file-unreadable`, `expired`, `too-many-attempts`, …'),
    fileBytes: z.number().int(),
    rows: z.object({
      read: z.number().int().describe('Data rows read and committed (empty rows are not counted).'),
      total: z.number().int().nullable().describe('Data rows in the file: estimated from its lines for CSV; known for XLSX when it ends.'),
    }),
    percent: z.number().min(0).max(100),
    rowsPerSecond: z.number().nullable(),
    counts: z
      .object({
        received: z.number().int(),
        accepted: z.number().int(),
        duplicates: z.object({ inBatch: z.number().int(), sameAgency: z.number().int(), otherAgency: z.number().int() }),
        outOfRegion: z.number().int(),
        outOfScope: z.number().int().describe('In region, but of a segment the agreement does not count.'),
        rejected: z.number().int(),
      })
      .describe('The sum of the reports of the batches the import created, exactly as each batch reports them.'),
    errorCount: z.number().int().describe('Lines in the error file.'),
    batches: z.array(z.uuid()).describe('The batches created so far, in file order (none for a dry run).'),
    createdAt: IsoDateTime,
    startedAt: IsoDateTime.nullable(),
    finishedAt: IsoDateTime.nullable(),
  })
  .meta({
    id: 'Import',
    description: `A spreadsheet import and its progress. Codes of the error file:\n${codes}`,
    examples: [
      {
        id: '0b7e0c1e-7d8f-4a57-9d4c-5c3e3b8d2a10',
        agreementId: 'jakarta-uc-2024',
        agency: 'dinkes',
        kind: 'enrollment',
        commitmentId: null,
        dryRun: false,
        format: 'xlsx',
        status: 'running',
        error: null,
        fileBytes: 812_344,
        rows: { read: 10_000, total: 20_000 },
        percent: 50,
        rowsPerSecond: 8_400,
        counts: {
          received: 10_000,
          accepted: 9_610,
          duplicates: { inBatch: 12, sameAgency: 0, otherAgency: 301 },
          outOfRegion: 40,
          outOfScope: 0,
          rejected: 37,
        },
        errorCount: 37,
        batches: ['5d1f6a8e-3c55-4b0e-9a43-0f3c2f1e7b10', '8a0c9a51-5f7e-4f44-a1a2-0ac8f3f0b7c2'],
        createdAt: '2024-11-04T03:12:40.000Z',
        startedAt: '2024-11-04T03:12:41.000Z',
        finishedAt: null,
      },
    ],
  });
export type Import = z.infer<typeof ImportSchema>;

export const ImportPageSchema = pageOf(ImportSchema, 'newest first').meta({ id: 'ImportPage' });

export const ImportParams = z.object({ id: z.uuid() });

export const ImportUploadQuery = z.object({
  kind: ImportKind.default('enrollment'),
  agency: AgencyCode.optional().describe('The importing agency: required for admin; an agency token imports only for itself.'),
  commitmentId: z.uuid().optional().describe('An enrollment commitment of the agency under this agreement: every row must be of its segment.'),
  dryRun: z.stringbool().default(false).describe('Check the file (validity only) without writing anything.'),
});

export const ImportTemplateQuery = z.object({ kind: ImportKind.default('enrollment') });

export const ImportListQuery = PageQuery.extend({
  agency: AgencyCode.optional().describe('Only this agency’s imports (an agency token sees only its own).'),
});

/** What the upload route accepts, for the document: the file as the body, raw or as multipart field `file`. */
export const ImportUploadBody = z
  .any()
  .describe(
    `The file: CSV (\`text/csv\`) or XLSX (\`${XLSX_TYPE}\`) as the raw body, or as the field \`file\` of \`multipart/form-data\`. At most ${IMPORT_LIMITS_TEXT}.`,
  );
