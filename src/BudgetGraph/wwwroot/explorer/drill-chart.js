import { breakdownQuery, breakdownSourcesQuery, graphql } from './api.js';
import { barList } from './bar-chart.js';
import { el, fill } from './dom.js';
import { downloadLinks } from './downloads.js';
import { showFinding } from './findings.js';

/** The two drillable breakdowns: which dimension, which filter selects a subtree, how long each level's codes are. */
export const functionalChart = { codeKey: 'fn', levelKey: 'fnl', by: 'FUNCTIONAL', filter: 'functional', codeLengths: [3, 5, 7] };
export const economicChart = { codeKey: 'eco', levelKey: 'ecol', by: 'ECONOMIC_DEPARTMENT', filter: 'economicDepartment', codeLengths: [3, 5] };

/**
 * A breakdown chart that drills down its classification (类 → 款 → 项) when a name is clicked, with a breadcrumb back
 * up and buttons for a whole level. context: { state, t, names (code → node), nameOf, marksOf, isCurrent, saveState,
 * fail }; the code and level shown are kept in state (the URL) under chart.codeKey and chart.levelKey.
 */
export async function renderDrillChart(section, chart, context, { focus = false } = {}) {
  const { state, t, names } = context;
  const body = section.querySelector('.panel-body');
  const code = state[chart.codeKey];
  const level = code
    ? chart.codeLengths.indexOf(code.length) + 2
    : Math.min(Math.max(Number(state[chart.levelKey]) || 1, 1), chart.codeLengths.length);
  const where = { department: { eq: state.dept }, ...(code ? { [chart.filter]: { startsWith: code } } : {}) };
  const variables = { year: state.year, by: chart.by, level, stage: state.stage, where };
  section.setAttribute('aria-busy', 'true');
  try {
    const [data, sourced] = await Promise.all([graphql(breakdownQuery, variables), graphql(breakdownSourcesQuery, variables)]);
    if (!context.isCurrent()) return;
    const sources = new Map(sourced.breakdown.map((row) => [row.key, row.sources]));
    const show = (nextCode, nextLevel) => {
      state[chart.codeKey] = nextCode;
      state[chart.levelKey] = nextLevel > 1 ? nextLevel : null;
      context.saveState();
      renderDrillChart(section, chart, context, { focus: true });
    };
    fill(body,
      levelButtons(chart, t, code ? null : level, show),
      breadcrumb(chart, code, context, (prefix) => show(prefix, null)),
      el('p', { class: 'level', 'data-testid': 'level' }, t[`level${level}`]),
      data.breakdown.length
        ? barList(data.breakdown, {
          t,
          nameOf: (row) => context.nameOf(row, names),
          isDrillable: (row) => /^\d+$/.test(row.key) && level < chart.codeLengths.length,
          onDrill: (row) => show(row.key, null),
          sourcesOf: (row) => sources.get(row.key),
          marksOf: (row) => context.marksOf(sources.get(row.key)),
          onMark: showFinding,
          testid: `${chart.by.toLowerCase().replaceAll('_', '-')}-bars`,
        })
        : el('p', { class: 'muted' }, t.noData),
      downloadLinks('breakdown', breakdownQuery, variables, t));
    // The clicked button was replaced: keep keyboard users in the chart, on the level they moved to.
    if (focus) {
      const here = section.querySelector('.breadcrumb [aria-current]');
      here?.setAttribute('tabindex', '-1');
      here?.focus();
    }
  } catch (error) {
    context.fail(body, error);
  } finally {
    section.removeAttribute('aria-busy');
  }
}

/** 按类 / 按款 / 按项: a whole level of the tree at once (pressed when no code is drilled into). */
function levelButtons(chart, t, pressedLevel, show) {
  return el('div', { class: 'levels', role: 'group', 'aria-label': t.levelPicker, 'data-testid': 'levels' },
    chart.codeLengths.map((_, index) => el('button', {
      type: 'button',
      'aria-pressed': String(pressedLevel === index + 1),
      'data-level': index + 1,
      onclick: () => show(null, index + 1),
    }, t[`byLevel${index + 1}`])));
}

/** 全部 › 201 一般公共服务支出 › 20103 …: every step above the current one is a button back to it. */
function breadcrumb(chart, code, { t, state, names }, goTo) {
  const path = code ? chart.codeLengths.filter((length) => length <= code.length).map((length) => code.slice(0, length)) : [];
  const nameOf = (prefix) => (state.lang === 'en' ? names.get(prefix)?.nameEn : null) ?? names.get(prefix)?.name ?? '';
  const step = (target, label) => (target === code
    ? el('span', { 'aria-current': 'location' }, label)
    : el('button', { type: 'button', 'data-testid': 'crumb', onclick: () => goTo(target) }, label));
  return el('nav', { class: 'breadcrumb', 'aria-label': t.breadcrumb, 'data-testid': 'breadcrumb' }, el('ol', {},
    el('li', {}, step(null, t.allLevels)),
    path.map((prefix) => el('li', {}, step(prefix, `${prefix} ${nameOf(prefix)}`)))));
}
