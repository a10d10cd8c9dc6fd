import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import net from 'node:net';
import { projectRoot } from '../../src/lib/paths.js';
import { signToken, type TokenClaims } from '../../src/lib/tokens.js';
import { BUILT_SERVER_ENTRY, DEPLOYED_NODE_FLAGS } from './build.js';
import type { Cleanup } from './cleanup.js';

/**
 * The API (and the summary scenario's bare baseline) as separate processes, started with
 * NODE_ENV=production from the sources (`node --import tsx src/server.ts`) or from the compiled
 * build as the Docker image runs it (`node dist/src/server.js`, see build.ts), either way with the
 * deployed node flags (`DEPLOYED_NODE_FLAGS`, the heap's sizing). Running each in its
 * own process keeps the load generator's CPU and event loop out of the server's, and makes its
 * CPU time and profile its own.
 */

export interface ServerOptions {
  databaseUrl: string;
  /** Extra node flags placed before the entry point (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
  /** Extra environment for the server. */
  env?: Record<string, string>;
  /**
   * Run the compiled build (`node dist/src/server.js`, as the Docker image does; see build.ts)
   * instead of the sources under tsx. The caller builds first (buildServer).
   */
  built?: boolean;
  readyTimeoutMs?: number;
}

export interface ServerProcess {
  baseUrl: string;
  pid: number;
  /** The secrets the server was started with: the bench signs tokens and hashes NIKs with them. */
  secrets: { jwtSecret: string; nikPepper: string };
  token(claims: TokenClaims): string;
  /** Graceful stop (SIGTERM; SIGKILL after 20 s). Safe to call twice or after the process died. */
  stop(): Promise<void>;
}

/** The servers have no "listen on 0 and tell me the port" output, so ask the OS for a free port first. */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as net.AddressInfo;
  probe.close();
  await once(probe, 'close');
  return port;
}

const secret = () => randomBytes(32).toString('base64url');

async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  const timer = new Promise<false>((resolve) => setTimeout(() => resolve(false), ms).unref());
  return Promise.race([once(child, 'exit').then(() => true), timer]);
}

export interface Child {
  process: ChildProcess;
  /** The last lines it printed, for the error message if it dies. */
  tail: string[];
  stop(): Promise<void>;
}

export interface SpawnOptions {
  /** Print its output live, prefixed with the label (default true). The tail is kept either way. */
  relay?: boolean;
  /** Called with each line it prints (stdout and stderr) and the time it was read (performance.now()). */
  onLine?: (line: string, at: number) => void;
  /**
   * Its own process group: a launcher (`npm start`) whose descendants must all go when it is
   * stopped. `stop` then signals `signalPid()` (the process that serves), waits for the
   * launcher to exit with it, and kills the whole group only if that fails.
   */
  detached?: boolean;
  signalPid?: () => number | null;
}

/**
 * Spawns `command <args>` in the project root with exactly `env` (a minimal environment rather
 * than ours: a stray SEED_FILE, NODE_OPTIONS or LOG_LEVEL in the caller's shell must not change
 * what is measured), relays its output prefixed with `label`, and registers its stop with `cleanup`.
 */
