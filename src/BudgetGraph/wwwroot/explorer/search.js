import { departmentSearchQuery, graphql } from './api.js';
import { el, fill } from './dom.js';

// Typing pauses this long before the API is asked, so a name typed (or composed in an input method) is one request,
// not one per key.
const debounceMs = 250;
// Matches shown at once; the status line says when more match, so that the reader types more to narrow them down.
const pageSize = 20;

/**
 * The search by department name (a part of the Chinese name as published): a labelled search field, a status line
 * that screen readers announce, and the matches as buttons with their region and years. The arrow keys move between
 * the field and the matches, Enter (or a click) opens one through choose(department), Escape clears the search.
 */
export function createDepartmentSearch({ form, input, status, results }, { labels, choose }) {
  let timer = null;
  // Every search gets a number; an answer that arrives after a newer search (or a clear) is dropped.
  let generation = 0;
  let answer = null;
  let failure = null;

  async function search() {
    clearTimeout(timer);
    const current = ++generation;
    const text = input.value.trim();
    if (!text) {
      answer = null;
      failure = null;
      render();
      return;
    }
    form.setAttribute('aria-busy', 'true');
    try {
      const data = await graphql(departmentSearchQuery, { name: text, first: pageSize });
      if (current !== generation) return;
      answer = { text, ...data.departments };
      failure = null;
    } catch (error) {
      if (current !== generation) return;
      answer = null;
      failure = error;
    }
    form.removeAttribute('aria-busy');
    render();
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(search, debounceMs);
  }

  function match(department, t) {
    const years = [...department.years].sort((a, b) => a - b);
    return el('li', {},
      el('button', {
        type: 'button', class: 'result', 'data-testid': 'search-result', 'data-id': department.id,
        disabled: years.length === 0, onclick: () => open(department),
      },
      el('span', { class: 'result-name', 'data-testid': 'result-name' }, department.name),
      el('span', { class: 'muted', 'data-testid': 'result-region' }, `${department.region.name} (${department.region.code})`),
      el('span', { class: 'muted', 'data-testid': 'result-years' }, t.searchYears(years))));
  }

  function render() {
    const t = labels();
    status.classList.toggle('error', failure !== null);
    if (failure) status.textContent = t.loadFailed + failure.message;
    else if (!answer) status.textContent = '';
    else status.textContent = answer.totalCount ? t.searchFound(answer.totalCount, answer.nodes.length) : t.searchNone(answer.text);
    fill(results, (answer?.nodes ?? []).map((department) => match(department, t)));
    results.hidden = !answer?.nodes.length;
  }

  function clear() {
    clearTimeout(timer);
    generation++;
    input.value = '';
    answer = null;
    failure = null;
    form.removeAttribute('aria-busy');
    render();
  }

  function open(department) {
    // The match's button goes away with the list: the focus returns to the field, not to the page's start.
    clear();
    input.focus();
    choose(department);
  }

  /** One step down or up from the field or a match; above the first match is the field. */
  function move(from, step) {
    const buttons = [...results.querySelectorAll('button:not([disabled])')];
    const index = buttons.indexOf(from) + step;
    if (index < 0) input.focus();
    else buttons[Math.min(index, buttons.length - 1)]?.focus();
  }

  // While an input method composes (行政 typed as xingzheng), its keystrokes are not yet the text to search for.
  input.addEventListener('input', (event) => { if (!event.isComposing) later(); });
  input.addEventListener('compositionend', later);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
  form.addEventListener('keydown', (event) => {
    const inList = results.contains(event.target);
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && (inList || event.target === input)) {
      event.preventDefault();
      move(event.target, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape' && (input.value || answer || failure)) {
      event.preventDefault();
      clear();
      input.focus();
    }
  });

  return { render };
}
