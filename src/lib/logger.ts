import type { FastifyBaseLogger } from 'fastify';
import pino, { type DestinationStream } from 'pino';
import type { Config } from '../config.js';

/**
 * Any run of exactly 16 digits in a log line is taken for a NIK and masked, whatever field it
 * sits in: a last line of defence behind never logging bodies in the first place.
 */
// Not after `<digit>.`: the fractional part of a float such as responseTime is not a NIK.
const NIK_LIKE = /(?<!\d|\d\.)\d{16}(?!\d)/g;
/** Masks NIK-like runs; one that stood as a bare JSON number becomes a string, so the line stays JSON. */
export const scrubNiks = (line: string) =>
  line.replace(NIK_LIKE, (_match, offset: number) => {
    const before = line[offset - 1];
    return before === ':' || before === '[' || before === ',' ? '"[NIK]"' : '[NIK]';
  });

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
