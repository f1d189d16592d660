using System.Runtime.CompilerServices;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Packages;

/// <summary>finding_locations.csv: the cells a finding concerns.</summary>
public sealed class FindingLocationsResource : TableResource
{
    public override string Name => "finding_locations";

    public override string Title => "发现出处 Finding locations";

    public override string Description => "The cells each finding concerns.";

    public override IReadOnlyList<TableField> Fields { get; } =
    [
        TableField.IntegerField("id", "Location id.", required: true),
        TableField.IntegerField("finding_id", "The finding (findings.id).", required: true),
        .. SourceFields.All,
    ];

    public override IReadOnlyList<string> PrimaryKey { get; } = ["id"];

    public override IReadOnlyList<TableForeignKey> ForeignKeys { get; } = [new(["finding_id"], "findings", ["id"])];

    public override async Task<long> CountAsync(BudgetDbContext db, CancellationToken cancellationToken) =>
        await db.FindingLocations.LongCountAsync(cancellationToken);

    public override async IAsyncEnumerable<string?[]> RowsAsync(BudgetDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = db.FindingLocations.AsNoTracking().OrderBy(l => l.Id).Select(l => new { l.Id, l.FindingId, l.Source.Table, l.Source.Row, l.Source.Column, l.Source.Line, l.Source.Page });
        await foreach (var l in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return [CellValues.Whole(l.Id), CellValues.Whole(l.FindingId), .. SourceFields.Cells(l.Table, l.Row, l.Column, l.Line, l.Page)];
    }
}
