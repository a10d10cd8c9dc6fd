import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { Metrics } from '../lib/metrics.js';
import { problemResponses } from '../schemas/common.js';

/**
 * Prometheus metrics (src/lib/metrics.ts): every answer's duration by route template and status,
 * and the scrape endpoint. The endpoint is never public (config.metrics): on the API's listener
 * it takes an admin token; as a listener of its own it is bound to loopback by default and is
 * absent from the API.
 */

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's metrics; undefined when METRICS=off. */
    metrics: Metrics | undefined;
    /** Where the metrics listener listens (METRICS=listener, once ready); else null. */
    metricsAddress(): AddressInfo | null;
  }
}

/** An answer to a path no route has: one label value, whatever was asked (paths are unbounded). */
const UNMATCHED = 'unmatched';

export const metricsPlugin = fp<{ config: Config; metrics: Metrics | undefined }>(
  async (app: FastifyInstance, { config, metrics }) => {
    app.decorate('metrics', metrics);
    let server: Server | undefined;
    app.decorate('metricsAddress', () => (server?.listening ? (server.address() as AddressInfo) : null));
    if (!metrics) return;

    // A callback hook, after the answer went out: it adds nothing to the answer's latency.
    app.addHook('onResponse', (request, reply, done) => {
      metrics.observeRequest(
        request.method,
        request.is404 ? UNMATCHED : (request.routeOptions.url ?? UNMATCHED),
        reply.statusCode,
        reply.elapsedTime / 1000,
      );
      done();
    });

    if (config.metrics.mode === 'api') {
      app.get(
        '/metrics',
        {
          // Rate limited like any admin request: a scrape every 15 s is far below the limit.
          config: { roles: ['admin'] },
          schema: {
            operationId: 'getMetrics',
            summary: 'Prometheus metrics (admin)',
            description:
              'The Prometheus text format: request durations by route and status, batch and import records by class, batch latency, ' +
              'background job queue depth and age, database pool, event-loop delay and process figures. Admin tokens only. With ' +
              '`METRICS=listener` this route is absent and the metrics are served on a separate listener (loopback by default).',
            tags: ['health'],
            response: {
              200: {
                description: 'The metrics, in the Prometheus text exposition format 0.0.4.',
                content: {
                  'text/plain': {
                    schema: z
                      .string()
                      .meta({ examples: ['sinergi_http_request_duration_seconds_count{method="GET",route="/health/ready",status_code="200"} 3'] }),
                  },
                },
              },
              ...problemResponses(401, 403),
            },
          },
        },
        async (_request, reply) => reply.type(metrics.contentType).send(await metrics.text()),
      );
    } else if (config.metrics.mode === 'listener') {
      server = createServer((request, response) => {
        if (request.method !== 'GET' || (request.url ?? '').split('?')[0] !== '/metrics') {
          response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found: GET /metrics\n');
          return;
        }
        metrics.text().then(
          (text) => response.writeHead(200, { 'content-type': metrics.contentType }).end(text),
          (error: unknown) => {
            app.log.error({ err: error }, 'metrics scrape failed');
            response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('The metrics could not be read.\n');
          },
        );
      });
      const listener = server;
      app.addHook('onReady', async () => {
        await new Promise<void>((resolve, reject) => {
          listener.once('error', reject);
          listener.listen(config.metrics.port, config.metrics.host, () => {
            listener.off('error', reject);
            resolve();
          });
        });
        app.log.info({ address: listener.address() }, 'metrics listener ready');
      });
      app.addHook('onClose', async () => {
        if (!listener.listening) return;
        listener.closeAllConnections();
        await new Promise<void>((resolve) => listener.close(() => resolve()));
      });
    }
  },
  { name: 'metrics', dependencies: ['auth'] },
);
