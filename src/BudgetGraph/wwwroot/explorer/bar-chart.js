import { el } from './dom.js';
import { figure } from './figure.js';
import { formatAmount, formatShare } from './format.js';

/**
 * Horizontal bars as plain HTML (they reflow on a phone and are read by screen readers as a list): one row per
 * breakdown row with its name, its amount linked to its sources, its share and, where the document's findings touch
 * the row's cells, a mark that leads to the finding.
 */
export function barList(rows, { t, nameOf, isDrillable, onDrill, sourcesOf, marksOf, onMark, testid }) {
  const max = Math.max(0, ...rows.map((row) => row.amount));
  return el('ol', { class: 'bars', 'data-testid': testid }, rows.map((row) => {
    const name = nameOf(row);
    const code = /^\d+$/.test(row.key) ? row.key : null;
    const label = code ? [el('span', { class: 'code' }, code), ' ', name] : [name];
    const title = isDrillable(row)
      ? el('button', { type: 'button', class: 'drill', 'data-testid': 'drill', 'data-key': row.key, onclick: () => onDrill(row) }, label)
      : el('span', { class: 'name' }, label);
    const { element: amount, list } = figure(row.amount, sourcesOf(row), t, { testid: 'amount' });
    const marks = marksOf(row);
    const width = max > 0 ? (row.amount / max) * 100 : 0;
    // A real disagreement (WARNING, ERROR) flags the row; a rounding difference (INFO) only notes it.
    const flag = marks.some((finding) => finding.severity !== 'INFO') ? 'flagged' : marks.length ? 'noted' : '';
    return el('li', { class: `bar-row ${flag}`.trim(), 'data-testid': 'bar-row', 'data-key': row.key },
      el('div', { class: 'bar-head' },
        title,
        el('span', { class: 'bar-figures' }, amount, el('span', { class: 'share', title: t.share }, formatShare(row.share)))),
      el('div', { class: 'bar-track', 'aria-hidden': 'true' }, el('div', { class: 'bar', style: `width: ${width}%` })),
      marks.map((finding) => el('button', {
        type: 'button',
        class: `mark severity-${finding.severity}`,
        'data-testid': 'finding-mark',
        onclick: () => onMark(finding),
      }, `⚠ ${t.findingMark}: ${t[finding.severity]} ${formatAmount(finding.difference, t)} ${t.unit}`)),
      list);
  }));
}
