// CredAlign dashboard: a thin view over the alignment API (same origin). Every figure shown comes from the API as
// is; the page only formats it, so what a state leader reads equals what an integrator downloads.
import { TILES, STATE_NAMES, PALETTES } from './tiles.js';

const API = '/api/v1';
const state = { schoolYear: null, mapMode: 'alignment', selected: null, states: new Map(), credential: null };
const $ = (id) => document.getElementById(id);

async function getJson(path) {
  const response = await fetch(API + path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`${path}: HTTP ${response.status}`);
  }
  return response.json();
}

// Downloads what the API gives for Accept: text/csv (the whole filtered result, not just the page on screen).
async function downloadCsv(path, filename) {
  const response = await fetch(API + path, { headers: { Accept: 'text/csv' } });
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  link.click();
  URL.revokeObjectURL(link.href);
}

const pct = (v) => (v === null || v === undefined ? '—' : `${(Number(v) * 100).toFixed(1)}%`);
const num = (v) => (v === null || v === undefined ? '—' : Number(v).toLocaleString('en-US'));
const score = (v) => (v === null || v === undefined ? '—' : Number(v).toFixed(2));
const words = (code) => (code ? code.toLowerCase().replaceAll('_', ' ') : '—');
const yearQuery = () => (state.schoolYear ? `schoolYear=${encodeURIComponent(state.schoolYear)}` : '');

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (value !== null && value !== undefined && value !== false) node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child ?? '')));
  }
  return node;
}

function chip(palette, code) {
  const entry = PALETTES[palette][code];
  if (!entry) return el('span', {}, words(code));
  return el('span', { class: 'chip', style: `background:${entry.colour};color:${entry.dark ? '#fff' : '#1b1b1b'}` },
    entry.label);
}

function table(id, headers, rows) {
  const head = el('thead', {}, el('tr', {}, headers.map(([label, numeric]) =>
    el('th', { scope: 'col', class: numeric ? 'num' : '' }, label))));
  const body = el('tbody', {}, rows.length ? rows.map((cells) => el('tr', {}, cells.map((cell, i) =>
    el('td', { class: headers[i][1] ? 'num' : '' }, cell)))) :
    el('tr', {}, el('td', { colspan: headers.length }, 'Nothing to show for this school year.')));
  $(id).replaceChildren(head, body);
}

// ---- map ------------------------------------------------------------------------------------------------
function drawMap() {
  const palette = PALETTES[state.mapMode];
  const tiles = TILES.map(([code, row, column]) => {
    const result = state.states.get(code);
    const category = result ? (state.mapMode === 'alignment' ? result.alignmentCategory : result.mapCategory)
      : 'NO_DATA';
    const entry = palette[category] ?? palette.NO_DATA;
    const scoreText = result && result.alignmentScore !== null ? `, score ${score(result.alignmentScore)}` : '';
    return el('button', {
      type: 'button', class: `tile${entry.dark ? ' dark' : ''}${category === 'NO_DATA' ? ' no-data' : ''}`,
      style: `grid-row:${row + 1};grid-column:${column + 1};background-color:${entry.colour}`,
      'data-state': code, 'aria-pressed': String(state.selected === code),
      'aria-label': `${STATE_NAMES[code]}: ${entry.label}${scoreText}`, title: `${STATE_NAMES[code]} — ${entry.label}${scoreText}`,
      onclick: () => selectState(code),
    }, code);
  });
  $('map').replaceChildren(...tiles);
  $('legend').replaceChildren(...Object.values(palette).map((entry) =>
    el('li', {}, el('span', { class: 'swatch', style: `background:${entry.colour}` }), entry.label)));
}

async function loadStates() {
  const page = await getJson(`/alignment/states?size=500&${yearQuery()}`);
  state.states = new Map(page.items.map((item) => [item.state, item]));
  if (!state.schoolYear && page.items.length) {
    state.schoolYear = page.items[0].schoolYear;
  }
  drawMap();
  const nation = await getJson(`/alignment/nation?${yearQuery()}`).catch(() => null);
  $('nation-line').textContent = nation ? `Nation ${nation.schoolYear}: ${pct(nation.pctEarnedInDemand)} of credentials `
    + `earned were in demand, over ${nation.statesScored} states with data (${num(nation.credentialsEarned)} earned).` : '';
}

