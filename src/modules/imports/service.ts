import { createHash, randomUUID } from 'node:crypto';
import type { Config } from '../../config.js';
import type { Database, Transaction } from '../../db/client.js';
import type { PreparedBatch } from '../../domain/batch-rules.js';
import { checkConfirmation, type PreparedConfirmations, prepareConfirmations } from '../../domain/confirmation-record.js';
import { checkRecord } from '../../domain/enrollment-record.js';
import type { Clock } from '../../domain/time.js';
import { wibDate } from '../../domain/time.js';
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  ProblemError,
  UnprocessableError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../../errors.js';
import { FileCorruptError, FileStore, FileTooLargeError } from '../../jobs/file-store.js';
import { cancelJob, deleteFile, deleteJob, enqueueUploaded, findJobByDedupeKey, insertJob } from '../../jobs/repository.js';
import { type JobContext, JobFailedError, type JobRunner } from '../../jobs/runner.js';
import { type Principal, type RequestContext, requireActingFor } from '../../lib/context.js';
import { CursorKeys, decodeCursor, paginate } from '../../lib/cursor.js';
import type { BatchObserver } from '../../lib/metrics.js';
import type { Page } from '../../schemas/common.js';
import { findAgreement } from '../agreements/repository.js';
import type { AgreementService } from '../agreements/service.js';
import { recordAudit } from '../audit/repository.js';
import { withIdempotencyKey } from '../batches/idempotency.js';
import { type BatchTarget, prepareBatch, resolveBatchTarget, writeBatch } from '../batches/ingest.js';
import { nikHasher } from '../batches/nik-hmac.js';
import { validationReport } from '../batches/report.js';
import type { Batch } from '../batches/schemas.js';
import type { ConfirmationBatch } from '../confirmations/schemas.js';
import type { ConfirmationService } from '../confirmations/service.js';
import { emitEvent } from '../webhooks/outbox.js';
import { columnOfField, findHeader, missingColumns, type RowError, type RowRecord, rowToRecord } from './columns.js';
import {
  type ConfirmationColumnMap,
  confirmationColumnOfField,
  findConfirmationHeader,
  missingConfirmationColumns,
  rowToConfirmation,
} from './confirmation-columns.js';
import { errorMessage, type Language } from './messages.js';
import { detectDelimiter, LineCounter, readCsvBlocks } from './parse/csv.js';
import { type FileSource, type SheetFormat, type SheetRow, SourceError, sniffFormat, UnreadableFileError } from './parse/sheet.js';
import { readXlsx } from './parse/xlsx.js';
import {
  addChunk,
  type ChunkCounts,
  errorPage,
  findImport,
  type ImportWithJob,
  insertErrors,
  insertImport,
  listImports,
  setRowsTotal,
} from './repository.js';
import { IMPORT_LIMITS, type Import } from './schemas.js';

/**
 * Spreadsheet imports: a file is received and stored encrypted, its header checked, and a job
 * posts it chunk by chunk through the batch pipeline — each chunk one batch, written in the same
 * transaction as the import's checkpoint, so a resumed import never counts a row twice. There is
 * no second set of counting rules: a row becomes a batch record and the pipeline classifies it.
 */

export const IMPORT_JOB = 'import';

interface ImportPayload {
  principal: Principal;
  requestId: string;
  segments: number;
  sha256: string;
  delimiter: string;
}

/** Informational (the chunks done are recorded on the import, in each chunk's transaction). */
interface Checkpoint {
  chunk: number;
}

/** Chunks whose transactions may be in flight at once (as batches in flight on the batch API). */
const CHUNKS_IN_FLIGHT = 2;

export interface UploadedFile {
  /** The body, as it arrives. */
  stream: AsyncIterable<Buffer | string>;
  /** The format the request's content type names, if it names one. */
  declared: SheetFormat | undefined;
}

export type ImportKind = 'enrollment' | 'confirmation';

