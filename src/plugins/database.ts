import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { DatabaseHandle } from '../db/client.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle;
  }
}

/** Decorates the app with its database and closes it when the app closes. */
export const databasePlugin = fp<{ database: DatabaseHandle }>(
  async (app: FastifyInstance, { database }) => {
    if (app.hasDecorator('database')) throw new Error('The database plugin is registered twice.');
    app.decorate('database', database);
    app.addHook('onClose', async () => {
      await database.close();
    });
  },
  { name: 'database' },
);
