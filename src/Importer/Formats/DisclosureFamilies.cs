using BudgetGraph.Importer.Formats.Henan;
using BudgetGraph.Importer.Parsing;

namespace BudgetGraph.Importer.Formats;

/// <summary>The families the importer knows; a new layout is one more entry here.</summary>
public static class DisclosureFamilies
{
    public static IReadOnlyList<IDisclosureFamily> All { get; } = [new HenanDepartmentBudgetFamily()];

    public static IDisclosureFamily Recognise(SourceText text) =>
        All.FirstOrDefault(f => f.Recognises(text))
        ?? throw new NotADisclosureException(
            "not a budget disclosure: no known family recognises it (a Henan department budget has titled tables such as 2026年部门收支总体情况表 with tab-separated rows)",
            text.FileName);
}
