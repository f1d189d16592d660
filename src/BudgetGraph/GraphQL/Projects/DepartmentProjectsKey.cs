namespace BudgetGraph.GraphQL.Projects;

/// <summary>The projects of a department, of one year or of all years.</summary>
public sealed record DepartmentProjectsKey(string DepartmentId, int? Year);
