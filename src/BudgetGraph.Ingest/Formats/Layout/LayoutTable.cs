using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Parsing.Layout;

namespace BudgetGraph.Ingest.Formats.Layout;

/// <summary>
/// One table of a layout document: the lines from its title to the next title, read into rows. Classified tables also
/// have their rows placed in columns and converted to stored units (<see cref="Classified"/>).
/// </summary>
public sealed class LayoutTable
{
    public required TableSpec Spec { get; init; }

    public required string Label { get; init; }

    public required string PrintedTitle { get; init; }

    public required LayoutLine TitleLine { get; init; }

    public required TableUnit? Unit { get; init; }

    /// <summary>编制部门：… / 编制单位：… as printed, without the label.</summary>
    public required string? Publisher { get; init; }

    public required string? Note { get; init; }

    /// <summary>The table says it has no data (故本表为空表 / 无数据): empty is not zero.</summary>
    public bool IsEmpty => Note is not null && (Note.Contains("空表", StringComparison.Ordinal) || Note.Contains("无数据", StringComparison.Ordinal));

    public required IReadOnlyList<LayoutRow> Rows { get; init; }

    /// <summary>The physical lines of the table's header and rows as printed (its captions and notes apart).</summary>
    public IReadOnlyList<LayoutLine> Lines { get; init; } = [];

    public required IReadOnlyList<ClassifiedRow> Classified { get; init; }

    /// <summary>Whether citations name the page (<see cref="LayoutDocument.HasPages"/>).</summary>
    public bool HasPages { get; init; } = true;

    /// <summary>
    /// The leading header rows of a table read without columns (its column titles): the rows before the first that holds an
    /// amount, all of them when none does. Citations number the rows after them from 1 (API.md: SourceRef.row is a data
    /// row); a classified table's rows and a form's are all data rows.
    /// </summary>
    public int HeaderRows => Spec.IsClassified || Spec.IsForm ? 0 : Rows.TakeWhile(r => r.Amounts.Count == 0).Count();

    /// <summary>The 1-based data row number of a row of a table read without columns (<see cref="HeaderRows"/>).</summary>
    public int DataRowNumber(LayoutRow row)
    {
        var index = Rows.ToList().IndexOf(row);
        return index < 0 ? throw new ArgumentException("the row is not the table's", nameof(row)) : index + 1 - HeaderRows;
    }

    /// <summary>
    /// The table's lines as a grid export prints them (<paramref name="text"/>, tab-separated, empty cells kept): cell for
    /// cell, trimmed (null = empty), padded to the table's widest line.
    /// </summary>
    public IReadOnlyList<(LayoutLine Line, string?[] Cells)> GridCells(SourceText text)
    {
        var split = Lines.Select(l => (Line: l, Cells: text[l.Line].Replace('\f', ' ').Split('\t'))).ToList();
        var width = split.Select(c => c.Cells.Length).DefaultIfEmpty(0).Max();
        return split.Select(c => (c.Line, TabbedTableReader.Pad(c.Cells, width))).ToList();
    }

    public ClassifiedRow? Total => Classified.FirstOrDefault(r => r.IsTotal);

    /// <summary>The rows of classifications: neither the total nor a unit's row.</summary>
    public IEnumerable<ClassifiedRow> Coded => Classified.Where(r => !r.IsTotal && !r.IsUnitRow);

    /// <summary>Rows no other row refines (a 项, or a 款 listed without 项): each amount counted once.</summary>
    public IEnumerable<ClassifiedRow> Leaves => Coded.Where(r => !Coded.Any(o => o.Key!.Length > r.Key!.Length && o.Key.StartsWith(r.Key, StringComparison.Ordinal)));

    /// <summary>
    /// The rows whose cells are budget lines: the leaves that carry a code; in a table that lists units without
    /// classifications (Henan's income table 02), the units' rows no other unit's row refines (028001, not 028).
    /// </summary>
    public IEnumerable<ClassifiedRow> LineRows
    {
        get
        {
            if (Coded.Any())
                return Leaves.Where(r => r.LineCode is not null);
            var units = Classified.Where(r => r.IsUnitRow).ToList();
            return units.Where(r => !units.Any(o => LayoutUnits.IsUnder(o.UnitCode!, r.UnitCode!)));
        }
    }

    public SourceLocation Cite(ClassifiedRow row, string? column, bool isPdf) => Cite(row.Row, row.Number, column, isPdf);

    public SourceLocation Cite(LayoutRow row, int number, string? column, bool isPdf) =>
        new() { Table = Label, Row = number, Line = isPdf ? null : row.Line, Page = HasPages ? row.Page : null, Column = column };
}
