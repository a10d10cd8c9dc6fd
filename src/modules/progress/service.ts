import type { Database } from '../../db/client.js';
import type { RequestContext } from '../../lib/context.js';
import type { AgreementService } from '../agreements/service.js';
import { agencyStandings } from './repository.js';
import type { Summary } from './schemas.js';

export class ProgressService {
  constructor(
    private readonly db: Database,
    private readonly agreements: AgreementService,
  ) {}

  /** Read from the rollups only: its cost does not grow with the number of enrollments. */
  async summary(ctx: RequestContext, agreementId: string): Promise<Summary> {
    await this.agreements.readable(ctx, agreementId);
    const standings = await agencyStandings(this.db, agreementId);
    return {
      agreementId,
      newlyCovered: standings.reduce((sum, agency) => sum + agency.credited, 0),
      agencies: standings.map(({ code, name, credited }) => ({ code, name, credited })),
    };
  }
}
