/**
 * Agreements from the command line.
 *   npm run agreement -- new --from jakarta-uc-2025 --target-workers 3000000 --target-source "NKS 2026" \
 *     [--year 2026] [--id jakarta-uc-2026] [--title "…"] [--target-percent 70] [--signed-on 2026-02-10]
 * `new` creates the next agreement from its predecessor in one step (region, indicator and parties
 * copied, commitments not; baseline = the predecessor's result), as POST
 * /v1/agreements/{id}/successor does, and is audited as the admin `cli:<user>`.
 */
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { openConfiguredDatabase } from '../src/db/open.js';
import { AgreementSuccessorSchema } from '../src/modules/agreements/schemas.js';
import { AgreementService } from '../src/modules/agreements/service.js';
import { prepareDatabase } from '../src/seed.js';

const usage =
  'usage: npm run agreement -- new --from ID --target-workers N --target-source TEXT [--year YYYY] [--id ID] [--title TEXT] [--target-percent P] [--signed-on YYYY-MM-DD]';
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    from: { type: 'string' },
    year: { type: 'string' },
    id: { type: 'string' },
    title: { type: 'string' },
    'signed-on': { type: 'string' },
    'target-workers': { type: 'string' },
    'target-percent': { type: 'string' },
    'target-source': { type: 'string' },
  },
});
if (positionals[0] !== 'new' || !values.from) {
  console.error(usage);
  process.exit(2);
}
const number = (text: string | undefined) => (text === undefined ? undefined : Number(text));
const input = AgreementSuccessorSchema.safeParse({
  year: number(values.year),
  id: values.id,
  title: values.title,
  signedOn: values['signed-on'],
  target: { workers: number(values['target-workers']), percent: number(values['target-percent']), source: values['target-source'] },
});
if (!input.success) {
  for (const issue of input.error.issues) console.error(`${issue.path.join('.') || 'input'}: ${issue.message}`);
  console.error(usage);
  process.exit(2);
}

const config = loadConfig();
const database = await openConfiguredDatabase(config);
try {
  await prepareDatabase(database, config);
  const service = new AgreementService(database.db, () => new Date());
  const ctx = { principal: { sub: `cli:${userInfo().username}`, role: 'admin' as const }, requestId: `cli-${randomUUID()}` };
  const agreement = await service.createSuccessor(ctx, values.from, input.data);
  console.log(`created ${agreement.id} (${agreement.periodStart} … ${agreement.targetDate}) after ${agreement.predecessorId}`);
  console.log(
    `baseline ${agreement.baseline.workers.toLocaleString('en-US')} (${agreement.baseline.kind}), target ${agreement.target.workers.toLocaleString('en-US')}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
