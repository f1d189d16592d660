using BudgetGraph.Importer.Parsing.Layout;

namespace BudgetGraph.Importer.Formats.Layout;

/// <summary>A title line found in a layout document: the table it starts (null when no spec matches) and the title as printed.</summary>
public sealed record TableStartLine(TableSpec? Spec, string PrintedTitle, LayoutLine Line, int? Year);