/** How a file of each kind is read: its header, its required columns, a row as a record. */
interface KindReader {
  findHeader(rows: readonly SheetRow[]): object | undefined;
  missing(map: object): string[];
  row(row: SheetRow, map: object): RowRecord;
}
const READERS: Record<ImportKind, KindReader> = {
  enrollment: {
    findHeader,
    missing: (map) => missingColumns(map as Parameters<typeof missingColumns>[0]),
    row: (row, map) => rowToRecord(row, map as Parameters<typeof rowToRecord>[1]),
  },
  confirmation: {
    findHeader: findConfirmationHeader,
    missing: (map) => missingConfirmationColumns(map as ConfirmationColumnMap),
    row: (row, map) => rowToConfirmation(row, map as ConfirmationColumnMap),
  },
};

export interface UploadOptions {
  kind: ImportKind;
  agency?: string;
  commitmentId?: string;
  dryRun: boolean;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const HEADER_SCAN_ROWS = 20;

function statusOf(row: ImportWithJob): Import['status'] {
  switch (row.job.status) {
    case 'uploading':
    case 'queued':
      return row.job.attempts > 0 ? 'interrupted' : 'queued';
    case 'running':
      return row.leaseExpired ? 'interrupted' : 'running';
    default:
      return row.job.status;
  }
}

export function toImport(row: ImportWithJob): Import {
  const status = statusOf(row);
  const done = status === 'completed';
  const total = row.rowsTotal;
  const percent = done
    ? 100
    : total && total > 0
      ? Math.min(99.9, (100 * row.rowsRead) / total)
      : row.fileBytes > 0
        ? Math.min(99.9, (100 * row.bytesRead) / row.fileBytes)
        : 0;
  const end = row.job.finishedAt ?? row.job.updatedAt;
  const seconds = row.job.startedAt ? (end.getTime() - row.job.startedAt.getTime()) / 1000 : 0;
  return {
    id: row.id,
    agreementId: row.agreementId,
    agency: row.agencyCode,
    commitmentId: row.commitmentId,
    kind: row.kind,
    dryRun: row.dryRun,
    format: row.format,
    status,
    error: row.job.error,
    fileBytes: row.fileBytes,
    rows: { read: row.rowsRead, total: done ? row.rowsRead : total },
    percent: Math.round(percent * 10) / 10,
    rowsPerSecond: seconds > 0 && row.rowsRead > 0 ? Math.round(row.rowsRead / seconds) : null,
    counts: {
      received: row.received,
      accepted: row.accepted,
      duplicates: { inBatch: row.duplicatesInBatch, sameAgency: row.duplicatesSameAgency, otherAgency: row.duplicatesOtherAgency },
      outOfRegion: row.outOfRegion,
      outOfScope: row.outOfScope,
      rejected: row.rejected,
    },
    errorCount: row.errorCount,
    batches: row.batchIds,
    createdAt: row.createdAt.toISOString(),
    startedAt: iso(row.job.startedAt),
    finishedAt: iso(row.job.finishedAt),
  };
}

/**
 * The rows of a stored file, whatever its format, in blocks: a CSV's rows come a stored segment
 * at a time (a million rows are a few dozen awaits, not a million), an XLSX's one by one.
 */
async function* sheetRows(format: SheetFormat, source: FileSource, delimiter: string, kind: ImportKind): AsyncGenerator<SheetRow[]> {
  if (format === 'csv') {
    yield* readCsvBlocks(source, delimiter);
    return;
  }
  for await (const row of readXlsx(source, (rows) => READERS[kind].findHeader(rows) !== undefined)) yield [row];
}

export class ImportService {
  private readonly files: FileStore;
  private readonly hashInto: ReturnType<typeof nikHasher>['into'];
  private runner: JobRunner | undefined;

  constructor(
    private readonly db: Database,
    private readonly agreements: AgreementService,
    private readonly confirmations: ConfirmationService,
    private readonly config: Pick<Config, 'nikPepper' | 'idempotencyTtlHours' | 'imports'>,
    private readonly clock: Clock,
  ) {
    this.files = new FileStore(db, config.imports.encryptionSecret);
    this.hashInto = nikHasher(config.nikPepper).into;
  }

  /** Imports run on `runner`; an upload wakes it. */
  /** Told of each chunk's batch once it is committed (metrics). */
  private batchObserver: BatchObserver | undefined;

  observeBatches(observer: BatchObserver): void {
    this.batchObserver = observer;
  }