// ---- one state --------------------------------------------------------------------------------------------
async function selectState(code) {
  state.selected = code;
  drawMap();
  const year = yearQuery();
  const [summary, credentials, clusters, deadEnds, revalidation, trend] = await Promise.all([
    getJson(`/alignment/states/${code}?${year}`),
    getJson(`/alignment/states/${code}/credentials?size=500&${year}${categoryQuery()}`),
    getJson(`/alignment/states/${code}/clusters?size=500&${year}`),
    getJson(`/alignment/states/${code}/dead-ends?size=500&${year}`),
    getJson(`/alignment/states/${code}/revalidation?size=500&${year}`),
    getJson(`/alignment/states/${code}/trend?size=500`),
  ]);
  $('credential-view').hidden = true;
  $('state-view').hidden = false;
  $('state-title').textContent = `${STATE_NAMES[code]}, ${summary.schoolYear ?? 'no data'}`;
  renderSummary(summary);
  renderBars(credentials.items);
  renderCredentials(credentials.items);
  table('cluster-table', [['Cluster'], ['Credentials', 1], ['Earned', 1], ['Earned in demand', 1], ['Postings', 1],
    ['Occupations (median wage)']], clusters.items.map((c) => [c.cluster, num(c.credentials), num(c.earned),
    num(c.earnedInDemand), num(c.postings), c.occupations.slice(0, 3).map((o) =>
      `${o.title} ($${num(o.medianAnnualWage)})`).join('; ')]));
  table('dead-end-table', [['Credential'], ['Earned', 1], ['Demanded', 1], ['Failed test'], ['Incentive $', 1]],
    deadEnds.items.map((c) => [c.credentialName ?? c.credentialId, num(c.earnedCounted), num(c.demanded),
      (c.deadEndTests ?? []).join(', ').toLowerCase(), num(c.incentiveDollars)]));
  table('revalidation-table', [['Credential'], ['Action'], ['Why'], ['Earned', 1], ['Demanded', 1], ['Review due']],
    revalidation.items.map((r) => [r.credentialName ?? r.credentialId, words(r.action),
      (r.reasons ?? []).map(words).join(', '), num(r.earnedCounted), num(r.demanded), r.reviewDue ?? '—']));
  table('trend-table', [['School year'], ['Score', 1], ['Category'], ['In demand', 1], ['Earned', 1], ['Rank', 1]],
    trend.items.map((t) => [t.schoolYear, score(t.alignmentScore), chip('alignment', t.alignmentCategory),
      pct(t.pctEarnedInDemand), num(t.credentialsEarned), t.rank ?? '—']));
}

function renderSummary(s) {
  const nation = s.nation ?? {};
  const card = (label, value, sub, testId) => el('div', { class: 'card' }, el('div', { class: 'sub' }, label),
    el('div', { class: 'value', 'data-testid': testId }, value), el('div', { class: 'sub' }, sub));
  $('state-cards').replaceChildren(
    card('Alignment score', score(s.alignmentScore), s.rank ? `rank ${s.rank} of ${s.statesRanked}` : words(s.noDataReason),
      'alignment-score'),
    card('Category', words(s.alignmentCategory), words(s.mapCategory), 'alignment-category'),
    card('Earned in demand', pct(s.pctEarnedInDemand), `nation ${pct(nation.pctEarnedInDemand)}`, 'pct-earned-in-demand'),
    card('In demand, not earned', pct(s.pctInDemandNotEarned), `nation ${pct(nation.pctInDemandNotEarned)}`,
      'pct-in-demand-not-earned'),
    card('Credentials earned', num(s.totals?.credentialsEarned), s.totals?.perHundredConcentrators !== null
      && s.totals?.perHundredConcentrators !== undefined ? `${s.totals.perHundredConcentrators} per 100 concentrators` : '',
      'credentials-earned'),
    card('Dead ends', num(s.deadEnds), `$${num(s.incentiveDollarsOnDeadEnds)} incentives on them`, 'dead-ends'));
  const dc = s.inputs?.dataCollection ?? {};
  const practice = (ok, text) => el('li', {}, `${ok ? '✔' : '✘'} ${text}`);
  $('state-practices').replaceChildren(
    practice(dc.collectsSecondary, 'collects secondary attainment data'),
    practice(dc.collectsPostsecondary, 'collects postsecondary attainment data'),
    practice((dc.vendorDataSharingAgreements ?? 0) >= 2, `${dc.vendorDataSharingAgreements ?? 0} vendor data-sharing agreements`),
    practice(dc.credentialsInEssaPlan, 'credentials in the ESSA plan'),
    practice(dc.incentivePolicy, 'incentive policy'),
    practice(dc.maintainsApprovedList, 'maintains an approved list'),
    el('li', {}, `data-collection score ${s.dataCollectionScore ?? 0} of 5${dc.profilePresent === false ? ' (no profile sent)' : ''}`));
}

function renderBars(items) {
  const top = [...items].sort((a, b) => Math.max(b.earnedCounted, b.demanded) - Math.max(a.earnedCounted, a.demanded))
    .slice(0, 12);
  const max = Math.max(1, ...top.map((c) => Math.max(c.earnedCounted, c.demanded)));
  const width = (v) => `${(100 * v) / max}%`;
  $('state-bars').setAttribute('aria-label', top.map((c) =>
    `${c.credentialName ?? c.credentialId}: ${c.earnedCounted} earned, ${c.demanded} demanded`).join('; '));
  $('state-bars').replaceChildren(...top.flatMap((c) => [
    el('span', {}, c.credentialName ?? c.credentialId),
    el('div', { class: 'bar-row' },
      el('div', { class: 'bar earned', style: `width:${width(c.earnedCounted)}`, title: `${num(c.earnedCounted)} earned` }),
      el('div', { class: 'bar demanded', style: `width:${width(c.demanded)}`, title: `${num(c.demanded)} demanded` })),
  ]), el('span', {}, ''), el('span', { class: 'sub' }, 'blue: earned · orange: job postings'));
}

