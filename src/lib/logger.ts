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
