using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Reference;

namespace BudgetGraph.Ingest.Formats.Changsha;

/// <summary>Changsha 部门预算: the department as a whole, named by each table's 单位名称 caption.</summary>
public sealed class ChangshaDepartmentBudgetFamily(ReferenceNames reference) : LayoutFamily(ChangshaBudgetTables.Department, reference)
{
    public ChangshaDepartmentBudgetFamily()
        : this(ReferenceNames.Default)
    {
    }
}
