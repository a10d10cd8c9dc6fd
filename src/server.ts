import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { openConfiguredDatabase } from './db/open.js';
import { createLogger } from './lib/logger.js';
import { prepareDatabase } from './seed.js';

/** Reads the config, migrates and seeds, listens, and shuts down gracefully. */
async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`sinergi: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config);
  const database = await openConfiguredDatabase(config);
  const seeded = await prepareDatabase(database, config);
  logger.info({ engine: database.engine, seeded }, 'database ready');

  const app = await buildApp(config, { database, logger });

  closeWithGrace({ delay: 15_000, logger }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'closing after an error');
    else logger.info({ signal }, 'shutting down');
    await app.close();
  });

  await app.listen({ host: config.host, port: config.port });
  if (config.env !== 'production') {
    logger.info(
      `API docs: http://${config.host}:${config.port}/docs — get a token with: npm run token -- --role admin ` +
        '(or --role viewer, or --role agency --agency dinkes)',
    );
  }
}

main().catch((error: unknown) => {
  console.error('sinergi: failed to start', error);
  process.exit(1);
});
