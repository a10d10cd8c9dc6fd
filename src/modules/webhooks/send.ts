import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { hostOf, resolveTarget, TargetForbiddenError } from '../../lib/webhook-target.js';

/** What a receiver answered to one attempt: its status (never its body) and how long it took. */
export interface SendResult {
  statusCode: number | null;
  latencyMs: number;
  /** Why there is no status: `timeout`, `stopped`, `target-forbidden (…)`, `dns (…)`, `connection (…)`. */
  error: string | null;
}

export interface SendOptions {
  timeoutMs: number;
  allowPrivate: boolean;
  /** Only this many bytes of the answer are read; the rest is cut off. */
  maxResponseBytes: number;
  /** Aborts the request when the instance stops. */
  signal: AbortSignal;
}

/**
 * POSTs one webhook. The host is resolved and checked here, and the connection goes to that one
 * checked address (the `lookup` below answers with it), so DNS cannot send it elsewhere between
 * the check and the connect. No redirect is followed (a 3xx is a failed attempt), no connection is
 * kept (a fresh socket per attempt, to the address checked for it), the whole exchange must finish
 * within `timeoutMs` and only `maxResponseBytes` of the answer are read.
 */
export async function sendWebhook(url: string, headers: Record<string, string>, body: string, options: SendOptions): Promise<SendResult> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  const target = new URL(url);
  let resolved: Awaited<ReturnType<typeof resolveTarget>>;
  try {
    resolved = await resolveTarget(target, options.allowPrivate);
  } catch (error) {
    const reason =
      error instanceof TargetForbiddenError ? `target-forbidden (${error.reason})` : `dns (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
    return { statusCode: null, latencyMs: latency(), error: reason };
  }
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all)
      (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [resolved]);
    else callback(null, resolved.address, resolved.family);
  };
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = AbortSignal.any([options.signal, timeout]);
  const client = target.protocol === 'https:' ? https : http;

  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const settle = (statusCode: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      resolve({ statusCode, latencyMs: latency(), error });
    };
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: false,
        lookup: pinned,
        signal,
        ...(target.protocol === 'https:' ? { servername: hostOf(target) } : {}),
      },
      (response) => {
        let bytes = 0;
        const status = response.statusCode ?? null;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (bytes > options.maxResponseBytes) {
            response.destroy();
            settle(status, null);
          }
        });
        response.on('end', () => settle(status, null));
        response.on('close', () => settle(status, null));
        response.on('error', () => settle(status, null));
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (options.signal.aborted) settle(null, 'stopped');
      else if (timeout.aborted) settle(null, 'timeout');
      else settle(null, `connection (${error.code ?? 'error'})`);
    });
    request.end(body);
  });
}
