import type { FastifyBaseLogger } from 'fastify';
import pino, { type DestinationStream } from 'pino';
import type { Config } from '../config.js';
import { maskNiksInJson } from '../domain/nik-text.js';

/**
 * A NIK in any written form in a log line is masked as `[NIK]`, whatever field it sits in: with
 * separators or format characters, in any digit script, percent-encoded in a URL, or with a
 * leading zero (see domain/nik-text.ts). A last line of defence behind never logging bodies in the
 * first place. One that stood as a bare JSON number becomes a string, so the line stays JSON.
 */
export const scrubNiks = (line: string) => maskNiksInJson(line);

/**
 * drizzle's query errors carry the query's parameters (for a batch, thousands of NIK hashes) in
 * `params`, the message and the stack: log the query and the database's error, not the values.
 */
function serializeError(error: Error) {
  const serialized = pino.stdSerializers.err(error) as ReturnType<typeof pino.stdSerializers.err> & { params?: unknown };
  if (serialized && 'params' in serialized) {
    delete serialized.params;
    const dropParams = (text: string) => text.replace(/\nparams: [^\n]*/g, '\nparams: [omitted]');
    serialized.message = dropParams(serialized.message);
    serialized.stack = dropParams(serialized.stack);
  }
  return serialized;
}

export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): FastifyBaseLogger {
  return pino(
    {
      level: config.logLevel,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', '*.nik', '*.records'],
        censor: '[redacted]',
      },
      serializers: { err: serializeError },
      hooks: { streamWrite: scrubNiks },
    },
    destination,
  );
}

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
type Bindings = Parameters<FastifyBaseLogger['child']>[0];
type ChildOptions = Parameters<FastifyBaseLogger['child']>[1];

/** Whether `logger` writes lines at `level` (a logger that cannot tell is taken to). */
function enabled(logger: FastifyBaseLogger, level: string): boolean {
  const check = (logger as { isLevelEnabled?: (level: string) => boolean }).isLevelEnabled;
  return check === undefined || check.call(logger, level);
}

/**
 * A request's logger, made a pino child (which binds the request id) only when a line it lets
 * through is first written. pino's `child()` costs several µs (bindings serialised, the redaction
 * and serializers carried over) and at LOG_LEVEL=warn a request that goes well writes nothing, so
 * creating one per request cost a cached summary a tenth of its time. Lines are the child's,
 * byte for byte, whenever one is written.
 */
class RequestLogger {
  private made: FastifyBaseLogger | undefined;
  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
  ) {}

  private real(): FastifyBaseLogger {
    this.made ??= this.parent.child(this.bindings);
    return this.made;
  }

  private write(level: Level, args: unknown[]): void {
    if (!enabled(this.parent, level)) return;
    (this.real()[level] as (...a: unknown[]) => void)(...args);
  }

  get level(): string {
    return (this.made ?? this.parent).level;
  }
  set level(level: string) {
    this.real().level = level;
  }
  fatal(...args: unknown[]) {
    this.write('fatal', args);
  }
  error(...args: unknown[]) {
    this.write('error', args);
  }
  warn(...args: unknown[]) {
    this.write('warn', args);
  }
  info(...args: unknown[]) {
    this.write('info', args);
  }
  debug(...args: unknown[]) {
    this.write('debug', args);
  }
  trace(...args: unknown[]) {
    this.write('trace', args);
  }
  silent() {}
  isLevelEnabled(level: string): boolean {
    return enabled(this.made ?? this.parent, level);
  }
  child(bindings: Bindings, options?: ChildOptions): FastifyBaseLogger {
    return this.real().child(bindings, options);
  }
}

/**
 * Fastify's `childLoggerFactory`: a route with its own log level or serializers gets a real
 * child at once; every other request a RequestLogger.
 */
export function requestLogger(logger: FastifyBaseLogger, bindings: Bindings, options: ChildOptions): FastifyBaseLogger {
  if (options && (options.level !== undefined || options.serializers !== undefined)) return logger.child(bindings, options);
  return new RequestLogger(logger, bindings) as unknown as FastifyBaseLogger;
}
