/**
 * Imports a spreadsheet into a running server, with a progress bar, and writes the error file
 * beside the input.
 *   npm run import -- --file dinkes-nov.xlsx --agreement jakarta-uc-2024 [--agency dinkes] [--dry-run]
 *                     [--url http://127.0.0.1:3000] [--token TOKEN] [--lang id|en]
 * The token comes from --token or SINERGI_TOKEN; without one, a development token for --agency is
 * signed with the local secrets (as `npm run token` does). Interrupted (Ctrl-C, network) once the
 * file is uploaded, the import goes on on the server; run the same command again to follow it
 * (the same file is the same import) — it is never counted twice. Ctrl-C during the upload stops
 * the upload (the server keeps nothing of a file it did not receive whole); running the command
 * again uploads it again. A busy server (429, 503) is asked again, for the upload too (up to six
 * times, after the wait its `Retry-After` asks for, at most 30 s).
 * Exit code: 0 completed (and its error file, if any, written), 1 failed or cancelled or refused
 * (or the error file not had), 2 usage, 130 interrupted.
 */
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const USAGE =
  'usage: npm run import -- --file FILE.xlsx|FILE.csv --agreement ID [--agency CODE] [--dry-run] [--url URL] [--token TOKEN] [--lang id|en]';

interface ImportView {
  id: string;
  status: string;
  error: string | null;
  rows: { read: number; total: number | null };
  percent: number;
  rowsPerSecond: number | null;
  counts: {
    received: number;
    accepted: number;
    duplicates: { inBatch: number; sameAgency: number; otherAgency: number };
    outOfRegion: number;
    outOfScope: number;
    rejected: number;
  };
  errorCount: number;
  batches: string[];
}

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    agreement: { type: 'string' },
    agency: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    url: { type: 'string', default: process.env.SINERGI_URL ?? 'http://127.0.0.1:3000' },
    token: { type: 'string' },
    lang: { type: 'string', default: 'id' },
    'poll-ms': { type: 'string', default: '500' },
  },
});
if (!values.file || !values.agreement) fail(USAGE, 2);
const file = path.resolve(values.file);
if (!existsSync(file)) fail(`No such file: ${file}`, 2);
const extension = path.extname(file).toLowerCase();
if (extension !== '.csv' && extension !== '.xlsx') fail('The file must be .csv or .xlsx.', 2);
const english = values.lang === 'en';

async function bearer(): Promise<string> {
  const given = values.token ?? process.env.SINERGI_TOKEN;
  if (given) return given;
  if (!values.agency) fail('Give --token (or SINERGI_TOKEN), or --agency to sign a development token with the local secrets.', 2);
  const { loadConfig } = await import('../src/config.js');
  const { signToken } = await import('../src/lib/tokens.js');
  return signToken(loadConfig(), { sub: `${values.agency}-cli`, role: 'agency', agency: values.agency, ttl: '8h' });
}

const token = await bearer();
const base = values.url.replace(/\/+$/, '');
const headers = { authorization: `Bearer ${token}` };

function refused(status: number, statusText: string, text: string): never {
  let detail = statusText;
  try {
    detail = (JSON.parse(text) as { detail?: string }).detail ?? detail;
  } catch {
    // not a problem body
  }
  fail(`${english ? 'Refused' : 'Ditolak'} (${status}): ${detail}`);
}

async function problem(response: Response): Promise<never> {
  refused(response.status, response.statusText, await response.text().catch(() => ''));
}

let interrupted = false;
/**
 * Aborts the request under way: Ctrl-C must not wait for tens of megabytes to finish sending, nor
 * for a poll the network holds up. (One Ctrl-C may arrive twice — from the terminal, and relayed
 * by tsx — so a second is no different from the first.)
 */
const stopping = new AbortController();
process.on('SIGINT', () => {
  interrupted = true;
  stopping.abort();
});

/** Answers that say "not now" rather than "no": the poll asks again. */
const TRANSIENT = new Set([429, 502, 503, 504]);

