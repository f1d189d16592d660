using BudgetGraph.Ingest.Parsing.Layout;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>A title line found in a layout document: the table it starts (null when no spec matches) and the title as printed.</summary>
public sealed record TableStartLine(TableSpec? Spec, string PrintedTitle, LayoutLine Line, int? Year);
