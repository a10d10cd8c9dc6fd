import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { type FileSource, guarded, type SheetRow } from './sheet.js';

/**
 * CSV as Excel writes it: `;` in the Indonesian locale (`,` elsewhere, sometimes a tab), an
 * optional UTF-8 BOM, CRLF or LF, quoted fields with embedded delimiters, quotes and newlines.
 * Streamed through csv-parse: one record in memory at a time.
 */

const CANDIDATES = [';', ',', '\t'] as const;

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

export async function* readCsv(source: FileSource, delimiter: string): AsyncGenerator<SheetRow> {
  const input = guarded(source);
  const parser = Readable.from(input.pass(), { objectMode: false }).pipe(
    parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      // A field longer than this is not a spreadsheet cell: stop rather than buffer it.
      max_record_size: 64 * 1024,
    }),
  );
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      yield { rowNumber, cells: record };
    }
  } catch (error) {
    throw input.failure() ?? error;
  } finally {
    parser.destroy();
  }
  if (input.failure()) throw input.failure();
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