  attach(runner: JobRunner): void {
    this.runner = runner;
    runner.register(IMPORT_JOB, {
      run: (context) => this.run(context),
      onEnd: async (tx, job, outcome) => {
        await recordAudit(tx, this.jobContext(job.payload as ImportPayload), {
          action: outcome === 'completed' ? 'import.complete' : 'import.fail',
          entityType: 'import',
          entityId: job.id,
        });
        await this.emitEnd(tx, job.id, outcome);
      },
    });
  }

  /** `import.completed` or `import.failed`, in the transaction that ends the job. */
  private async emitEnd(tx: Transaction, id: string, outcome: 'completed' | 'failed'): Promise<void> {
    const row = await findImport(tx, id);
    if (!row) return;
    const base = { importId: id, agreementId: row.agreementId, agency: row.agencyCode, links: { import: `/v1/imports/${id}` } };
    if (outcome === 'completed') {
      await emitEvent(tx, 'import.completed', {
        ...base,
        dryRun: row.dryRun,
        rowsRead: row.rowsRead,
        received: row.received,
        accepted: row.accepted,
        rejected: row.rejected,
      });
    } else await emitEvent(tx, 'import.failed', { ...base, error: row.job.error });
  }

  /**
   * The idempotency record of an import's chunk k: a chunk re-run after a crash replays its stored
   * batch instead of posting it again (the same for enrollment and confirmation imports).
   */
  private chunkKey(agencyCode: string, jobId: string, k: number, fileSha256: string) {
    return {
      agencyCode,
      key: `import:${jobId}:${k}`,
      fingerprint: createHash('sha256').update(`${jobId}:${k}:${fileSha256}`).digest(),
      clock: this.clock,
      ttlHours: this.config.idempotencyTtlHours,
    };
  }

  private jobContext(payload: ImportPayload): RequestContext {
    return { principal: payload.principal, requestId: payload.requestId };
  }

  /**
   * Receives a file: checks who imports for which agreement before reading a byte, stores the
   * file encrypted while hashing it, checks its format and header, then queues the import. The
   * same file (same SHA-256) from the same agency is the same import: a live or completed one is
   * returned (200) instead of starting another.
   */
  async upload(ctx: RequestContext, agreementId: string, options: UploadOptions, file: UploadedFile): Promise<{ status: 200 | 202; body: Import }> {
    const target =
      options.kind === 'confirmation'
        ? await this.confirmationTarget(ctx, agreementId, options)
        : await resolveBatchTarget(this.db, ctx, agreementId, { agency: options.agency, commitmentId: options.commitmentId });
    const id = randomUUID();
    await insertJob(this.db, { id, kind: IMPORT_JOB, status: 'uploading', payload: {} });
    try {
      return await this.receive(ctx, id, target, options, file);
    } catch (error) {
      await deleteJob(this.db, id).catch(() => {});
      throw error;
    }
  }

  /**
   * Where a confirmation import goes: the agreement's counterpart (BPJS), posted by its own token
   * or an admin (docs/domain.md §11); anyone else is a 403. No commitment: confirmations count for none.
   */
  private async confirmationTarget(
    ctx: RequestContext,
    agreementId: string,
    options: { agency?: string; commitmentId?: string | null },
  ): Promise<BatchTarget> {
    if (options.commitmentId) {
      throw new ValidationError('A confirmation import counts toward no commitment.', [
        { in: 'querystring', pointer: '/commitmentId', code: 'not_applicable', message: 'Leave out commitmentId for kind=confirmation.' },
      ]);
    }
    const agencyCode = await this.confirmations.counterpartFor(ctx, agreementId);
    if (options.agency && options.agency !== agencyCode) {
      throw new ForbiddenError(`Confirmations are imported for the agreement’s counterpart, \`${agencyCode}\`.`);
    }
    const agreement = await findAgreement(this.db, agreementId);
    if (!agreement) throw new NotFoundError(`Agreement \`${agreementId}\` does not exist.`);
    // Confirmations are dated by BPJS's extract, not by a reporting period: no closed period refuses them.
    return { agreement, agreementId, agencyCode, commitmentId: null, externalRef: null, commitmentSegment: null, closedPeriods: [] };
  }

