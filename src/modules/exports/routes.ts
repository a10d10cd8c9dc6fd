import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../schemas/common.js';
import { toCsv, toXlsx } from './files.js';
import { CONTENT_TYPES, ExportParams, ExportQuery } from './schemas.js';
import type { ExportService } from './service.js';

export interface ExportRouteOptions {
  exports: ExportService;
  /** PUBLIC_SUMMARY: like the summary and series, the exports (aggregates only) need no token. */
  publicSummary: boolean;
}

const file = (description: string, example: string) =>
  z
    .string()
    .meta({ format: 'binary', examples: [example] })
    .describe(description);

export const exportRoutes: FastifyPluginAsyncZod<ExportRouteOptions> = async (app, { exports, publicSummary }) => {
  app.get(
    '/agreements/:agreementId/exports/:table.:format',
    {
      config: { public: publicSummary },
      schema: {
        operationId: 'getExport',
        summary: 'The agency table, the regency table or the series as a CSV or XLSX file',
        description: `${
          publicSummary
            ? 'Public (PUBLIC_SUMMARY=true): aggregates only, no token needed.'
            : 'The same callers as the summary: any authenticated role; an agency token must be a party of the agreement.'
        } Aggregates only, never personal data; every file says so in a note (under the table in CSV, on the sheet \`Catatan\` in XLSX). CSV: UTF-8 with a BOM, \`;\` as delimiter, decimal comma, whole numbers without separators, text cells that a spreadsheet would run as a formula prefixed with \`'\`. The query applies to \`series\` only, with the series API's bounds.`,
        tags: ['exports'],
        params: ExportParams,
        querystring: ExportQuery,
        response: {
          200: {
            description: 'The file, as an attachment (`Content-Disposition`).',
            content: {
              [CONTENT_TYPES.csv.split(';')[0] as string]: {
                schema: file(
                  'CSV, `;`-delimited, UTF-8 with a BOM.',
                  '"Kode";"Nama";"Peran";"Dikreditkan";"Komitmen (pekerja)";"Persen komitmen";"Status";"Duplikat dilaporkan";"Batch terakhir (WIB)"\r\n"dinkes";"Dinas Kesehatan";"Dinas peserta";1000;25000;4;"Tertinggal";0;"2024-11-04 10:12"\r\n',
                ),
              },
              [CONTENT_TYPES.xlsx]: { schema: file('Office Open XML workbook.', '(binary: PK…)') },
            },
          },
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const { agreementId, table, format } = request.params;
      const sheet = await exports.sheet({ principal: request.principal ?? null, requestId: String(request.id) }, agreementId, table, request.query);
      const body = format === 'csv' ? toCsv(sheet) : await toXlsx(sheet);
      return reply
        .type(CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="${sheet.fileName}.${format}"`)
        .header('cache-control', 'no-store')
        .send(body as never);
    },
  );
};
