using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// A profile's own form tables, laid out as no shared reader knows (Henan's 10 项目支出表, 11 整体绩效目标表, 12
/// 项目绩效目标汇总表): their projects, indicators and the department's own targets. A form that cannot be read is a
/// located problem in <c>problems</c>; the rest of the document still imports.
/// </summary>
public interface ILayoutForms
{
    /// <param name="tables">The document's tables as the shared reader read them (a missing or unreadable one absent).</param>
    LayoutForms Read(DisclosureSource source, IReadOnlyDictionary<string, LayoutTable> tables, LayoutUnits units, List<TableProblem> problems);
}

/// <summary>What a profile's forms hold: projects with their indicators, and the department's targets.</summary>
public sealed record LayoutForms(IReadOnlyList<ProjectRecord> Projects, IReadOnlyList<PerformanceIndicatorRecord> DepartmentIndicators);
