// Formatting of amounts and citations. Amounts are shown exactly as the API returns them (216.19, 195.6): the JSON
// number's shortest form is the decimal the API printed, so only digit grouping is added, never rounding.

/** 1234.5 → "1,234.5"; null → the "not present" label. */
export function formatAmount(value, t) {
  if (value === null || value === undefined) return t.notPresent;
  const [whole, fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (value < 0 ? '−' : '') + grouped + (fraction ? '.' + fraction : '');
}

/** A signed change: "+12.5", "−128.02". */
export function formatChange(value, t) {
  if (value === null || value === undefined) return t.notPresent;
  return (value > 0 ? '+' : '') + formatAmount(value, t);
}

export function formatPercent(value) {
  if (value === null || value === undefined) return '';
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value)}%`;
}

export function formatShare(share) {
  return `${(share * 100).toFixed(1)}%`;
}

/** Fiscal years as a span: [2019, 2020, 2026] → "2019–2026", [2026] → "2026" (the count says whether years are missing). */
export function formatYearSpan(years) {
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.length > 1 ? `${sorted[0]}–${sorted.at(-1)}` : String(sorted[0] ?? '');
}

/** A narrative sentence cites its line; a table cell "表03 部门支出总体情况表, 第3行, 工资福利支出列" from a SourceRef: the table as published, its row and column. */
export function citeSource(source, t) {
  if (!source.table) return [t.narrative, source.line ? t.line(source.line) : null].filter(Boolean).join(', ');
  const parts = [`${t.table}${source.table}`, t.row(source.row)];
  if (source.column) parts.push(t.column(source.column));
  if (source.page) parts.push(t.page(source.page));
  return parts.join(', ');
}

/** The citation with its document's title first, for tooltips. */
export function citeWithDocument(source, t) {
  return `${source.document.title}, ${citeSource(source, t)}`;
}

/** The key that matches a finding's location with a figure's source: same document, table and row. */
export function sourceKey(source) {
  return `${source.document.id}|${source.table}|${source.row}`;
}
