using System.Runtime.CompilerServices;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Packages;

/// <summary>stated_figures.csv: the changes a narrative states (numbers, base year, line), without the sentence.</summary>
public sealed class StatedFiguresResource : TableResource
{
    public override string Name => "stated_figures";

    public override string Title => "说明所述增减 Stated changes";

    public override string Description => "Changes the narrative states against an earlier year, as numbers with their base year and line (the sentence and its reason are narrative and not included).";

    public override IReadOnlyList<TableField> Fields { get; } =
    [
        TableField.IntegerField("id", "Id (changes when the document is imported again).", required: true),
        TableField.StringField("document_id", "The document (documents.id).", required: true),
        TableField.StringField("subject", "What changed, e.g. TOTAL_EXPENDITURE.", required: true),
        TableField.IntegerField("base_year", "The year compared with; empty where the narrative names none (or an implausible one)."),
        TableField.NumberField("current_amount", "The amount stated for the document's year, in 元."),
        TableField.NumberField("change", "The change stated, in 元 (negative for a decrease)."),
        TableField.NumberField("change_percent", "The change stated, in percent."),
        TableField.IntegerField("change_decimals", "Decimals the change is printed with (in 万元), its precision."),
        TableField.IntegerField("line", "Line of the sentence in the text file (empty for PDF input)."),
    ];

    public override IReadOnlyList<string> PrimaryKey { get; } = ["id"];

    public override IReadOnlyList<TableForeignKey> ForeignKeys { get; } = [new(["document_id"], "documents", ["id"])];

    public override async Task<long> CountAsync(BudgetDbContext db, CancellationToken cancellationToken) =>
        await db.StatedComparisons.LongCountAsync(cancellationToken);

    public override async IAsyncEnumerable<string?[]> RowsAsync(BudgetDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = db.StatedComparisons.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.DocumentId, c.Subject, c.BaseYear, c.CurrentAmount, c.Change, c.ChangePercent, c.ChangeDecimals, c.Line });
        await foreach (var c in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                CellValues.Whole(c.Id), c.DocumentId, c.Subject, CellValues.Whole(c.BaseYear), CellValues.Yuan(c.CurrentAmount), CellValues.Yuan(c.Change),
                c.ChangePercent?.ToString(System.Globalization.CultureInfo.InvariantCulture), CellValues.Whole(c.ChangeDecimals), CellValues.Whole(c.Line),
            ];
        }
    }
}
