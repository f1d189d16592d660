namespace BudgetGraph.Ingest.Parsing;

/// <summary>
/// The words that tell a table's rows apart, which Parsing needs but does not know: the formats supply them (the
/// national set's are in Formats/Common/NationalTableWords). Parsing holds no budget word of its own.
/// </summary>
/// <param name="TotalLabels">A row labelled with one of these alone is the table's total (合计, 总计).</param>
/// <param name="CodeHeaders">The code columns' header words, which may share a line with a row's amounts (类 款 项).</param>
/// <param name="NotePrefixes">A line starting with one of these is a note under the table, not a row (注, 说明).</param>
/// <param name="UnitLabels">A line starting with one of these and a colon is the table's unit caption (单位).</param>
/// <param name="AmountHeaders">The header over a two-sided table's amount column on each side (决算数).</param>
public sealed record TableWords(
    IReadOnlyList<string> TotalLabels, IReadOnlyList<string> CodeHeaders, IReadOnlyList<string> NotePrefixes, IReadOnlyList<string> UnitLabels, IReadOnlyList<string> AmountHeaders)
{
    public bool IsTotal(string? label) => label is not null && TotalLabels.Contains(label);

    /// <summary>A two-sided table's side total: a label ending with a total word (人员经费合计).</summary>
    public bool EndsWithTotal(string label) => TotalLabels.Any(t => label.EndsWith(t, StringComparison.Ordinal));

    public bool IsNote(string text) => NotePrefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal));

    /// <summary>"注：…" or "说明:…" (a note with its colon, as a text export prints it).</summary>
    public bool IsNoteCaption(string line) => NotePrefixes.Any(p => line.StartsWith(p + "：", StringComparison.Ordinal) || line.StartsWith(p + ":", StringComparison.Ordinal));

    public bool IsUnitCaption(string line) => UnitLabels.Any(p => line.StartsWith(p + "：", StringComparison.Ordinal) || line.StartsWith(p + ":", StringComparison.Ordinal));
}
