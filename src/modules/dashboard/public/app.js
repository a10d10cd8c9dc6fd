// Sinergi dashboard: no build step. Two views on one page: the agreement's overview
// (/dashboard/{agreementId}) and one agency (/dashboard/{agreementId}/agencies/{code}).
// It polls the API (the summary with If-None-Match: a 304 costs the server nothing) and greys
// the figures with a banner when the token expires or the connection drops.
const POLL_MS = 30_000;
const parts = location.pathname.split('/').filter(Boolean).map(decodeURIComponent);
const agreementId = parts[1] ?? '';
const agencyCode = parts[2] === 'agencies' ? (parts[3] ?? null) : null;
const api = `/v1/agreements/${encodeURIComponent(agreementId)}`;
const overviewUrl = `/dashboard/${encodeURIComponent(agreementId)}`;

// id-ID formats everywhere: 2.700.000; 52,9%; 31 Des 2024; 10.15.
const number = new Intl.NumberFormat('id-ID');
const decimal = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat('id-ID', { notation: 'compact', maximumFractionDigits: 2 });
const dateLong = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateMedium = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('id-ID', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateTimeWib = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' });
const timeWib = new Intl.DateTimeFormat('id-ID', { timeStyle: 'short', timeZone: 'Asia/Jakarta' });

const STATUS = { behind: 'Tertinggal', on_track: 'Sesuai jadwal', met: 'Tercapai', no_commitment: 'Tanpa komitmen' };
const STATUS_ORDER = { behind: 0, on_track: 1, met: 2, no_commitment: 3 };
const ROLE = { lead: 'Koordinator', counterpart: 'Mitra (BPJS Ketenagakerjaan)', participant: 'Dinas peserta' };
const MILESTONE = { open: 'Berjalan', done: 'Selesai', overdue: 'Terlambat' };
const SEGMENTS = {
  PU: 'Penerima Upah (PU)',
  BPU: 'Bukan Penerima Upah (BPU)',
  JAKON: 'Jasa Konstruksi (Jakon)',
  PMI: 'Pekerja Migran Indonesia (PMI)',
};
const PROGRAMS = {
  JKK: 'Jaminan Kecelakaan Kerja (JKK)',
  JKM: 'Jaminan Kematian (JKM)',
  JHT: 'Jaminan Hari Tua (JHT)',
  JP: 'Jaminan Pensiun (JP)',
  JKP: 'Jaminan Kehilangan Pekerjaan (JKP)',
};
const COMMITMENT_KIND = { enrollment: 'Kepesertaan', milestone: 'Tonggak', budget: 'Anggaran' };
const COMMITMENT_STATUS = { draft: 'Draf', active: 'Aktif', withdrawn: 'Ditarik', superseded: 'Diganti' };
const SUBMISSION_STATUS = {
  open: 'belum dikirim',
  submitted: 'dikirim',
  verified: 'diverifikasi',
  returned: 'dikembalikan',
  accepted: 'diterima',
};
const regencyData = JSON.parse(document.getElementById('regency-names')?.textContent || '{"source":"","regencies":[]}');

const $ = (id) => document.getElementById(id);
const text = (id, value) => {
  $(id).textContent = value;
};
const asDate = (iso) => new Date(`${iso}T00:00:00Z`);
const addDays = (iso, days) => new Date(asDate(iso).getTime() + days * 86_400_000).toISOString().slice(0, 10);
const percentText = (value) => `${decimal.format(value)}%`;
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

// ---- token and session ------------------------------------------------------------------

// A token in the URL fragment never reaches the server; keep it for this tab only and drop it from the address bar.
function takeTokenFromFragment() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (!fragment.get('token')) return false;
  sessionStorage.setItem('sinergi.token', fragment.get('token'));
  history.replaceState(null, '', location.pathname + location.search);
  return true;
}
takeTokenFromFragment();
const token = () => sessionStorage.getItem('sinergi.token');

async function get(url, headers = {}) {
  const auth = token() ? { authorization: `Bearer ${token()}` } : {};
  return fetch(url, { headers: { accept: 'application/json', ...auth, ...headers }, cache: 'no-store' });
}

const state = { etag: null, summary: null, shown: false, checkedAt: null, names: null, agreement: null, loggingIn: false };

function setFreshness() {
  const parts = [];
  if (state.summary) parts.push(`Diperbarui ${dateTimeWib.format(new Date(state.summary.asOf))} WIB`);
  if (state.checkedAt) parts.push(`dicek ${timeWib.format(state.checkedAt)}`);
  text('freshness', parts.join(' · ') || 'Memuat…');
  text('printed-at', `Diunduh pada ${dateTimeWib.format(new Date())} WIB · ${location.origin}${location.pathname}`);
}

/** The figures on screen are no longer current: grey them and say why. */
function markStale(reason) {
  if (!state.shown) return;
  document.body.classList.add('stale');
  const since = state.checkedAt
    ? ` Angka di bawah adalah data terakhir yang berhasil dimuat (dicek ${timeWib.format(state.checkedAt)}) dan tidak diperbarui.`
    : '';
  const banner = $('stale-banner');
  banner.textContent =
    reason === 'expired'
      ? `Sesi berakhir: token Anda tidak berlaku lagi.${since} Masukkan token baru untuk melanjutkan.`
      : `Koneksi ke server terputus.${since} Halaman mencoba lagi setiap 30 detik.`;
  banner.hidden = false;
}

function markFresh() {
  document.body.classList.remove('stale');
  $('stale-banner').hidden = true;
  state.checkedAt = new Date();
  setFreshness();
}

function askForToken(message) {
  $('token-form').hidden = false;
  text('token-error', message ?? '');
  if (!state.shown) text('freshness', 'Menunggu token');
}

