import { compareQuery, compareSourcesQuery, findingsQuery, graphql, namesQuery, totalQuery } from './api.js';
import { compareList } from './compare-chart.js';
import { createCounts } from './counts.js';
import { el, fill } from './dom.js';
import { downloadLinks } from './downloads.js';
import { economicChart, functionalChart, renderDrillChart } from './drill-chart.js';
import { figure } from './figure.js';
import { findingsPanel, indexFindings } from './findings.js';
import { labels } from './i18n.js';
import { createDepartmentSearch } from './search.js';
import { createSelection } from './selection.js';
import { readState, writeState } from './url-state.js';

const state = readState();
let t;
const selection = createSelection(state);
const namesByYear = new Map();
// Every load gets a number; answers that arrive after a newer selection was made are dropped.
let generation = 0;

const view = {
  main: document.querySelector('main'),
  region: document.getElementById('region'),
  department: document.getElementById('department'),
  year: document.getElementById('year'),
  stage: document.getElementById('stage'),
  stageField: document.getElementById('stage-field'),
  summary: document.querySelector('[data-testid="summary"]'),
  findings: document.querySelector('[data-testid="findings"] .panel-body'),
  functional: document.querySelector('[data-testid="functional-chart"]'),
  economic: document.querySelector('[data-testid="economic-chart"]'),
  yoy: document.querySelector('[data-testid="yoy-chart"] .panel-body'),
  lang: document.querySelector('[data-testid="lang-toggle"]'),
  counts: document.querySelector('[data-testid="counts"]'),
  search: {
    form: document.querySelector('[data-testid="search"]'),
    input: document.getElementById('search-input'),
    status: document.querySelector('[data-testid="search-status"]'),
    results: document.getElementById('search-results'),
  },
};

const counts = createCounts(view.counts, () => t);
const search = createDepartmentSearch(view.search, { labels: () => t, choose: openDepartment });

function setLanguage(lang) {
  state.lang = lang === 'en' ? 'en' : 'zh';
  t = labels(state.lang);
  document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
  document.title = t.title;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t[node.dataset.i18n];
  view.lang.textContent = t.switchLanguage;
  view.lang.lang = state.lang === 'en' ? 'zh-CN' : 'en';
  view.lang.setAttribute('aria-label', t.switchLanguageLabel);
  view.search.input.placeholder = t.searchPlaceholder;
  counts.render();
  search.render();
}

function options(select, items, selected) {
  fill(select, items.map(({ value, label }) => el('option', { value, selected: String(value) === String(selected) }, label)));
}

function renderPicker() {
  options(view.region, selection.regions().map((region) => ({ value: region.code, label: `${region.name} (${region.code})` })), state.region);
  options(view.department, selection.departments().map((department) => ({ value: department.id, label: department.name })), state.dept);
  const department = selection.selected();
  const years = department ? [...department.years].sort((a, b) => b - a) : [];
  options(view.year, years.map((year) => ({ value: year, label: t.yearLabel(year) })), state.year);
  const stages = department ? selection.stagesOf(department, state.year) : [];
  options(view.stage, stages.map((stage) => ({ value: stage, label: t[stage] })), state.stage);
  view.stageField.hidden = stages.length < 2;
}

/** Names and English labels of the codes of a year, by scheme: code → {code, name, nameEn}. */
async function namesFor(year) {
  if (!namesByYear.has(year)) {
    const data = await graphql(namesQuery, { year });
    const index = (roots) => {
      const map = new Map();
      const visit = (node) => { map.set(node.code, node); (node.children ?? []).forEach(visit); };
      roots.forEach(visit);
      return map;
    };
    namesByYear.set(year, { functional: index(data.functional), economic: index(data.economic) });
  }
  return namesByYear.get(year);
}

/** Chinese: the name as published; English: the code's English label where known, else our dictionary, else Chinese. */
function nameOf(row, names) {
  if (state.lang !== 'en') return row.label;
  return names?.get(row.key)?.nameEn ?? t.keys[row.key] ?? row.label;
}

function fail(container, error) {
  fill(container, el('p', { class: 'error', role: 'alert' }, t.loadFailed, error.message));
}

function renderSummary(department, totals, documents) {
  const { element: total, list } = figure(totals.total, totals.totalSources, t, { testid: 'total' });
  fill(view.summary,
    el('h2', { 'data-testid': 'department-name' }, department.name),
    el('p', { class: 'total' }, `${t.yearLabel(state.year)} ${t[state.stage]} · ${t.total}: `, total, ` ${t.unit}`),
    list,
    el('p', { class: 'muted' }, `${t.document}: `, documents.map((document) => document.title).join('; ')),
    el('p', { class: 'muted' }, t.unitNote));
}

