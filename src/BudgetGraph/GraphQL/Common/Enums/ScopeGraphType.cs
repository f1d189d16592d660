using BudgetGraph.Data.Values;
using GraphQL.Types;

namespace BudgetGraph.GraphQL.Common.Enums;

/// <summary>Scope: DEPARTMENT 部门, UNIT 单位.</summary>
public sealed class ScopeGraphType : EnumerationGraphType<Scope>
{
    public ScopeGraphType()
    {
        Name = "Scope";
        Description = "部门或单位 — a department (部门预算/决算) or one of its budget units (单位预算).";
        this.Describe("DEPARTMENT", "部门: a department, publishing 部门预算 and 部门决算.");
        this.Describe("UNIT", "单位: a budget unit inside a department.");
    }
}