const PROBLEM_TEXT = {
  403: 'Token ini tidak berhak membuka perjanjian ini. Mintalah token penampil kepada admin Sinergi.',
  404: agencyCode
    ? `Dinas “${agencyCode}” bukan pihak perjanjian “${agreementId}”, atau perjanjiannya tidak ada.`
    : `Perjanjian “${agreementId}” tidak ditemukan.`,
  429: 'Terlalu banyak permintaan. Halaman akan mencoba lagi sebentar lagi.',
};

/** Handles a response that is not a success; returns true when it did. */
function failed(response) {
  if (response.status === 401) {
    if (state.shown) markStale('expired');
    askForToken(token() ? 'Token tidak berlaku atau sudah kedaluwarsa. Mintalah token baru kepada admin Sinergi.' : '');
    return true;
  }
  if (response.ok || response.status === 304) return false;
  const message =
    PROBLEM_TEXT[response.status] ??
    (response.status >= 500
      ? 'Layanan sedang tidak tersedia. Halaman akan mencoba lagi sebentar lagi.'
      : `Data tidak dapat dimuat (kode ${response.status}).`);
  if (state.shown && response.status >= 500) markStale('offline');
  $('load-error').hidden = false;
  text('load-error', message);
  return true;
}

function loggedIn() {
  const wasAsking = !$('token-form').hidden;
  $('token-form').hidden = true;
  $('load-error').hidden = true;
  if (wasAsking && state.loggingIn) $('title').focus();
  state.loggingIn = false;
}

// Agencies' short names (the summary carries full names only); without a token they stay full.
async function loadNames() {
  if (state.names) return;
  // Asked once per token: without one (PUBLIC_SUMMARY) the answer is a 401, and full names do.
  state.names = new Map();
  try {
    const response = await get('/v1/agencies?limit=1000');
    if (response.ok) state.names = new Map((await response.json()).items.map((a) => [a.code, a.shortName]));
  } catch {
    /* full names only */
  }
  try {
    const response = await get(api);
    if (response.ok) state.agreement = await response.json();
  } catch {
    /* the summary suffices */
  }
}
const shortName = (agency) => state.names?.get(agency.code) || agency.name;

// ---- the overview ---------------------------------------------------------------------------

/** Today (WIB) as the server sees it, from the summary: within the period it is target − daysLeft + 1. */
const todayOf = (s) => (s.pace.daysLeft > 0 ? addDays(s.target.date, 1 - s.pace.daysLeft) : null);

async function refreshOverview() {
  let response;
  try {
    response = await get(`${api}/summary`, state.etag ? { 'if-none-match': state.etag } : {});
  } catch {
    markStale('offline');
    return;
  }
  if (response.status === 304) return markFresh();
  if (failed(response)) return;
  await loadNames();
  state.etag = response.headers.get('etag');
  const summary = await response.json();
  state.summary = summary;
  let series = null;
  try {
    const seriesResponse = await get(`${api}/series`);
    if (seriesResponse.ok) series = await seriesResponse.json();
  } catch {
    /* drawn next time */
  }
  renderSummary(summary);
  state.series = series;
  // Shown before the chart is drawn: it is drawn at the width it is given.
  $('overview').hidden = false;
  if (series) renderOverviewChart(summary, series);
  state.shown = true;
  loggedIn();
  markFresh();
}

function renderSummary(s) {
  const title = state.agreement?.title ?? 'Universal Coverage Jamsostek';
  text('title', title);
  document.title = `${title} — Sinergi`;
  const periodStart = state.agreement?.periodStart;
  text(
    'subtitle',
    `${s.agreementId}${periodStart ? ` · periode ${dateMedium.format(asDate(periodStart))} – ${dateMedium.format(asDate(s.target.date))}` : ''}`,
  );

  text('covered-workers', number.format(s.covered.workers));
  text('covered-percent', percentText(s.covered.percent));
  text('target-workers', number.format(s.target.workers));
  text('target-percent', percentText((s.target.workers / s.workforce.workers) * 100));
  text('target-date-short', dateMedium.format(asDate(s.target.date)));

  // Progress is the share of the increase the target asks for, from the baseline: covered ÷ target
  // would read 95 % when only 72 % of the way from the baseline had been made.
  const needed = s.target.workers - s.baseline.workers;
  const gained = s.covered.workers - s.baseline.workers;
  const share = needed > 0 ? Math.max(0, Math.min(100, (gained / needed) * 100)) : 100;
  $('progress').setAttribute('aria-valuenow', share.toFixed(1));
  $('progress').setAttribute('aria-valuetext', `${oneDecimal.format(share)}% dari kenaikan yang dibutuhkan`);
  $('progress-fill').style.width = `${share}%`;
  text(
    'progress-label',
    `${oneDecimal.format(share)}% dari kenaikan yang dibutuhkan: +${number.format(Math.max(0, gained))} dari +${number.format(Math.max(0, needed))} ` +
      `sejak baseline ${number.format(s.baseline.workers)} (per ${dateMedium.format(asDate(s.baseline.asOf))}).`,
  );

  const ended = s.pace.daysLeft === 0;
  const verdict = $('verdict');
  verdict.hidden = !ended;
  if (ended) {
    verdict.textContent =
      `Periode berakhir ${dateMedium.format(asDate(s.target.date))} · ` +
      (s.pace.onTrack ? 'target tercapai' : `target tidak tercapai: kurang ${number.format(s.gap.workers)}`);
    verdict.className = `verdict ${s.pace.onTrack ? 'yes' : 'no'}`;
  }
  renderConfirmed(s);

  text('gap-workers', number.format(s.gap.workers));
  text('gap-points', decimal.format(s.gap.percentPoints));
  text('newly-covered', number.format(s.newlyCovered));
  $('days-card').hidden = ended;
  $('pace-card').hidden = ended;
  text('days-left', number.format(s.pace.daysLeft));
  text('target-date', dateLong.format(asDate(s.target.date)));
  text('required-per-day', s.pace.requiredPerDay === null ? '—' : number.format(s.pace.requiredPerDay));
  text('last7', decimal.format(s.pace.last7DaysPerDay));
  text('projected', number.format(s.pace.projectedAtTargetDate));
  const onTrack = $('on-track');
  onTrack.textContent = s.pace.onTrack ? 'Sesuai target' : 'Belum sesuai target';
  onTrack.className = `badge ${s.pace.onTrack ? 'yes' : 'no'}`;

  renderAgencies(s);
  renderRegencies(s);
  renderBreakdowns(s);
  renderMilestones(s);
  renderExports();
  renderSources(s);
}

