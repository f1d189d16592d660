// The explorer is a client of the public GraphQL API like any other front-end: every figure comes from POST /graphql.
// The chart queries have one root field each, so the same text and variables also feed /export/{name}.csv|ndjson.

const endpoint = '/graphql';

/** Runs a query; resolves to its data, rejects with the API's first error message. */
export async function graphql(query, variables = {}) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) {
    const error = body.errors[0];
    throw new Error(`${error.extensions?.code ?? response.status}: ${error.message}`);
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return body.data;
}

export const regionsQuery = `{ regions { code name } }`;

export const departmentsQuery = `query Departments($region: String!) {
  departments(where: {region: {eq: $region}}, order: [{name: ASC}], first: 500) {
    nodes { id name years documents { id title year stage } }
  }
}`;

/**
 * What the database holds, for the first view's counts line, in one request: the regions (divisions that have
 * departments), the number of departments (totalCount of an empty page, so no rows are read) and the fiscal years.
 */
export const overviewQuery = `query Overview { years regions { code } departments(first: 0) { totalCount } }`;

/** Departments whose name contains the text (Chinese as published), a page at a time; totalCount says how many match. */
export const departmentSearchQuery = `query DepartmentSearch($name: String!, $first: Int!) {
  departments(where: {name: {contains: $name}}, order: [{name: ASC}], first: $first) {
    totalCount
    nodes { id name years region { code name } }
  }
}`;

export const departmentRegionQuery = `query DepartmentRegion($id: ID!) { department(id: $id) { id region { code } } }`;

export const totalQuery = `query Total($id: ID!, $year: Int!, $stage: BudgetStage) {
  department(id: $id) {
    total(year: $year, stage: $stage, unit: WAN_YUAN)
    totalSources(year: $year, stage: $stage) { table row column line page document { id title } }
  }
}`;

export const findingsQuery = `query Findings($id: ID!, $year: Int!, $stage: BudgetStage!) {
  checks { code description descriptionEn }
  documents(where: {department: {eq: $id}, year: {eq: $year}, stage: {eq: $stage}}) {
    nodes {
      id title fileName
      findings {
        severity code message table difference(unit: WAN_YUAN)
        locations { table row column line page document { id title } }
      }
    }
  }
}`;

/** English labels of the codes that occur in a year (the classification trees, three levels deep). */
export const namesQuery = `query Names($year: Int) {
  functional: classification(scheme: FUNCTIONAL, year: $year) { ...names children { ...names children { ...names } } }
  economic: classification(scheme: ECONOMIC_DEPARTMENT, year: $year) { ...names children { ...names children { ...names } } }
}
fragment names on ClassificationNode { code name nameEn }`;

/** The rows a bar chart shows and exports. */
export const breakdownQuery = `query Breakdown($year: Int!, $by: Dimension!, $level: Int, $stage: BudgetStage, $where: BudgetLineFilterInput) {
  breakdown(year: $year, by: $by, level: $level, stage: $stage, where: $where) {
    key
    label
    amount(unit: WAN_YUAN)
    share
  }
}`;

/** The published cells behind each row of the same breakdown (the citations the numbers link to). */
export const breakdownSourcesQuery = `query BreakdownSources($year: Int!, $by: Dimension!, $level: Int, $stage: BudgetStage, $where: BudgetLineFilterInput) {
  breakdown(year: $year, by: $by, level: $level, stage: $stage, where: $where) {
    key
    sources { table row column line page document { id title } }
  }
}`;

/** A year-over-year comparison as a chart shows and exports it. */
export const compareQuery = `query Compare($baseYear: Int!, $year: Int!, $by: Dimension!, $level: Int, $stage: BudgetStage, $where: BudgetLineFilterInput) {
  compare(baseYear: $baseYear, year: $year, by: $by, level: $level, stage: $stage, where: $where) {
    key
    label
    base(unit: WAN_YUAN)
    current(unit: WAN_YUAN)
    change(unit: WAN_YUAN)
    changePercent
    basis
    statedChange(unit: WAN_YUAN)
    statedReason
  }
}`;

export const compareSourcesQuery = `query CompareSources($baseYear: Int!, $year: Int!, $by: Dimension!, $level: Int, $stage: BudgetStage, $where: BudgetLineFilterInput) {
  compare(baseYear: $baseYear, year: $year, by: $by, level: $level, stage: $stage, where: $where) {
    key
    baseSources { table row column line page document { id title } }
    sources { table row column line page document { id title } }
    statedText
    statedSources { line text document { id title } }
  }
}`;
