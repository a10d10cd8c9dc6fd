import { StringDecoder } from 'node:string_decoder';
import { type FileSource, guarded, type SheetRow } from './sheet.js';

/**
 * CSV as Excel writes it: `;` in the Indonesian locale (`,` elsewhere, sometimes a tab), an
 * optional UTF-8 BOM, CRLF, LF or CR, quoted fields with embedded delimiters, quotes and newlines.
 * Streamed: a chunk of the file is read into rows while the rest waits in storage.
 *
 * Our own reader rather than csv-parse: at a million rows csv-parse's character-by-character
 * state machine (about 4 µs a row) cost more CPU than the batch pipeline's own work, on the
 * cores the database shares. Here a line without a quote, nearly every line of a real export, is
 * split with `String.prototype.split`; a line with one takes the full rules below. They read a
 * file as csv-parse does with `relax_quotes` and `relax_column_count` (a test checks one against
 * the other on generated files): a quote inside an unquoted field is a character like any other,
 * a quoted field closed early (`"a"b`) keeps its quotes, the line ending is the first one the
 * file uses, and an empty line is a row of one empty cell.
 */

const CANDIDATES = [';', ',', '\t'] as const;

/** A record longer than this is not a spreadsheet row: stop rather than buffer it. */
export const MAX_RECORD_CHARS = 64 * 1024;

/** The delimiter of the header line: the candidate that occurs most often outside quotes. */
export function detectDelimiter(head: Buffer): string {
  const text = head.toString('utf8');
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) as number) + 1);
  }
  let best: string = ';';
  let bestCount = 0;
  for (const [char, count] of counts) {
    if (count > bestCount) {
      best = char;
      bestCount = count;
    }
  }
  return best;
}

/** A file that is not CSV as any spreadsheet writes it; `code` names why (as csv-parse's codes). */
export class CsvError extends Error {
  constructor(readonly code: 'CSV_QUOTE_NOT_CLOSED' | 'CSV_MAX_RECORD_SIZE') {
    super(code);
    this.name = 'CsvError';
  }
}

/** Where a record ends, or that the text so far does not hold its end. */
const MORE = -1;

/**
 * Reads CSV text pushed chunk by chunk into rows. `push` returns the rows completed by the chunk
 * (a row cut by the chunk's end waits for the next); `end` returns the last.
 */
export class CsvReader {
  private readonly decoder = new StringDecoder('utf8');
  private text = '';
  private started = false;
  /** The line ending, once the first is seen: `\r\n`, `\n` or `\r`. */
  private eol: string | undefined;
  private rowNumber = 0;
  private cells: string[] = [];

  constructor(private readonly delimiter: string) {}

  push(chunk: Buffer): SheetRow[] {
    this.text = this.text.length === 0 ? this.decoder.write(chunk) : this.text + this.decoder.write(chunk);
    return this.rows(false);
  }

  end(): SheetRow[] {
    const rest = this.decoder.end();
    if (rest) this.text += rest;
    return this.rows(true);
  }

  private rows(final: boolean): SheetRow[] {
    let text = this.text;
    if (!this.started) {
      if (text.length === 0) return [];
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.started = true;
    }
    const out: SheetRow[] = [];
    const { delimiter } = this;
    let at = 0;
    while (at < text.length) {
      // The fast path: a whole line before the line ending, without a quote.
      const eol = this.eol;
      if (eol !== undefined) {
        const end = text.indexOf(eol, at);
        if (end !== -1) {
          if (end - at > MAX_RECORD_CHARS) throw new CsvError('CSV_MAX_RECORD_SIZE');
          const line = text.slice(at, end);
          if (line.indexOf('"') === -1) {
            out.push({ rowNumber: ++this.rowNumber, cells: line.split(delimiter) });
            at = end + eol.length;
            continue;
          }
        }
      }
      const next = this.record(text, at, final);
      if (next === MORE) break;
      if (next - at > MAX_RECORD_CHARS) throw new CsvError('CSV_MAX_RECORD_SIZE');
      out.push({ rowNumber: ++this.rowNumber, cells: this.cells });
      this.cells = [];
      at = next;
    }
    this.text = at === 0 ? text : text.slice(at);
    this.cells = [];
    if (this.text.length > MAX_RECORD_CHARS) throw new CsvError('CSV_MAX_RECORD_SIZE');
    if (final && this.text.length > 0) throw new CsvError('CSV_QUOTE_NOT_CLOSED');
    return out;
  }

