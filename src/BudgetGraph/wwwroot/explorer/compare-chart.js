import { el } from './dom.js';
import { figure } from './figure.js';
import { formatChange, formatPercent } from './format.js';

// Narratives state changes in 万元 with two decimals, computed from totals rounded the same way: within 0.01 万元
// they agree (DOMAIN.md, "compare at the narrative's precision").
const statedTolerance = 0.01 + 1e-9;

/** What the documents' own figures give as the change; a STATED base is derived from the statement, so none. */
function computedChange(row) {
  return row.basis === 'DOCUMENTS' ? row.change : null;
}

function basisNote(row, t) {
  if (row.basis === 'STATED') return t.basisSTATED;
  return row.base === null ? t.noBase : t.basisDOCUMENTS;
}

function disagreement(row) {
  const computed = computedChange(row);
  if (computed === null || computed === undefined || row.statedChange === null || row.statedChange === undefined) return null;
  return Math.abs(computed - row.statedChange) > statedTolerance;
}

/**
 * Year over year as paired bars (previous year, this year) per row, with the change the narrative states beside the
 * change computed from both years' documents, flagged where they disagree.
 */
export function compareList(rows, { t, nameOf, sourcesOf, baseYear, year, testid }) {
  const max = Math.max(0, ...rows.flatMap((row) => [row.base ?? 0, row.current ?? 0]));
  const bar = (value, kind, label, sources) => {
    const { element, list } = figure(value, sources, t, { testid: `${kind}-amount` });
    return [el('div', { class: `pair-line ${kind}` },
      el('span', { class: 'pair-label' }, label),
      el('span', { class: 'bar-track', 'aria-hidden': 'true' },
        el('span', { class: `bar ${kind}`, style: `width: ${max > 0 && value ? (value / max) * 100 : 0}%` })),
      element), list];
  };
  return el('ol', { class: 'bars compare', 'data-testid': testid }, rows.map((row) => {
    const sources = sourcesOf(row);
    const disagrees = disagreement(row);
    const stated = figure(row.statedChange, sources.statedSources, t, { testid: 'stated-change', format: formatChange });
    return el('li', { class: disagrees ? 'bar-row flagged' : 'bar-row', 'data-testid': 'compare-row', 'data-key': row.key },
      el('div', { class: 'bar-head' }, el('span', { class: 'name' }, nameOf(row))),
      bar(row.base, 'base', t.yearLabel(baseYear), sources.baseSources),
      bar(row.current, 'current', t.yearLabel(year), sources.sources),
      el('dl', { class: 'changes' },
        el('div', {}, el('dt', {}, t.change), el('dd', { 'data-testid': 'change' },
          `${formatChange(row.change, t)} ${row.changePercent === null ? '' : `(${formatPercent(row.changePercent)})`}`)),
        el('div', {}, el('dt', {}, t.statedChange), el('dd', {}, stated.element)),
        el('div', {}, el('dt', {}, t.computedChange), el('dd', { 'data-testid': 'computed-change' },
          formatChange(computedChange(row), t)))),
      el('p', { class: 'basis', 'data-testid': 'basis' }, basisNote(row, t),
        disagrees === null ? null : el('strong', { class: disagrees ? 'disagree' : 'agree', 'data-testid': 'stated-check' },
          ` · ${disagrees ? `⚠ ${t.disagree}` : `✓ ${t.agree}`}`)),
      row.statedReason ? el('p', { class: 'reason' }, `${t.reason}: `, el('q', { lang: 'zh' }, row.statedReason)) : null,
      sources.statedText
        ? el('p', { class: 'muted stated-text', lang: 'zh' }, sources.statedText) : null,
      stated.list);
  }));
}
