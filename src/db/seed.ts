import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { agencies, agreementParties, agreements } from './schema.js';
import type { Database } from './client.js';
import { AgencyCreateSchema } from '../modules/agencies/schemas.js';
import type { AgreementValues } from '../modules/agreements/repository.js';
import { AgreementCreateSchema, PartyRole } from '../modules/agreements/schemas.js';
import { agreementColumns } from '../modules/agreements/service.js';
import { IsoDate } from '../schemas/common.js';

/**
 * Seed data is data: a JSON file an operator can replace (SEED_FILE). Loading is idempotent —
 * rows that exist are left alone, so an admin's later edits survive a restart.
 */
const SeedAgreementSchema = z.looseObject({
  parties: z.array(z.strictObject({ agency: z.string(), role: PartyRole, joinedOn: IsoDate })),
});
const SeedSchema = z.object({
  agencies: z.array(AgencyCreateSchema),
  agreements: z.array(SeedAgreementSchema),
});

export interface SeedResult {
  agencies: number;
  agreements: number;
  parties: number;
}

export async function loadSeed(db: Database, file: string): Promise<SeedResult> {
  const seed = SeedSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  return db.transaction(async (tx) => {
    const result: SeedResult = { agencies: 0, agreements: 0, parties: 0 };
    if (seed.agencies.length > 0) {
      const rows = await tx.insert(agencies).values(seed.agencies).onConflictDoNothing().returning({ code: agencies.code });
      result.agencies = rows.length;
    }
    for (const { parties, ...fields } of seed.agreements) {
      const a = AgreementCreateSchema.parse(fields);
      const inserted = await tx
        .insert(agreements)
        .values(agreementColumns(a) as AgreementValues)
        .onConflictDoNothing()
        .returning({ id: agreements.id });
      result.agreements += inserted.length;
      // Parties are seeded with their agreement only: once it exists, its parties are the
      // admins' to change, and a party they removed must not come back on the next start.
      if (inserted.length > 0 && parties.length > 0) {
        const rows = await tx
          .insert(agreementParties)
          .values(parties.map((p) => ({ agreementId: a.id, agencyCode: p.agency, role: p.role, joinedOn: p.joinedOn })))
          .onConflictDoNothing()
          .returning({ code: agreementParties.agencyCode });
        result.parties += rows.length;
      }
    }
    return result;
  });
}
