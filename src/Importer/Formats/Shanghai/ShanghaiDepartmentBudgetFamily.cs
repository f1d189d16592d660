using BudgetGraph.Importer.Formats.Layout;
using BudgetGraph.Importer.Formats.Reference;

namespace BudgetGraph.Importer.Formats.Shanghai;

/// <summary>Shanghai 部门预算: tables titled 2025年部门…表, the department as a whole.</summary>
public sealed class ShanghaiDepartmentBudgetFamily(ReferenceNames reference) : LayoutFamily(ShanghaiBudgetTables.Department, reference)
{
    public ShanghaiDepartmentBudgetFamily()
        : this(ReferenceNames.Default)
    {
    }
}
