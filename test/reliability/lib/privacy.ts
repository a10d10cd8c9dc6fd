import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { findNiks } from '../../fixtures/privacy-scan.js';
import { count, type Figure } from './figures.js';

const run = promisify(execFile);

/**
 * Line 8 of the suite: the NIKs a test used must appear nowhere it can look — the database dump,
 * the captured logs, the response bodies. Each is read by the service's NIK detector (any written
 * form: separators, format characters, digit scripts, percent-encoding, a leading zero) and searched
 * for the NIKs, and for the hex of their bytes (how a bytea column would show one).
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
  const wanted = new Set(niks);
  // Normalised first, by the service's own detector: a NIK with separators, format characters,
  // other digit scripts, percent-encoding or a leading zero counts as found, as does its bytes' hex.
  return { niks: wanted.size, bytes, found: findNiks(wanted, texts) };
}

/** The privacy figure for one test file's scan; the NIKs found are never printed, only counted. */
export const privacyFigure = (what: string, scan: PrivacyScan): Figure => ({
  line: 8,
  name: 'normalised NIK scan of dump/logs/responses',
  figure: `${what}: ${count(scan.found.length)} of ${count(scan.niks)} NIKs found in ${count(Math.round(scan.bytes / 1024))} KiB of dump, logs and responses`,
  goal: '0 found',
  ok: scan.found.length === 0,
});
