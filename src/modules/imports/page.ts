import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { projectRoot } from '../../lib/paths.js';
import { problemResponses } from '../../schemas/common.js';
import { AgreementParams } from '../agreements/schemas.js';

/**
 * The import page for a dinas operator: static HTML, script and styles (no build step, public like
 * the dashboard's); every call it makes to the API carries the agency's token.
 */
const folder = path.join(projectRoot, 'src', 'modules', 'imports', 'public');
const load = (file: string) => readFileSync(path.join(folder, file), 'utf8');

// The page runs only its own script and talks only to this origin (downloads are blob: links).
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const textResponse = (type: string, description: string, example: string) => ({
  200: { description, content: { [type]: { schema: z.string().meta({ examples: [example] }) } } },
});

export const importPageRoutes: FastifyPluginAsyncZod = async (app) => {
  const files = { html: load('index.html'), js: load('app.js'), css: load('app.css') };

  app.get(
    '/imports/:agreementId',
    {
      config: { public: true },
      schema: {
        operationId: 'getImportPage',
        summary: 'The import page (HTML, Bahasa Indonesia)',
        description:
          'Choose a file, see the header check, the progress and the result; download the template and the error file. Asks for an agency token (or takes one from the URL fragment, `#token=…`).',
        tags: ['imports'],
        params: AgreementParams,
        response: { ...textResponse('text/html', 'The page.', '<!doctype html><html lang="id">…</html>'), ...problemResponses(400) },
      },
    },
    async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', CSP)
        .header('cache-control', 'no-cache')
        .header('referrer-policy', 'no-referrer')
        .send(files.html),
  );

  app.get(
    '/imports/assets/app.js',
    {
      config: { public: true },
      schema: {
        operationId: 'getImportPageScript',
        summary: 'The import page’s script',
        tags: ['imports'],
        response: textResponse('text/javascript', 'ES module.', 'const POLL_MS = 1000; …'),
      },
    },
    async (_request, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(files.js),
  );

  app.get(
    '/imports/assets/app.css',
    {
      config: { public: true },
      schema: {
        operationId: 'getImportPageStyles',
        summary: 'The import page’s styles',
        tags: ['imports'],
        response: textResponse('text/css', 'Stylesheet.', ':root { --brand: #005a9c; } …'),
      },
    },
    async (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(files.css),
  );
};
