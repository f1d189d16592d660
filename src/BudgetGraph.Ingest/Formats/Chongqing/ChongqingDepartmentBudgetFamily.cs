using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Reference;

namespace BudgetGraph.Ingest.Formats.Chongqing;

/// <summary>Chongqing 部门预算: the department as a whole, named by each table's 单位名称 caption.</summary>
public sealed class ChongqingDepartmentBudgetFamily(ReferenceNames reference) : LayoutFamily(ChongqingBudgetTables.Department, reference)
{
    public ChongqingDepartmentBudgetFamily()
        : this(ReferenceNames.Default)
    {
    }
}