/**
 * Reported vs confirmed, side by side, once BPJS has posted a confirmation (`confirmation.asOf`);
 * until then the headline is on reported workers and says so. The latest official figure (as BPJS
 * or Kemendagri published it) is shown beside them with its source and date, whenever one is recorded.
 */
function renderConfirmed(s) {
  const confirmed = s.confirmed;
  const extractAsOf = s.confirmation?.asOf;
  const box = $('confirmed');
  if (confirmed && typeof confirmed.workers === 'number' && extractAsOf) {
    const figure = (label, f, testId) =>
      el(
        'div',
        { class: 'side', 'data-testid': testId },
        el('dt', { text: label }),
        el('dd', {}, el('strong', { text: number.format(f.workers) }), ` (${percentText(f.percent)})`),
      );
    box.replaceChildren(
      el('h4', { text: 'Dilaporkan dan dikonfirmasi' }),
      el(
        'dl',
        { class: 'sides' },
        figure('Dilaporkan dinas', s.reported, 'reported-workers'),
        figure('Dikonfirmasi BPJS', confirmed, 'confirmed-workers'),
      ),
      el('p', {
        class: 'small',
        text:
          `Konfirmasi BPJS Ketenagakerjaan per ${dateMedium.format(asDate(String(extractAsOf).slice(0, 10)))}: ` +
          `${number.format(s.confirmation.confirmedActive)} dari ${number.format(s.confirmation.reported)} pekerja yang dilaporkan aktif` +
          (s.confirmation.bpjsOnly > 0 ? `, ditambah ${number.format(s.confirmation.bpjsOnly)} yang tidak dilaporkan dinas.` : '.'),
      }),
    );
    box.hidden = false;
    text(
      'basis',
      `Dasar angka utama: ${s.countBasis === 'confirmed' ? 'pekerja yang dikonfirmasi BPJS Ketenagakerjaan' : 'pekerja yang dilaporkan dinas'}.`,
    );
  } else {
    box.hidden = true;
    text(
      'basis',
      'Dasar angka: baseline ditambah pekerja baru yang dilaporkan dinas dan dihitung sekali menurut NIK (belum dikonfirmasi BPJS Ketenagakerjaan).',
    );
  }
  const official = s.officialFigure;
  $('official').hidden = !official;
  if (official) {
    text(
      'official',
      `Angka resmi: ${number.format(official.workers)} pekerja` +
        (official.percent === null ? '' : ` (${percentText(official.percent)})`) +
        ` per ${dateMedium.format(asDate(official.asOf))} — sumber: ${official.source}`,
    );
  }
}

function agencyLink(agency, label) {
  return el('a', { href: `${overviewUrl}/agencies/${encodeURIComponent(agency.code)}`, text: label });
}

function renderAgencies(s) {
  const participants = s.agencies.filter((a) => a.role === 'participant');
  const committed = participants
    .filter((a) => a.status !== 'no_commitment')
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        (a.percentOfCommitment ?? 0) - (b.percentOfCommitment ?? 0) ||
        shortName(a).localeCompare(shortName(b)),
    );
  const scale = niceMax(Math.max(1, ...committed.map((a) => Math.max(a.credited, a.committedWorkers))));
  const ticks = [0, scale / 2, scale];
  // The scale sits in the same grid columns as the rows, so its ticks line up with the tracks.
  $('agencies-scale').replaceChildren(
    el('span'),
    el('span', { class: 'ticks' }, ...ticks.map((v) => el('span', { text: number.format(v) }))),
    el('span'),
  );
  $('agencies-scale').hidden = committed.length === 0;

  $('agencies').replaceChildren(
    ...(committed.length === 0
      ? [el('li', { class: 'empty', text: 'Belum ada dinas dengan komitmen aktif.' })]
      : committed.map((a) => {
          const percent = a.percentOfCommitment ?? 0;
          const bar = el('span', { class: `bar status-${a.status}` });
          bar.style.width = `${Math.min(100, (a.credited / scale) * 100)}%`;
          const commit = el('span', { class: 'commit', title: `Komitmen: ${number.format(a.committedWorkers)}` });
          commit.style.left = `calc(${(a.committedWorkers / scale) * 100}% - 1.5px)`;
          const link = agencyLink(a, shortName(a));
          link.className = 'name-link';
          return el(
            'li',
            { 'data-code': a.code },
            el('span', { class: 'name' }, link, el('span', { class: 'full', title: a.name, text: a.name })),
            el('span', { class: 'track', 'aria-hidden': 'true' }, bar, commit),
            el(
              'span',
              { class: 'value' },
              el('span', { text: `${number.format(a.credited)} / ${number.format(a.committedWorkers)} · ${oneDecimal.format(percent)}%` }),
              el('span', { class: `pill status-${a.status}`, text: STATUS[a.status] }),
            ),
          );
        })),
  );

  // Agencies without a commitment: one line, not a row of zeros each.
  const none = participants.filter((a) => a.status === 'no_commitment').sort((a, b) => shortName(a).localeCompare(shortName(b)));
  $('no-commitment').hidden = none.length === 0;
  const credited = none.reduce((sum, a) => sum + a.credited, 0);
  text('no-commitment-summary', `${number.format(none.length)} dinas tanpa komitmen aktif · dikreditkan ${number.format(credited)}`);
  $('no-commitment-list').replaceChildren(
    ...none.map((a) => el('li', {}, agencyLink(a, shortName(a)), ` — ${a.name}: ${number.format(a.credited)} dikreditkan`)),
  );

  // The lead and the counterpart apart from the dinas.
  const others = s.agencies.filter((a) => a.role !== 'participant').sort((a, b) => (a.role === 'lead' ? -1 : b.role === 'lead' ? 1 : 0));
  $('coordinators').replaceChildren(
    ...others.map((a) =>
      el(
        'li',
        {},
        el('span', { class: 'role', text: `${ROLE[a.role]}: ` }),
        agencyLink(a, shortName(a)),
        ` — ${a.name} · dikreditkan ${number.format(a.credited)}` +
          (a.committedWorkers > 0 ? ` dari komitmen ${number.format(a.committedWorkers)} (${STATUS[a.status].toLowerCase()})` : ''),
      ),
    ),
  );
}

