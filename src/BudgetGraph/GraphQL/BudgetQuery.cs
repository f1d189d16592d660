using BudgetGraph.GraphQL.Breakdowns;
using BudgetGraph.GraphQL.BudgetLines;
using BudgetGraph.GraphQL.Classification;
using BudgetGraph.GraphQL.Comparisons;
using BudgetGraph.GraphQL.Departments;
using BudgetGraph.GraphQL.Documents;
using BudgetGraph.GraphQL.Regions;
using BudgetGraph.GraphQL.Series;
using GraphQL.Types;

namespace BudgetGraph.GraphQL;

/// <summary>The root Query type; each feature adds its fields, in the order API.md lists them.</summary>
public sealed class BudgetQuery : ObjectGraphType
{
    public BudgetQuery(
        YearQueries years, RegionQueries regions, DepartmentQueries departments, DocumentQueries documents,
        ClassificationQueries classification, BudgetLineQueries budgetLines, BreakdownQueries breakdown, CompareQueries compare,
        SeriesQueries series, CheckQueries checks)
    {
        Name = "Query";
        Description = "BudgetGraph: Chinese government budget disclosures (部门预算/决算) as published, read-only.";
        IQueryFields[] features = [years, regions, departments, documents, classification, budgetLines, breakdown, compare, series, checks];
        foreach (var feature in features)
            feature.AddTo(this);
    }
}