  private async receive(
    ctx: RequestContext,
    id: string,
    target: BatchTarget,
    options: UploadOptions,
    file: UploadedFile,
  ): Promise<{ status: 200 | 202; body: Import }> {
    const lines = new LineCounter();
    const limits = IMPORT_LIMITS[options.kind];
    let stored: Awaited<ReturnType<FileStore['write']>>;
    try {
      stored = await this.files.write(id, file.stream, limits.maxBytes, (chunk) => lines.add(chunk));
    } catch (error) {
      if (error instanceof FileTooLargeError || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw new PayloadTooLargeError(`A file may have at most ${limits.maxBytes} bytes.`, 'import-too-large', {
          limitBytes: limits.maxBytes,
        });
      }
      throw error;
    }
    if (stored.bytes === 0) throw new BadRequestError('The file is empty.', 'import-empty');
    const format = sniffFormat(stored.head);
    if (format === 'unknown' || (file.declared && file.declared !== format)) {
      throw new UnsupportedMediaTypeError(
        format === 'unknown'
          ? 'The file is neither CSV text nor an XLSX workbook (an old .xls? save it as .xlsx or CSV).'
          : `The body is ${format === 'xlsx' ? 'an XLSX workbook' : 'text'} but its content type says ${file.declared}.`,
        'import-unsupported-file',
      );
    }
    const delimiter = format === 'csv' ? detectDelimiter(stored.head.subarray(stored.head[0] === 0xef ? 3 : 0)) : ';';
    const source: FileSource = () => this.files.read(id, stored.segments);

    // The header: the first row naming a NIK column, among the first rows (a title row may come first).
    const reader = READERS[options.kind];
    const firstRows: SheetRow[] = [];
    let map: object | undefined;
    try {
      scan: for await (const rows of sheetRows(format, source, delimiter, options.kind)) {
        for (const row of rows) {
          firstRows.push(row);
          map = reader.findHeader([row]);
          if (map || firstRows.length >= HEADER_SCAN_ROWS) break scan;
        }
      }
    } catch (error) {
      if (error instanceof SourceError) throw error.cause;
      if (error instanceof UnreadableFileError || (error as { code?: string }).code?.startsWith('CSV_')) {
        throw new UnprocessableError('The file cannot be read as a spreadsheet.', 'import-unreadable');
      }
      throw error;
    }
    if (!map) {
      throw new UnprocessableError(
        `No header row found in the first ${HEADER_SCAN_ROWS} rows: one row must name the columns (${options.kind === 'confirmation' ? 'at least nik, status, tanggal_data' : 'at least nik, segmen, program, tanggal_terdaftar'}). Download the template.`,
        'import-header-missing',
      );
    }
    const missing = reader.missing(map);
    if (missing.length > 0) {
      throw new UnprocessableError(`Required columns are missing: ${missing.join(', ')}.`, 'import-columns-missing', { missingColumns: missing });
    }
    const rowsTotal = format === 'csv' ? lines.total - (map as { headerRow: number }).headerRow : null;
    if (rowsTotal !== null && rowsTotal > limits.maxRows) {
      throw new PayloadTooLargeError(`A file may have at most ${limits.maxRows} rows after the header.`, 'import-too-many-rows', {
        limitRows: limits.maxRows,
      });
    }

    const sha256 = stored.sha256.toString('hex');
    const payload: ImportPayload = { principal: ctx.principal, requestId: ctx.requestId, segments: stored.segments, sha256, delimiter };
    const kindKey = options.kind === 'confirmation' ? 'confirmation:' : '';
    const dedupeKey = `import:${kindKey}${target.agreementId}:${target.agencyCode}:${options.dryRun ? 'dry' : 'real'}:${sha256}`;
    const queued = await this.db.transaction(async (tx) => {
      if (!(await enqueueUploaded(tx, id, dedupeKey, payload))) return false;
      await insertImport(tx, {
        id,
        agreementId: target.agreementId,
        agencyCode: target.agencyCode,
        kind: options.kind,
        commitmentId: target.commitmentId,
        dryRun: options.dryRun,
        format,
        fileBytes: stored.bytes,
        rowsTotal,
        createdBy: ctx.principal.sub,
      });
      await recordAudit(tx, ctx, {
        action: 'import.create',
        entityType: 'import',
        entityId: id,
        details: {
          agreementId: target.agreementId,
          agency: target.agencyCode,
          kind: options.kind,
          format,
          bytes: stored.bytes,
          dryRun: options.dryRun,
        },
      });
      return true;
    });
    if (!queued) {
      // The same file again: that import is the answer (it resumes on its own if interrupted).
      await deleteJob(this.db, id);
      const existing = await findJobByDedupeKey(this.db, dedupeKey);
      const row = existing && (await findImport(this.db, existing.id));
      if (!row) throw new ConflictError('The same file is being imported right now; retry shortly.', 'import-in-progress');
      return { status: 200, body: toImport(row) };
    }
    this.runner?.wake();
    return { status: 202, body: toImport((await findImport(this.db, id)) as ImportWithJob) };
  }

