using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Reference;

namespace BudgetGraph.Ingest.Formats.Guangzhou;

/// <summary>Guangzhou 部门预算 ("2026年 广州市气象局部门预算"): the department as a whole, its units as rows of the income table.</summary>
public sealed class GuangzhouDepartmentBudgetFamily(ReferenceNames reference) : LayoutFamily(GuangzhouBudgetTables.Department, reference)
{
    public GuangzhouDepartmentBudgetFamily()
        : this(ReferenceNames.Default)
    {
    }
}
