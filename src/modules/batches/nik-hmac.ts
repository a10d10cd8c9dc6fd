import { createHash, createHmac } from 'node:crypto';

/**
 * HMAC-SHA256(pepper, nik) for the ingestion path, byte for byte what `createHmac('sha256', pepper)`
 * gives (the tests compare the two). A NIK is 16 ASCII digits: with the key's inner and outer pad
 * states computed once (RFC 2104 over FIPS 180-4 SHA-256), each HMAC is two SHA-256 compressions
 * of one block each, with no object created but the hex string. `createHmac` per record costs
 * about 1.6 µs (a native object per call, three crossings into C++), this about 0.7 µs; copying a
 * prepared `Hash` (`hash.copy()`) was measured slower still (2.3 µs). Anything that is not 16
 * ASCII characters goes to `createHmac`. `into` writes the bytes where the caller wants them, so a
 * batch's hashes are one buffer rather than thousands of strings.
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const IV = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The message schedule: W[0..15] is the block being compressed. Shared (the event loop runs one at a time). */
const W = new Int32Array(64);

/** One SHA-256 compression of the block in W[0..15], from `state` into `out`. */
function compress(state: Int32Array, out: Int32Array): void {
  for (let i = 16; i < 64; i++) {
    const w15 = W[i - 15] as number;
    const w2 = W[i - 2] as number;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    W[i] = ((W[i - 16] as number) + s0 + (W[i - 7] as number) + s1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + (K[i] as number) + (W[i] as number)) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  out[0] = ((state[0] as number) + a) | 0;
  out[1] = ((state[1] as number) + b) | 0;
  out[2] = ((state[2] as number) + c) | 0;
  out[3] = ((state[3] as number) + d) | 0;
  out[4] = ((state[4] as number) + e) | 0;
  out[5] = ((state[5] as number) + f) | 0;
  out[6] = ((state[6] as number) + g) | 0;
  out[7] = ((state[7] as number) + h) | 0;
}

/** SHA-256 state after the one 64-byte block `pad` (the key XOR ipad or opad). */
function padState(pad: Uint8Array): Int32Array {
  for (let i = 0; i < 16; i++) {
    W[i] = ((pad[4 * i] as number) << 24) | ((pad[4 * i + 1] as number) << 16) | ((pad[4 * i + 2] as number) << 8) | (pad[4 * i + 3] as number);
  }
  const state = new Int32Array(8);
  compress(IV, state);
  return state;
}

export interface NikHasher {
  /** Writes the 32 bytes of HMAC-SHA256(pepper, nik) into `out` at `offset`. */
  into(nik: string, out: Uint8Array, offset: number): void;
  /** HMAC-SHA256(pepper, nik) as lowercase hex. */
  hex(nik: string): string;
}

/** HMAC-SHA256 under `pepper`, for NIKs. */
export function nikHasher(pepper: string): NikHasher {
  let key = Buffer.from(pepper, 'utf8');
  if (key.length > 64) key = createHash('sha256').update(key).digest();
  const ipad = new Uint8Array(64);
  const opad = new Uint8Array(64);
  for (let i = 0; i < 64; i++) {
    ipad[i] = (key[i] ?? 0) ^ 0x36;
    opad[i] = (key[i] ?? 0) ^ 0x5c;
  }
  const inner = padState(ipad);
  const outer = padState(opad);
  const innerDigest = new Int32Array(8);
  const digest = new Int32Array(8);

  /** The HMAC into `digest`, or false when `nik` is not 16 ASCII characters. */
  const compute = (nik: string): boolean => {
    if (nik.length !== 16) return false;
    // Inner hash, second block: the 16 message bytes, 0x80, zeros, and the length in bits (64 + 16 bytes).
    let bits = 0;
    for (let i = 0; i < 4; i++) {
      const c0 = nik.charCodeAt(4 * i);
      const c1 = nik.charCodeAt(4 * i + 1);
      const c2 = nik.charCodeAt(4 * i + 2);
      const c3 = nik.charCodeAt(4 * i + 3);
      bits |= c0 | c1 | c2 | c3;
      W[i] = (c0 << 24) | (c1 << 16) | (c2 << 8) | c3;
    }
    // Not ASCII: its UTF-8 bytes are not its char codes.
    if (bits > 0x7f) return false;
    W[4] = 0x80000000 | 0;
    for (let i = 5; i < 15; i++) W[i] = 0;
    W[15] = (64 + 16) * 8;
    compress(inner, innerDigest);
    // Outer hash, second block: the 32-byte inner digest, 0x80, zeros, the length in bits (64 + 32 bytes).
    for (let i = 0; i < 8; i++) W[i] = innerDigest[i] as number;
    W[8] = 0x80000000 | 0;
    for (let i = 9; i < 15; i++) W[i] = 0;
    W[15] = (64 + 32) * 8;
    compress(outer, digest);
    return true;
  };
  const hmac = (nik: string) => createHmac('sha256', pepper).update(nik).digest();

  return {
    into(nik, out, offset) {
      if (!compute(nik)) {
        out.set(hmac(nik), offset);
        return;
      }
      for (let i = 0; i < 8; i++) {
        const x = digest[i] as number;
        out[offset + 4 * i] = x >>> 24;
        out[offset + 4 * i + 1] = (x >>> 16) & 255;
        out[offset + 4 * i + 2] = (x >>> 8) & 255;
        out[offset + 4 * i + 3] = x & 255;
      }
    },
    hex(nik) {
      if (!compute(nik)) return hmac(nik).toString('hex');
      let hex = '';
      for (let i = 0; i < 8; i++) {
        const x = digest[i] as number;
        hex += (HEX[x >>> 24] as string) + (HEX[(x >>> 16) & 255] as string) + (HEX[(x >>> 8) & 255] as string) + (HEX[x & 255] as string);
      }
      return hex;
    },
  };
}