function renderCredentials(items) {
  table('credential-table', [['Credential'], ['Type'], ['Earned', 1], ['Demanded', 1], ['Ratio', 1], ['Category'],
    ['Flags']], items.map((c) => [
    el('button', { type: 'button', class: 'link', onclick: () => selectCredential(c.credentialId) },
      c.credentialName ?? c.credentialId),
    words(c.type), num(c.earnedCounted), num(c.demanded), c.ratio ?? '—', chip('supply', c.category),
    (c.flags ?? []).join(', ')]));
}

function categoryQuery() {
  const value = $('category-filter').value;
  return value ? `&category=${value}` : '';
}

// ---- one credential across states ---------------------------------------------------------------------------
async function selectCredential(id) {
  state.credential = id;
  const page = await getJson(`/alignment/credentials/${encodeURIComponent(id)}/states?size=500&${yearQuery()}`);
  const first = page.items[0];
  $('state-view').hidden = true;
  $('credential-view').hidden = false;
  $('credential-title').textContent = `${first?.credentialName ?? id} across states, ${state.schoolYear ?? ''}`;
  const over = page.items.filter((c) => (c.category ?? '').endsWith('OVERSUPPLIED')).length;
  const under = page.items.filter((c) => (c.category ?? '').endsWith('UNDERSUPPLIED')).length;
  $('credential-summary').textContent = `${page.items.length} states list it: ${over} oversupply it, ${under} undersupply it.`;
  table('credential-states-table', [['State'], ['Earned', 1], ['Demanded', 1], ['Ratio', 1], ['Category'],
    ['Basis']], page.items.map((c) => [STATE_NAMES[c.state] ?? c.state, num(c.earnedCounted), num(c.demanded),
    c.ratio ?? '—', chip('supply', c.category), words(c.demandBasis)]));
}

async function loadCredentialOptions() {
  const page = await getJson(`/alignment/nation/credentials?size=500&${yearQuery()}`).catch(() => ({ items: [] }));
  $('credential-options').replaceChildren(...page.items.map((c) =>
    el('option', { value: c.credentialName ?? c.credentialId, 'data-id': c.credentialId })));
  state.credentialIds = new Map(page.items.map((c) => [(c.credentialName ?? c.credentialId).toLowerCase(),
    c.credentialId]));
}

// ---- wiring -------------------------------------------------------------------------------------------------
function csvTargets() {
  const code = state.selected;
  const year = yearQuery();
  return {
    states: [`/alignment/states?${year}`, `states-${state.schoolYear}.csv`],
    credentials: [`/alignment/states/${code}/credentials?${year}${categoryQuery()}`, `${code}-credentials.csv`],
    clusters: [`/alignment/states/${code}/clusters?${year}`, `${code}-clusters.csv`],
    'dead-ends': [`/alignment/states/${code}/dead-ends?${year}`, `${code}-dead-ends.csv`],
    revalidation: [`/alignment/states/${code}/revalidation?${year}`, `${code}-revalidation.csv`],
    trend: [`/alignment/states/${code}/trend`, `${code}-trend.csv`],
    'credential-states': [`/alignment/credentials/${state.credential}/states?${year}`, `${state.credential}-states.csv`],
  };
}

async function start() {
  for (const [code, entry] of Object.entries(PALETTES.supply)) {
    $('category-filter').append(el('option', { value: code }, entry.label));
  }
  await loadStates();
  const latest = Number((state.schoolYear ?? '2023-24').slice(0, 4));
  $('school-year').replaceChildren(...Array.from({ length: 6 }, (_, i) => {
    const start = latest - i;
    const label = `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
    return el('option', { value: label, selected: label === state.schoolYear }, label);
  }));
  $('school-year').addEventListener('change', async (event) => {
    state.schoolYear = event.target.value;
    await loadStates();
    await loadCredentialOptions();
    if (state.selected) await selectState(state.selected);
  });
  document.querySelectorAll('input[name=mapMode]').forEach((radio) => radio.addEventListener('change', (event) => {
    state.mapMode = event.target.value;
    drawMap();
  }));
  $('category-filter').addEventListener('change', () => state.selected && selectState(state.selected));
  $('credential-search').addEventListener('change', (event) => {
    const id = state.credentialIds?.get(event.target.value.toLowerCase());
    if (id) selectCredential(id);
  });
  document.querySelectorAll('[data-csv]').forEach((button) => button.addEventListener('click', () => {
    const [path, name] = csvTargets()[button.dataset.csv];
    downloadCsv(path, name);
  }));
  await loadCredentialOptions();
  const methodology = await getJson('/methodology').catch(() => null);
  $('methodology-version').textContent = methodology ? `${methodology.version ?? methodology.methodologyVersion}` : '';
  document.body.dataset.ready = 'true';
}

start().catch((error) => {
  document.body.dataset.ready = 'error';
  $('nation-line').textContent = `The alignment API could not be read: ${error.message}`;
});
