using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.Paging;

namespace BudgetGraph.GraphQL.Departments;

/// <summary>DepartmentConnection.</summary>
public sealed class DepartmentConnectionGraphType : ConnectionGraphType<DepartmentGraphType, Department>
{
    public DepartmentConnectionGraphType()
        : base("Department")
    {
    }
}
