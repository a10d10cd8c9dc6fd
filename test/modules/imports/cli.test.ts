import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import t from 'tap';
import { projectRoot } from '../../../src/lib/paths.js';
import { signToken } from '../../../src/lib/tokens.js';
import { startServer } from '../../fixtures/server-process.js';
import { testConfig } from '../../helper.js';
import { csvFile, HEADER, validRows, xlsxFile } from './fixtures.js';

/**
 * `npm run import` against a real server process. Ctrl-C (SIGINT) is sent once, when `interrupt.when`
 * first returns true for the output so far, or `interrupt.afterMs` after the start.
 */
function runCli(
  args: string[],
  env: Record<string, string> = {},
  interrupt: { when?: (out: string) => boolean; afterMs?: number; twice?: boolean } = {},
) {
  return new Promise<{ code: number | null; out: string; msAfterInterrupt: number | null }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let sentAt: number | undefined;
    const send = () => {
      if (sentAt !== undefined || child.exitCode !== null) return;
      sentAt = Date.now();
      child.kill('SIGINT');
      // One Ctrl-C in a terminal under `npm run` reaches the script twice (tsx relays it).
      if (interrupt.twice) child.kill('SIGINT');
    };
    const timer = interrupt.afterMs === undefined ? undefined : setTimeout(send, interrupt.afterMs);
    const take = (chunk: string) => {
      out += chunk;
      if (interrupt.when?.(out)) send();
    };
    child.stdout.setEncoding('utf8').on('data', take);
    child.stderr.setEncoding('utf8').on('data', take);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out, msAfterInterrupt: sentAt === undefined ? null : Date.now() - sentAt });
    });
  });
}

t.test('the import CLI', async (t) => {
  const dir = t.testdir();
  const server = await startServer(t, { NODE_ENV: 'development', DATA_DIR: path.join(dir, 'data'), RATE_LIMIT_MAX: '0' });
  const token = signToken(testConfig(), { sub: 'dinkes-system', role: 'agency', agency: 'dinkes' });
  const common = ['--agreement', 'jakarta-uc-2024', '--url', server.url, '--token', token, '--poll-ms', '100'];

  t.test('imports an XLSX, prints the counts, writes the error file beside it and exits 0', async (t) => {
    const file = path.join(dir, 'dinkes-nov.xlsx');
    writeFileSync(
      file,
      await xlsxFile([HEADER, ...validRows(1, 20), [3171014501900123, 'PU', 'JKK, JKM', '04/11/2024', null], ['3171', 'PU', 'JKK', 'x', null]]),
    );
    const first = await runCli(['--file', file, ...common]);
    t.equal(first.code, 0, first.out);
    t.match(first.out, /diterima\s*│\s*22/);
    t.match(first.out, /tercatat \(baru terlindungi\)\s*│\s*20/);
    t.match(first.out, /ditolak \(lihat berkas kesalahan\)\s*│\s*2/);
    const errors = path.join(dir, 'dinkes-nov.errors.csv');
    t.ok(existsSync(errors));
    const text = readFileSync(errors, 'utf8');
    t.match(text, /^\ufeffbaris;kolom;kode;pesan\r\n22;nik;nik_numeric;/);
    t.notMatch(text, /\d{15,}/, 'no NIK in the error file');

    // Run again (as after Ctrl-C or a lost connection): the same import, nothing counted twice.
    const again = await runCli(['--file', file, ...common, '--lang', 'en']);
    t.equal(again.code, 0, again.out);
    t.match(again.out, /imported before/);
    t.match(again.out, /accepted \(newly covered\)\s*│\s*20/);
    const id = first.out.match(/Impor ([0-9a-f-]{36}): completed/)?.[1];
    t.ok(id);
    t.match(again.out, `Import ${id}: completed`);
  });

  t.test('Ctrl-C while the import runs exits 130; the same command again follows it to the end, every row counted once', async (t) => {
    const file = path.join(dir, 'dinkes-besar.csv');
    // Large enough that the import is still running when the first progress line is printed.
    writeFileSync(file, csvFile([HEADER, ...validRows(10_000, 150_000)]));
    // The first progress line comes once the file is uploaded and the import is being followed.
    const first = await runCli(['--file', file, ...common], {}, { when: (out) => /\d+\/\d+ baris/.test(out), twice: true });
    t.equal(first.code, 130, first.out);
    t.match(first.out, /Dihentikan\. Impor [0-9a-f-]{36} tetap berjalan di server/);
    const again = await runCli(['--file', file, ...common]);
    t.equal(again.code, 0, again.out);
    t.match(again.out, /sudah pernah diimpor/);
    t.match(again.out, /diterima\s*│\s*150000/);
    t.match(again.out, /tercatat \(baru terlindungi\)\s*│\s*150000/);
    t.notOk(existsSync(path.join(dir, 'dinkes-besar.errors.csv')), 'no error file for a file without errors');
  });

  t.test('Ctrl-C during the upload stops it at once (exit 130), however slow the network', async (t) => {
    // A peer that takes the connection and never reads: the upload would wait forever.
    const stalled = createServer(() => {});
    await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
    t.teardown(() => stalled.close());
    const { port } = stalled.address() as { port: number };
    const file = path.join(dir, 'dinkes-lambat.csv');
    writeFileSync(file, csvFile([HEADER, ...validRows(50_000, 100_000)]));
    // No output comes before the upload ends: interrupt once it is surely under way.
    const result = await runCli(
      ['--file', file, '--agreement', 'jakarta-uc-2024', '--url', `http://127.0.0.1:${port}`, '--token', token],
      {},
      { afterMs: 3_000 },
    );
    t.equal(result.code, 130, result.out);
    t.match(result.out, /Unggahan dihentikan/);
    t.ok((result.msAfterInterrupt ?? Infinity) < 10_000, `exited ${result.msAfterInterrupt} ms after Ctrl-C`);
  });

  t.test('a busy server (429 from the rate limit) is asked again: the import is followed and its error file written', async (t) => {
    // One request a second for the agency: the upload takes it, the polls and the error file wait.
    const limited = await startServer(t, {
      NODE_ENV: 'development',
      DATA_DIR: path.join(dir, 'data-limited'),
      RATE_LIMIT_MAX: '1',
      RATE_LIMIT_WINDOW_SECONDS: '1',
    });
    const file = path.join(dir, 'dinkes-sibuk.csv');
    writeFileSync(file, csvFile([HEADER, ...validRows(200, 5), ['3171', 'PU', 'JKK, JKM', '04/11/2024', '']]));
    const result = await runCli(['--file', file, '--agreement', 'jakarta-uc-2024', '--url', limited.url, '--token', token, '--poll-ms', '100']);
    t.equal(result.code, 0, result.out);
    t.match(result.out, /tercatat \(baru terlindungi\)\s*│\s*5/);
    t.match(readFileSync(path.join(dir, 'dinkes-sibuk.errors.csv'), 'utf8'), /\r\n7;nik;nik_format;/);
  });

  t.test('exits non-zero when the server refuses the file or the import fails', async (t) => {
    const file = path.join(dir, 'no-header.csv');
    writeFileSync(file, csvFile(validRows(100, 3)));
    const refused = await runCli(['--file', file, ...common]);
    t.equal(refused.code, 1);
    t.match(refused.out, /Ditolak \(422\)/);
    const usage = await runCli(['--file', file]);
    t.equal(usage.code, 2);
    const unreachable = await runCli(['--file', file, ...common.slice(0, 2), '--url', 'http://127.0.0.1:9', '--token', token]);
    t.equal(unreachable.code, 1);
  });
});
