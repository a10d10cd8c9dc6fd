import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { Database } from '../db/client.js';
import { deleteFile, insertFileSegment, readFileSegment } from './repository.js';

/**
 * A job's input file, kept encrypted in the database so any instance can resume the job and
 * nothing readable lies on a disk. Each segment (at most 1 MiB of plaintext) is sealed on its
 * own with AES-256-GCM: a fresh 96-bit nonce, and the job id, the segment's number and whether it
 * is the last as associated data, so a segment cannot be swapped, reordered or cut off unnoticed.
 * Stored as nonce ‖ ciphertext ‖ tag.
 */

export const SEGMENT_BYTES = 1024 * 1024;
const NONCE = 12;
const TAG = 16;

export class FileTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The file is larger than ${limit} bytes.`);
    this.name = 'FileTooLargeError';
  }
}

/** A stored file that does not decrypt as written: tampered, cut off, or another key. */
export class FileCorruptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileCorruptError';
  }
}

/** The AES-256 key, derived from the configured secret with HKDF-SHA256. */
export function fileKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'sinergi', 'job-files/aes-256-gcm/v1', 32));
}

function associatedData(jobId: string, seq: number, last: boolean): Buffer {
  const data = Buffer.alloc(jobId.length + 5);
  data.write(jobId, 0, 'latin1');
  data.writeUInt32BE(seq, jobId.length);
  data[jobId.length + 4] = last ? 1 : 0;
  return data;
}

function seal(key: Buffer, jobId: string, seq: number, last: boolean, plain: Buffer): Buffer {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(associatedData(jobId, seq, last));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

function open(key: Buffer, jobId: string, seq: number, last: boolean, sealed: Buffer): Buffer {
  if (sealed.length < NONCE + TAG) throw new FileCorruptError('A stored segment is truncated.');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, NONCE));
  decipher.setAAD(associatedData(jobId, seq, last));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(NONCE, sealed.length - TAG)), decipher.final()]);
  } catch {
    throw new FileCorruptError('A stored segment does not authenticate.');
  }
}

export interface StoredFile {
  bytes: number;
  segments: number;
  sha256: Buffer;
  /** The first bytes of the plaintext (at most 64 KiB), to sniff the format. */
  head: Buffer;
}

export class FileStore {
  private readonly key: Buffer;

  constructor(
    private readonly db: Database,
    secret: string,
  ) {
    this.key = fileKey(secret);
  }

  /**
   * Streams `source` into the job's segments: one segment of plaintext in memory at a time, each
   * sealed before it is written. Throws FileTooLargeError past `maxBytes` (what was written stays
   * with the job, which the caller deletes). `onData` sees the plaintext as it passes (e.g. to
   * count lines); it must not keep it.
   */
  async write(jobId: string, source: AsyncIterable<Buffer | string>, maxBytes: number, onData?: (chunk: Buffer) => void): Promise<StoredFile> {
    const hash = createHash('sha256');
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let bytes = 0;
    let seq = 0;
    let head = Buffer.alloc(0);
    // A segment is sealed once the next byte arrives, so the last one is known to be last.
    let full: Buffer | undefined;
    const flushFull = async (last: boolean) => {
      if (!full) return;
      await insertFileSegment(this.db, jobId, seq, seal(this.key, jobId, seq, last, full));
      seq++;
      full = undefined;
    };
    for await (const piece of source) {
      let chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
      bytes += chunk.length;
      if (bytes > maxBytes) throw new FileTooLargeError(maxBytes);
      hash.update(chunk);
      onData?.(chunk);
      if (head.length < 65_536) head = Buffer.concat([head, chunk.subarray(0, 65_536 - head.length)]);
      while (chunk.length > 0) {
        const take = Math.min(chunk.length, SEGMENT_BYTES - pendingBytes);
        pending.push(chunk.subarray(0, take));
        pendingBytes += take;
        chunk = chunk.subarray(take);
        if (pendingBytes === SEGMENT_BYTES) {
          await flushFull(false);
          full = Buffer.concat(pending);
          pending = [];
          pendingBytes = 0;
        }
      }
    }
    if (pendingBytes > 0) {
      await flushFull(false);
      full = Buffer.concat(pending);
    }
    await flushFull(true);
    return { bytes, segments: seq, sha256: hash.digest(), head };
  }

  /** The plaintext, segment by segment, checked against the number of segments written. */
  async *read(jobId: string, segments: number, fromSegment = 0): AsyncGenerator<Buffer> {
    for (let seq = fromSegment; seq < segments; seq++) {
      const sealed = await readFileSegment(this.db, jobId, seq);
      if (!sealed) throw new FileCorruptError('A stored segment is missing.');
      yield open(this.key, jobId, seq, seq === segments - 1, sealed);
    }
  }

  async delete(jobId: string): Promise<void> {
    await deleteFile(this.db, jobId);
  }
}
