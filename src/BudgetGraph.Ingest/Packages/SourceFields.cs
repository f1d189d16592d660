using BudgetGraph.Data.Values;

namespace BudgetGraph.Ingest.Packages;

/// <summary>The five columns of a citation (<see cref="SourceLocation"/>), as every resource with a cited figure writes and reads them.</summary>
public static class SourceFields
{
    public static IReadOnlyList<TableField> All { get; } =
    [
        TableField.StringField("source_table", "Table number and title as published, e.g. 03 部门支出总体情况表.", required: true),
        TableField.IntegerField("source_row", "1-based data row in that table.", required: true),
        TableField.StringField("source_column", "Column header as published."),
        TableField.IntegerField("source_line", "Line in the text file (empty for PDF input)."),
        TableField.IntegerField("source_page", "PDF page (empty for text input)."),
    ];

    public static string?[] Cells(string table, int row, string? column, int? line, int? page) =>
        [table, CellValues.Whole(row), column, CellValues.Whole(line), CellValues.Whole(page)];

    public static SourceLocation Read(IReadOnlyDictionary<string, string?> row) => new()
    {
        Table = PackageCells.Required(row, "source_table"),
        Row = PackageCells.Whole(row, "source_row") ?? 0,
        Column = row["source_column"],
        Line = PackageCells.Whole(row, "source_line"),
        Page = PackageCells.Whole(row, "source_page"),
    };
}