export function spawnChild(
  label: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  cleanup: Cleanup,
  options: SpawnOptions = {},
): Child {
  const child = spawn(command, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: options.detached ?? false });

  // Warnings and errors are worth seeing live; the tail is kept for the error message if it dies.
  const tail: string[] = [];
  const relay = options.relay ?? true;
  const onData = (chunk: Buffer) => {
    const at = performance.now();
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      if (relay) process.stderr.write(`[${label}] ${line}\n`);
      options.onLine?.(line, at);
      tail.push(line);
      if (tail.length > 40) tail.shift();
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  // A child that dies mid-run shows up as connection errors in the load generator; say why here.
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`[${label}] exited unexpectedly (code ${code}, signal ${signal})\n`);
  });

  const kill = (signal: NodeJS.Signals) => {
    try {
      // A negative pid signals the whole process group (detached: the child leads its own).
      if (options.detached && child.pid !== undefined) process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch {
      // Already gone.
    }
  };
  const stop = async () => {
    stopping = true;
    if (await waitForExit(child, 0)) return;
    const target = options.signalPid?.() ?? null;
    if (target !== null) {
      try {
        process.kill(target, 'SIGTERM');
      } catch {
        kill('SIGTERM');
      }
    } else {
      kill('SIGTERM');
    }
    // close-with-grace gives in-flight requests up to 15 s; a profile is written on a clean exit only.
    if (!(await waitForExit(child, 20_000))) {
      kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
  };
  cleanup.add(`stop ${label} (pid ${child.pid})`, stop);
  return { process: child, tail, stop };
}

/** `node <args>`, the way the API and the bare baseline are started. */
const spawnNode = (label: string, args: string[], env: Record<string, string>, cleanup: Cleanup): Child =>
  spawnChild(label, process.execPath, args, env, cleanup);

const baseEnv = (port: number): Record<string, string> => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: String(port),
});

export async function startServer(options: ServerOptions, cleanup: Cleanup): Promise<ServerProcess> {
  const port = await freePort();
  const secrets = { jwtSecret: secret(), nikPepper: secret() };
  const env: Record<string, string> = {
    ...baseEnv(port),
    DATABASE_URL: options.databaseUrl,
    JWT_SECRET: secrets.jwtSecret,
    NIK_PEPPER: secrets.nikPepper,
    IMPORT_ENCRYPTION_KEY: secret(),
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  const entry = options.built ? [BUILT_SERVER_ENTRY] : ['--import', 'tsx', 'src/server.ts'];
  const child = spawnNode('server', [...DEPLOYED_NODE_FLAGS, ...(options.nodeArgs ?? []), ...entry], env, cleanup);

  const baseUrl = `http://127.0.0.1:${port}`;
  // GET /health/ready (the database answers), not just an open port: migrations and seed run first.
  await waitReady(`${baseUrl}/health/ready`, child, options.readyTimeoutMs ?? 60_000);
  return {
    baseUrl,
    pid: child.process.pid as number,
    secrets,
    token: (claims) =>
      signToken(
        {
          jwt: {
            algorithm: 'HS256',
            secret: secrets.jwtSecret,
            publicKey: undefined,
            issuer: 'sinergi',
            audience: 'sinergi-api',
            maxTtlSeconds: 86_400,
          },
        },
        claims,
      ),
    stop: child.stop,
  };
}

export interface BareServerProcess {
  /** URL of `GET /summary` (pre-rendered bytes); `/summary/serialised` serialises them each time. */
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * bench/lib/bare-server.ts in its own process, serving `bodyFile` (a JSON document) at GET
 * /summary and /summary/serialised: the least a Fastify 5 route can do on this machine, the baselines of the summary
 * scenario. Started like the API (`node --import tsx`, NODE_ENV=production) so only the
 * application's own work differs between the two.
 */
export async function startBareServer(bodyFile: string, cleanup: Cleanup): Promise<BareServerProcess> {
  const port = await freePort();
  // The same node flags as the API's: the baseline runs on the same heap sizing.
  const child = spawnNode(
    'bare',
    [...DEPLOYED_NODE_FLAGS, '--import', 'tsx', 'bench/lib/bare-server.ts'],
    { ...baseEnv(port), BENCH_BARE_BODY_FILE: bodyFile },
    cleanup,
  );
  const url = `http://127.0.0.1:${port}/summary`;
  await waitReady(url, child, 30_000);
  return { url, pid: child.process.pid as number, stop: child.stop };
}

/** Polls `url` every `intervalMs` until it answers 200, failing early if the child exits. */
export async function waitReady(url: string, child: Child, timeoutMs: number, intervalMs = 100): Promise<void> {
  let exited = false;
  child.process.once('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The process exited before it was ready:\n${child.tail.join('\n')}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`${url} was not ready after ${timeoutMs / 1000} s:\n${child.tail.join('\n')}`);
}
