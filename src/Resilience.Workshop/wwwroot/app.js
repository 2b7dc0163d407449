// The workshop page: no build step, no libraries. The server owns the session and sends complete states (figures and
// SVG charts drawn by the project's OxyPlot chart module) as server-sent events; this script shows them and, for the
// facilitator, sends lever changes and controls with the token.
'use strict';

const $ = (id) => document.getElementById(id);
const query = new URLSearchParams(location.search);
const page = {
  token: sessionStorage.getItem('workshopToken'), role: 'viewer', meta: null, subgroup: 0, last: null, source: null,
  lang: query.get('lang'), projector: query.get('view') === 'projector',
};

// Texts come from the server's label catalogue (GET /api/meta?lang=): t('page.play'), t('page.fromMonth', 12).
function t(key, ...args) {
  const text = (page.meta && page.meta.ui[key]) || key;
  return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
}

function locale() { return page.lang === 'nl' ? 'nl-NL' : 'en'; }

function num(v, digits) { return Number(v).toLocaleString(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }); }

function applyTexts() {
  document.documentElement.lang = page.lang;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  for (const el of document.querySelectorAll('[data-t-title]')) { el.title = t(el.dataset.tTitle); el.dataset.title = el.title; }
  for (const o of $('speed').options) o.textContent = t('page.perSecond', o.value === '0.5' ? '½' : o.value);
  $('lang').value = page.lang;
  $('projector').textContent = t(page.projector ? 'page.fullView' : 'page.projector');
}

function takeTokenFromAddress() {
  const m = location.hash.match(/token=([^&]+)/);
  if (m) {
    page.token = decodeURIComponent(m[1]);
    sessionStorage.setItem('workshopToken', page.token);
    history.replaceState(null, '', location.pathname + location.search); // keep the token out of the address bar
  }
}

async function api(path, body) {
  const headers = { 'Content-Type': 'application/json' };
  if (page.token) headers.Authorization = 'Bearer ' + page.token;
  const res = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
  const data = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) { showError(data.error || ('HTTP ' + res.status)); return null; }
  showError(null);
  return data;
}

function showError(text) {
  const e = $('error');
  e.hidden = !text;
  e.textContent = text || '';
}

async function checkRole() {
  const headers = page.token ? { Authorization: 'Bearer ' + page.token } : {};
  const res = await fetch('/api/role', { headers });
  let role = 'viewer';
  if (res.status === 429) { // too many wrong tokens from this address lately: keep the token, ask again later
    showError((await res.json()).error);
    setTimeout(checkRole, 1000 * Number(res.headers.get('Retry-After') || 5));
  } else {
    role = (await res.json()).role;
    if (page.token && role !== 'facilitator') {
      sessionStorage.removeItem('workshopToken');
      page.token = null;
      showError(t('page.badToken'));
    }
  }
  page.role = role;
  document.body.classList.toggle('facilitator', role === 'facilitator');
  $('role').textContent = t(role === 'facilitator' ? 'page.facilitator' : 'page.viewer');
  $('role').className = 'pill role-' + role;
  $('signin').hidden = role === 'facilitator';
  for (const el of document.querySelectorAll('[data-facilitator]')) {
    el.disabled = role !== 'facilitator';
    el.title = role === 'facilitator' ? (el.dataset.title || '') : t('page.notFacilitator');
  }
  if (page.last) render(page.last);
}

// ---------- levers ----------

function niceStep(min, max) {
  const raw = (max - min) / 100, mag = Math.pow(10, Math.floor(Math.log10(raw))), n = raw / mag;
  return (n >= 5 ? 5 : n >= 2 ? 2 : 1) * mag;
}

function formatLever(def, v) {
  if (def.kind === 'boolean') return t(v ? 'yes' : 'no');
  if (def.kind === 'choice') return def.choiceLabels[def.choices.indexOf(v)] || v;
  return Number(v).toLocaleString(locale(), { maximumFractionDigits: 3 });
}

