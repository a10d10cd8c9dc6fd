import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.js';

/**
 * A thin, typed client for the Sinergi API: openapi-fetch over the generated `paths`, plus what
 * every integrator otherwise writes by hand — the bearer token, an Idempotency-Key on each batch
 * post (kept across its retries), retries of 409/429/503 after `Retry-After`, and conditional
 * GETs that answer a 304 with the representation already held.
 */

export type { components, paths };
export type Problem = components['schemas']['Problem'];

export interface SinergiClientOptions {
  /** e.g. `https://sinergi.example.go.id` (no trailing `/v1`: paths carry it). */
  baseUrl: string;
  /** A JWT, or a function returning a fresh one (called before every request). */
  token?: string | (() => string | Promise<string>);
  /** Retries of a 409, 429 or 503 (default 3); each waits `Retry-After` seconds, at most `maxRetryDelayMs`. */
  retries?: number;
  maxRetryDelayMs?: number;
  /** The fetch to use (default: the global one). */
  fetch?: typeof globalThis.fetch;
}

export type SinergiClient = Client<paths> & {
  /** A new Idempotency-Key: send the same one again to retry the same batch safely. */
  newIdempotencyKey(): string;
};

const RETRIED = new Set([409, 429, 503]);
const BATCH_POST = /\/v1\/agreements\/[^/]+\/batches$/;

export function createSinergiClient(options: SinergiClientOptions): SinergiClient {
  const retries = options.retries ?? 3;
  const maxDelay = options.maxRetryDelayMs ?? 30_000;
  const baseFetch = options.fetch ?? globalThis.fetch;
  /** The last 200 of each GET URL that carried an ETag. */
  const held = new Map<string, { etag: string; body: ArrayBuffer; headers: Headers }>();

  async function fetchWithPolicy(input: Request): Promise<Response> {
    const request = input;
    const cached = request.method === 'GET' ? held.get(request.url) : undefined;
    if (cached && !request.headers.has('if-none-match')) request.headers.set('if-none-match', cached.etag);
    for (let attempt = 0; ; attempt++) {
      const response = await baseFetch(request.clone());
      if (RETRIED.has(response.status) && attempt < retries) {
        const seconds = Number(response.headers.get('retry-after') ?? '1');
        await response.body?.cancel();
        await new Promise((resolve) => setTimeout(resolve, Math.min(maxDelay, 1000 * (Number.isFinite(seconds) ? seconds : 1))));
        continue;
      }
      if (response.status === 304 && cached) {
        // The figures are those already held: answer with them, as a 200.
        const headers = new Headers(cached.headers);
        headers.set('x-sinergi-not-modified', 'true');
        return new Response(cached.body.slice(0), { status: 200, headers });
      }
      const etag = response.headers.get('etag');
      if (request.method === 'GET' && response.status === 200 && etag) {
        const body = await response.clone().arrayBuffer();
        held.set(request.url, { etag, body, headers: new Headers(response.headers) });
      }
      return response;
    }
  }

  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: fetchWithPolicy });
  const auth: Middleware = {
    async onRequest({ request }) {
      if (options.token !== undefined && !request.headers.has('authorization')) {
        const token = typeof options.token === 'function' ? await options.token() : options.token;
        request.headers.set('authorization', `Bearer ${token}`);
      }
      // A batch post without a key of the caller's gets one, the same for all its retries.
      if (request.method === 'POST' && BATCH_POST.test(new URL(request.url).pathname) && !request.headers.has('idempotency-key')) {
        request.headers.set('idempotency-key', crypto.randomUUID());
      }
      return request;
    },
  };
  client.use(auth);
  return Object.assign(client, { newIdempotencyKey: () => crypto.randomUUID() });
}