  /** Templates are for those who may import into the agreement. */
  async templateAllowed(ctx: RequestContext, agreementId: string): Promise<void> {
    await this.agreements.readable(ctx, agreementId);
  }

  private async readableImport(ctx: RequestContext, id: string): Promise<ImportWithJob> {
    const row = await findImport(this.db, id);
    if (!row || row.job.status === 'uploading') throw new NotFoundError(`Import \`${id}\` does not exist.`);
    if (ctx.principal.role === 'viewer') throw new ForbiddenError('Imports are read by their agency and admins.');
    requireActingFor(ctx, row.agencyCode);
    return row;
  }

  async get(ctx: RequestContext, id: string): Promise<Import> {
    return toImport(await this.readableImport(ctx, id));
  }

  async list(ctx: RequestContext, agreementId: string, query: { agency?: string; limit: number; cursor?: string }): Promise<Page<Import>> {
    const { principal } = ctx;
    if (principal.role === 'viewer') throw new ForbiddenError('Imports are read by their agency and admins.');
    if (principal.role === 'agency' && query.agency && query.agency !== principal.agency) {
      throw new ForbiddenError(`An agency token for \`${principal.agency}\` reads only its own imports.`);
    }
    await this.agreements.readable(ctx, agreementId);
    const cursor = decodeCursor(query.cursor, CursorKeys.timeAndUuid);
    const before = cursor ? { createdAt: new Date(cursor[0]), id: cursor[1] } : undefined;
    const rows = await listImports(this.db, {
      agreementId,
      agencyCode: principal.role === 'agency' ? principal.agency : query.agency,
      before,
      limit: query.limit,
    });
    const page = paginate(rows, query.limit, (row) => [row.createdAt.toISOString(), row.id]);
    return { items: page.items.map(toImport), nextCursor: page.nextCursor };
  }

  /** Stops an import: rows already committed stay, as their batches; the file is deleted now. */
  async cancel(ctx: RequestContext, id: string): Promise<Import> {
    await this.readableImport(ctx, id);
    const cancelled = await this.db.transaction(async (tx) => {
      if (!(await cancelJob(tx, id))) return false;
      await deleteFile(tx, id);
      await recordAudit(tx, ctx, { action: 'import.cancel', entityType: 'import', entityId: id });
      return true;
    });
    if (!cancelled) throw new ConflictError(`Import \`${id}\` has already ended.`, 'import-ended');
    return toImport((await findImport(this.db, id)) as ImportWithJob);
  }

  /**
   * The error file, as CSV lines: row (as the spreadsheet numbers it), column, code, message.
   * Never a cell's value. `;`-separated in Indonesian (as Excel in that locale expects), `,` in English.
   */
  async errorLines(ctx: RequestContext, id: string, language: Language): Promise<AsyncIterable<string>> {
    await this.readableImport(ctx, id);
    const db = this.db;
    const sep = language === 'id' ? ';' : ',';
    const quote = (text: string) => (/[";,\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    return (async function* () {
      yield `\ufeff${(language === 'id' ? ['baris', 'kolom', 'kode', 'pesan'] : ['row', 'column', 'code', 'message']).join(sep)}\r\n`;
      let after: { rowNumber: number; column: string; code: string } | undefined;
      for (;;) {
        const page = await errorPage(db, id, after, 5_000);
        if (page.length === 0) return;
        let out = '';
        for (const e of page) out += `${e.row_number}${sep}${e.column}${sep}${e.code}${sep}${quote(errorMessage(e.code, language))}\r\n`;
        yield out;
        const last = page[page.length - 1] as (typeof page)[number];
        after = { rowNumber: last.row_number, column: last.column, code: last.code };
      }
    })();
  }

