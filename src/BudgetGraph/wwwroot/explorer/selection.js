import { departmentRegionQuery, departmentsQuery, graphql, regionsQuery } from './api.js';

/**
 * The page opens on the bundled reference disclosure (data/: 新乡市红旗区行政审批和政务信息管理局) when the database
 * holds it, whatever other regions and departments were imported beside it.
 */
export const referenceDepartment = '410702/DEPARTMENT/028';

/**
 * What is selected (region → department → year → stage) and the lists to pick from, kept valid: a department with
 * data, one of its years (the latest by default) and a stage it has a document of (BUDGET when there are both).
 */
export function createSelection(state) {
  let regions = [];
  const departmentsByRegion = new Map();

  const departments = () => departmentsByRegion.get(state.region) ?? [];
  const selected = () => departments().find((department) => department.id === state.dept) ?? null;
  const stagesOf = (department, year) =>
    [...new Set(department.documents.filter((document) => document.year === year).map((document) => document.stage))].sort();

  async function loadDepartments(region) {
    if (!departmentsByRegion.has(region)) {
      const data = await graphql(departmentsQuery, { region });
      departmentsByRegion.set(region, data.departments.nodes);
    }
    return departmentsByRegion.get(region);
  }

  function settle() {
    const withData = departments().filter((department) => department.years.length);
    if (!withData.some((department) => department.id === state.dept)) state.dept = withData[0]?.id ?? null;
    const department = selected();
    if (!department) return;
    if (!department.years.includes(state.year)) state.year = Math.max(...department.years);
    const stages = stagesOf(department, state.year);
    if (!stages.includes(state.stage)) state.stage = stages.includes('BUDGET') ? 'BUDGET' : stages[0];
  }

  /** The region of a department (or unit) by its id; null when the database has none of that id. */
  async function regionOf(id) {
    const department = (await graphql(departmentRegionQuery, { id })).department;
    return department?.region.code ?? null;
  }

  /**
   * The department of the link, else the reference department, else the first region and department that have data.
   * The reference is asked for by id rather than found by position: with many regions it no longer sorts first.
   */
  async function chooseInitial() {
    regions = (await graphql(regionsQuery)).regions;
    state.region = null;
    for (const id of new Set([state.dept, referenceDepartment].filter(Boolean))) {
      state.region = await regionOf(id);
      if (state.region) {
        state.dept = id;
        break;
      }
    }
    if (!state.region) {
      for (const region of regions) {
        if ((await loadDepartments(region.code)).some((department) => department.years.length)) {
          state.region = region.code;
          break;
        }
      }
    }
    state.region ??= regions[0]?.code ?? null;
    if (state.region) await loadDepartments(state.region);
    settle();
  }

  /** A department found by the search: its region, then the department at its latest year. */
  async function chooseDepartment(id, region) {
    Object.assign(state, { region, dept: id, year: null });
    await loadDepartments(region);
    settle();
  }

  async function changeRegion(region) {
    state.region = region;
    await loadDepartments(region);
    settle();
  }

  return { regions: () => regions, departments, selected, stagesOf, settle, chooseInitial, chooseDepartment, changeRegion };
}
