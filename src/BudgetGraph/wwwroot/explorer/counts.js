import { graphql, overviewQuery } from './api.js';
import { formatYearSpan } from './format.js';

/**
 * The first view's line on what the database holds, "12 个地区 · 45 个部门 · 2019–2026 年（共 4 个年度）", from one
 * request. The answer is kept so that the line can be shown again in the other language without asking again.
 */
export function createCounts(element, labels) {
  let data = null;
  let failure = null;

  function render() {
    const t = labels();
    element.classList.toggle('error', failure !== null);
    if (failure) element.textContent = t.loadFailed + failure.message;
    else if (!data) element.textContent = t.loading;
    else if (!data.years.length) element.textContent = t.noData;
    else element.textContent = t.counts(data.regions.length, data.departments.totalCount, formatYearSpan(data.years), data.years.length);
  }

  async function load() {
    try {
      data = await graphql(overviewQuery);
    } catch (error) {
      failure = error;
    }
    render();
  }

  return { load, render };
}
