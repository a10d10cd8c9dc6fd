import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BadRequestError, ProblemError, UnsupportedMediaTypeError } from '../../errors.js';
import { contextOf } from '../../lib/context.js';
import { problemResponses } from '../../schemas/common.js';
import { AgreementParams } from '../agreements/schemas.js';
import { languageOf } from './messages.js';
import type { SheetFormat } from './parse/sheet.js';
import {
  IMPORT_LIMITS,
  IMPORT_LIMITS_TEXT,
  IMPORT_MAX_BYTES,
  ImportListQuery,
  ImportPageSchema,
  ImportParams,
  ImportSchema,
  ImportTemplateQuery,
  ImportUploadBody,
  ImportUploadQuery,
  XLSX_TYPE,
} from './schemas.js';
import type { ImportService } from './service.js';
import { templateCsv, templateXlsx } from './template.js';

/** Content types taken as the raw file; the format is then sniffed from the bytes. */
const RAW_TYPES: Record<string, SheetFormat | undefined> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'text/plain': 'csv',
  [XLSX_TYPE]: 'xlsx',
  // Windows labels .csv files with Excel's old type; browsers send octet-stream for the unknown.
  'application/vnd.ms-excel': undefined,
  'application/octet-stream': undefined,
};

const rawBodies = new WeakMap<object, { stream: Readable; declared: SheetFormat | undefined }>();

const fileResponse = (type: string, description: string) => ({
  200: { description, content: { [type]: { schema: z.string().meta({ examples: ['nik;segmen;program;tanggal_terdaftar;kota;kpj;ref'] }) } } },
});

