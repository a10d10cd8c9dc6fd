import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { projectRoot } from '../../../src/lib/paths.js';
import { signToken } from '../../../src/lib/tokens.js';
import { startServer } from '../../fixtures/server-process.js';
import { testConfig } from '../../helper.js';
import { csvFile, HEADER, validRows, xlsxFile } from './fixtures.js';

/** `npm run import` against a real server process. */
function runCli(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => resolve({ code, out }));
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
