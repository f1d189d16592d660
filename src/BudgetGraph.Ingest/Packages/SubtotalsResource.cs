using System.Runtime.CompilerServices;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Packages;

/// <summary>subtotals.csv: the 合计, 类 and 款 rows as printed, which stand in for the sums of their rows.</summary>
public sealed class SubtotalsResource : TableResource
{
    public override string Name => "subtotals";

    public override string Title => "表内合计 Printed subtotals";

    public override string Description => "合计, 类 and 款 rows as printed: the API uses them in place of the sum of their rows (a document's own rounding stays its own).";

    public override IReadOnlyList<TableField> Fields { get; } =
    [
        TableField.IntegerField("id", "Subtotal id (changes when the document is imported again).", required: true),
        TableField.StringField("document_id", "The document (documents.id).", required: true),
        TableField.StringField("scheme", "FUNCTIONAL, ECONOMIC_DEPARTMENT or ECONOMIC_GOVERNMENT.", required: true),
        TableField.StringField("code", "The 类 or 款 code; empty for the table's total (level 0)."),
        TableField.IntegerField("level", "0 = the table's total, 1 = 类, 2 = 款.", required: true),
        TableField.StringField("kind", "EXPENDITURE, ECONOMIC or INCOME: the view it belongs to.", required: true),
        TableField.StringField("expenditure_type", "BASIC, BASIC_PERSONNEL, BASIC_PUBLIC or PROJECT; empty for the row's total."),
        TableField.NumberField("amount", "Amount in 元, exact as published.", required: true),
        .. SourceFields.All,
    ];

    public override IReadOnlyList<string> PrimaryKey { get; } = ["id"];

    public override IReadOnlyList<TableForeignKey> ForeignKeys { get; } = [new(["document_id"], "documents", ["id"])];

    public override async Task<long> CountAsync(BudgetDbContext db, CancellationToken cancellationToken) =>
        await db.PublishedSubtotals.LongCountAsync(cancellationToken);

    public override async IAsyncEnumerable<string?[]> RowsAsync(BudgetDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = db.PublishedSubtotals.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.DocumentId, s.Scheme, s.Code, s.Level, s.Kind, s.ExpenditureType, s.Amount, s.Source.Table, s.Source.Row, s.Source.Column, s.Source.Line, s.Source.Page });
        await foreach (var s in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                CellValues.Whole(s.Id), s.DocumentId, CellValues.Enum(s.Scheme), s.Code, CellValues.Whole(s.Level), CellValues.Enum(s.Kind), CellValues.Enum(s.ExpenditureType),
                CellValues.Yuan(s.Amount), .. SourceFields.Cells(s.Table, s.Row, s.Column, s.Line, s.Page),
            ];
        }
    }
}
