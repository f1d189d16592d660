using BudgetGraph.GraphQL.Documents;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>A department's total expenditure of one year and stage (1/10,000 元) and the published cells it adds up.</summary>
public sealed record DepartmentTotal(long Amount, IReadOnlyList<SourceRef> Sources);
