namespace BudgetGraph.Ingest.Parsing.Layout;

/// <summary>
/// One word of a line with its horizontal extent: character columns for text exports, points for PDF. Only
/// differences between words of the same page mean anything, never an absolute position.
/// </summary>
public sealed record LayoutWord(string Text, double Left, double Right);