function miniBars(list, rows) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  list.replaceChildren(
    ...rows.map((r) => {
      const bar = el('span', { class: 'bar' });
      bar.style.width = `${(r.value / max) * 100}%`;
      return el(
        'li',
        {},
        el('span', { class: 'label', text: r.label }),
        el('span', { class: 'value', text: r.detail ?? number.format(r.value) }),
        el('span', { class: 'track', 'aria-hidden': 'true' }, bar),
      );
    }),
  );
}

function renderRegencies(s) {
  const known = new Set(regencyData.regencies.map((r) => r.code));
  const targets = new Map((s.areaTargets ?? []).map((t) => [t.areaCode, t]));
  const rows = [
    ...regencyData.regencies.map((r) => ({ code: r.code, name: r.name })),
    ...[...new Set([...Object.keys(s.byRegency), ...targets.keys()])]
      .filter((code) => !known.has(code))
      .sort()
      .map((code) => ({ code, name: targets.get(code)?.name ?? 'Lainnya' })),
  ];
  const max = Math.max(1, ...rows.map((r) => Math.max(s.byRegency[r.code] ?? 0, targets.get(r.code)?.target ?? 0)));
  $('regencies').replaceChildren(
    ...rows.map((r) => {
      const n = s.byRegency[r.code] ?? 0;
      const target = targets.get(r.code);
      const bar = el('span', { class: `bar${target ? (target.pace.onTrack ? ' status-on_track' : ' status-behind') : ''}` });
      bar.style.width = `${(n / max) * 100}%`;
      const track = el('span', { class: 'track', 'aria-hidden': 'true' }, bar);
      if (target) {
        const mark = el('span', { class: 'commit' });
        mark.style.left = `calc(${(target.target / max) * 100}% - 1.5px)`;
        track.append(mark);
      }
      // Target, gap and pace only where the agreement sets a target for the area.
      const goal = target
        ? el(
            'span',
            { class: 'tile-target', 'data-testid': `area-target-${r.code}` },
            `Target ${number.format(target.target)} · ${target.gap === 0 ? 'tercapai' : `kurang ${number.format(target.gap)}`}`,
            el('br'),
            target.pace.onTrack
              ? el('span', { class: 'pill status-on_track', text: 'Sesuai jadwal' })
              : el('span', { class: 'pill status-behind', text: 'Tertinggal' }),
            ` diharapkan ${number.format(target.pace.expectedByToday)} hingga hari ini` +
              (target.pace.requiredPerDay === null || target.gap === 0 ? '' : ` · perlu ${number.format(target.pace.requiredPerDay)}/hari`),
          )
        : null;
      return el(
        'li',
        { 'data-code': r.code },
        el('span', { class: 'tile-name', text: r.name }),
        el('span', { class: 'tile-code', text: `kode ${r.code}` }),
        el('span', { class: 'tile-value', text: number.format(n) }),
        el('span', {
          class: 'tile-share',
          text: s.newlyCovered > 0 ? `${oneDecimal.format((n / s.newlyCovered) * 100)}% dari baru terlindungi` : '—',
        }),
        goal,
        track,
      );
    }),
  );
  text('regency-source', `Nama wilayah: ${regencyData.source}.${targets.size > 0 ? ' Garis hitam: target wilayah menurut perjanjian.' : ''}`);
}

function renderBreakdowns(s) {
  miniBars(
    $('segments'),
    Object.entries(s.bySegment).map(([k, v]) => ({ label: SEGMENTS[k] ?? k, value: v })),
  );
  miniBars(
    $('programs'),
    Object.entries(s.byProgram).map(([k, v]) => ({ label: PROGRAMS[k] ?? k, value: v })),
  );
}

function renderMilestones(s) {
  const byCode = new Map(s.agencies.map((a) => [a.code, a]));
  $('milestones').replaceChildren(
    ...(s.milestones.length === 0
      ? [el('li', { text: 'Belum ada tonggak.' })]
      : s.milestones.map((m) => {
          const agency = byCode.get(m.agency);
          return el(
            'li',
            {},
            el('span', { class: `pill milestone-${m.status}`, text: MILESTONE[m.status] }),
            ' ',
            el('strong', { text: m.title }),
            ` — ${agency ? shortName(agency) : m.agency}, tenggat ${dateMedium.format(asDate(m.dueDate))}${m.signed ? '' : ' (belum ditandatangani)'}`,
          );
        })),
  );
}

