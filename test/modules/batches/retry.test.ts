import t from 'tap';
import { ServiceUnavailableError } from '../../../src/errors.js';
import { withRetry } from '../../../src/modules/batches/ingest.js';

/** An error as node-postgres and PGlite raise it: the SQLSTATE in `code`. */
const sqlError = (code: string) => Object.assign(new Error(`SQLSTATE ${code}`), { code });

t.test('a write that conflicts a few times is retried until it goes through', async (t) => {
  for (const code of ['40001', '40P01']) {
    let attempts = 0;
    const result = await withRetry(async () => {
      attempts++;
      if (attempts < 5) throw sqlError(code);
      return 'written';
    });
    t.equal(result, 'written', `${code}: the fifth attempt's result`);
    t.equal(attempts, 5);
  }
});

t.test('a write that keeps conflicting ends as a 503 with Retry-After, never a 500', async (t) => {
  let attempts = 0;
  const error = await withRetry(async () => {
    attempts++;
    throw sqlError('40001');
  }).catch((caught: unknown) => caught);
  t.type(error, ServiceUnavailableError);
  t.equal((error as ServiceUnavailableError).status, 503);
  t.equal((error as ServiceUnavailableError).headers['retry-after'], '1');
  t.equal(attempts, 8, 'eight attempts in all');
});

t.test('any other error is not retried', async (t) => {
  for (const error of [sqlError('23505'), sqlError('57014'), new Error('boom')]) {
    let attempts = 0;
    const caught = await withRetry(async () => {
      attempts++;
      throw error;
    }).catch((thrown: unknown) => thrown);
    t.equal(caught, error, 'the error itself');
    t.equal(attempts, 1);
  }
});