const size = statSync(file).size;
// Bars on a terminal; elsewhere (a log, a pipe) a line now and then.
const tty = Boolean(process.stderr.isTTY);
let lastLine = 0;
const plain = (text: string) => {
  if (tty || Date.now() - lastLine < 2_000) return;
  lastLine = Date.now();
  process.stderr.write(`${text}\n`);
};
const bars = tty
  ? new cliProgress.MultiBar(
      {
        format: ' {label} |{bar}| {percentage}% | {value}/{total} {unit} | {speed} | ETA {eta_formatted}',
        hideCursor: true,
        clearOnComplete: false,
        stopOnComplete: false,
        etaBuffer: 20,
      },
      cliProgress.Presets.shades_classic,
    )
  : undefined;
const note = (text: string) => (bars ? bars.log(text) : process.stderr.write(text));

// Upload: the file streams from disk (never read whole into memory).
const uploadBar = bars?.create(size, 0, { label: english ? 'upload' : 'unggah ', unit: 'B', speed: '' });
/** The file as a request body, streamed from disk (never read whole into memory); once per attempt. */
const fileBody = () => {
  let sent = 0;
  return Readable.toWeb(
    createReadStream(file).on('data', (chunk) => {
      sent += chunk.length;
      uploadBar?.update(sent);
    }),
  ) as ReadableStream;
};
const query = new URLSearchParams();
if (values.agency && (values.token ?? process.env.SINERGI_TOKEN)) query.set('agency', values.agency);
if (values['dry-run']) query.set('dryRun', 'true');
/** How long a busy server asks us to wait (`Retry-After`, in seconds), within 1–30 s. */
const retryAfterMs = (response: Response) => Math.min(30, Math.max(1, Number(response.headers.get('retry-after')) || 1)) * 1000;
let uploaded: Response;
let answer: string;
for (let attempt = 1; ; attempt++) {
  try {
    uploaded = await fetch(`${base}/v1/agreements/${encodeURIComponent(values.agreement)}/imports?${query}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': extension === '.xlsx' ? XLSX_TYPE : 'text/csv' },
      body: fileBody(),
      duplex: 'half',
      signal: stopping.signal,
    } as RequestInit);
    answer = await uploaded.text();
  } catch (error) {
    bars?.stop();
    if (interrupted) {
      fail(
        english
          ? '\nUpload stopped. Run the same command again: the file is uploaded again (or, if the server had already received all of it, that import is followed).'
          : '\nUnggahan dihentikan. Jalankan perintah yang sama lagi: berkas diunggah ulang (atau, bila server sudah menerima seluruhnya, impor tersebut diikuti).',
        130,
      );
    }
    fail(`${english ? 'Could not reach' : 'Tidak dapat menghubungi'} ${base}: ${(error as Error).message}`);
  }
  // A busy server (rate limit, overload) refused the upload before taking it: send it again after
  // the wait it asks for, a few times. The same file is the same import, so a retry cannot count twice.
  if (!TRANSIENT.has(uploaded.status) || attempt >= 6 || interrupted) break;
  uploadBar?.update(0);
  await new Promise((resolve) => setTimeout(resolve, retryAfterMs(uploaded)));
}
uploadBar?.update(size);
if (!uploaded.ok && interrupted) {
  bars?.stop();
  fail(english ? '\nUpload stopped.' : '\nUnggahan dihentikan.', 130);
}
if (!uploaded.ok) {
  bars?.stop();
  refused(uploaded.status, uploaded.statusText, answer);
}
let view = JSON.parse(answer) as ImportView;
if (uploaded.status === 200)
  note(
    english ? 'The same file was imported before: following that import.\n' : 'Berkas yang sama sudah pernah diimpor: mengikuti impor tersebut.\n',
  );

const rowBar = bars?.create(view.rows.total ?? 0, view.rows.read, { label: english ? 'rows  ' : 'baris ', unit: '', speed: '' });
const ended = (status: string) => ['completed', 'failed', 'cancelled'].includes(status);
let failures = 0;
while (!ended(view.status)) {
  if (interrupted) {
    bars?.stop();
    fail(
      english
        ? `\nInterrupted. The import ${view.id} goes on on the server; run the same command again to follow it.`
        : `\nDihentikan. Impor ${view.id} tetap berjalan di server; jalankan perintah yang sama lagi untuk mengikutinya.`,
      130,
    );
  }
  await new Promise((resolve) => setTimeout(resolve, Number(values['poll-ms'])));
  try {
    const response = await fetch(`${base}/v1/imports/${view.id}`, { headers, signal: stopping.signal });
    if (TRANSIENT.has(response.status)) {
      // The server is busy (rate limit, overload) or restarting behind a proxy: keep following.
      await response.body?.cancel();
      if (++failures > 120) await problem(response);
      continue;
    }
    if (!response.ok) await problem(response);
    view = (await response.json()) as ImportView;
    failures = 0;
  } catch (error) {
    if (interrupted) continue;
    // The network or the server is away for a moment: keep following.
    if (++failures > 120) fail(`${english ? 'Lost the server' : 'Koneksi ke server terputus'}: ${(error as Error).message}`);
    continue;
  }
  const total = view.rows.total ?? Math.max(view.rows.read, Math.round(view.rows.read / Math.max(view.percent / 100, 0.001)));
  rowBar?.setTotal(total);
  const speed = view.rowsPerSecond ? `${view.rowsPerSecond} ${english ? 'rows/s' : 'baris/dtk'}` : '';
  rowBar?.update(view.rows.read, { speed });
  plain(`${view.rows.read}/${total} ${english ? 'rows' : 'baris'} ${view.percent}% ${speed}`);
}
rowBar?.setTotal(view.rows.read);
rowBar?.update(view.rows.read);
bars?.stop();

const c = view.counts;
const label = english
  ? {
      received: 'received',
      accepted: 'accepted (newly covered)',
      inBatch: 'repeated in the file',
      sameAgency: 'already credited to you',
      otherAgency: 'already credited to another agency',
      outOfRegion: 'outside the region',
      outOfScope: 'a segment the agreement does not count',
      rejected: 'rejected (see the error file)',
    }
  : {
      received: 'diterima',
      accepted: 'tercatat (baru terlindungi)',
      inBatch: 'berulang dalam berkas',
      sameAgency: 'sudah tercatat untuk dinas Anda',
      otherAgency: 'sudah tercatat untuk dinas lain',
      outOfRegion: 'di luar wilayah',
      outOfScope: 'segmen tidak dihitung kesepakatan',
      rejected: 'ditolak (lihat berkas kesalahan)',
    };
console.table({
  [label.received]: c.received,
  [label.accepted]: c.accepted,
  [label.inBatch]: c.duplicates.inBatch,
  [label.sameAgency]: c.duplicates.sameAgency,
  [label.otherAgency]: c.duplicates.otherAgency,
  [label.outOfRegion]: c.outOfRegion,
  [label.outOfScope]: c.outOfScope,
  [label.rejected]: c.rejected,
});

let errorFileMissing = false;
if (view.errorCount > 0) {
  const url = `${base}/v1/imports/${view.id}/errors.csv`;
  let response: Response | undefined;
  for (let attempt = 1; attempt <= 60 && !interrupted; attempt++) {
    try {
      response = await fetch(url, { headers: { ...headers, 'accept-language': english ? 'en' : 'id' }, signal: stopping.signal });
      if (!TRANSIENT.has(response.status)) break;
      await response.body?.cancel();
    } catch {
      response = undefined;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(Number(values['poll-ms']), 1_000)));
  }
  if (interrupted) {
    fail(
      english
        ? '\nInterrupted before the error file was written; run the same command again to fetch it.'
        : '\nDihentikan sebelum berkas kesalahan ditulis; jalankan perintah yang sama lagi untuk mengunduhnya.',
      130,
    );
  }
  if (response?.ok) {
    const target = path.join(path.dirname(file), `${path.basename(file, extension)}.errors.csv`);
    writeFileSync(target, Buffer.from(await response.arrayBuffer()));
    console.log(`${english ? 'Error file' : 'Berkas kesalahan'}: ${target} (${view.errorCount})`);
  } else {
    // The counts are final, but the rows to fix are not in hand: not a success. Running the same
    // command again follows the same import and fetches the file again.
    errorFileMissing = true;
    process.stderr.write(
      english
        ? `The error file could not be downloaded (${response?.status ?? 'no answer'}); run the same command again to fetch it.\n`
        : `Berkas kesalahan tidak dapat diunduh (${response?.status ?? 'tidak ada jawaban'}); jalankan perintah yang sama lagi untuk mengunduhnya.\n`,
    );
  }
}
console.log(`${english ? 'Import' : 'Impor'} ${view.id}: ${view.status}${view.error ? ` (${view.error})` : ''}`);
process.exit(view.status === 'completed' && !errorFileMissing ? 0 : 1);