const EXPORTS = [
  ['agencies', 'Tabel dinas'],
  ['regencies', 'Tabel wilayah'],
  ['series', 'Seri harian'],
];
function renderExports() {
  $('exports').replaceChildren(
    ...EXPORTS.map(([table, label]) =>
      el(
        'li',
        {},
        el('span', { text: `${label}: ` }),
        el('a', { href: `${api}/exports/${table}.csv`, 'data-export': '', text: 'CSV' }),
        ' · ',
        el('a', { href: `${api}/exports/${table}.xlsx`, 'data-export': '', text: 'XLSX' }),
      ),
    ),
  );
}

// A link cannot carry the token: with one, the file is fetched with it and handed to the browser.
document.addEventListener('click', async (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-export]') : null;
  if (!link || !token()) return;
  event.preventDefault();
  try {
    const response = await get(link.href, { accept: '*/*' });
    if (failed(response)) return;
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'sinergi-export';
    const url = URL.createObjectURL(await response.blob());
    const save = el('a', { href: url, download: name });
    document.body.append(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch {
    markStale('offline');
  }
});

function renderSources(s) {
  const figure = (label, f, extra = '') => `${label} ${number.format(f.workers)}${extra} — sumber: ${f.source}`;
  // Notes seeded before the Indonesian texts begin with INFERRED; the current seed's with TURUNAN.
  const inferred = /^(INFERRED|TURUNAN)\b/.test(s.workforce.note ?? '') ? ' (angka turunan)' : '';
  const figures = [
    figure('Baseline', s.baseline, ` per ${dateMedium.format(asDate(s.baseline.asOf))}`),
    figure('Target', s.target, ` pada ${dateMedium.format(asDate(s.target.date))}`),
    figure('Angkatan kerja (penyebut persentase)', s.workforce, inferred),
  ];
  text('sources', `${figures.join('. ')}.`);
}

// ---- the chart ------------------------------------------------------------------------------

const SVG = 'http://www.w3.org/2000/svg';
function svg(name, attributes, parent) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  parent?.append(node);
  return node;
}

/** 1, 2, 2.5 or 5 × 10^k: the step that gives about `count` ticks. */
function niceStep(span, count) {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
}
function niceMax(value) {
  const step = niceStep(value, 4);
  return Math.ceil(value / step) * step;
}
const tickLabel = (v, max) => (max >= 100_000 ? compact.format(v) : number.format(v));

/** Labelled x ticks: the first of each month (with its year), or Mondays for short spans. */
function dateTicks(from, to, room) {
  const days = (asDate(to) - asDate(from)) / 86_400_000;
  const ticks = [];
  if (days > 50) {
    const d = asDate(from);
    let cursor = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + (d.getUTCDate() === 1 ? 0 : 1), 1));
    while (cursor <= asDate(to)) {
      ticks.push({ iso: cursor.toISOString().slice(0, 10), label: monthYear.format(cursor) });
      cursor = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1));
    }
  } else {
    let iso = from;
    while ((asDate(iso).getUTCDay() + 6) % 7 !== 0) iso = addDays(iso, 1);
    for (let first = true; iso <= to; iso = addDays(iso, 7), first = false) {
      ticks.push({ iso, label: first ? dateMedium.format(asDate(iso)) : dayMonth.format(asDate(iso)) });
    }
  }
  const every = Math.max(1, Math.ceil(ticks.length / Math.max(1, room)));
  return ticks.filter((_, i) => i % every === 0);
}

/**
 * Draws a cumulative series at the container's real pixel size (fonts in CSS px, never scaled),
 * with an optional goal line, pace line, projection and today marker; a tooltip follows the
 * pointer or the arrow keys; a visually hidden table carries the same numbers.
 */
