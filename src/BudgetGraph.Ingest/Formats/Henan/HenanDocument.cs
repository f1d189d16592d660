using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// Henan's form tables as text grids (10, 11, 12), with what their readers need: each table's unit, where its header
/// ends, and amounts converted to stored units with their citation.
/// </summary>
/// <param name="units">Each table's unit as the shared reader read it (its 单位 caption, else a header's "（万元）"), by label.</param>
internal sealed class HenanDocument(SourceText text, IReadOnlyDictionary<string, TextTable> tables, IReadOnlyDictionary<string, TableUnit?> units)
{
    public SourceText Text { get; } = text;

    public TextTable this[string number] => tables[number];

    /// <summary>The table's unit: its 单位 caption, else "（万元）" in a header cell (table 12 prints no caption).</summary>
    public static TableUnit? UnitOf(TextTable table) =>
        UnitCaption.Parse(table.Unit?.Text)
        ?? (table.Rows.Take(HeaderRows(table)).Any(r => r.Cells.Any(c => c?.Contains("万元", StringComparison.Ordinal) == true)) ? TableUnit.WanYuan : null);

    /// <summary>
    /// Header rows come before the first row holding an amount with decimals (codes like 201 are not amounts); table 11
    /// is a form whose only leading header is its caption row (部门名称：…).
    /// </summary>
    public static int HeaderRows(TextTable table)
    {
        if (table.Label.StartsWith("11 ", StringComparison.Ordinal))
            return table.Rows.Count > 0 && table.Rows[0][0]?.StartsWith("部门名称", StringComparison.Ordinal) == true ? 1 : 0;
        var first = table.Rows.FirstOrDefault(r => r.Cells.Any(AmountText.IsDecimalAmount));
        return first is null ? table.Rows.Count : first.Number - 1;
    }

    /// <summary>The 1-based data row a citation names (API.md: SourceRef.row); header rows are not counted.</summary>
    public static int DataRowNumber(TextTable table, TextRow row) => row.Number - HeaderRows(table);

    public static IEnumerable<TextRow> DataRows(TextTable table) => table.Rows.Skip(HeaderRows(table));

    /// <summary>The amount in a cell as stored units, null when empty; malformed numbers are located errors.</summary>
    public long? Units(TextTable table, TextRow row, int column)
    {
        var value = table.Amount(row, column);
        if (value is null)
            return null;
        var unit = units.GetValueOrDefault(table.Label) ?? UnitOf(table)
            ?? throw new DisclosureFormatException("the table states no unit (单位：…)", table.FileName, table.Label, table.TitleLine, Text[table.TitleLine]);
        try
        {
            return UnitCaption.ToUnits(value.Value, unit);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new MalformedNumberException($"amount {value} has more precision than 1/10,000 元", table.FileName, table.Label, row.Line, row.Raw);
        }
    }

    public static SourceLocation Cite(TextTable table, TextRow row, string? column) =>
        new() { Table = table.Label, Row = DataRowNumber(table, row), Line = row.Line, Column = column };

    /// <summary>Checks that a header cell reads as expected, so a fixed column layout is never applied to another table.</summary>
    public static void ExpectHeader(TextTable table, int row, int column, string expected)
    {
        var header = table.Rows.ElementAtOrDefault(row);
        var cell = header?[column];
        if (cell is null || !HeaderText.Normalise(cell).Contains(expected, StringComparison.Ordinal))
        {
            throw new MalformedRowException(
                $"header column {column + 1} should read \"{expected}\" but reads \"{cell}\"",
                table.FileName, table.Label, header?.Line ?? table.TitleLine, header?.Raw ?? "");
        }
    }
}
