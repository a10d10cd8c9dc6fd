// The import page for a dinas operator (Bahasa Indonesia). Plain ES module, no build step; it talks
// to the API with the agency token kept in this tab only.
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const POLL_MS = 1000;
const agreementId = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] ?? '');
const $ = (id) => document.getElementById(id);
const text = (id, value) => {
  $(id).textContent = value;
};
const number = (n) => (n === null || n === undefined ? '?' : new Intl.NumberFormat('id-ID').format(n));

// A token in the URL fragment never reaches the server; keep it for this tab only and drop it from the address bar.
function takeTokenFromFragment() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (!fragment.get('token')) return;
  sessionStorage.setItem('sinergi.token', fragment.get('token'));
  history.replaceState(null, '', location.pathname + location.search);
}
const token = () => sessionStorage.getItem('sinergi.token');

async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { authorization: `Bearer ${token()}`, ...(options.headers ?? {}) } });
  if (response.status === 401) {
    askForToken('Token tidak berlaku atau kedaluwarsa.');
    throw new Error('unauthorized');
  }
  return response;
}

function askForToken(message) {
  $('token-form').hidden = false;
  $('steps').hidden = true;
  text('token-error', message ?? '');
}

const PROBLEMS = {
  'import-columns-missing': (p) => `Kolom wajib tidak ada: ${(p.missingColumns ?? []).join(', ')}. Gunakan templat.`,
  'import-header-missing': () => 'Baris judul kolom tidak ditemukan (nik, segmen, program, tanggal_terdaftar). Gunakan templat.',
  'import-empty': () => 'Berkas kosong.',
  'import-unsupported-file': () => 'Berkas bukan .xlsx atau .csv. Simpan ulang dari Excel sebagai .xlsx atau CSV.',
  'import-too-large': () => 'Berkas lebih dari 100 MB. Bagi menjadi beberapa berkas.',
  'import-too-many-rows': () => 'Berkas lebih dari 1.000.000 baris. Bagi menjadi beberapa berkas.',
  'import-unreadable': () => 'Berkas tidak dapat dibaca sebagai lembar kerja.',
  forbidden: () => 'Token ini tidak boleh mengimpor untuk kesepakatan ini.',
  'not-found': () => 'Kesepakatan tidak ditemukan.',
};

function problemText(problem) {
  const slug = String(problem.type ?? '').replace('/problems/', '');
  return PROBLEMS[slug]?.(problem) ?? problem.detail ?? 'Terjadi kesalahan.';
}

async function download(path, name) {
  const response = await api(path);
  if (!response.ok) return;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const STATUS = {
  queued: 'Menunggu',
  running: 'Berjalan',
  interrupted: 'Terhenti — akan dilanjutkan',
  completed: 'Selesai',
  failed: 'Gagal',
  cancelled: 'Dibatalkan',
};
const FAILURES = {
  'header-missing': 'Baris judul kolom tidak ditemukan.',
  'too-many-rows': 'Berkas lebih dari 1.000.000 baris.',
  'file-unreadable': 'Berkas tidak dapat dibaca.',
  expired: 'Impor tidak selesai dalam batas waktu.',
};
let current;
let timer;

function show(job) {
  current = job;
  $('job').hidden = false;
  const status = $('status');
  status.textContent = STATUS[job.status] ?? job.status;
  status.className = `badge ${job.status}`;
  text('rows-read', number(job.rows.read));
  text('rows-total', number(job.rows.total));
  text('percent', String(job.percent).replace('.', ','));
  $('progress-fill').style.width = `${job.percent}%`;
  $('progress').setAttribute('aria-valuenow', String(job.percent));
  text('rate', job.rowsPerSecond ? `${number(job.rowsPerSecond)} baris/detik` : '');
  const c = job.counts;
  text('received', number(c.received));
  text('accepted', number(c.accepted));
  text('in-batch', number(c.duplicates.inBatch));
  text('same-agency', number(c.duplicates.sameAgency));
  text('other-agency', number(c.duplicates.otherAgency));
  text('out-of-region', number(c.outOfRegion));
  text('out-of-scope', number(c.outOfScope ?? 0));
  text('rejected', number(c.rejected));
  text('error-count', number(job.errorCount));
  $('errors').hidden = job.errorCount === 0;
  const live = ['queued', 'running', 'interrupted'].includes(job.status);
  $('cancel').hidden = !live;
  $('upload').disabled = live;
  $('job-error').hidden = job.status !== 'failed';
  if (job.status === 'failed') text('job-error', FAILURES[job.error] ?? `Impor gagal (${job.error}).`);
  clearTimeout(timer);
  if (live) timer = setTimeout(poll, POLL_MS);
}

async function poll() {
  try {
    const response = await api(`/v1/imports/${current.id}`);
    if (response.ok) return show(await response.json());
  } catch {
    // the network is away for a moment; try again
  }
  timer = setTimeout(poll, POLL_MS * 3);
}

async function upload(event) {
  event.preventDefault();
  const file = $('file').files[0];
  if (!file) return;
  const check = $('check');
  check.hidden = false;
  check.className = 'notice';
  check.textContent = 'Mengunggah dan memeriksa judul kolom…';
  $('upload').disabled = true;
  const type = file.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv';
  const query = $('dry-run').checked ? '?dryRun=true' : '';
  try {
    const response = await api(`/v1/agreements/${encodeURIComponent(agreementId)}/imports${query}`, {
      method: 'POST',
      headers: { 'content-type': type },
      body: file,
    });
    const body = await response.json();
    if (!response.ok) {
      check.className = 'notice bad';
      check.textContent = problemText(body);
      $('upload').disabled = false;
      return;
    }
    check.textContent =
      response.status === 200
        ? 'Berkas yang sama sudah pernah diunggah: menampilkan impor tersebut. Tidak ada baris yang dihitung dua kali.'
        : 'Judul kolom sesuai. Baris sedang diproses.';
    show(body);
  } catch (error) {
    if (error.message !== 'unauthorized') {
      check.className = 'notice bad';
      check.textContent = 'Gagal mengunggah. Periksa koneksi lalu coba lagi.';
    }
    $('upload').disabled = false;
  }
}

function start() {
  takeTokenFromFragment();
  text('agreement', agreementId);
  if (!token()) return askForToken('');
  $('token-form').hidden = true;
  $('steps').hidden = false;
}

$('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem('sinergi.token', $('token-input').value.trim());
  $('token-input').value = '';
  start();
});
$('upload-form').addEventListener('submit', upload);
$('template-xlsx').addEventListener('click', () =>
  download(`/v1/agreements/${encodeURIComponent(agreementId)}/imports/template.xlsx`, `templat-${agreementId}.xlsx`),
);
$('template-csv').addEventListener('click', () =>
  download(`/v1/agreements/${encodeURIComponent(agreementId)}/imports/template.csv`, `templat-${agreementId}.csv`),
);
$('errors').addEventListener('click', () => download(`/v1/imports/${current.id}/errors.csv`, `kesalahan-impor-${current.id}.csv`));
$('cancel').addEventListener('click', async () => {
  if (!confirm('Batalkan impor? Baris yang sudah diproses tetap tercatat.')) return;
  const response = await api(`/v1/imports/${current.id}/cancel`, { method: 'POST' });
  if (response.ok) show(await response.json());
});
window.addEventListener('hashchange', start);
start();
