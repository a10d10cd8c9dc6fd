/**
 * What a parsed spreadsheet looks like to the import, whatever the file format: rows numbered as
 * the user sees them (the first line or row of the file is 1), each a list of cell values.
 */
export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  /** As the spreadsheet numbers it: 1-based, counting every line or row of the sheet. */
  rowNumber: number;
  cells: Cell[];
}

export type SheetFormat = 'csv' | 'xlsx';

/** A file that cannot be read as the format it claims (corrupt zip, not a workbook, not text). */
export class UnreadableFileError extends Error {
  constructor(readonly code: 'file-unreadable' | 'no-worksheet') {
    super(code);
    this.name = 'UnreadableFileError';
  }
}

/** The file's bytes could not be had (not the file's fault): `cause` says why. */
export class SourceError extends Error {
  constructor(override readonly cause: unknown) {
    super('The file could not be read from storage.');
    this.name = 'SourceError';
  }
}

/** The bytes of a file, produced afresh for each pass over it. */
export type FileSource = () => AsyncIterable<Buffer>;

/**
 * A pass over `source` that parsers can pipe: a piped stream does not pass its errors on, so a
 * failing source (a segment gone, the database away) would leave the parser waiting forever.
 * Instead the pass just ends, and `failure()` tells the parser's caller why it ended early.
 */
export function guarded(source: FileSource): { pass: () => AsyncGenerator<Buffer>; failure: () => SourceError | undefined } {
  let failed: SourceError | undefined;
  return {
    pass: async function* () {
      try {
        yield* source();
      } catch (error) {
        failed ??= new SourceError(error);
      }
    },
    failure: () => failed,
  };
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The format the bytes are in: a zip (XLSX), text (CSV), or neither. */
export function sniffFormat(head: Buffer): SheetFormat | 'unknown' {
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return 'xlsx';
  // Text has no NUL bytes; a binary file (PDF, XLS, image) nearly always does near its start.
  if (head.includes(0)) return 'unknown';
  return 'csv';
}
