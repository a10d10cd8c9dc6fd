import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { count, type Figure } from './figures.js';

const run = promisify(execFile);

/**
 * Line 8 of the suite: the NIKs a test used must appear nowhere it can look — the database dump,
 * the captured logs, the response bodies. Each is searched for the NIK as text and as the hex
 * of its bytes (how a bytea column would show it).
 */
export async function dumpDatabase(url: string): Promise<string> {
  const { stdout } = await run('pg_dump', ['--no-owner', '--no-privileges', url], { maxBuffer: 1024 * 1024 * 1024 });
  return stdout;
}

export interface PrivacyScan {
  niks: number;
  bytes: number;
  found: string[];
}

export function scanForNiks(niks: Iterable<string>, sources: Record<string, string | string[]>): PrivacyScan {
  const texts = Object.values(sources).flatMap((source) => (Array.isArray(source) ? source : [source]));
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  // One pass over the haystacks for every 16-digit run, then a set lookup: fast for millions of NIKs.
  const wanted = new Set(niks);
  const hexToNik = new Map([...wanted].map((nik) => [Buffer.from(nik).toString('hex'), nik]));
  const found = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/\d{16}/g)) if (wanted.has(match[0])) found.add(match[0]);
    for (const match of text.matchAll(/(?:3\d){16}/g)) {
      const nik = hexToNik.get(match[0]);
      if (nik) found.add(nik);
    }
  }
  return { niks: wanted.size, bytes, found: [...found] };
}

/** The privacy figure for one test file's scan; the NIKs found are never printed, only counted. */
export const privacyFigure = (what: string, scan: PrivacyScan): Figure => ({
  line: 8,
  name: 'privacy',
  figure: `${what}: ${count(scan.found.length)} of ${count(scan.niks)} NIKs found in ${count(Math.round(scan.bytes / 1024))} KiB of dump, logs and responses`,
  goal: '0 found',
  ok: scan.found.length === 0,
});