function buildLevers() {
  const box = $('levers');
  let group = null, groupEl = null;
  for (const def of page.meta.levers) {
    const prefix = def.name.split('.')[0];
    if (prefix !== group) {
      group = prefix;
      groupEl = document.createElement('div');
      groupEl.className = 'group';
      groupEl.innerHTML = `<h3>${escapeHtml(t('group.' + prefix))}</h3>`;
      box.appendChild(groupEl);
    }
    const id = 'lever-' + def.name.replace(/\./g, '-');
    const row = document.createElement('div');
    row.className = 'lever';
    row.dataset.lever = def.name;
    let control;
    if (def.kind === 'boolean') {
      control = `<input type="checkbox" id="${id}" data-facilitator>`;
    } else if (def.kind === 'choice') {
      control = `<select id="${id}" data-facilitator>${def.choices.map((c, i) => `<option value="${c}">${escapeHtml(def.choiceLabels[i] || c)}</option>`).join('')}</select>`;
    } else {
      const step = def.kind === 'integer' ? 1 : niceStep(def.min, def.max);
      control = `<input type="range" id="${id}" min="${def.min}" max="${def.max}" step="${step}" data-facilitator>` +
        `<input type="number" id="${id}-n" min="${def.min}" max="${def.max}" step="${def.kind === 'integer' ? 1 : 'any'}" aria-label="${def.name} value" data-facilitator>`;
    }
    row.innerHTML = `<div class="head"><label for="${id}">${escapeHtml(def.label)}</label><span><span class="value"></span><span class="base"></span></span></div>` +
      `<div class="row">${control}</div>` +
      `<div class="help">${escapeHtml(def.description)} <span class="src">${escapeHtml(def.source)}</span>${def.unit ? ' · ' + escapeHtml(def.unit) : ''}` +
      ` · <code>${escapeHtml(def.name)}</code></div>`;
    groupEl.appendChild(row);
    const send = (value) => api('/api/levers', { [def.name]: value });
    const main = row.querySelector('#' + id);
    if (def.kind === 'boolean') main.addEventListener('change', () => send(main.checked));
    else if (def.kind === 'choice') main.addEventListener('change', () => send(main.value));
    else {
      const num = row.querySelector('#' + id + '-n');
      main.addEventListener('input', () => { num.value = main.value; });
      main.addEventListener('change', () => send(Number(main.value)));
      num.addEventListener('change', () => { if (num.value !== '') send(Number(num.value)); });
    }
  }
}

function renderLevers(s) {
  // At the horizon there is no month left for a change to act on: the levers are locked and the note says why.
  for (const el of document.querySelectorAll('#levers [data-facilitator]')) el.disabled = page.role !== 'facilitator' || s.finished;
  $('levers-box').classList.toggle('locked', s.finished);
  for (const def of page.meta.levers) {
    const row = document.querySelector(`.lever[data-lever="${def.name}"]`);
    const v = s.levers[def.name];
    const base = s.baselineLevers ? s.baselineLevers[def.name] : v;
    row.querySelector('.value').textContent = formatLever(def, v);
    row.querySelector('.base').textContent = base !== v ? t('page.baselineValue', formatLever(def, base)) : '';
    row.classList.toggle('changed', base !== v);
    const id = 'lever-' + def.name.replace(/\./g, '-');
    const main = row.querySelector('#' + id);
    if (document.activeElement === main) continue; // do not move a control under the facilitator's hand
    if (def.kind === 'boolean') main.checked = v;
    else if (def.kind === 'choice') main.value = v;
    else {
      main.value = v;
      const num = row.querySelector('#' + id + '-n');
      if (document.activeElement !== num) num.value = v;
    }
  }
}

// ---------- figures and charts ----------

function fmt(unit, v, diff) {
  if (v === null || v === undefined) return '';
  const sign = v > 0 ? (diff ? '+' : '') : v < 0 ? '−' : '';
  const a = Math.abs(v);
  switch (unit) {
    case 'share': return diff ? `${sign}${num(100 * a, 1)} ${page.lang === 'nl' ? '%-punt' : 'pp'}` : `${num(100 * a, 1)}%`;
    case 'people': return sign + num(a, 0);
    case '€': case '€ per month': // millions shortened: a room reads "€ 607 M" faster than nine digits
      return sign + '€ ' + (a >= 1e6 ? num(a / 1e6, a >= 1e8 ? 0 : a >= 1e7 ? 1 : 2) + ' M' : num(a, 0));
    default: return sign + num(a, 3);
  }
}

