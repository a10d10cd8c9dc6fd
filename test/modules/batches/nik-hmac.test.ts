import { createHmac, randomBytes } from 'node:crypto';
import t from 'tap';
import { hexArray } from '../../../src/db/array-literal.js';
import { nikHasher } from '../../../src/modules/batches/nik-hmac.js';
import { syntheticNik } from '../../fixtures/nik.js';

t.test('the NIK hasher gives exactly HMAC-SHA256(pepper, nik)', async (t) => {
  // Peppers shorter than, equal to and longer than the SHA-256 block (64 bytes), and non-ASCII.
  for (const pepper of [randomBytes(32).toString('base64url'), 'p'.repeat(64), 'k'.repeat(100), 'short', 'ünïcode-pepper-ß']) {
    const hasher = nikHasher(pepper);
    const hmac = (nik: string) => createHmac('sha256', pepper).update(nik).digest();
    const niks = Array.from({ length: 5_000 }, (_, n) => (n % 2 ? syntheticNik(n * 7919) : String(1e15 + Math.floor(Math.random() * 9e15))));
    // Not 16 ASCII characters: handed to createHmac, same answer.
    niks.push('', '123', '31710145019000é1', '3171014501900001x');
    const bytes = Buffer.alloc(32 * niks.length);
    for (const [i, nik] of niks.entries()) hasher.into(nik, bytes, 32 * i);
    let differ = 0;
    niks.forEach((nik, i) => {
      const expected = hmac(nik);
      if (hasher.hex(nik) !== expected.toString('hex') || !bytes.subarray(32 * i, 32 * i + 32).equals(expected)) differ++;
    });
    t.equal(differ, 0, `${niks.length} inputs, pepper of ${Buffer.byteLength(pepper)} bytes`);
  }
});

t.test('hexArray writes fixed-width bytes as a PostgreSQL array of hex text', async (t) => {
  t.equal(hexArray(Buffer.alloc(0), 32), '{}');
  t.equal(hexArray(Buffer.from([0x00, 0xff, 0x10, 0xab]), 2), '{00ff,10ab}');
  const bytes = randomBytes(32 * 3);
  t.equal(hexArray(bytes, 32), `{${[0, 1, 2].map((i) => bytes.toString('hex', 32 * i, 32 * i + 32)).join(',')}}`);
});
