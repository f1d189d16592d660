// The selection lives in the URL's fragment (#dept=410702/DEPARTMENT/028&year=2026&lang=en&fn=201), so a view can be
// shared as a link and survives a reload; the fragment never reaches the server.
const keys = ['dept', 'year', 'stage', 'lang', 'fn', 'fnl', 'eco', 'ecol'];
// Values a link need not carry: Chinese is the page's language.
const defaults = { lang: 'zh' };

export function readState() {
  const parameters = new URLSearchParams(location.hash.slice(1));
  const state = Object.fromEntries(keys.map((key) => [key, parameters.get(key) || null]));
  state.year = state.year && /^\d{4}$/.test(state.year) ? Number(state.year) : null;
  return state;
}

/**
 * Puts the selection in the URL. A choice the reader made is a new history entry (push), so the browser's back
 * button returns to the previous view; the state the page derived while opening a URL replaces the entry instead.
 */
export function writeState(state, { push = false } = {}) {
  const parameters = new URLSearchParams();
  for (const key of keys) {
    const value = state[key];
    if (value !== null && value !== undefined && value !== '' && value !== defaults[key]) parameters.set(key, String(value));
  }
  const fragment = `#${parameters.toString().replaceAll('%2F', '/')}`;
  if (fragment === location.hash) return;
  if (push) history.pushState(null, '', fragment);
  else history.replaceState(null, '', fragment);
}
