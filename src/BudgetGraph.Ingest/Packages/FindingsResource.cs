using System.Runtime.CompilerServices;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Packages;

/// <summary>findings.csv: each document's reconciliation findings; their cells are in finding_locations.csv.</summary>
public sealed class FindingsResource : TableResource
{
    public override string Name => "findings";

    public override string Title => "核对发现 Findings";

    public override string Description => "What the reconciliation found in each document: code (see the API's checks), severity and message. A message that quotes the narrative ships without the quote.";

    public override IReadOnlyList<TableField> Fields { get; } =
    [
        TableField.IntegerField("id", "Finding id (changes when the document is imported again).", required: true),
        TableField.StringField("document_id", "The document (documents.id).", required: true),
        TableField.StringField("severity", "INFO, WARNING or ERROR.", required: true),
        TableField.StringField("code", "The check's code, e.g. TABLE_TOTAL_MISMATCH.", required: true),
        TableField.StringField("table", "The table concerned, as findings name it."),
        TableField.NumberField("difference", "Stated minus computed, in 元, where it applies."),
        TableField.StringField("message", "What was found, in English with the document's terms.", required: true),
    ];

    public override IReadOnlyList<string> PrimaryKey { get; } = ["id"];

    public override IReadOnlyList<TableForeignKey> ForeignKeys { get; } = [new(["document_id"], "documents", ["id"])];

    public override async Task<long> CountAsync(BudgetDbContext db, CancellationToken cancellationToken) =>
        await db.Findings.LongCountAsync(cancellationToken);

    public override async IAsyncEnumerable<string?[]> RowsAsync(BudgetDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = db.Findings.AsNoTracking().OrderBy(f => f.Id).Select(f => new { f.Id, f.DocumentId, f.Severity, f.Code, f.Table, f.Difference, f.Message });
        await foreach (var f in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return [CellValues.Whole(f.Id), f.DocumentId, CellValues.Enum(f.Severity), f.Code, f.Table, CellValues.Yuan(f.Difference), NarrativeQuotes.Without(f.Code, f.Message)];
    }
}
