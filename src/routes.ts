import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { agencyRoutes } from './modules/agencies/routes.js';
import { agreementRoutes } from './modules/agreements/routes.js';
import { alertRoutes } from './modules/alerts/routes.js';
import { auditRoutes } from './modules/audit/routes.js';
import { batchRoutes } from './modules/batches/routes.js';
import { commitmentRoutes } from './modules/commitments/routes.js';
import { confirmationRoutes } from './modules/confirmations/routes.js';
import { dashboardRoutes } from './modules/dashboard/routes.js';
import { exportRoutes } from './modules/exports/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { importPageRoutes } from './modules/imports/page.js';
import { importRoutes } from './modules/imports/routes.js';
import { periodRoutes } from './modules/periods/routes.js';
import { progressRoutes } from './modules/progress/routes.js';
import { webhookRoutes } from './modules/webhooks/routes.js';
import type { Services } from './services.js';

/** The whole route map, in one place. */
export async function registerRoutes(app: FastifyInstance, services: Services, config: Config): Promise<void> {
  await app.register(healthRoutes);
  await app.register(agencyRoutes, { prefix: '/v1', agencies: services.agencies });
  await app.register(agreementRoutes, { prefix: '/v1', agreements: services.agreements });
  await app.register(commitmentRoutes, { prefix: '/v1', commitments: services.commitments });
  await app.register(batchRoutes, { prefix: '/v1', batches: services.batches });
  await app.register(confirmationRoutes, { prefix: '/v1', confirmations: services.confirmations });
  await app.register(progressRoutes, { prefix: '/v1', progress: services.progress, publicSummary: config.publicSummary });
  await app.register(importRoutes, { prefix: '/v1', imports: services.imports });
  await app.register(periodRoutes, { prefix: '/v1', periods: services.periods });
  await app.register(exportRoutes, { prefix: '/v1', exports: services.exports, publicSummary: config.publicSummary });
  await app.register(webhookRoutes, { prefix: '/v1', webhooks: services.webhooks });
  await app.register(alertRoutes, { prefix: '/v1', alerts: services.alerts });
  await app.register(auditRoutes, { prefix: '/v1', audit: services.audit });
  await app.register(dashboardRoutes);
  await app.register(importPageRoutes);
}
