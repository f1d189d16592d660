import { el } from './dom.js';

/**
 * "Download CSV / NDJSON" under a chart: the export route runs the chart's own GraphQL query and variables (as GET
 * /graphql would) and returns the root field's rows, so the file holds exactly what the chart shows.
 */
export function downloadLinks(name, query, variables, t) {
  const parameters = new URLSearchParams({ query, variables: JSON.stringify(variables) }).toString();
  const link = (format, label) => el('a', {
    href: `/export/${name}.${format}?${parameters}`,
    download: `${name}.${format}`,
    'data-testid': `download-${format}`,
  }, label);
  return el('p', { class: 'downloads', role: 'group', 'aria-label': t.downloadLabel },
    link('csv', t.downloadCsv), link('ndjson', t.downloadNdjson));
}
