import fc from 'fast-check';
import t from 'tap';
import { type ChainedContent, canonicalJson, chainOf, GENESIS_HASH, rowHash } from '../../src/domain/audit-chain.js';

const content: ChainedContent = {
  chain: 'agency:dinkes',
  chainSeq: 1,
  at: new Date('2024-11-04T03:12:45.123Z'),
  actorSub: 'ops@dinkes',
  actorRole: 'agency',
  actorAgency: 'dinkes',
  action: 'batch.create',
  entityType: 'batch',
  entityId: '5d1f6a8e-3c55-4b0e-9a43-0f3c2f1e7b10',
  requestId: 'req-1',
  details: { agency: 'dinkes', received: 3, accepted: 2 },
};

t.test('canonical JSON does not depend on key order, at any depth', async (t) => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const reordered = JSON.parse(JSON.stringify(value), (_k, v) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      );
      return canonicalJson(value) === canonicalJson(reordered);
    }),
  );
  t.equal(canonicalJson({ b: 1, a: [{ d: 2, c: 'x' }] }), '{"a":[{"c":"x","d":2}],"b":1}');
});

t.test('a row hash covers every field and the previous hash', async (t) => {
  const base = rowHash(content, GENESIS_HASH);
  t.match(base, /^[0-9a-f]{64}$/);
  t.equal(rowHash({ ...content, details: { accepted: 2, received: 3, agency: 'dinkes' } }, GENESIS_HASH), base, 'key order is not content');
  const changes: Partial<ChainedContent>[] = [
    { chain: 'global' },
    { chainSeq: 2 },
    { at: new Date('2024-11-04T03:12:45.124Z') },
    { actorSub: 'other' },
    { actorRole: 'admin' },
    { actorAgency: null },
    { action: 'batch.void' },
    { entityType: 'agreement' },
    { entityId: 'x' },
    { requestId: 'req-2' },
    { details: { agency: 'dinkes', received: 3, accepted: 1 } },
    { details: null },
  ];
  for (const change of changes) t.not(rowHash({ ...content, ...change }, GENESIS_HASH), base, `changing ${Object.keys(change)[0]} changes the hash`);
  t.not(rowHash(content, 'f'.repeat(64)), base, 'the previous hash is covered');
});

t.test('a row belongs to the chain of the agency it is about, else its actor’s, else global', async (t) => {
  t.equal(chainOf(undefined, { agency: 'dinkes' }), 'agency:dinkes');
  t.equal(chainOf('dishub', undefined), 'agency:dishub');
  t.equal(chainOf('dishub', { agency: 'dinkes' }), 'agency:dinkes');
  t.equal(chainOf(null, { reason: 'x' }), 'global');
});
