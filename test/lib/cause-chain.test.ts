import fc from 'fast-check';
import t from 'tap';
import { pgConstraint, pgErrorCode } from '../../src/db/client.js';
import { causeChain, codeInCauseChain } from '../../src/lib/cause-chain.js';
import { isDatabaseUnavailable, isUnstorableText } from '../../src/plugins/problems.js';

/** An error with `code` at `depth` links below the outermost one (0 = the outermost). */
function wrapped(code: string, depth: number): Error {
  let error: Error = Object.assign(new Error('driver'), { code });
  for (let i = 0; i < depth; i++) error = new Error(`wrapper ${i}`, { cause: error });
  return error;
}

t.test('the chain is the error and its causes, outermost first, at most four links', async (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10 }), (depth) => {
      const links = [...causeChain(wrapped('X', depth))];
      t.equal(links.length, Math.min(depth + 1, 4));
      t.equal(links[0]?.message, depth === 0 ? 'driver' : `wrapper ${depth - 1}`);
    }),
  );
});

t.test('a cyclic chain ends', async (t) => {
  const a: { cause?: unknown } = {};
  const b = { cause: a };
  a.cause = b;
  t.equal([...causeChain(a)].length, 4);
});

t.test('what is not an object has no chain', async (t) => {
  for (const value of [undefined, null, 'text', 42, Symbol('s')]) t.same([...causeChain(value)], [], String(value));
});

t.test('a code is found within four links and not below them', async (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10 }), fc.stringMatching(/^[0-9A-Z]{5}$/), (depth, sqlstate) => {
      const error = wrapped(sqlstate, depth);
      const expected = depth < 4 ? sqlstate : undefined;
      t.equal(
        codeInCauseChain(error, (code) => code === sqlstate),
        expected,
      );
      t.equal(pgErrorCode(error), expected);
    }),
  );
});

t.test('the first accepted code wins; codes that are not accepted are passed over', async (t) => {
  const inner = Object.assign(new Error('pg'), { code: '23505' });
  const outer = Object.assign(new Error('drizzle', { cause: inner }), { code: 'ERR_DRIZZLE' });
  t.equal(pgErrorCode(outer), '23505', 'a SQLSTATE is five digits or capitals');
  t.equal(
    codeInCauseChain(outer, () => true),
    'ERR_DRIZZLE',
  );
  t.equal(
    codeInCauseChain(outer, (code) => code === '40001'),
    undefined,
  );
});

t.test('the error handler reads the same chain: unavailable database, unstorable text', async (t) => {
  t.ok(isDatabaseUnavailable(wrapped('ECONNREFUSED', 2)), 'a refused connection two links down');
  t.ok(isDatabaseUnavailable(new Error('query', { cause: new Error('Connection terminated unexpectedly') })), 'by message');
  t.notOk(isDatabaseUnavailable(wrapped('23505', 1)), 'a unique violation is the request’s, not the database’s');
  t.ok(isUnstorableText(wrapped('22021', 1)), 'a NUL in text');
  t.ok(isUnstorableText(wrapped('22P05', 3)), 'a NUL in jsonb');
  t.notOk(isUnstorableText(wrapped('22021', 4)), 'below the walk');
});

t.test('the violated constraint is read along the same chain', async (t) => {
  const driver = Object.assign(new Error('fk'), { code: '23503', constraint: 'enrollment_batches_party_fk' });
  t.equal(pgConstraint(new Error('drizzle', { cause: driver })), 'enrollment_batches_party_fk');
  t.equal(pgConstraint(new Error('no constraint', { cause: new Error('driver') })), undefined);
});
