/**
 * `npm run audit:verify` — recomputes the audit log's hash chains (the configured database:
 * DATABASE_URL, or PGlite in DATA_DIR) and prints the first broken link. Exits 1 when a chain is
 * broken, 0 when every chain is intact.
 */
import { loadConfig } from '../src/config.js';
import { openConfiguredDatabase } from '../src/db/open.js';
import { verifyAuditChains } from '../src/modules/audit/service.js';

const config = loadConfig();
const database = await openConfiguredDatabase(config);
try {
  const result = await verifyAuditChains(database.db);
  console.log(`audit: ${result.checkedRows} entries in ${result.chains.length} chains, ${result.unchainedRows} written before the chain`);
  if (result.ok) {
    console.log('audit: every chain is intact');
  } else {
    const first = result.firstBroken;
    console.log(
      `audit: ${result.brokenCount} broken link(s); first: ${first?.chain} #${first?.chainSeq} (entry ${first?.id ?? 'missing'}): ${first?.problem}`,
    );
    for (const b of result.broken.slice(1)) console.log(`  ${b.chain} #${b.chainSeq} (entry ${b.id ?? 'missing'}): ${b.problem}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error('audit verification failed:', error instanceof Error ? error.message : error);
  process.exitCode = 2;
} finally {
  await database.close();
}
