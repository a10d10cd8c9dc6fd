import fc from 'fast-check';
import t from 'tap';
import { containsNik } from '../../src/domain/nik-text.js';
import { createLogger, requestLogger } from '../../src/lib/logger.js';
import { nikInTextArb } from '../fixtures/nik-forms.js';
import { CapturedLogs } from '../helper.js';

const NIK = '3171014501900001';

function capture() {
  const logs = new CapturedLogs();
  const logger = createLogger({ logLevel: 'info' }, logs);
  // biome-ignore lint/suspicious/noExplicitAny: a log line is untyped JSON, read field by field
  const lastLine = () => JSON.parse(logs.lines.at(-1) as string) as Record<string, any>;
  return { logs, logger, lastLine };
}

t.test('a 16-digit NIK in a log message is masked as [NIK]', async (t) => {
  const { logs, logger, lastLine } = capture();
  logger.info(`worker ${NIK} enrolled by dinkes`);
  t.equal(lastLine().msg, 'worker [NIK] enrolled by dinkes');
  t.notMatch(logs.text, NIK);
});

t.test('a NIK in any field, however deeply nested, is masked as [NIK]', async (t) => {
  const { logs, logger, lastLine } = capture();
  logger.info(
    {
      worker: NIK,
      nested: { deeper: { list: [`nik=${NIK};`, 'other'] } },
      url: `/v1/lookup?nik=${NIK}`,
    },
    'record',
  );
  const line = lastLine();
  t.equal(line.worker, '[NIK]');
  t.same(line.nested.deeper.list, ['nik=[NIK];', 'other']);
  t.equal(line.url, '/v1/lookup?nik=[NIK]');
  t.notMatch(logs.text, NIK);
});

t.test('a NIK logged as a number is masked and the line stays valid JSON', async (t) => {
  const { logs, logger } = capture();
  logger.info({ worker: Number(NIK), startedAtMicros: 1_730_000_000_000_000 }, 'record');
  t.notMatch(logs.text, NIK);
  let line: Record<string, unknown> | undefined;
  t.doesNotThrow(() => {
    line = JSON.parse(logs.lines.at(-1) as string);
  }, 'the log line is still JSON');
  t.equal(line?.worker, '[NIK]');
});

t.test('an error message carrying a NIK is masked in the serialized error', async (t) => {
  const { logs, logger, lastLine } = capture();
  logger.error({ err: new Error(`duplicate key (${NIK})`) }, 'insert failed');
  t.match(lastLine().err.message, 'duplicate key ([NIK])');
  t.notMatch(logs.text, NIK);
});

t.test('a float with a 16-digit fraction, such as a response time, is not mangled', async (t) => {
  const { logs, logger, lastLine } = capture();
  const responseTime = 3.1234567890123457;
  logger.info({ responseTime }, 'request completed');
  t.equal(lastLine().responseTime, responseTime, 'the number reads back unchanged');
  t.notMatch(logs.text, '[NIK]');
});

t.test('runs of fewer than 16 digits are left alone; 16 or more, a NIK with a leading zero included, are masked', async (t) => {
  const { logs, logger, lastLine } = capture();
  logger.info({ kpj: '12345678901', seventeen: `0${NIK}`, fifteen: '317101450190000' }, 'ids');
  t.match(lastLine(), { kpj: '12345678901', seventeen: '[NIK]', fifteen: '317101450190000' });
  t.notMatch(logs.text, NIK);
});

t.test('the authorization header of a logged request is redacted', async (t) => {
  const { logs, logger, lastLine } = capture();
  const bearer = 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
  logger.info({ req: { method: 'GET', url: '/v1/agencies', headers: { authorization: bearer, cookie: 'sid=abc' } } }, 'incoming');
  const line = lastLine();
  t.equal(line.req.headers.authorization, '[redacted]');
  t.equal(line.req.headers.cookie, '[redacted]');
  t.equal(line.req.url, '/v1/agencies', 'the rest of the request is kept');
  t.notMatch(logs.text, 'eyJhbGciOiJIUzI1NiJ9');
});

t.test('a nik field is redacted outright, not just masked', async (t) => {
  const { logger, lastLine } = capture();
  logger.info({ record: { nik: NIK, segment: 'PU' } }, 'record');
  t.same(lastLine().record, { nik: '[redacted]', segment: 'PU' });
});

t.test('messages below the configured level are not written', async (t) => {
  const logs = new CapturedLogs();
  const logger = createLogger({ logLevel: 'warn' }, logs);
  logger.info('quiet');
  logger.warn('loud');
  t.equal(logs.lines.length, 1);
  t.match(JSON.parse(logs.lines[0] as string), { msg: 'loud' });
});

t.test('a percent-encoded NIK in a logged URL is masked after decoding', async (t) => {
  const { logs, logger, lastLine } = capture();
  logger.info({ req: { method: 'GET', url: `/v1/agencies/%33${NIK.slice(1)}?q=%EF%BC%93${NIK.slice(1)}` } }, 'incoming');
  t.equal(lastLine().req.url, '/v1/agencies/[NIK]?q=[NIK]');
  t.notOk(containsNik(logs.text));
});

t.test('property: a NIK in any written form, in any field or URL of a log line, is masked and the line stays JSON', async (t) => {
  const { logs, logger } = capture();
  fc.assert(
    fc.property(nikInTextArb(), ({ nik, text }) => {
      logger.info({ note: text, url: `/v1/x/${encodeURIComponent(text)}`, deep: { list: [text] } }, `saw ${text}`);
      const line = logs.lines.at(-1) as string;
      JSON.parse(line);
      return !containsNik(line) && !line.includes(nik);
    }),
    { numRuns: 500 },
  );
  t.pass('no NIK in any line');
});

t.test('a request logger writes the lines of a pino child bound to the request id, and only then makes one', async (t) => {
  const { logs, logger, lastLine } = capture();
  let made = 0;
  const counting = Object.create(logger, {
    child: {
      value: (...args: Parameters<typeof logger.child>) => {
        made++;
        return logger.child(...args);
      },
    },
  }) as typeof logger;
  const quiet = requestLogger(counting, { reqId: 'req-1' }, {});
  quiet.debug('below the level');
  t.equal(made, 0, 'a line below the level makes no child');
  t.equal(logs.lines.length, 0);
  quiet.info({ status: 200 }, 'request completed');
  quiet.warn(`worker ${NIK}`);
  t.equal(made, 1, 'one child, made by the first line written');
  t.match(JSON.parse(logs.lines[0] as string), { reqId: 'req-1', status: 200, msg: 'request completed' });
  t.match(lastLine(), { reqId: 'req-1', msg: 'worker [NIK]', level: 40 });
  t.equal(quiet.level, 'info');
  t.match(quiet.child({ job: 'x' }), { info: Function });
});
