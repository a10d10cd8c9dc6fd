import type { FastifyInstance, FastifySchema } from 'fastify';
import fp from 'fastify-plugin';
import { strictQuery } from '../schemas/common.js';

/**
 * Unknown query parameters are refused on every documented route, in this one place rather than
 * route by route: each route's query schema (or none) becomes strict when the route is added. The
 * OpenAPI document is generated from the same schemas, so it still lists exactly the parameters a
 * route takes. Hidden routes (the docs UI's own files) are left as they are.
 */
export const strictQueryPlugin = fp(
  async (app: FastifyInstance) => {
    app.addHook('onRoute', (route) => {
      const schema = route.schema as (FastifySchema & { hide?: boolean }) | undefined;
      if (!schema || schema.hide) return;
      route.schema = { ...schema, querystring: strictQuery(schema.querystring) };
    });
  },
  { name: 'strict-query' },
);