function drawChart(container, legend, options) {
  const { points, from, to, goal, paceLine, projection, today, caption, valueLabel } = options;
  const official = (options.official ?? []).filter((f) => f.asOf >= from && f.asOf <= to);
  if (points.length === 0) {
    container.replaceChildren(el('p', { class: 'hint', text: 'Belum ada data untuk digambar.' }));
    legend.replaceChildren();
    return;
  }
  const width = Math.max(240, Math.floor(container.clientWidth));
  const height = Math.round(Math.min(360, Math.max(220, width * 0.42)));
  const values = points.map((p) => p.value);
  let low = Math.min(...values, paceLine ? paceLine.fromValue : Infinity, ...official.map((f) => f.workers));
  let high = Math.max(...values, goal ? goal.value : 0, projection ? projection.value : 0, ...official.map((f) => f.workers));
  if (options.zeroBased) low = 0;
  const step = niceStep(high - low || Math.max(1, high), height < 260 ? 4 : 5);
  low = Math.floor(low / step) * step;
  high = Math.ceil(high / step) * step;
  if (high === low) high = low + step;
  const labels = [];
  for (let v = low; v <= high + step / 2; v += step) labels.push(v);
  const left = 14 + Math.max(...labels.map((v) => tickLabel(v, high).length)) * 7.5;
  const right = 14,
    top = 22,
    bottom = 30;
  const start = asDate(from).getTime();
  const end = asDate(to).getTime();
  const x = (iso) => left + ((asDate(iso).getTime() - start) / Math.max(1, end - start)) * (width - left - right);
  const y = (v) => top + (1 - (v - low) / (high - low)) * (height - top - bottom);

  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': caption, class: 'plot' });
  const axis = svg('g', { class: 'axis' }, root);
  for (const v of labels) {
    svg('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), class: 'grid' }, axis);
    svg('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, axis).textContent = tickLabel(v, high);
  }
  // Labels never overlap: each is centred on its tick (kept inside the plot), and a tick is kept
  // only when its label clears the previous one (~7 px a character at 12 px).
  let lastRight = Number.NEGATIVE_INFINITY;
  const ticks = [];
  for (const tick of dateTicks(from, to, Math.floor((width - left - right) / 78))) {
    const half = (tick.label.length * 7) / 2;
    const at = Math.min(width - right - half, Math.max(left + half, x(tick.iso)));
    if (at - half < lastRight + 10) continue;
    lastRight = at + half;
    ticks.push({ ...tick, at });
  }
  for (const tick of ticks) {
    svg('line', { x1: x(tick.iso), x2: x(tick.iso), y1: height - bottom, y2: height - bottom + 5, class: 'tick' }, axis);
    svg('text', { x: tick.at, y: height - 8, 'text-anchor': 'middle' }, axis).textContent = tick.label;
  }
  svg('line', { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, class: 'baseline-axis' }, axis);

  const items = [['actual', valueLabel]];
  if (paceLine) {
    svg('line', { x1: x(from), y1: y(paceLine.fromValue), x2: x(to), y2: y(paceLine.toValue), class: 'pace-line' }, root);
    items.push(['pace', paceLine.label]);
  }
  if (goal) {
    svg('line', { x1: left, x2: width - right, y1: y(goal.value), y2: y(goal.value), class: 'goal-line' }, root);
    // At the left end: the line towards the target meets the goal at the right end.
    svg('text', { x: left + 6, y: y(goal.value) + 17, 'text-anchor': 'start', class: 'goal-label' }, root).textContent =
      `${goal.label} ${number.format(goal.value)}`;
  }
  if (today && today >= from && today <= to) {
    svg('line', { x1: x(today), x2: x(today), y1: top - 4, y2: height - bottom, class: 'today-line' }, root);
    const anchor = x(today) > width - right - 40 ? 'end' : 'start';
    svg('text', { x: x(today) + (anchor === 'start' ? 4 : -4), y: top - 8, 'text-anchor': anchor, class: 'today-label' }, root).textContent =
      'Hari ini';
  }
  const last = points[points.length - 1];
  // The projection is drawn (and listed in the legend) only while there are days left.
  if (projection) {
    svg('line', { x1: x(last.date), y1: y(last.value), x2: x(to), y2: y(projection.value), class: 'projection-line' }, root);
    items.push(['projection', `Proyeksi laju 7 hari terakhir: ${number.format(projection.value)} pada ${dateMedium.format(asDate(to))}`]);
  }
  svg('polyline', { points: points.map((p) => `${x(p.date)},${y(p.value)}`).join(' '), class: 'actual-line' }, root);
  // Official figures as published: a diamond on their date, beside the counted line.
  for (const f of official) {
    const cx = x(f.asOf);
    const cy = y(f.workers);
    const mark = svg('path', { d: `M${cx},${cy - 7}L${cx + 7},${cy}L${cx},${cy + 7}L${cx - 7},${cy}Z`, class: 'official-point' }, root);
    svg('title', {}, mark).textContent = `Angka resmi ${number.format(f.workers)} per ${dateMedium.format(asDate(f.asOf))} — ${f.source}`;
  }
  if (official.length > 0) {
    const latest = official[official.length - 1];
    items.push(['official', `Angka resmi (dipublikasikan): ${number.format(latest.workers)} per ${dateMedium.format(asDate(latest.asOf))}`]);
  }
  const marker = svg('circle', { r: 5, class: 'marker', visibility: 'hidden' }, root);
  legend.replaceChildren(...items.map(([kind, label]) => el('li', {}, el('span', { class: `swatch ${kind}`, 'aria-hidden': 'true' }), label)));

  // Tooltip on hover and on focus (arrow keys move it).
  const frame = el('div', {
    class: 'chart-frame',
    tabindex: '0',
    role: 'group',
    'aria-label': `${caption} Gunakan panah kiri dan kanan untuk membaca nilai per tanggal.`,
  });
  const tip = el('div', { class: 'tip', role: 'status', 'aria-live': 'polite', hidden: true });
  frame.append(root, tip);
  let index = points.length - 1;
  const show = (i) => {
    index = Math.max(0, Math.min(points.length - 1, i));
    const p = points[index];
    marker.setAttribute('cx', x(p.date));
    marker.setAttribute('cy', y(p.value));
    marker.setAttribute('visibility', 'visible');
    tip.textContent = `${dateMedium.format(asDate(p.date))}: ${number.format(p.value)} (${p.added >= 0 ? '+' : ''}${number.format(p.added)})`;
    tip.hidden = false;
    const px = x(p.date);
    tip.style.left = `${Math.min(width - 8, Math.max(8, px))}px`;
    tip.style.top = `${Math.max(0, y(p.value) - 44)}px`;
    tip.classList.toggle('flip', px > width / 2);
  };
  const hide = () => {
    marker.setAttribute('visibility', 'hidden');
    tip.hidden = true;
  };
  frame.addEventListener('pointermove', (event) => {
    const box = root.getBoundingClientRect();
    const at = start + ((event.clientX - box.left - left) / (width - left - right)) * (end - start);
    let best = 0;
    for (let i = 1; i < points.length; i++) if (Math.abs(asDate(points[i].date) - at) < Math.abs(asDate(points[best].date) - at)) best = i;
    show(best);
  });
  frame.addEventListener('pointerleave', () => {
    if (document.activeElement !== frame) hide();
  });
  frame.addEventListener('focus', () => show(index));
  frame.addEventListener('blur', hide);
  frame.addEventListener('keydown', (event) => {
    const moves = { ArrowLeft: -1, ArrowRight: 1, Home: -Infinity, End: Infinity };
    if (!(event.key in moves)) return;
    event.preventDefault();
    show(Number.isFinite(moves[event.key]) ? index + moves[event.key] : moves[event.key] < 0 ? 0 : points.length - 1);
  });

  // The same numbers for screen readers.
  // A table ignores the 1-px box of .sr-only; its wrapper does not.
  const table = el(
    'table',
    {},
    el('caption', { text: caption }),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col', text: 'Tanggal' }),
        el('th', { scope: 'col', text: 'Bertambah' }),
        el('th', { scope: 'col', text: valueLabel }),
        paceLine ? el('th', { scope: 'col', text: paceLine.label }) : null,
      ),
    ),
    el(
      'tbody',
      {},
      ...points.map((p) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row', text: dateMedium.format(asDate(p.date)) }),
          el('td', { text: number.format(p.added) }),
          el('td', { text: number.format(p.value) }),
          paceLine ? el('td', { text: p.line === null || p.line === undefined ? '—' : number.format(p.line) }) : null,
        ),
      ),
    ),
  );
  container.replaceChildren(frame, el('div', { class: 'sr-only' }, table));
}

