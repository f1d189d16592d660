using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Reference;

namespace BudgetGraph.Ingest.Formats.Shenzhen;

/// <summary>Shenzhen 部门预算 ("2026 年深圳市规划和自然资源局盐田管理局部门预算"): the department as a whole, named by each table's 部门名称 caption.</summary>
public sealed class ShenzhenDepartmentBudgetFamily(ReferenceNames reference) : LayoutFamily(ShenzhenBudgetTables.Department, reference)
{
    public ShenzhenDepartmentBudgetFamily()
        : this(ReferenceNames.Default)
    {
    }
}