export const importRoutes: FastifyPluginAsyncZod<{ imports: ImportService }> = async (app, { imports }) => {
  // This plugin's routes only: the file comes as the raw body (streamed, never buffered whole)
  // or as one multipart field.
  await app.register(multipart, { limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 5, parts: 6 } });
  app.addContentTypeParser(Object.keys(RAW_TYPES), (request, payload, done) => {
    const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const stream = payload as Readable;
    // The payload here is a stream fed from the request, not the request itself: when the client
    // goes away mid-body (Ctrl-C, a closed tab, a lost network) it neither ends nor errors, and
    // the upload would wait for the rest forever — its job stuck in `uploading`, its segments
    // kept. It errors instead, so the upload is undone.
    request.raw.once('close', () => {
      if (!request.raw.complete && !stream.destroyed) stream.destroy(new Error('The client closed the connection before the body ended.'));
    });
    rawBodies.set(request, { stream, declared: RAW_TYPES[type] });
    done(null, undefined);
  });

  app.get(
    '/agreements/:agreementId/imports/template.xlsx',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'getImportTemplateXlsx',
        summary: 'The import template (XLSX)',
        description:
          'The columns, the NIK column formatted as Text, one example row, and a sheet “Petunjuk” explaining each column in Bahasa Indonesia.',
        tags: ['imports'],
        params: AgreementParams,
        querystring: ImportTemplateQuery,
        response: { ...fileResponse(XLSX_TYPE, 'The workbook.'), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await imports.templateAllowed(contextOf(request), request.params.agreementId);
      return reply
        .type(XLSX_TYPE)
        .header(
          'content-disposition',
          `attachment; filename="template-${request.query.kind === 'confirmation' ? 'konfirmasi-' : ''}${request.params.agreementId}.xlsx"`,
        )
        .send((await templateXlsx(request.query.kind)) as never);
    },
  );

  app.get(
    '/agreements/:agreementId/imports/template.csv',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'getImportTemplateCsv',
        summary: 'The import template (CSV)',
        description:
          'The header line and one example row; UTF-8 with BOM, `;` as the delimiter, CRLF — as Excel writes CSV in the Indonesian locale.',
        tags: ['imports'],
        params: AgreementParams,
        querystring: ImportTemplateQuery,
        response: { ...fileResponse('text/csv', 'The CSV template.'), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await imports.templateAllowed(contextOf(request), request.params.agreementId);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="template-${request.query.kind === 'confirmation' ? 'konfirmasi-' : ''}${request.params.agreementId}.csv"`,
        )
        .send(templateCsv(request.query.kind));
    },
  );

  app.post(
    '/agreements/:agreementId/imports',
    {
      bodyLimit: IMPORT_MAX_BYTES + 1024 * 1024,
      config: {
        roles: ['admin', 'agency'],
        responseHeaders: { 200: ['Location'], 202: ['Location'] },
        problems: [
          'import-empty',
          'import-in-progress',
          'import-too-large',
          'import-too-many-rows',
          'import-unsupported-file',
          'import-unreadable',
          'import-header-missing',
          'import-columns-missing',
          'invalid-commitment',
        ],
      },
      schema: {
        operationId: 'uploadImport',
        summary: 'Upload a spreadsheet (CSV or XLSX) to import',
        description: [
          `Answers 202 with the import and \`Location: /v1/imports/{id}\` once the file is received (stored encrypted) and its header`,
          'row checked; the rows are then posted in the background, in batches of',
          `${IMPORT_LIMITS.chunkRows} rows, through the same pipeline as \`POST /batches\` (same classification, idempotency and audit).`,
          `Limits: ${IMPORT_LIMITS_TEXT} (413).`,
          'An empty file is a 400; a file that is neither CSV nor XLSX, or whose bytes contradict its content type, a 415;',
          'no header row or missing required columns (`nik`, `segmen`, `program` or Y/N program columns, `tanggal_terdaftar`), a 422.',
          'With `kind=confirmation` the file is BPJS’s register extract (template: `…/imports/template.xlsx?kind=confirmation`; required',
          'columns `nik`, `status`, `tanggal_data`), imported by the agreement’s counterpart or an admin (else 403) and posted as',
          'confirmation batches through the same pipeline as `POST /confirmations`.',
          'The same file again (same SHA-256, agency and dryRun) is the same import: a live or completed one is returned with 200',
          '(an interrupted one resumes by itself); a failed or cancelled one does not stop a new import.',
        ].join(' '),
        tags: ['imports'],
        params: AgreementParams,
        querystring: ImportUploadQuery,
        body: ImportUploadBody,
        consumes: ['text/csv', XLSX_TYPE, 'multipart/form-data', 'application/octet-stream'],
        response: {
          200: ImportSchema.describe('The same file was imported before (or is being imported): that import.'),
          202: ImportSchema,
          ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const raw = rawBodies.get(request);
      let file: { stream: Readable; declared: SheetFormat | undefined } | undefined = raw;
      if (!file && request.isMultipart()) {
        const part = await request.file().catch((error: unknown) => {
          // A multipart body the parser cannot read (no boundary, cut off, not multipart at all) is the client's.
          throw error instanceof ProblemError ? error : new BadRequestError('The multipart/form-data body cannot be read.');
        });
        if (part) {
          const name = part.filename.toLowerCase();
          file = { stream: part.file, declared: name.endsWith('.xlsx') ? 'xlsx' : name.endsWith('.csv') ? 'csv' : undefined };
        }
      }
      if (!file) {
        throw new UnsupportedMediaTypeError(
          `Send the file as the body (text/csv or ${XLSX_TYPE}) or as the multipart/form-data field \`file\`.`,
          'import-unsupported-file',
        );
      }
      const upload = file;
      const outcome = await imports.upload(contextOf(request), request.params.agreementId, request.query, upload).catch((error: unknown) => {
        // A multipart body cut off mid-part breaks the part's stream: the client's body, not a fault of ours.
        if (!(error instanceof ProblemError) && upload.stream instanceof Readable && upload.stream.errored) {
          throw new BadRequestError('The multipart/form-data body ends before its file does.');
        }
        throw error;
      });
      reply.header('location', `/v1/imports/${outcome.body.id}`);
      return reply.code(outcome.status).send(outcome.body);
    },
  );

  app.get(
    '/agreements/:agreementId/imports',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'listImports',
        summary: 'List imports, newest first',
        description: 'An agency token sees only its own imports.',
        tags: ['imports'],
        params: AgreementParams,
        querystring: ImportListQuery,
        response: { 200: ImportPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => imports.list(contextOf(request), request.params.agreementId, request.query),
  );

  app.get(
    '/imports/:id',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'getImport',
        summary: 'An import and its progress',
        description: 'Readable from any instance while it runs: rows read of total, counts per class, percent, rows per second, batches.',
        tags: ['imports'],
        params: ImportParams,
        response: { 200: ImportSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => imports.get(contextOf(request), request.params.id),
  );

  app.post(
    '/imports/:id/cancel',
    {
      config: { roles: ['admin', 'agency'], problems: ['import-ended'] },
      schema: {
        operationId: 'cancelImport',
        summary: 'Cancel an import',
        description:
          'Stops it after the chunk under way. Rows already committed stay, as their batches (void those batches to withdraw them); the stored file is deleted at once. An import that has ended is a 409.',
        tags: ['imports'],
        params: ImportParams,
        response: { 200: ImportSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => imports.cancel(contextOf(request), request.params.id),
  );

  app.get(
    '/imports/:id/errors.csv',
    {
      config: { roles: ['admin', 'agency'] },
      schema: {
        operationId: 'getImportErrors',
        summary: 'The error file of an import (CSV)',
        description:
          'One line per problem: the row as the spreadsheet numbers it (the header is row 1), the column, a stable code and a message — in Bahasa Indonesia (`;`-separated), or English with `Accept-Language: en` (`,`-separated). It never contains a NIK nor any other cell value. Codes are listed in `Import`.',
        tags: ['imports'],
        params: ImportParams,
        response: { ...fileResponse('text/csv', 'The error file (UTF-8 with BOM).'), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const language = languageOf(request.headers['accept-language']);
      const lines = await imports.errorLines(contextOf(request), request.params.id, language);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-language', language)
        .header('content-disposition', `attachment; filename="import-${request.params.id}-errors.csv"`)
        .send(Readable.from(lines) as never);
    },
  );
};
