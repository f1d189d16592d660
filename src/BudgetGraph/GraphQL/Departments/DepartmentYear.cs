using BudgetGraph.Data.Values;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>A department's document of one year and stage.</summary>
public sealed record DepartmentYear(string DepartmentId, int Year, BudgetStage Stage);
