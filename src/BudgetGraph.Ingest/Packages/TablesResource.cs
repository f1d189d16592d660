using System.Runtime.CompilerServices;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Packages;

/// <summary>tables.csv: every table a document publishes (number, title, unit, position), so each cited figure names its table.</summary>
public sealed class TablesResource : TableResource
{
    public override string Name => "tables";

    public override string Title => "公开表格 Tables";

    public override string Description => "The tables each document publishes, as printed: number, title, unit and where the title stands. Table notes (narrative) are not included.";

    public override IReadOnlyList<TableField> Fields { get; } =
    [
        TableField.IntegerField("id", "Table id (changes when the document is imported again).", required: true),
        TableField.StringField("document_id", "The document (documents.id).", required: true),
        TableField.StringField("number", "Number in the national table set (01 …); empty for a table outside it."),
        TableField.StringField("title", "Title as published.", required: true),
        TableField.StringField("unit", "Unit the table states: YUAN, WAN_YUAN or YI_YUAN."),
        new TableField("is_empty", "boolean", "The table prints that it has no data.", Required: true),
        TableField.IntegerField("line", "Line of the title in the text file (empty for PDF input)."),
        TableField.IntegerField("page", "PDF page of the title (empty for text input)."),
    ];

    public override IReadOnlyList<string> PrimaryKey { get; } = ["id"];

    public override IReadOnlyList<TableForeignKey> ForeignKeys { get; } = [new(["document_id"], "documents", ["id"])];

    public override async Task<long> CountAsync(BudgetDbContext db, CancellationToken cancellationToken) =>
        await db.DisclosedTables.LongCountAsync(cancellationToken);

    public override async IAsyncEnumerable<string?[]> RowsAsync(BudgetDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = db.DisclosedTables.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Id, t.DocumentId, t.Number, t.Title, t.Unit, t.IsEmpty, t.Line, t.Page });
        await foreach (var t in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return [CellValues.Whole(t.Id), t.DocumentId, t.Number, t.Title, CellValues.Enum(t.Unit), CellValues.Flag(t.IsEmpty), CellValues.Whole(t.Line), CellValues.Whole(t.Page)];
    }
}