function renderFigures(s) {
  const rows = s.figures.map((f) => {
    const sign = f.better === 'higher' ? 1 : f.better === 'lower' ? -1 : 0; // colour improvements, not increases
    const cls = sign * f.difference > 0 ? 'up' : sign * f.difference < 0 ? 'down' : '';
    return `<tr data-metric="${f.metric}"><td>${escapeHtml(f.label)} <span class="reading">${escapeHtml(f.reading)}${f.unit === 'share' || f.unit === 'people' || f.unit === 'index' ? '' : ', ' + escapeHtml(f.unitLabel)}</span></td>` +
      `<td class="num base">${fmt(f.unit, f.baseline)}</td>` +
      `<td class="num wi whatif">${fmt(f.unit, f.whatIf)}</td>` +
      `<td class="num whatif ${cls}">${fmt(f.unit, f.difference, true)}</td></tr>`;
  });
  $('figures').querySelector('tbody').innerHTML = rows.join('');
}

// The three charts the projector view shows beside the key figures.
function keyCharts(s) { return [s.forkMonth !== null ? 'difference' : 'types', 'exits_lasting_18', 'share_problematic_debt']; }

function renderCharts(s) {
  const box = $('charts');
  const key = new Set(keyCharts(s).map((id) => 'chart-' + id));
  const wanted = new Set(s.charts.map((c) => 'chart-' + c.id));
  for (const el of [...box.children]) if (!wanted.has(el.id)) el.remove();
  let previous = null;
  for (const c of s.charts) {
    let el = $('chart-' + c.id);
    if (!el) {
      el = document.createElement('figure');
      el.className = 'chart';
      el.id = 'chart-' + c.id;
      if (previous) previous.after(el); else box.prepend(el);
    }
    if (el.dataset.svg !== c.svg) { el.innerHTML = c.svg; el.dataset.svg = c.svg; }
    el.classList.toggle('key', key.has(el.id));
    previous = el;
  }
}

function render(s) {
  page.last = s;
  document.body.classList.toggle('forked', s.forkMonth !== null);
  $('scenario').textContent = `${s.scenario} · ${num(s.clients, 0)} ${t('page.clients')} · ${t('page.seed')} ${s.seed}`;
  $('month').textContent = s.month;
  $('months').textContent = s.months;
  const parts = [s.finished ? t('page.finished') : s.playing ? t('page.playing', s.monthsPerSecond) : t('page.paused')];
  if (s.forkMonth !== null) parts.push(t('page.forkedAt', s.forkMonth));
  parts.push(s.subgroupName);
  $('state-line').textContent = parts.join(' · ');
  // A message is shown for a while (12 s or 4 months, whichever comes first), so that it does not look current later.
  if (s.message) {
    $('message').textContent = s.message;
    page.messageMonth = s.month;
    clearTimeout(page.messageTimer);
    page.messageTimer = setTimeout(() => { $('message').textContent = ''; }, 12000);
  } else if (s.month >= page.messageMonth + 4 || s.month < page.messageMonth) $('message').textContent = '';
  const fac = page.role === 'facilitator';
  $('play').textContent = t(s.playing ? 'page.pause' : 'page.play');
  $('play').disabled = !fac || (s.finished && !s.playing);
  $('step').disabled = !fac || s.finished || s.playing;
  $('fork').disabled = !fac || s.finished;
  $('fork').textContent = t(s.forkMonth !== null ? 'page.forkAgain' : 'page.fork');
  if (document.activeElement !== $('speed')) $('speed').value = String(s.monthsPerSecond);
  $('levers-note').textContent = s.finished ? t('page.horizon', s.months)
    : s.forkMonth !== null ? t('page.leversForked', s.forkMonth) : t('page.leversNote');
  $('export-scenario').href = '/api/export/scenario?branch=' + (s.forkMonth !== null ? 'whatif' : 'baseline') + '&lang=' + encodeURIComponent(page.lang);
  renderFigures(s);
  renderCharts(s);
  renderLevers(s);
  // The server sends the latest changes and the count of all; the list goes on numbering from the earlier ones.
  const earlier = s.changesTotal - s.changes.length;
  $('changes').start = earlier + 1;
  if (!$('suggest').hidden) renderSuggestions(); // the Apply buttons follow the role and the horizon
  $('changes-earlier').hidden = earlier === 0;
  $('changes-earlier').textContent = t(earlier === 1 ? 'page.earlierChange' : 'page.earlierChanges', earlier);
  const lever = (name) => page.meta.levers.find((d) => d.name === name);
  $('changes').innerHTML = s.changes.length === 0 ? `<li>${escapeHtml(t('page.none'))}</li>` : s.changes.map((c) =>
    `<li>${escapeHtml(t('page.fromMonth', c.month))}${c.branch === 'what-if' ? ` (${escapeHtml(t('page.whatifBranch'))})` : ''}: ` +
    Object.entries(c.levers).map(([k, v]) => `${escapeHtml(lever(k) ? lever(k).label : k)} = ${escapeHtml(lever(k) ? formatLever(lever(k), v) : v)}`).join(', ') + '</li>').join('');
}

