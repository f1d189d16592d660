namespace BudgetGraph.Ingest.Formats.Common;

/// <summary>Header and label text compared without white space: exports wrap words inside cells ("政府性 基金").</summary>
public static class HeaderText
{
    public static string Normalise(string text) => string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));
}
