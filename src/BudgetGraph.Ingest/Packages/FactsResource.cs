using System.Runtime.CompilerServices;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Packages;

/// <summary>facts.csv: figures a narrative states, as numbers with their line.</summary>
public sealed class FactsResource : TableResource
{
    public override string Name => "facts";

    public override string Title => "说明所述数字 Stated figures";

    public override string Description => "Figures the narrative states (三公经费, 机关运行经费, vehicles, assets …): an amount in 元 or a quantity with its measure.";

    public override IReadOnlyList<TableField> Fields { get; } =
    [
        TableField.IntegerField("id", "Id (changes when the document is imported again).", required: true),
        TableField.StringField("document_id", "The document (documents.id).", required: true),
        TableField.StringField("category", "E.g. OPERATING_COST, ASSETS.", required: true),
        TableField.StringField("name", "What the figure counts, e.g. 一般公务用车.", required: true),
        TableField.NumberField("amount", "Amount in 元, where the figure is money."),
        TableField.NumberField("quantity", "Quantity, where the figure counts things."),
        TableField.StringField("measure", "Measure word of the quantity, e.g. 辆."),
        TableField.IntegerField("line", "Line in the text file (empty for PDF input)."),
    ];

    public override IReadOnlyList<string> PrimaryKey { get; } = ["id"];

    public override IReadOnlyList<TableForeignKey> ForeignKeys { get; } = [new(["document_id"], "documents", ["id"])];

    public override async Task<long> CountAsync(BudgetDbContext db, CancellationToken cancellationToken) =>
        await db.DocumentFacts.LongCountAsync(cancellationToken);

    public override async IAsyncEnumerable<string?[]> RowsAsync(BudgetDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = db.DocumentFacts.AsNoTracking().OrderBy(f => f.Id).Select(f => new { f.Id, f.DocumentId, f.Category, f.Name, f.Amount, f.Quantity, f.Measure, f.Line });
        await foreach (var f in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                CellValues.Whole(f.Id), f.DocumentId, f.Category, f.Name, CellValues.Yuan(f.Amount), f.Quantity?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                f.Measure, CellValues.Whole(f.Line),
            ];
        }
    }
}
