import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parse as parseCsvReference } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import t from 'tap';
import { findHeader, missingColumns, readDate, rowToRecord } from '../../../src/modules/imports/columns.js';
import { languageOf } from '../../../src/modules/imports/messages.js';
import { CsvReader, detectDelimiter, LineCounter, MAX_RECORD_CHARS, readCsv } from '../../../src/modules/imports/parse/csv.js';
import { type SheetRow, SourceError, sniffFormat, UnreadableFileError } from '../../../src/modules/imports/parse/sheet.js';
import { readXlsx } from '../../../src/modules/imports/parse/xlsx.js';
import { syntheticNik } from '../../fixtures/nik.js';
import { csvFile, DATE_2024_11_04, HEADER, xlsxFile } from './fixtures.js';

const sourceOf = (data: Buffer, piece = 777) =>
  async function* () {
    for (let at = 0; at < data.length; at += piece) yield data.subarray(at, at + piece);
  };

async function rows(iterable: AsyncIterable<SheetRow>) {
  const out: SheetRow[] = [];
  for await (const row of iterable) out.push(row);
  return out;
}

t.test('XLSX is read as a stream and never parked on disk in plaintext', async (t) => {
  const file = await xlsxFile([HEADER, [syntheticNik(1), 'PU', 'JKK, JKM', DATE_2024_11_04, 'Jakarta']], { secondSheet: [['x']] });
  const dir = mkdtempSync(path.join(tmpdir(), 'sinergi-xlsx-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  t.teardown(() => {
    process.env.TMPDIR = previous;
  });
  const read = await rows(readXlsx(sourceOf(file), (r) => findHeader(r) !== undefined));
  t.equal(read.length, 2);
  t.same(readdirSync(dir), [], 'no temporary file was made');
  // The check would see it: exceljs's own reader parks a worksheet that comes before the shared
  // strings (as Excel, and exceljs, write them) in a temporary file.
  let parked = 0;
  const naive = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(sourceOf(file)()), {});
  for await (const sheet of naive) {
    parked = Math.max(parked, readdirSync(dir).length);
    for await (const _ of sheet) void _;
  }
  t.ok(parked > 0, 'the plain streaming reader writes the sheet to disk');
});

t.test('an XLSX whose first sheet is notes reads the sheet with the header', async (t) => {
  const file = await xlsxFile([HEADER, [syntheticNik(2), 'PU', 'JKK, JKM', DATE_2024_11_04, null]], {
    firstSheet: [['Catatan untuk petugas'], ['Isi sheet berikutnya']],
  });
  const read = await rows(readXlsx(sourceOf(file), (r) => findHeader(r) !== undefined));
  t.same(read[0]?.cells, HEADER);
});

t.test('a zip that is no workbook, and a source that fails, are told apart', async (t) => {
  await t.rejects(rows(readXlsx(sourceOf(Buffer.from('PK\u0003\u0004 not really a zip file at all')))), UnreadableFileError);
  const failing = async function* () {
    yield Buffer.from('nik;segmen\n');
    throw new Error('database away');
  };
  await t.rejects(rows(readCsv(failing, ';')), SourceError);
  const file = await xlsxFile([HEADER]);
  const failingXlsx = async function* () {
    yield file.subarray(0, 100);
    throw new Error('database away');
  };
  await t.rejects(rows(readXlsx(failingXlsx)), SourceError);
});

t.test('CSV: delimiter, BOM, CRLF, quotes; line counts', async (t) => {
  t.equal(detectDelimiter(Buffer.from('nik;segmen;program\r\n')), ';');
  t.equal(detectDelimiter(Buffer.from('nik,segmen,"a;b;c;d"\n')), ',');
  t.equal(detectDelimiter(Buffer.from('nik\tsegmen\n')), '\t');
  const file = csvFile([HEADER, ['1', 'PU', 'JKK; JKM', '04/11/2024', 'a "b"\nc']]);
  const read = await rows(readCsv(sourceOf(file, 3), ';'));
  t.same(
    read.map((r) => r.cells),
    [HEADER, ['1', 'PU', 'JKK; JKM', '04/11/2024', 'a "b"\nc']],
  );
  const counter = new LineCounter();
  counter.add(Buffer.from('a\nb\n'));
  t.equal(counter.total, 2);
  counter.add(Buffer.from('c'));
  t.equal(counter.total, 3);
  t.equal(sniffFormat(Buffer.from([0x50, 0x4b, 3, 4])), 'xlsx');
  t.equal(sniffFormat(Buffer.from([1, 0, 2])), 'unknown');
});

