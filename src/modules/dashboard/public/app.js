// Sinergi dashboard: no build step. Reads the summary and series of the agreement in the URL,
// renders them, and polls the summary with If-None-Match (a 304 costs the server nothing).
const POLL_MS = 30_000;
const agreementId = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() ?? '');
const api = `/v1/agreements/${encodeURIComponent(agreementId)}`;
const number = new Intl.NumberFormat('id-ID');
const decimal = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const dateLong = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' });
const dateTime = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' });
const dateShort = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const STATUS = { met: 'Tercapai', on_track: 'Sesuai jadwal', behind: 'Tertinggal', no_commitment: 'Tanpa komitmen' };
const MILESTONE = { open: 'Berjalan', done: 'Selesai', overdue: 'Terlambat' };
const $ = (id) => document.getElementById(id);
const text = (id, value) => { $(id).textContent = value; };
const asDate = (iso) => new Date(`${iso}T00:00:00Z`);

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

let etag = null;
let timer = null;

async function get(url, headers = {}) {
  const auth = token() ? { authorization: `Bearer ${token()}` } : {};
  return fetch(url, { headers: { accept: 'application/json', ...auth, ...headers }, cache: 'no-store' });
}

function askForToken(message) {
  $('token-form').hidden = false;
  text('token-error', message ?? '');
  text('as-of', 'Menunggu token');
}

async function refresh() {
  let response;
  try {
    response = await get(`${api}/summary`, etag ? { 'if-none-match': etag } : {});
  } catch {
    text('as-of', 'Tidak dapat terhubung; mencoba lagi…');
    return;
  }
  if (response.status === 304) return;
  if (response.status === 401) return askForToken(token() ? 'Token tidak berlaku atau kedaluwarsa.' : '');
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    $('load-error').hidden = false;
    text('load-error', problem.detail ?? `Gagal memuat (${response.status}).`);
    return;
  }
  $('token-form').hidden = true;
  $('load-error').hidden = true;
  etag = response.headers.get('etag');
  const summary = await response.json();
  renderSummary(summary);
  const series = await get(`${api}/series`);
  if (series.ok) renderChart(summary, await series.json());
}

function renderSummary(s) {
  text('title', `Universal Coverage Jamsostek · ${s.agreementId}`);
  text('as-of', `Data per ${dateTime.format(new Date(s.asOf))} WIB`);
  text('covered-workers', number.format(s.covered.workers));
  text('covered-percent', `${decimal.format(s.covered.percent)}%`);
  text('target-workers', number.format(s.target.workers));
  const targetPercent = (s.target.workers / s.workforce.workers) * 100;
  text('target-percent', `${decimal.format(targetPercent)}%`);
  const share = Math.min(100, (s.covered.workers / s.target.workers) * 100);
  $('progress').setAttribute('aria-valuenow', share.toFixed(1));
  $('progress').setAttribute('aria-valuetext', `${decimal.format(share)}% dari target`);
  $('progress-fill').style.width = `${share}%`;
  text('gap-workers', number.format(s.gap.workers));
  text('gap-points', decimal.format(s.gap.percentPoints));
  text('newly-covered', number.format(s.newlyCovered));
  text('days-left', number.format(s.pace.daysLeft));
  text('target-date', dateLong.format(asDate(s.target.date)));
  text('required-per-day', s.pace.requiredPerDay === null ? '—' : number.format(s.pace.requiredPerDay));
  text('last7', decimal.format(s.pace.last7DaysPerDay));
  const onTrack = $('on-track');
  onTrack.textContent = s.pace.onTrack ? 'Sesuai target' : 'Belum sesuai target';
  onTrack.className = `badge ${s.pace.onTrack ? 'yes' : 'no'}`;
  text('workforce', number.format(s.workforce.workers));
  text('workforce-source', s.workforce.source);
  $('headline').hidden = false;

  const agencies = [...s.agencies].sort((a, b) => b.credited - a.credited || b.committedWorkers - a.committedWorkers || a.code.localeCompare(b.code));
  const scale = Math.max(1, ...agencies.map((a) => Math.max(a.credited, a.committedWorkers)));
  $('agencies').replaceChildren(
    ...agencies.map((a) => {
      const li = document.createElement('li');
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = a.name;
      name.title = a.code;
      const track = document.createElement('span');
      track.className = 'track';
      const bar = document.createElement('span');
      bar.className = `bar status-${a.status}`;
      bar.style.width = `${(a.credited / scale) * 100}%`;
      track.append(bar);
      if (a.committedWorkers > 0) {
        const commit = document.createElement('span');
        commit.className = 'commit';
        commit.style.left = `calc(${(a.committedWorkers / scale) * 100}% - 1px)`;
        commit.title = `Komitmen: ${number.format(a.committedWorkers)}`;
        track.append(commit);
      }
      const value = document.createElement('span');
      value.className = 'value';
      value.textContent = a.committedWorkers > 0
        ? `${number.format(a.credited)} / ${number.format(a.committedWorkers)}`
        : number.format(a.credited);
      const pill = document.createElement('span');
      pill.className = `pill status-${a.status}`;
      pill.textContent = STATUS[a.status];
      value.append(pill);
      li.append(name, track, value);
      return li;
    }),
  );
  $('agencies-card').hidden = false;

  $('milestones').replaceChildren(
    ...(s.milestones.length === 0
      ? [Object.assign(document.createElement('li'), { textContent: 'Belum ada tonggak.' })]
      : s.milestones.map((m) => {
          const li = document.createElement('li');
          li.textContent = `${m.title} — ${m.agency}, tenggat ${dateLong.format(asDate(m.dueDate))}: ${MILESTONE[m.status]}${m.signed ? '' : ' (belum ditandatangani)'}`;
          return li;
        })),
  );
  $('milestones-card').hidden = false;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(name, attributes, parent) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  parent?.append(node);
  return node;
}

