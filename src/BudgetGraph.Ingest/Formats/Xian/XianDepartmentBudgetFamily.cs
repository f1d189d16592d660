using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Reference;

namespace BudgetGraph.Ingest.Formats.Xian;

/// <summary>Xi'an 部门综合预算 ("西安市信访局（汇总） 2026年部门预算公开说明"): the department as a whole, named by the heading.</summary>
public sealed class XianDepartmentBudgetFamily(ReferenceNames reference) : LayoutFamily(XianBudgetTables.Department, reference)
{
    public XianDepartmentBudgetFamily()
        : this(ReferenceNames.Default)
    {
    }
}