// ---------- suggest: the Pareto set of a finished search ----------

const SUGGEST_ROWS = 6;

async function loadSuggestions() {
  const res = await fetch('/api/suggest?lang=' + encodeURIComponent(page.lang));
  page.suggest = await res.json();
  $('suggest-pick').innerHTML = page.suggest.searches.map((s, i) => `<option value="${i}">${escapeHtml(s.goals.join('; '))}</option>`).join('');
  $('suggest-pick-label').hidden = page.suggest.searches.length < 2;
  renderSuggestions();
}

function renderSuggestions() {
  if (!page.suggest) return;
  const search = page.suggest.searches[Number($('suggest-pick').value || 0)];
  if (!search) return;
  $('suggest-goals').innerHTML = search.goals.map((g) => `<li>${escapeHtml(g)}</li>`).join('');
  $('suggest-note').textContent = t(search.reachable ? 'page.suggestNote' : 'page.suggestNotReachable', search.baseline);
  $('suggest-chart').innerHTML = search.chart;
  const fac = page.role === 'facilitator', finished = page.last && page.last.finished;
  // A room reads a few rows: those meeting every goal (they come first) and the next best, the rest on request.
  const shown = page.suggestAll ? search.packages.length : Math.min(search.packages.length, SUGGEST_ROWS);
  $('suggest-more').hidden = search.packages.length <= SUGGEST_ROWS;
  $('suggest-more').textContent = t(page.suggestAll ? 'page.suggestFewer' : 'page.suggestAll', search.packages.length);
  $('suggest-table').querySelector('tbody').innerHTML = search.packages.slice(0, shown).map((p, i) =>
    `<tr data-package="${escapeHtml(p.name)}" class="${p.meetsGoals ? 'meets' : ''}"><td><b>${escapeHtml(p.name)}</b>` +
    (p.meetsGoals ? `<br><span class="better">${escapeHtml(t('page.suggestMeets'))}</span>` : '') + '</td>' +
    `<td>${p.leverTexts.map(escapeHtml).join('<br>')}</td>` +
    `<td>${p.effects.map((e) => `${escapeHtml(e.label)}: <span class="${e.verdict}">${escapeHtml(e.effect)}</span> <span class="interval">${escapeHtml(e.interval)}</span>`).join('<br>')}</td>` +
    `<td class="num">${p.worlds === null ? '–' : escapeHtml(p.worlds)}</td>` +
    `<td><button type="button" class="apply" data-index="${i}" ${!fac || finished || Object.keys(p.levers).length === 0 ? 'disabled' : ''} ` +
    `title="${escapeHtml(fac ? (p.notLive.length ? t('page.suggestNotLive', p.notLive.join(', ')) : '') : t('page.notFacilitator'))}">${escapeHtml(t('page.suggestApply'))}</button></td></tr>`).join('');
  for (const b of document.querySelectorAll('#suggest-table button.apply'))
    b.addEventListener('click', () => api('/api/levers', search.packages[Number(b.dataset.index)].levers));
}

