-- The peer's schema additions (bench/peer.sh, issue 13). Its functional breakdown: the query field a PostGraphile user would write for what BudgetGraph's
-- breakdown(by: FUNCTIONAL) answers, over the same tables the API reads (the rollup the importer writes, documents,
-- departments, classification names). Same rules: a department's own and its units' rows, a unit's document only
-- where its department publishes none that year, labels by the year's names else the nearest year's.
CREATE TYPE public.breakdown_row AS (key text, label text, amount numeric);

CREATE OR REPLACE FUNCTION public.functional_breakdown(department_id text, year integer, level integer)
RETURNS SETOF public.breakdown_row
LANGUAGE sql STABLE AS $$
  SELECT r."Code",
         COALESCE(
           (SELECT n."Name" FROM "ClassificationNodes" n WHERE n."Scheme" = 'Functional' AND n."Year" = functional_breakdown.year AND n."Code" = r."Code" LIMIT 1),
           (SELECT n."Name" FROM "ClassificationNodes" n WHERE n."Scheme" = 'Functional' AND n."Code" = r."Code"
              ORDER BY abs(n."Year" - functional_breakdown.year), n."Year" DESC LIMIT 1),
           r."Code"),
         sum(r."Amount") / 10000.0
  FROM "LineRollups" r
  JOIN "Documents" d ON d."Id" = r."DocumentId"
  JOIN "Departments" o ON o."Id" = d."DepartmentId"
  WHERE r."Dimension" = 'Functional' AND r."Level" = functional_breakdown.level AND r."Year" = functional_breakdown.year AND r."Stage" = 'Budget'
    AND r."DepartmentId" IN (SELECT x."Id" FROM "Departments" x WHERE x."Id" = department_id OR x."ParentId" = department_id)
    AND (o."Scope" = 'Department' OR NOT EXISTS (
      SELECT 1 FROM "Documents" p WHERE p."DepartmentId" = o."ParentId" AND p."Year" = d."Year" AND p."Stage" = d."Stage"))
  GROUP BY r."Code"
  ORDER BY r."Code"
$$;

-- A line's functional name, as BudgetGraph's BudgetLine.functional.name gives it (the name the document's year uses):
-- a PostGraphile computed column (functionalName on BudgetLine).
CREATE OR REPLACE FUNCTION public."BudgetLines_functional_name"(line public."BudgetLines")
RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT n."Name" FROM "ClassificationNodes" n
  WHERE n."Scheme" = 'Functional' AND n."Year" = line."Year" AND n."Code" = line."FunctionalCode" LIMIT 1
$$;
