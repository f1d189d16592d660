import { el } from './dom.js';
import { figure } from './figure.js';
import { citeSource, sourceKey } from './format.js';

/** The findings of the selected documents, indexed by the cells they involve, so charts can mark the rows they touch. */
export function indexFindings(documents) {
  const findings = documents.flatMap((document) => document.findings.map((finding, index) => ({
    ...finding, id: `finding-${document.id.replaceAll(/[^A-Za-z0-9]/g, '-')}-${index}`, document,
  })));
  const byCell = new Map();
  for (const finding of findings) {
    for (const location of finding.locations) {
      const key = sourceKey(location);
      byCell.set(key, [...(byCell.get(key) ?? []), finding]);
    }
  }
  const marksOf = (sources) => [...new Set((sources ?? []).flatMap((source) => byCell.get(sourceKey(source)) ?? []))];
  return { findings, marksOf };
}

const severityOrder = { ERROR: 0, WARNING: 1, INFO: 2 };

/**
 * The panel: real disagreements first, each with its difference in 万元 and every table row it involves; differences
 * within rounding (INFO) are folded away below them, still one click from view. Titles come from the registry of
 * checks (titleOf: code → its description in the page's language).
 */
export function findingsPanel(findings, t, titleOf) {
  if (!findings.length) return el('p', { class: 'muted' }, t.noFindings);
  const sorted = [...findings].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  const real = sorted.filter((finding) => finding.severity !== 'INFO');
  const rounding = sorted.filter((finding) => finding.severity === 'INFO');
  const list = (items) => el('ol', { class: 'findings' }, items.map((finding) => findingItem(finding, t, titleOf)));
  return [
    real.length ? list(real) : el('p', { class: 'muted' }, t.noRealFindings),
    rounding.length
      ? el('details', { class: 'rounding', 'data-testid': 'rounding-findings' },
        el('summary', {}, t.roundingFindings(rounding.length)), list(rounding))
      : null,
  ];
}

function findingItem(finding, t, titleOf) {
  const { element: difference, list } = figure(finding.difference, finding.locations, t, { testid: 'finding-difference' });
  return el('li', {
    id: finding.id,
    tabindex: '-1',
    class: `finding severity-${finding.severity}`,
    'data-testid': 'finding',
    'data-code': finding.code,
  },
  el('p', { class: 'finding-head' },
    el('span', { class: 'badge' }, t[finding.severity]), ' ',
    el('strong', {}, titleOf(finding.code)), ' ',
    el('span', { class: 'finding-difference' }, `${t.difference} `, difference, ` ${t.unit}`)),
  el('p', { class: 'finding-message', lang: 'en' }, finding.message),
  el('p', { class: 'finding-locations' }, `${t.involves}: `,
    finding.locations.map((location) => citeSource(location, t)).join('; ')),
  list);
}

/** Brings a finding into view from a mark on a chart row. */
export function showFinding(finding) {
  const item = document.getElementById(finding.id);
  if (!item) return;
  const folded = item.closest('details');
  if (folded) folded.open = true;
  item.scrollIntoView({ behavior: 'smooth', block: 'center' });
  item.focus({ preventScroll: true });
  item.classList.add('highlight');
  setTimeout(() => item.classList.remove('highlight'), 2000);
}