  /** The job: reads the stored file from the start, skips the rows already committed, posts the rest. */
  private async run(context: JobContext): Promise<void> {
    const { job } = context;
    const payload = job.payload as ImportPayload;
    const row = await findImport(this.db, job.id);
    if (!row) throw new JobFailedError('import-missing');
    const ctx = this.jobContext(payload);
    let target: BatchTarget;
    try {
      target =
        row.kind === 'confirmation'
          ? await this.confirmationTarget(ctx, row.agreementId, { agency: row.agencyCode })
          : await resolveBatchTarget(this.db, ctx, row.agreementId, { agency: row.agencyCode, commitmentId: row.commitmentId });
    } catch (error) {
      // The agency left the agreement, the commitment went away: retrying will not help.
      if (error instanceof ProblemError) throw new JobFailedError(error.slug);
      throw error;
    }
    // What an earlier run of this job committed: each chunk is the data rows [k × chunkRows,
    // (k + 1) × chunkRows) of the file, so a resumed run reads the file again and skips them.
    const done = new Set(row.chunksDone);
    let bytesRead = 0;
    const source: FileSource = async function* (this: ImportService) {
      bytesRead = 0;
      for await (const segment of this.files.read(job.id, payload.segments)) {
        bytesRead += segment.length;
        yield segment;
      }
    }.bind(this);

    let dataRows = 0;
    let records: unknown[] = [];
    let rowNumbers: number[] = [];
    let rowErrors: (RowError[] | undefined)[] = [];
    // Up to CHUNKS_IN_FLIGHT chunk transactions at once while the next chunk is read and prepared:
    // parsing and hashing overlap the database's work, and two batches are written side by side,
    // as on the batch API. A chunk is marked done in its own transaction, so whatever order they
    // commit in, a resumed run knows exactly which to skip.
    const inFlight: Promise<void>[] = [];
    const settleAll = () => Promise.allSettled(inFlight);
    // A chunk is cut (its rows prepared: validated, hashed, into columns) as soon as its last row
    // is read, before anything is awaited: the rows and their records then die young, and only
    // the compact prepared chunk waits for its turn to be written. The returned step waits for a
    // free slot and starts the chunk's transaction.
    const cut = (): (() => Promise<void>) => {
      const k = Math.floor((dataRows - 1) / IMPORT_LIMITS.chunkRows);
      if (row.kind === 'confirmation') return cutConfirmations(k);
      const prepared = prepareBatch({ ...target, externalRef: `import ${job.id} #${k + 1}` }, records, {
        clock: this.clock,
        hashInto: this.hashInto,
      });
      const errors = this.errorsOf(target, records, prepared, rowNumbers, rowErrors);
      const rows = records.length;
      const bytes = Math.min(bytesRead, row.fileBytes);
      records = [];
      rowNumbers = [];
      rowErrors = [];
      return async () => {
        while (inFlight.length >= CHUNKS_IN_FLIGHT) await inFlight.shift();
        const chunkStarted = performance.now();
        let committed: ChunkCounts | undefined;
        const committing = context.commit({ chunk: k } satisfies Checkpoint, async (tx) => {
          const batchTarget = { ...target, externalRef: `import ${job.id} #${k + 1}` };
          let counts: ChunkCounts;
          let batchId: string | null = null;
          if (row.dryRun) {
            // Validity only (the batch pipeline's validation report): whether a worker is already
            // covered, or by whom, is not a dry run's to tell. `accepted` holds the valid in-region
            // workers a real import would check against coverage.
            const report = validationReport(batchTarget, prepared);
            counts = {
              received: report.received,
              accepted: report.toBeChecked,
              inBatch: report.inBatch,
              sameAgency: 0,
              otherAgency: 0,
              outOfRegion: report.outOfRegion,
              outOfScope: report.outOfScope,
              rejected: report.rejected,
            };
          } else {
            const outcome = await withIdempotencyKey<Batch>(tx, this.chunkKey(target.agencyCode, job.id, k, payload.sha256), async () => ({
              status: 201,
              body: await writeBatch(tx, ctx, batchTarget, prepared, this.clock),
            }));
            const batch = outcome.body;
            batchId = batch.id;
            counts = {
              received: batch.received,
              accepted: batch.accepted,
              inBatch: batch.duplicates.inBatch,
              sameAgency: batch.duplicates.sameAgency,
              otherAgency: batch.duplicates.otherAgency,
              outOfRegion: batch.outOfRegion,
              outOfScope: batch.outOfScope,
              rejected: batch.rejected,
            };
          }
          await insertErrors(tx, job.id, errors);
          await addChunk(tx, job.id, { index: k, counts, rows, bytesRead: bytes, batchId });
          if (!row.dryRun) committed = counts;
        });
        committing.then(
          () => committed && this.batchObserver?.('import', committed, (performance.now() - chunkStarted) / 1000),
          () => {},
        );
        // Awaited by a later chunk or at the end; until then its failure is not "unhandled".
        committing.catch(() => {});
        inFlight.push(committing);
      };
    };

    // A BPJS extract: each chunk one confirmation batch, through the confirmation pipeline.
    const cutConfirmations = (k: number): (() => Promise<void>) => {
      const externalRef = `import ${job.id} #${k + 1}`;
      const prepared = prepareConfirmations(records, wibDate(this.clock()), target.agreement.regionCode, this.hashInto);
      const errors = this.confirmationErrorsOf(records, prepared, rowNumbers, rowErrors);
      const rows = records.length;
      const bytes = Math.min(bytesRead, row.fileBytes);
      records = [];
      rowNumbers = [];
      rowErrors = [];
      return async () => {
        while (inFlight.length >= CHUNKS_IN_FLIGHT) await inFlight.shift();
        const committing = context.commit({ chunk: k } satisfies Checkpoint, async (tx) => {
          const accepted = prepared.byStatus.active + prepared.byStatus.inactive + prepared.byStatus.not_found;
          let batchId: string | null = null;
          if (!row.dryRun) {
            const outcome = await withIdempotencyKey<ConfirmationBatch>(
              tx,
              this.chunkKey(target.agencyCode, job.id, k, payload.sha256),
              async () => ({
                status: 201,
                body: await this.confirmations.write(
                  tx,
                  ctx,
                  { agreementId: target.agreementId, agencyCode: target.agencyCode, externalRef },
                  prepared,
                ),
              }),
            );
            batchId = outcome.body.id;
          }
          const counts: ChunkCounts = {
            received: prepared.received,
            accepted,
            inBatch: prepared.inBatch,
            sameAgency: 0,
            otherAgency: 0,
            outOfRegion: prepared.outOfRegion,
            // A confirmation labels whatever worker it names; the agreement's counted segments
            // decide only which enrollment records count (docs/domain.md §6.2).
            outOfScope: 0,
            rejected: prepared.rejected,
          };
          await insertErrors(tx, job.id, errors);
          await addChunk(tx, job.id, { index: k, counts, rows, bytesRead: bytes, batchId });
        });
        committing.catch(() => {});
        inFlight.push(committing);
      };
    };

    const reader = READERS[row.kind];
    const firstRows: SheetRow[] = [];
    let map: object | undefined;
    const ready: (() => Promise<void>)[] = [];
    try {
      for await (const block of sheetRows(row.format, source, payload.delimiter, row.kind)) {
        for (const sheetRow of block) {
          if (!map) {
            firstRows.push(sheetRow);
            map = reader.findHeader([sheetRow]);
            if (!map && firstRows.length >= HEADER_SCAN_ROWS) throw new JobFailedError('header-missing');
            continue;
          }
          const read = reader.row(sheetRow, map);
          if (!read.present) continue;
          dataRows++;
          if (dataRows > IMPORT_LIMITS[row.kind].maxRows) throw new JobFailedError('too-many-rows');
          const endOfChunk = dataRows % IMPORT_LIMITS.chunkRows === 0;
          if (done.has(Math.floor((dataRows - 1) / IMPORT_LIMITS.chunkRows))) continue;
          records.push(read.record);
          rowNumbers.push(sheetRow.rowNumber);
          rowErrors.push(read.errors.length > 0 ? read.errors : undefined);
          if (endOfChunk) ready.push(cut());
        }
        // The block's rows are done with (whoever else holds the array): only then wait.
        block.length = 0;
        for (const send of ready.splice(0)) {
          // A turn of the event loop between chunks: requests about this import (its progress, a
          // cancel) are served between them, on the embedded database too.
          await new Promise((resolve) => setImmediate(resolve));
          await send();
        }
      }
    } catch (error) {
      // The chunks in flight settle first: the job ends (or is retried) after its last commit.
      await settleAll();
      if (error instanceof SourceError) {
        // A stored file that does not decrypt stays so; anything else (the database away) is retried.
        if (error.cause instanceof FileCorruptError) throw new JobFailedError('file-corrupt');
        throw error.cause;
      }
      if (error instanceof UnreadableFileError || (error as { code?: string }).code?.startsWith('CSV_')) {
        throw new JobFailedError('file-unreadable');
      }
      throw error;
    }
    if (!map) throw new JobFailedError('header-missing');
    if (records.length > 0) await cut()();
    const outcomes = await settleAll();
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    const total = dataRows;
    await context.commit({ chunk: Math.ceil(total / IMPORT_LIMITS.chunkRows) } satisfies Checkpoint, (tx) => setRowsTotal(tx, job.id, total));
  }

