using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Reference;

namespace BudgetGraph.Ingest.Formats.Beijing;

/// <summary>Beijing 部门预算报表 (附件2): the department as a whole, named in its 部门整体支出绩效目标表.</summary>
public sealed class BeijingDepartmentBudgetFamily(ReferenceNames reference) : LayoutFamily(BeijingBudgetTables.Department, reference)
{
    public BeijingDepartmentBudgetFamily()
        : this(ReferenceNames.Default)
    {
    }
}