/** One comparison with the previous year (by department total, or by 类) with its download links. */
async function compareSection(heading, by, level, names, isCurrent) {
  const baseYear = state.year - 1;
  const variables = { baseYear, year: state.year, by, level, stage: state.stage, where: { department: { eq: state.dept } } };
  const [data, sourced] = await Promise.all([graphql(compareQuery, variables), graphql(compareSourcesQuery, variables)]);
  if (!isCurrent()) return null;
  const sources = new Map(sourced.compare.map((row) => [row.key, row]));
  return el('section', { class: 'subpanel', 'data-testid': `yoy-${by.toLowerCase()}` },
    el('h3', {}, heading),
    compareList(data.compare, {
      t, baseYear, year: state.year, testid: 'compare-bars',
      nameOf: (row) => nameOf(row, names),
      sourcesOf: (row) => sources.get(row.key) ?? { baseSources: [], sources: [], statedSources: [] },
    }),
    downloadLinks('compare', compareQuery, variables, t));
}

async function renderCharts(isCurrent) {
  const [totals, findingsData, names] = await Promise.all([
    graphql(totalQuery, { id: state.dept, year: state.year, stage: state.stage }),
    graphql(findingsQuery, { id: state.dept, year: state.year, stage: state.stage }),
    namesFor(state.year),
  ]);
  if (!isCurrent()) return;
  const documents = findingsData.documents.nodes;
  const { findings, marksOf } = indexFindings(documents);
  renderSummary(selection.selected(), totals.department, documents);
  // Finding titles come from the API's registry of checks (Query.checks), in the page's language.
  const checks = new Map(findingsData.checks.map((check) => [check.code, check]));
  const titleOf = (code) => {
    const check = checks.get(code);
    return check ? (state.lang === 'en' ? check.descriptionEn ?? check.description : check.description) : code;
  };
  fill(view.findings, el('p', { class: 'muted' }, t.findingsIntro), findingsPanel(findings, t, titleOf));
  const context = { state, t, nameOf, marksOf, isCurrent, fail, saveState: () => showState({ push: true }) };
  const compares = Promise.all([
    compareSection(t.yoyTotal, 'DEPARTMENT', null, null, isCurrent),
    compareSection(t.yoyFunctional, 'FUNCTIONAL', 1, names.functional, isCurrent),
  ]).then((sections) => { if (isCurrent()) fill(view.yoy, el('p', { class: 'muted' }, t.yoyIntro), sections); })
    .catch((error) => fail(view.yoy, error));
  await Promise.all([
    renderDrillChart(view.functional, functionalChart, { ...context, names: names.functional }),
    renderDrillChart(view.economic, economicChart, { ...context, names: names.economic }),
    compares,
  ]);
}

/** The fragment the page shows, so the popstate and hashchange that one navigation may both fire open it once. */
let shownHash = null;

function showState(options) {
  writeState(state, options);
  shownHash = location.hash;
}

/**
 * Loads everything for the selection; main[data-state] says when it is done (the browser tests wait for it).
 * A reader's choice is a new history entry (push); opening a URL keeps the entry it came with.
 */
async function loadView({ push = true } = {}) {
  const current = ++generation;
  const isCurrent = () => current === generation;
  showState({ push });
  renderPicker();
  view.main.dataset.state = 'loading';
  try {
    if (selection.selected()) await renderCharts(isCurrent);
    else fill(view.summary, el('p', { class: 'muted' }, t.noData));
  } catch (error) {
    fail(view.summary, error);
  }
  if (isCurrent()) view.main.dataset.state = 'ready';
}

function resetDrill() {
  Object.assign(state, { fn: null, fnl: null, eco: null, ecol: null });
}

/** A department the search found: the same kind of step as picking it in the lists (a new history entry). */
async function openDepartment(department) {
  resetDrill();
  try {
    await selection.chooseDepartment(department.id, department.region.code);
  } catch (error) {
    fail(view.summary, error);
    return;
  }
  await loadView();
}

view.region.addEventListener('change', async () => {
  resetDrill();
  await selection.changeRegion(view.region.value);
  await loadView();
});
view.department.addEventListener('change', () => {
  Object.assign(state, { dept: view.department.value, year: null });
  resetDrill();
  selection.settle();
  loadView();
});
view.year.addEventListener('change', () => {
  state.year = Number(view.year.value);
  selection.settle();
  loadView();
});
view.stage.addEventListener('change', () => {
  state.stage = view.stage.value;
  loadView();
});
view.lang.addEventListener('click', () => {
  setLanguage(state.lang === 'en' ? 'zh' : 'en');
  loadView();
});

/** From the URL: on opening, on back/forward, and when a link pasted into the address bar changes only the fragment. */
async function openFromUrl() {
  shownHash = location.hash;
  Object.assign(state, readState());
  setLanguage(state.lang);
  try {
    await selection.chooseInitial();
    await loadView({ push: false });
  } catch (error) {
    fail(view.summary, error);
    view.main.dataset.state = 'ready';
  }
}

function onUrlChanged() {
  if (location.hash !== shownHash) openFromUrl();
}

window.addEventListener('popstate', onUrlChanged);
window.addEventListener('hashchange', onUrlChanged);
openFromUrl();
counts.load();
