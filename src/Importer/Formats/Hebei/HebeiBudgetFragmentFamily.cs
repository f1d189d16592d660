using BudgetGraph.Importer.Parsing;

namespace BudgetGraph.Importer.Formats.Hebei;

/// <summary>
/// Hebei budgets (cells ending with " |", a 栏次 line-number column). Only fragments are known so far: the importer
/// recognises the layout and refuses it as incomplete, naming the one table it has, rather than guessing at the rest.
/// </summary>
public sealed class HebeiBudgetFragmentFamily : IDisclosureFamily
{
    public string Name => "hebei-budget";

    public bool Recognises(DisclosureSource source) =>
        !source.IsPdf && Lines(source.Text).Any(l => l.Line.Trim() == "栏次 |") && Lines(source.Text).Count(l => l.Line.TrimEnd().EndsWith(" |", StringComparison.Ordinal)) >= 10;

    public DisclosureContent Read(DisclosureSource source)
    {
        var text = source.Text;
        var first = Lines(text).First(l => l.Line.Trim() == "栏次 |");
        var hasTotals = Lines(text).Any(l => l.Line.Contains("收入总计", StringComparison.Ordinal)) && Lines(text).Any(l => l.Line.Contains("支出总计", StringComparison.Ordinal));
        var table = hasTotals ? "收支总表 (收入 | 支出 with 栏次, 本年收入合计 … 支出总计)" : "an untitled table";
        throw new MissingTableException(
            $"incomplete document: it holds only one table, {table}, at lines {first.Number}–{text.LineCount}; a budget has its income, expenditure and fiscal tables too, so nothing is imported",
            text.FileName, "收支总表", first.Number, first.Line);
    }

    private static IEnumerable<(int Number, string Line)> Lines(SourceText text) => Enumerable.Range(1, text.LineCount).Select(i => (i, text[i]));
}
