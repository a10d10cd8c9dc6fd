import { z } from 'zod';
import { AgreementParams } from '../agreements/schemas.js';
import { SeriesQuery } from '../progress/schemas.js';

export const EXPORT_TABLES = ['agencies', 'regencies', 'series'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const ExportParams = AgreementParams.extend({
  table: z
    .enum(EXPORT_TABLES)
    .describe(
      '`agencies`: every party’s standing; `regencies`: newly covered by the NIK’s regency/city code, with the agreement’s area target, gap (target − newly covered), expected by today and pace where one is set (empty cells elsewhere); `series`: newly and cumulatively covered by day or week.',
    ),
  format: z.enum(EXPORT_FORMATS).describe('`csv`: UTF-8 with a BOM, `;`-delimited, decimal comma (Excel in Indonesian locale); `xlsx`: a workbook.'),
});

/** The series query: it bounds the series export exactly as it bounds the series API. */
export const ExportQuery = SeriesQuery;

/** One column of an exported table: its header and how its values are written. */
export interface ExportColumn {
  header: string;
  /** `int`: a whole number; `decimal`: one or two decimals; `date`: `YYYY-MM-DD`. */
  kind: 'text' | 'int' | 'decimal' | 'date';
}

export type ExportCell = string | number | null;

/** A table ready to be written as CSV or XLSX. Aggregates only: never a NIK or a person. */
export interface ExportSheet {
  /** Worksheet name (≤ 31 characters). */
  title: string;
  /** File name without extension (ASCII). */
  fileName: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
  /** Lines shown under the table (CSV) or on a sheet of their own (XLSX). */
  notes: string[];
}