function renderOverviewChart(s, series) {
  const ended = s.pace.daysLeft === 0;
  drawChart($('chart'), $('chart-legend'), {
    points: series.points.map((p) => ({ date: p.date, value: p.cumulativeCovered, added: p.newlyCovered, line: p.targetLine })),
    from: series.from,
    to: s.target.date < series.to ? series.to : s.target.date,
    goal: { value: s.target.workers, label: 'Target' },
    paceLine: { fromValue: s.baseline.workers, toValue: s.target.workers, label: 'Garis menuju target' },
    projection: ended ? null : { value: s.pace.projectedAtTargetDate },
    official: series.officialFigures ?? [],
    today: todayOf(s),
    valueLabel: 'Pekerja terlindungi (kumulatif)',
    caption:
      `Cakupan kumulatif ${number.format(series.points.at(-1)?.cumulativeCovered ?? 0)} pekerja per ${dateLong.format(asDate(series.to))}; ` +
      `target ${number.format(s.target.workers)} pada ${dateLong.format(asDate(s.target.date))}.`,
  });
}

// ---- one agency -----------------------------------------------------------------------------

async function refreshAgency() {
  let response;
  try {
    response = await get(`${api}/agencies/${encodeURIComponent(agencyCode)}/progress`);
  } catch {
    markStale('offline');
    return;
  }
  if (failed(response)) return;
  await loadNames();
  const progress = await response.json();
  let series = null;
  try {
    const seriesResponse = await get(`${api}/series?agency=${encodeURIComponent(agencyCode)}`);
    if (seriesResponse.ok) series = await seriesResponse.json();
  } catch {
    /* drawn next time */
  }
  state.agency = { progress, series };
  $('agency-view').hidden = false;
  renderAgency(progress, series);
  state.shown = true;
  loggedIn();
  markFresh();
}

