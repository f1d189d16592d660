using System.Runtime.CompilerServices;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Packages;

/// <summary>table_rows.csv: the rows of the published tables, cells as printed, so every citation can be checked.</summary>
public sealed class TableRowsResource : TableResource
{
    public override string Name => "table_rows";

    public override string Title => "表格行 Table rows";

    public override string Description => "Every row of every published table with its cells as printed (a JSON array of strings, null for an empty cell), for checking any figure against the table.";

    public override IReadOnlyList<TableField> Fields { get; } =
    [
        TableField.IntegerField("id", "Row id (changes when the document is imported again).", required: true),
        TableField.IntegerField("table_id", "The table (tables.id).", required: true),
        TableField.IntegerField("row", "1-based data row as citations name it; header rows have their own numbering.", required: true),
        new TableField("is_header", "boolean", "A header row.", Required: true),
        TableField.IntegerField("line", "Line in the text file (empty for PDF input)."),
        TableField.IntegerField("page", "PDF page (empty for text input)."),
        TableField.StringField("cells", "The cells as printed: a JSON array of strings, null for an empty cell.", required: true),
    ];

    public override IReadOnlyList<string> PrimaryKey { get; } = ["id"];

    public override IReadOnlyList<TableForeignKey> ForeignKeys { get; } = [new(["table_id"], "tables", ["id"])];

    public override async Task<long> CountAsync(BudgetDbContext db, CancellationToken cancellationToken) =>
        await db.DisclosedRows.LongCountAsync(cancellationToken);

    public override async IAsyncEnumerable<string?[]> RowsAsync(BudgetDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = db.DisclosedRows.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Id, r.TableId, r.Row, r.IsHeader, r.Line, r.Page, r.CellsJson });
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return [CellValues.Whole(r.Id), CellValues.Whole(r.TableId), CellValues.Whole(r.Row), CellValues.Flag(r.IsHeader), CellValues.Whole(r.Line), CellValues.Whole(r.Page), r.CellsJson];
    }
}