  /** The length of a line ending at `at` (learning it on the first), 0 if none, MORE if cut off. */
  private lineEnd(text: string, at: number, final: boolean): number {
    const char = text.charCodeAt(at);
    if (this.eol !== undefined) return text.startsWith(this.eol, at) ? this.eol.length : 0;
    if (char === 0x0a) {
      this.eol = '\n';
      return 1;
    }
    if (char !== 0x0d) return 0;
    if (at + 1 >= text.length && !final) return MORE;
    this.eol = text.charCodeAt(at + 1) === 0x0a ? '\r\n' : '\r';
    return this.eol.length;
  }

  /**
   * Reads one record from `start` into `this.cells`, the full rules: returns where the next
   * starts, or MORE when the text ends first (and the file does not).
   */
  private record(text: string, start: number, final: boolean): number {
    const { delimiter } = this;
    const cells: string[] = [];
    let at = start;
    for (;;) {
      if (at - start > MAX_RECORD_CHARS) throw new CsvError('CSV_MAX_RECORD_SIZE');
      let value: string | undefined;
      let prefix = '';
      if (text.charCodeAt(at) === 0x22) {
        // A quoted field: `""` is a quote; it must close right before a delimiter or line end.
        let from = at + 1;
        let parts = '';
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote === -1) {
            if (final) throw new CsvError('CSV_QUOTE_NOT_CLOSED');
            return MORE;
          }
          if (quote + 1 >= text.length) {
            if (!final) return MORE;
            value = parts + text.slice(from, quote);
            at = quote + 1;
            break;
          }
          if (text.charCodeAt(quote + 1) === 0x22) {
            parts += text.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          const after = quote + 1;
          if (text.startsWith(delimiter, after)) {
            value = parts + text.slice(from, quote);
            at = after;
          } else {
            const ending = this.lineEnd(text, after, final);
            if (ending === MORE) return MORE;
            if (ending > 0) {
              value = parts + text.slice(from, quote);
              at = after;
            } else {
              // Closed too early (`"a"b`): the quotes are kept and the rest is read unquoted.
              prefix = `"${parts}${text.slice(from, quote)}"`;
              at = after;
            }
          }
          break;
        }
      }
      if (value === undefined) {
        // Unquoted (or closed too early): up to the next delimiter or line ending.
        let end = at;
        for (; end < text.length; end++) {
          if (text.startsWith(delimiter, end)) break;
          const char = text.charCodeAt(end);
          if (char === 0x0a || char === 0x0d) {
            const ending = this.lineEnd(text, end, final);
            if (ending === MORE) return MORE;
            if (ending > 0) break;
          }
        }
        if (end >= text.length && !final) return MORE;
        value = prefix + text.slice(at, end);
        at = end;
      }
      cells.push(value);
      if (at >= text.length) {
        // The file's last record, without a line ending.
        this.cells = cells;
        return at;
      }
      if (text.startsWith(delimiter, at)) {
        at += delimiter.length;
        continue;
      }
      const ending = this.lineEnd(text, at, final);
      if (ending === MORE) return MORE;
      this.cells = cells;
      return at + ending;
    }
  }
}

/** The rows of a CSV file, a chunk of the file at a time (one block per stored segment). */
export async function* readCsvBlocks(source: FileSource, delimiter: string): AsyncGenerator<SheetRow[]> {
  const input = guarded(source);
  const reader = new CsvReader(delimiter);
  for await (const chunk of input.pass()) {
    const rows = reader.push(chunk);
    if (rows.length > 0) yield rows;
  }
  if (input.failure()) throw input.failure();
  const rows = reader.end();
  if (rows.length > 0) yield rows;
}

/** The rows of a CSV file, one at a time. */
export async function* readCsv(source: FileSource, delimiter: string): AsyncGenerator<SheetRow> {
  for await (const rows of readCsvBlocks(source, delimiter)) yield* rows;
}

/** Lines of a CSV, counted as it streams in (a quoted field spanning lines makes this an estimate). */
export class LineCounter {
  lines = 0;
  private last = 0x0a;
  add(chunk: Buffer): void {
    let at = chunk.indexOf(0x0a);
    while (at !== -1) {
      this.lines++;
      at = chunk.indexOf(0x0a, at + 1);
    }
    if (chunk.length > 0) this.last = chunk[chunk.length - 1] as number;
  }
  /** Lines, counting a last line without a newline. */
  get total(): number {
    return this.lines + (this.last === 0x0a ? 0 : 1);
  }
}