function renderAgency(p, series) {
  const a = p.agency;
  text('title', a.name);
  document.title = `${shortName(a)} — Sinergi`;
  text('subtitle', `${shortName(a)} · ${ROLE[a.role]} · ${state.agreement?.title ?? p.agreementId}`);
  $('back').href = overviewUrl;
  text('agency-credited', number.format(a.credited));
  text(
    'agency-commitment',
    a.committedWorkers > 0
      ? `dari komitmen aktif ${number.format(a.committedWorkers)} · diharapkan hingga hari ini ${number.format(a.expectedByToday)}`
      : 'Belum ada komitmen kepesertaan yang aktif.',
  );
  const share = a.committedWorkers > 0 ? Math.min(100, (a.credited / a.committedWorkers) * 100) : 0;
  $('agency-progress').setAttribute('aria-valuenow', share.toFixed(1));
  $('agency-progress').setAttribute('aria-valuetext', `${oneDecimal.format(share)}% dari komitmen`);
  $('agency-progress-fill').style.width = `${share}%`;
  $('agency-progress').hidden = a.committedWorkers === 0;
  text('agency-progress-label', a.committedWorkers > 0 ? `${oneDecimal.format(a.percentOfCommitment ?? 0)}% dari komitmen` : '');
  const status = $('agency-status');
  status.textContent = STATUS[a.status];
  status.className = `pill status-${a.status}`;
  text('agency-elsewhere', number.format(p.creditedElsewhere));
  text('agency-batches', number.format(p.batches.count));
  const facts = [
    ['Dibatalkan', p.batches.voided],
    ['Rekaman diterima', p.batches.received],
    ['Baru terlindungi', p.batches.accepted],
    ['Duplikat dalam batch', p.batches.duplicates.inBatch],
    ['Duplikat dinas sendiri', p.batches.duplicates.sameAgency],
    ['Duplikat dinas lain', p.batches.duplicates.otherAgency],
    ['Di luar wilayah', p.batches.outOfRegion],
    ['Segmen tidak dihitung', p.batches.outOfScope ?? 0],
    ['Ditolak', p.batches.rejected],
  ];
  $('agency-batch-facts').replaceChildren(
    ...facts.flatMap(([label, value]) => [el('dt', { text: label }), el('dd', { text: number.format(value) })]),
  );

  // Confirmation rate (null before anything is credited); the agency's submission for each period begun so far.
  const confirmation = p.agency.confirmation;
  // Like the overview: nothing to show until BPJS has posted a confirmation for the agreement
  // (a rate of 0,0 % would read as "BPJS rejected everything").
  const confirmationsExist =
    Boolean(state.summary?.confirmation?.asOf) ||
    Boolean(confirmation && confirmation.confirmedActive + confirmation.confirmedInactive + confirmation.notFound > 0);
  const showRate = confirmationsExist && confirmation && typeof confirmation.rate === 'number';
  $('agency-confirmation').hidden = !showRate;
  if (showRate) {
    $('agency-confirmation').replaceChildren(
      el('h3', { text: 'Dikonfirmasi BPJS' }),
      el('p', { class: 'big', 'data-testid': 'agency-confirmation-rate', text: `${oneDecimal.format(confirmation.rate * 100)}%` }),
      el('p', {
        'data-testid': 'agency-confirmation-count',
        text: `${number.format(confirmation.confirmedActive)} dari ${number.format(confirmation.reported)} pekerja yang dikreditkan aktif`,
      }),
      el(
        'dl',
        { class: 'facts' },
        ...[
          ['Tidak aktif', confirmation.confirmedInactive],
          ['Tidak ditemukan', confirmation.notFound],
          ['Belum dikonfirmasi', confirmation.unconfirmed],
        ].flatMap(([label, value]) => [el('dt', { text: label }), el('dd', { text: number.format(value) })]),
      ),
    );
  }
  const submissions = Array.isArray(p.submissions) ? p.submissions : null;
  $('agency-submissions').hidden = !submissions;
  if (submissions) {
    $('agency-submissions-list').replaceChildren(
      ...(submissions.length === 0
        ? [el('li', { text: 'Dinas ini tidak mengirim laporan periode (BPJS menerima laporan).' })]
        : submissions.map((sub) =>
            el('li', {
              text:
                `${sub.period} · ${SUBMISSION_STATUS[sub.status] ?? sub.status}` +
                (sub.periodStatus === 'closed' ? ' · periode ditutup' : '') +
                (sub.overdue ? ` · terlambat (batas ${dateMedium.format(asDate(sub.deadline))})` : ''),
            }),
          )),
    );
  }

  $('agency-commitments').replaceChildren(
    ...(p.commitments.length === 0
      ? [el('li', { text: 'Dinas ini belum punya komitmen pada perjanjian ini.' })]
      : p.commitments.map((c) => {
          const facts = [
            ['Jenis', COMMITMENT_KIND[c.kind] ?? c.kind],
            ['Status', COMMITMENT_STATUS[c.status] ?? c.status],
            ['Tenggat', dateMedium.format(asDate(c.dueDate))],
          ];
          if (c.targetWorkers) facts.push(['Target', number.format(c.targetWorkers)]);
          if (c.progress) {
            facts.push(['Dikreditkan', `${number.format(c.progress.credited)} (${oneDecimal.format(c.progress.percent)}%)`]);
            facts.push(['Diharapkan hingga hari ini', number.format(c.progress.expectedByToday)]);
            facts.push([
              'Laju',
              c.progress.credited >= c.progress.expectedByToday
                ? 'sesuai jadwal'
                : `tertinggal ${number.format(c.progress.expectedByToday - c.progress.credited)}`,
            ]);
          }
          return el(
            'li',
            { class: 'commitment' },
            el('h3', { text: c.title }),
            el('dl', { class: 'facts' }, ...facts.flatMap(([label, value]) => [el('dt', { text: label }), el('dd', { text: value })])),
          );
        })),
  );

  if (series) {
    const s = state.summary;
    drawChart($('agency-chart'), $('agency-chart-legend'), {
      points: series.points.map((pt) => ({ date: pt.date, value: pt.cumulativeCovered, added: pt.newlyCovered })),
      from: series.from,
      to: series.to,
      zeroBased: true,
      goal: a.committedWorkers > 0 ? { value: a.committedWorkers, label: 'Komitmen' } : null,
      today: s ? todayOf(s) : null,
      valueLabel: 'Dikreditkan (kumulatif)',
      caption: `Dikreditkan ke ${shortName(a)}: ${number.format(series.points.at(-1)?.cumulativeCovered ?? 0)} pekerja per ${dateLong.format(asDate(series.to))}.`,
    });
  }
}

// ---- wiring ---------------------------------------------------------------------------------

const refresh = () => (agencyCode ? refreshAgency() : refreshOverview());

$('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem('sinergi.token', $('token-input').value.trim());
  $('token-input').value = '';
  state.etag = null;
  state.names = null;
  state.loggingIn = true;
  refresh();
});

// A link with a new #token= opened in the same tab does not reload the page.
window.addEventListener('hashchange', () => {
  if (takeTokenFromFragment()) {
    state.etag = null;
    refresh();
  }
});

$('print').addEventListener('click', () => window.print());
window.addEventListener('beforeprint', setFreshness);
window.addEventListener('offline', () => markStale('offline'));
window.addEventListener('online', () => refresh());

// The chart is drawn at its real size: redraw when the width changes.
let lastWidth = 0;
new ResizeObserver(() => {
  const width = $('content').clientWidth;
  if (width === lastWidth) return;
  lastWidth = width;
  if (!agencyCode && state.summary && state.series) renderOverviewChart(state.summary, state.series);
  if (agencyCode && state.agency) renderAgency(state.agency.progress, state.agency.series);
}).observe($('content'));

// The agency view needs the summary for "today"; fetched once, quietly.
if (agencyCode) {
  get(`${api}/summary`)
    .then(async (r) => {
      if (r.ok) state.summary = await r.json();
    })
    .catch(() => {})
    .finally(refresh);
} else {
  refresh();
}
const timer = setInterval(refresh, POLL_MS);
window.addEventListener('pagehide', () => clearInterval(timer));
