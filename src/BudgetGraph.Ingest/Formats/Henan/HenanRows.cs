using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>Finds the row a check needs by the words in one of its cells (white space ignored).</summary>
internal static class HenanRows
{
    public static TextRow? Find(TextTable table, int column, string label, bool contains = false) =>
        table.Rows.FirstOrDefault(r => r[column] is { } cell && Matches(HeaderText.Normalise(cell).TrimEnd('：', ':'), label, contains));

    private static bool Matches(string cell, string label, bool contains) =>
        contains ? cell.Contains(label, StringComparison.Ordinal) : cell == label;
}
