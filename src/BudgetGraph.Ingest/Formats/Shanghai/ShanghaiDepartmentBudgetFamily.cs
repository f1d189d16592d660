using BudgetGraph.Ingest.Formats.Layout;
using BudgetGraph.Ingest.Formats.Reference;

namespace BudgetGraph.Ingest.Formats.Shanghai;

/// <summary>Shanghai 部门预算: tables titled 2025年部门…表, the department as a whole.</summary>
public sealed class ShanghaiDepartmentBudgetFamily(ReferenceNames reference) : LayoutFamily(ShanghaiBudgetTables.Department, reference)
{
    public ShanghaiDepartmentBudgetFamily()
        : this(ReferenceNames.Default)
    {
    }
}
