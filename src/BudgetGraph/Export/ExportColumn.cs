namespace BudgetGraph.Export;

/// <summary>One column of an export: its header and the response names leading to its value from the row.</summary>
internal sealed record ExportColumn(string Header, IReadOnlyList<string> Path);
