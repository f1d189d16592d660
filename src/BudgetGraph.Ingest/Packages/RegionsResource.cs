using System.Runtime.CompilerServices;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Packages;

/// <summary>regions.csv: the administrative divisions (行政区划) departments belong to.</summary>
public sealed class RegionsResource : TableResource
{
    public override string Name => "regions";

    public override string Title => "行政区划 Regions";

    public override string Description => "Administrative divisions (行政区划代码 and name) of the departments.";

    public override IReadOnlyList<TableField> Fields { get; } =
    [
        TableField.StringField("code", "Administrative division code, e.g. 410702.", required: true),
        TableField.StringField("name", "Name, e.g. 新乡市红旗区.", required: true),
    ];

    public override IReadOnlyList<string> PrimaryKey { get; } = ["code"];

    public override async Task<long> CountAsync(BudgetDbContext db, CancellationToken cancellationToken) =>
        await db.Regions.LongCountAsync(cancellationToken);

    public override async IAsyncEnumerable<string?[]> RowsAsync(BudgetDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = db.Regions.AsNoTracking().OrderBy(r => r.Code).Select(r => new { r.Code, r.Name });
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return [r.Code, r.Name];
    }
}
