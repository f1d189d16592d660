using BudgetGraph.Importer.Formats.Layout;
using BudgetGraph.Importer.Formats.Reference;

namespace BudgetGraph.Importer.Formats.Xian;

/// <summary>Xi'an 部门综合预算 ("西安市信访局（汇总） 2026年部门预算公开说明"): the department as a whole, named by the heading.</summary>
public sealed class XianDepartmentBudgetFamily(ReferenceNames reference) : LayoutFamily(XianBudgetTables.Department, reference)
{
    public XianDepartmentBudgetFamily()
        : this(ReferenceNames.Default)
    {
    }
}
