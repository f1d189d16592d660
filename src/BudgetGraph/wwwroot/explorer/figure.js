import { el } from './dom.js';
import { citeSource, citeWithDocument, formatAmount } from './format.js';

let nextId = 0;

/**
 * An amount linked to its sources: the number is a button whose tooltip cites the published cells (document, table,
 * row, column) and which opens the list of them below, so a reader can check every figure against the document.
 * Returns the number's element and the list (null without sources) for the caller to place.
 */
export function figure(value, sources, t, { testid = 'amount', format = formatAmount } = {}) {
  const text = format(value, t);
  if (!sources?.length) return { element: el('span', { class: 'figure', 'data-testid': testid }, text), list: null };

  const listId = `sources-${++nextId}`;
  const list = el('ul', { class: 'sources', id: listId, hidden: true, 'data-testid': 'source-list' },
    sources.map((source) => el('li', {}, el('cite', {}, source.document.title), ' · ', citeSource(source, t))));
  const button = el('button', {
    type: 'button',
    class: 'figure',
    'data-testid': testid,
    'aria-expanded': 'false',
    'aria-controls': listId,
    title: sources.map((source) => citeWithDocument(source, t)).join('\n'),
    'aria-label': `${text} ${t.unit}; ${t.showSources}: ${sources.map((source) => citeSource(source, t)).join('; ')}`,
    onclick: () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      list.hidden = !open;
    },
  }, text);
  return { element: button, list };
}
