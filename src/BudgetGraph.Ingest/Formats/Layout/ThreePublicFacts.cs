using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Parsing.Layout;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// The one data row of a Shanghai budget's “三公”经费和机关运行经费预算表 as facts: 合计 first and 机关运行经费 last (always
/// printed), the items between placed under their header (departments leave empty items blank: "0.95 … 0.95 … 229.43").
/// Without header positions (tabbed text) the items fill left to right, which is right when every cell is printed.
/// </summary>
internal static class ThreePublicFacts
{
    private const string ThreePublic = "THREE_PUBLIC";
    private const string OperatingCost = "OPERATING_COST";

    /// <summary>The item columns between 合计 and 机关运行经费, as headed and as named in facts.</summary>
    private static readonly (string Header, string Name)[] _items =
    [
        ("因公出国(境)费", "因公出国(境)费"), ("公务接待费", "公务接待费"), ("小计", "公务用车购置及运行费"), ("购置费", "公务用车购置费"), ("运行费", "公务用车运行费"),
    ];

    public static IEnumerable<DocumentFactRecord> Read(LayoutDocument layout, LayoutTable table, bool isPdf)
    {
        if (table.Unit is not { } unit || table.Rows.FirstOrDefault(r => r.Name is null && r.Amounts.Count >= 2) is not { } row)
            yield break;
        var amounts = row.Amounts;
        var line = isPdf ? (int?)null : row.Line;
        DocumentFactRecord Fact(string category, string name, LayoutWord word) => new()
        {
            Category = category,
            Name = name,
            Amount = AmountText.TryParse(word.Text, out var value) ? UnitCaption.ToUnits(value, unit) : null,
            Line = line,
        };

        yield return Fact(ThreePublic, "“三公”经费", amounts[0]);
        var items = amounts.Skip(1).Take(amounts.Count - 2).ToList();
        var header = layout.Lines.Where(l => l.Page == row.Page && l.Y < layout.Lines.First(x => x.Line == row.Line).Y && l.Y > (l.Page == table.TitleLine.Page ? table.TitleLine.Y : double.MinValue))
            .SelectMany(l => l.Words);
        var centres = layout.HasPositions ? ColumnAligner.HeaderCentres(header, _items.Select(i => i.Header).ToList()) : null;
        var columns = centres is null ? Enumerable.Range(0, items.Count).ToArray() : ColumnAligner.Nearest(items.Select(w => (w.Left + w.Right) / 2).ToArray(), centres);
        for (var i = 0; i < items.Count; i++)
            yield return Fact(ThreePublic, _items[columns[i]].Name, items[i]);
        yield return Fact(OperatingCost, "机关运行经费", amounts[^1]);
    }
}