t.test('CSV is read as csv-parse reads it (relax_quotes, relax_column_count), whatever the chunking', async (t) => {
  const read = (text: string, delimiter: string, piece: number) => {
    try {
      const bytes = Buffer.from(text);
      const reader = new CsvReader(delimiter);
      const out: unknown[] = [];
      for (let at = 0; at < bytes.length; at += piece) for (const row of reader.push(bytes.subarray(at, at + piece))) out.push(row.cells);
      for (const row of reader.end()) out.push(row.cells);
      return out;
    } catch (error) {
      return (error as { code?: string }).code;
    }
  };
  const reference = (text: string, delimiter: string) => {
    try {
      return parseCsvReference(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
    } catch (error) {
      return (error as { code?: string }).code;
    }
  };
  for (const delimiter of [';', ',', '\t']) {
    const char = fc.constantFrom('a', 'Z', ' ', 'é', '✓', '"', '""', '\n', '\r', '\r\n', ';', ',', '\t', '\ufeff');
    let differs: { text: string; piece: number; ours: unknown; reference: unknown } | undefined;
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), fc.integer({ min: 1, max: 9 }), (chars, piece) => {
        const text = chars.join('');
        const ours = read(text, delimiter, piece);
        const expected = reference(text, delimiter);
        if (JSON.stringify(ours) === JSON.stringify(expected)) return true;
        differs ??= { text, piece, ours, reference: expected };
        return false;
      }),
      { numRuns: 3000 },
    );
    t.equal(differs, undefined, `delimiter ${JSON.stringify(delimiter)}: the same rows, or the same error`);
  }
  t.same(read('"a\r\nb";c\r\n\r\nd', ';', 2), [['a\r\nb', 'c'], [''], ['d']], 'a quoted line break is kept; an empty line is one empty cell');
  t.same(read('"a"b;"c""d"x;e\n', ';', 64), [['"a"b', '"c"d"x', 'e']], 'a quote closed early keeps its quotes');
  t.equal(read('"never closed;a\n', ';', 5), 'CSV_QUOTE_NOT_CLOSED');
  t.equal(read(`a;${'x'.repeat(MAX_RECORD_CHARS + 1)}\n`, ';', 4096), 'CSV_MAX_RECORD_SIZE', 'a record past the limit stops the read');
  t.equal(read(`"${'x'.repeat(MAX_RECORD_CHARS + 1)}`, ';', 4096), 'CSV_MAX_RECORD_SIZE', 'so does a quote left open');
});

t.test('dates in every form a sheet holds them read as the same day', async (t) => {
  for (const cell of [
    DATE_2024_11_04,
    45600,
    '45600',
    '04/11/2024',
    '4/11/2024',
    '4-11-2024',
    '04.11.2024',
    '2024-11-04',
    '2024-11-04 00:00:00',
    '2024-11-4',
  ]) {
    t.equal(readDate(cell), '2024-11-04', String(cell));
  }
  for (const cell of [null, '', 'kemarin', '11/2024', 0, -5, 1e9, '2024/13']) t.equal(readDate(cell), null, String(cell));
  fc.assert(
    fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), (date) => {
      const iso = date.toISOString().slice(0, 10);
      const [y, m, d] = iso.split('-');
      const serial = Math.floor((Date.UTC(Number(y), Number(m) - 1, Number(d)) - Date.UTC(1899, 11, 30)) / 86_400_000);
      return readDate(`${d}/${m}/${y}`) === iso && readDate(serial) === iso && readDate(iso) === iso;
    }),
  );
});

t.test('a row becomes a record; a NIK that is a number, in any written form, is never repaired', async (t) => {
  const map = findHeader([{ rowNumber: 1, cells: ['NIK', 'Segmen', 'Program', 'Tanggal Terdaftar', 'KPJ', 'jkp'] }]);
  t.ok(map);
  if (!map) return;
  t.same(missingColumns(map), []);
  const nik = syntheticNik(9);
  t.same(rowToRecord({ rowNumber: 2, cells: [` ${nik} `, 'bpu', 'jkk/jkm', '04/11/2024', 12345678901, 'Y'] }, map), {
    present: true,
    record: { nik, segment: 'BPU', programs: ['JKK', 'JKM', 'JKP'], enrolledOn: '2024-11-04', kpj: '12345678901' },
    errors: [],
  });
  for (const numeric of [3171014501900001, '3,17101E+15', '3.17101E+15', '3171014501900001.0', '3171014501900001,00']) {
    const read = rowToRecord({ rowNumber: 2, cells: [numeric, 'PU', 'JKK,JKM', '04/11/2024'] }, map);
    t.same(read.errors, [{ column: 'nik', code: 'nik_numeric' }], String(numeric));
    t.equal(read.record.nik, null, 'nothing of it is passed on');
  }
  t.equal(rowToRecord({ rowNumber: 3, cells: ['', null, '  '] }, map).present, false, 'an empty row is no record');
  t.same(missingColumns(findHeader([{ rowNumber: 1, cells: ['nik', 'jkk'] }]) ?? map), ['segmen', 'tanggal_terdaftar', 'program']);
});

t.test('Accept-Language picks English only when preferred', async (t) => {
  for (const [header, language] of [
    [undefined, 'id'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['fr, en;q=0.5', 'en'],
    ['en;q=0, id', 'id'],
    ['*', 'id'],
  ] as const) {
    t.equal(languageOf(header), language, String(header));
  }
});
