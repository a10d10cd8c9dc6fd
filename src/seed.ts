import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Config } from './config.js';
import type { Database, DatabaseHandle } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { defaultSeedFile } from './lib/paths.js';
import { insertAgencies } from './modules/agencies/repository.js';
import { AgencyCreateSchema } from './modules/agencies/schemas.js';
import { type AgreementValues, insertAgreement, insertParties } from './modules/agreements/repository.js';
import { AgreementCreateSchema, PartyRole } from './modules/agreements/schemas.js';
import { agreementColumns } from './modules/agreements/service.js';
import { IsoDate } from './schemas/common.js';

/**
 * Seed data is data: a JSON file an operator can replace (SEED_FILE), read with the modules' own
 * schemas and written through their repositories, so a seeded agency or agreement is exactly what
 * the API would have created. Loading is idempotent — rows that exist are left alone, so an
 * admin's later edits survive a restart.
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
    // One statement for all agencies: a start re-checks the seed every time, and on the embedded
    // database each statement costs a few milliseconds of a start's budget.
    const result: SeedResult = { agencies: (await insertAgencies(tx, seed.agencies)).length, agreements: 0, parties: 0 };
    for (const { parties, ...fields } of seed.agreements) {
      const a = AgreementCreateSchema.parse(fields);
      if (!(await insertAgreement(tx, agreementColumns(a) as AgreementValues))) continue;
      result.agreements += 1;
      // Parties are seeded with their agreement only: once it exists, its parties are the
      // admins' to change, and a party they removed must not come back on the next start.
      result.parties += await insertParties(
        tx,
        parties.map((p) => ({ agreementId: a.id, agencyCode: p.agency, role: p.role, joinedOn: p.joinedOn })),
      );
    }
    return result;
  });
}

/** Migrates, then loads the seed (idempotently): what a start does before it serves. */
export async function prepareDatabase(database: DatabaseHandle, config: Config): Promise<SeedResult> {
  await runMigrations(database);
  return loadSeed(database.db, config.seedFile ?? defaultSeedFile);
}
