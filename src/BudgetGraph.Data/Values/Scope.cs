namespace BudgetGraph.Data.Values;

/// <summary>Whether a record is a department (部门, 部门预算/决算) or a budget unit (单位, 单位预算).</summary>
public enum Scope
{
    Department,
    Unit,
}
