import { createHmac, randomBytes } from 'node:crypto';
import t from 'tap';
import { nikHasher } from '../../../src/modules/batches/nik-hmac.js';
import { syntheticNik } from '../../fixtures/nik.js';

t.test('the NIK hasher gives exactly HMAC-SHA256(pepper, nik)', async (t) => {
  // Peppers shorter than, equal to and longer than the SHA-256 block (64 bytes), and non-ASCII.
  for (const pepper of [randomBytes(32).toString('base64url'), 'p'.repeat(64), 'k'.repeat(100), 'short', 'ünïcode-pepper-ß']) {
    const hash = nikHasher(pepper);
    const hmac = (nik: string) => createHmac('sha256', pepper).update(nik).digest('hex');
    let differ = 0;
    for (let n = 0; n < 5_000; n++) {
      const nik = n % 2 ? syntheticNik(n * 7919) : String(1e15 + Math.floor(Math.random() * 9e15));
      if (hash(nik) !== hmac(nik)) differ++;
    }
    t.equal(differ, 0, `5,000 NIKs, pepper of ${Buffer.byteLength(pepper)} bytes`);
    // Not 16 ASCII characters: handed to createHmac, same answer.
    for (const other of ['', '123', '31710145019000é1', '3171014501900001x']) t.equal(hash(other), hmac(other));
  }
});