  /** A confirmation chunk's errors by spreadsheet row, as `errorsOf` for enrollments. */
  private confirmationErrorsOf(records: unknown[], prepared: PreparedConfirmations, rowNumbers: number[], rowErrors: (RowError[] | undefined)[]) {
    const out: { rowNumber: number; column: string; code: string }[] = [];
    for (let index = 0; index < rowErrors.length; index++) {
      for (const own of rowErrors[index] ?? []) out.push({ rowNumber: rowNumbers[index] as number, column: own.column, code: own.code });
    }
    const listed = [...prepared.errors];
    if (prepared.errorsTruncated) {
      const today = wibDate(this.clock());
      for (let index = (listed[listed.length - 1]?.index ?? -1) + 1; index < records.length; index++) {
        const checked = checkConfirmation(records[index], index, today);
        if (Array.isArray(checked)) listed.push(...checked);
      }
    }
    for (const error of listed) {
      const column = confirmationColumnOfField(error.field);
      if (rowErrors[error.index]?.some((own) => own.column === column)) continue;
      out.push({ rowNumber: rowNumbers[error.index] as number, column, code: error.code });
    }
    return out;
  }

  /**
   * A chunk's errors by spreadsheet row; the import's own finding replaces the pipeline's for its
   * column. A batch report lists the first errors only; the error file lists every one, so past
   * that cap the rest are asked of the same record rules (`checkRecord`, which names them).
   */
  private errorsOf(target: BatchTarget, records: unknown[], prepared: PreparedBatch, rowNumbers: number[], rowErrors: (RowError[] | undefined)[]) {
    const out: { rowNumber: number; column: string; code: string }[] = [];
    for (let index = 0; index < rowErrors.length; index++) {
      for (const own of rowErrors[index] ?? []) out.push({ rowNumber: rowNumbers[index] as number, column: own.column, code: own.code });
    }
    const listed = [...prepared.errors];
    if (prepared.errorsTruncated) {
      const rules = {
        today: wibDate(this.clock()),
        periodStart: target.agreement.periodStart,
        targetDate: target.agreement.targetDate,
        commitmentSegment: target.commitmentSegment,
        closedPeriods: target.closedPeriods,
      };
      const from = (listed[listed.length - 1]?.index ?? -1) + 1;
      for (let index = from; index < records.length; index++) {
        const checked = checkRecord(records[index], index, rules);
        if (Array.isArray(checked)) listed.push(...checked);
      }
    }
    for (const error of listed) {
      const column = columnOfField(error.field);
      if (rowErrors[error.index]?.some((own) => own.column === column)) continue;
      out.push({ rowNumber: rowNumbers[error.index] as number, column, code: error.code });
    }
    return out;
  }
}
