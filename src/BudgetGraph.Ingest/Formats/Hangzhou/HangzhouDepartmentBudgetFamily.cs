using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Reference;

namespace BudgetGraph.Ingest.Formats.Hangzhou;

/// <summary>Hangzhou 部门预算 ("杭州市交通运输局 2026年度部门预算"): the department as a whole, named by each table's 部门名称 caption.</summary>
public sealed class HangzhouDepartmentBudgetFamily(ReferenceNames reference) : LayoutFamily(HangzhouBudgetTables.Department, reference)
{
    public HangzhouDepartmentBudgetFamily()
        : this(ReferenceNames.Default)
    {
    }
}