// ---------- connection ----------

function connect() {
  if (page.source) page.source.close();
  const source = new EventSource('/api/events?subgroup=' + page.subgroup + '&lang=' + page.lang);
  page.source = source;
  source.addEventListener('state', (e) => {
    setConnection('live');
    render(JSON.parse(e.data));
  });
  source.addEventListener('shutdown', () => {
    setConnection('down', t('page.ended'));
    source.close();
  });
  source.onerror = () => { if (source.readyState !== EventSource.CLOSED) setConnection('wait', t('page.reconnecting')); };
}

function setConnection(kind, text) {
  $('connection').className = 'pill conn-' + kind;
  $('connection').textContent = text || t('page.live');
}

function escapeHtml(t) {
  return String(t).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
}

async function init() {
  takeTokenFromAddress();
  page.meta = await (await fetch('/api/meta' + (page.lang ? '?lang=' + encodeURIComponent(page.lang) : ''))).json();
  page.lang = page.meta.language;
  document.body.classList.toggle('projector', page.projector);
  applyTexts();
  // Another language or view: the same page with ?lang= / ?view= (the token stays in this tab's session storage).
  const go = (changes) => {
    const q = new URLSearchParams(location.search);
    for (const [k, v] of Object.entries(changes)) if (v) q.set(k, v); else q.delete(k);
    location.search = q.toString();
  };
  $('lang').addEventListener('change', () => go({ lang: $('lang').value }));
  $('projector').addEventListener('click', () => go({ view: page.projector ? null : 'projector' }));
  $('subgroup').innerHTML = page.meta.subgroups.map((g) => `<option value="${g.index}">${escapeHtml(g.label)}</option>`).join('');
  $('subgroup').addEventListener('change', () => { page.subgroup = Number($('subgroup').value); connect(); });
  buildLevers();
  // Suggest: only when the server was given finished searches (serve --search DIR).
  $('suggest-toggle').hidden = !page.meta.searches;
  $('suggest-toggle').addEventListener('click', async () => {
    const open = $('suggest').hidden;
    $('suggest').hidden = !open;
    $('suggest-toggle').setAttribute('aria-expanded', String(open));
    if (open && !page.suggest) await loadSuggestions(); else if (open) renderSuggestions();
  });
  $('suggest-pick').addEventListener('change', renderSuggestions);
  $('suggest-more').addEventListener('click', () => { page.suggestAll = !page.suggestAll; renderSuggestions(); });
  if (window.matchMedia('(max-width: 900px)').matches && !page.token) $('levers-box').open = false;

  $('play').addEventListener('click', () => api('/api/control', { action: page.last && page.last.playing ? 'pause' : 'play' }));
  $('step').addEventListener('click', () => api('/api/control', { action: 'step' }));
  $('fork').addEventListener('click', () => api('/api/control', { action: 'fork' }));
  $('reset').addEventListener('click', () => {
    if (confirm(t('page.resetConfirm'))) api('/api/control', { action: 'reset' });
  });
  $('speed').addEventListener('change', () => api('/api/control', { action: 'speed', monthsPerSecond: Number($('speed').value) }));
  $('signin').addEventListener('click', () => {
    const given = prompt(t('page.tokenPrompt'));
    if (given) { page.token = given.trim(); sessionStorage.setItem('workshopToken', page.token); showError(null); checkRole(); }
  });
  document.addEventListener('keydown', (e) => {
    if (page.role !== 'facilitator' || e.target.closest('input, select, textarea')) return;
    if (e.key === ' ') { e.preventDefault(); $('play').click(); }
    else if (e.key === 's') $('step').click();
    else if (e.key === 'f') $('fork').click();
  });
  await checkRole();
  connect();
}

init();