function renderChart(summary, series) {
  const points = series.points;
  if (points.length === 0) return;
  const width = 900, height = 320, left = 86, right = 16, top = 12, bottom = 34;
  const start = asDate(series.from).getTime();
  const end = asDate(summary.target.date).getTime();
  const lastPoint = points[points.length - 1];
  const lowest = Math.min(summary.baseline.workers, points[0].cumulativeCovered);
  const highest = Math.max(summary.target.workers, summary.pace.projectedAtTargetDate, lastPoint.cumulativeCovered);
  const pad = (highest - lowest) * 0.05 || 1;
  const [y0, y1] = [lowest - pad, highest + pad];
  const x = (iso) => left + ((asDate(iso).getTime() - start) / Math.max(1, end - start)) * (width - left - right);
  const y = (v) => top + (1 - (v - y0) / (y1 - y0)) * (height - top - bottom);

  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'chart-title' });
  svg('title', { id: 'chart-title' }, root).textContent =
    `Cakupan kumulatif ${number.format(lastPoint.cumulativeCovered)} pekerja per ${dateLong.format(asDate(lastPoint.date))}; target ${number.format(summary.target.workers)} pada ${dateLong.format(asDate(summary.target.date))}.`;
  const axis = svg('g', { class: 'axis' }, root);
  for (let i = 0; i <= 4; i++) {
    const v = y0 + ((y1 - y0) * i) / 4;
    svg('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), class: 'grid' }, axis);
    svg('text', { x: left - 8, y: y(v) + 4, 'text-anchor': 'end' }, axis).textContent = number.format(Math.round(v));
  }
  for (const iso of [series.from, summary.target.date]) {
    svg('text', { x: x(iso), y: height - 10, 'text-anchor': iso === series.from ? 'start' : 'end' }, axis).textContent = dateShort.format(asDate(iso));
  }
  svg('line', { x1: x(series.from), y1: y(summary.baseline.workers), x2: x(summary.target.date), y2: y(summary.target.workers), stroke: 'var(--none)', 'stroke-width': 2 }, root);
  svg('polyline', { points: points.map((p) => `${x(p.date)},${y(p.cumulativeCovered)}`).join(' '), fill: 'none', stroke: 'var(--brand)', 'stroke-width': 3 }, root);
  if (summary.pace.daysLeft > 0) {
    svg('line', {
      x1: x(lastPoint.date), y1: y(lastPoint.cumulativeCovered), x2: x(summary.target.date), y2: y(summary.pace.projectedAtTargetDate),
      stroke: 'var(--projection)', 'stroke-width': 2, 'stroke-dasharray': '6 4',
    }, root);
  }
  $('chart').replaceChildren(root);
  text('chart-text', `Proyeksi pada tanggal target: ${number.format(summary.pace.projectedAtTargetDate)} pekerja.`);
  $('chart-card').hidden = false;
}

$('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem('sinergi.token', $('token-input').value.trim());
  $('token-input').value = '';
  etag = null;
  refresh();
});

// A link with a new #token= opened in the same tab does not reload the page.
window.addEventListener('hashchange', () => {
  if (takeTokenFromFragment()) {
    etag = null;
    refresh();
  }
});

refresh();
timer = setInterval(refresh, POLL_MS);
window.addEventListener('pagehide', () => clearInterval(timer));
