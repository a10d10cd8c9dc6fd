import type { Config } from './config.js';
import type { Database } from './db/client.js';
import type { Clock } from './domain/time.js';
import { AgencyService } from './modules/agencies/service.js';
import { AgreementService } from './modules/agreements/service.js';
import { AlertService } from './modules/alerts/service.js';
import { AuditService } from './modules/audit/service.js';
import { BatchService } from './modules/batches/service.js';
import { CommitmentService } from './modules/commitments/service.js';
import { ConfirmationService } from './modules/confirmations/service.js';
import { ExportService } from './modules/exports/service.js';
import { ImportService } from './modules/imports/service.js';
import { PeriodService } from './modules/periods/service.js';
import { ProgressService } from './modules/progress/service.js';
import { WebhookService } from './modules/webhooks/service.js';

/** Every domain service, wired once per app. Services hold the rules; routes only translate HTTP. */
export function createServices(db: Database, config: Config, clock: Clock) {
  const agreements = new AgreementService(db, clock);
  const progress = new ProgressService(db, agreements, clock);
  const confirmations = new ConfirmationService(db, agreements, config, clock);
  return {
    agencies: new AgencyService(db),
    agreements,
    commitments: new CommitmentService(db, agreements, clock),
    audit: new AuditService(db),
    batches: new BatchService(db, agreements, config, clock),
    confirmations,
    progress,
    exports: new ExportService(progress, clock),
    imports: new ImportService(db, agreements, confirmations, config, clock),
    webhooks: new WebhookService(db, config),
    alerts: new AlertService(db, agreements, clock),
    periods: new PeriodService(db, agreements, progress, clock),
  };
}

export type Services = ReturnType<typeof createServices>;
