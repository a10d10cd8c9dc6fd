import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { createLogger } from '../src/lib/logger.js';

/**
 * The OpenAPI document exactly as the code describes it, independent of the local environment
 * (fixed placeholder secrets, default options), so `openapi/openapi.json` is reproducible.
 */
export async function generateOpenApiDocument(): Promise<string> {
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'openapi-generation-placeholder-secret-0000',
    NIK_PEPPER: 'openapi-generation-placeholder-pepper-0000',
  });
  // Routes are only described, never called: an empty in-memory database is enough.
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  const app = await buildApp(config, { database, logger: createLogger({ logLevel: 'silent' }) });
  try {
    await app.ready();
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
  }
}
