import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JAKARTA_REGENCIES, REGENCY_NAMES_SOURCE } from '../../domain/regencies.js';
import { projectRoot } from '../../lib/paths.js';
import { AgencyCode, problemResponses } from '../../schemas/common.js';
import { AgreementParams } from '../agreements/schemas.js';

/**
 * The governor's dashboard: a static page, script and stylesheet (no build step). They hold no
 * data and are public; the page loads the summary with the viewer's token (or without one when
 * PUBLIC_SUMMARY=true).
 */
const folder = path.join(projectRoot, 'src', 'modules', 'dashboard', 'public');
const load = (file: string) => readFileSync(path.join(folder, file), 'utf8');

// The page runs only its own script and talks only to this origin.
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const textResponse = (type: string, description: string, example: string) => ({
  200: { description, content: { [type]: { schema: z.string().meta({ examples: [example] }) } } },
});

/** The regency names travel inside the page as data (a JSON block, which the CSP does not run). */
const regencyNames = JSON.stringify({ source: REGENCY_NAMES_SOURCE, regencies: JAKARTA_REGENCIES }).replace(/</g, '\\u003c');

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const files = {
    html: load('index.html').replace('{{REGENCY_NAMES}}', regencyNames),
    js: load('app.js'),
    css: load('app.css'),
    favicon: load('favicon.svg'),
  };
  const page = async (_request: unknown, reply: FastifyReply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', CSP)
      .header('cache-control', 'no-cache')
      .header('referrer-policy', 'no-referrer')
      .send(files.html);

  app.get(
    '/dashboard/:agreementId/agencies/:code',
    {
      config: { public: true },
      schema: {
        operationId: 'getAgencyDashboard',
        summary: 'One agency’s page of the dashboard (HTML, Bahasa Indonesia)',
        description:
          'The same page as the dashboard, showing one party: its commitments and their pace, its series, its duplicates credited elsewhere. Loads `getAgencyProgress` with the viewer’s token.',
        tags: ['dashboard'],
        params: AgreementParams.extend({ code: AgencyCode }),
        response: {
          ...textResponse('text/html', 'The page.', '<!doctype html><html lang="id">…</html>'),
          ...problemResponses(400),
        },
      },
    },
    page,
  );

  app.get(
    '/dashboard/assets/favicon.svg',
    {
      config: { public: true },
      schema: {
        operationId: 'getDashboardIcon',
        summary: 'The dashboard’s icon',
        tags: ['dashboard'],
        response: textResponse('image/svg+xml', 'SVG icon.', '<svg xmlns="http://www.w3.org/2000/svg" …></svg>'),
      },
    },
    async (_request, reply) => reply.type('image/svg+xml').header('cache-control', 'max-age=86400').send(files.favicon),
  );

  app.get(
    '/dashboard/:agreementId',
    {
      config: { public: true },
      schema: {
        operationId: 'getDashboard',
        summary: 'The progress dashboard (HTML, Bahasa Indonesia)',
        description:
          'Asks for a viewer token (or takes one from the URL fragment, `#token=…`, which never reaches the server) and keeps it in sessionStorage; polls the summary with If-None-Match.',
        tags: ['dashboard'],
        params: AgreementParams,
        response: {
          ...textResponse('text/html', 'The page.', '<!doctype html><html lang="id">…</html>'),
          ...problemResponses(400),
        },
      },
    },
    page,
  );

  app.get(
    '/dashboard/assets/app.js',
    {
      config: { public: true },
      schema: {
        operationId: 'getDashboardScript',
        summary: 'The dashboard’s script',
        tags: ['dashboard'],
        response: textResponse('text/javascript', 'ES module.', 'const POLL_MS = 30_000; …'),
      },
    },
    async (_request, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(files.js),
  );

  app.get(
    '/dashboard/assets/app.css',
    {
      config: { public: true },
      schema: {
        operationId: 'getDashboardStyles',
        summary: 'The dashboard’s styles',
        tags: ['dashboard'],
        response: textResponse('text/css', 'Stylesheet.', ':root { --brand: #005a9c; } …'),
      },
    },
    async (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(files.css),
  );
};
