using System.Runtime.CompilerServices;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Packages;

/// <summary>classification.csv: the codes of the three classification schemes, per year, with their names and tree.</summary>
public sealed class ClassificationResource : TableResource
{
    public override string Name => "classification";

    public override string Title => "分类科目 Classification codes";

    public override string Description =>
        "支出功能分类 (FUNCTIONAL: 类 → 款 → 项) and the two economic schemes (ECONOMIC_DEPARTMENT 部门预算支出经济分类, ECONOMIC_GOVERNMENT 政府预算支出经济分类), "
        + "one row per code and year, with the name used that year and where it comes from.";

    public override IReadOnlyList<TableField> Fields { get; } =
    [
        TableField.StringField("scheme", "FUNCTIONAL, ECONOMIC_DEPARTMENT or ECONOMIC_GOVERNMENT.", required: true),
        TableField.IntegerField("year", "Fiscal year the name applies to.", required: true),
        TableField.StringField("code", "Code, e.g. 2010301 (functional 项) or 30101.", required: true),
        TableField.StringField("name", "Name used that year, e.g. 行政运行.", required: true),
        TableField.StringField("name_origin", "PUBLISHED (printed in a document of that year) or REFERENCE (the project's national code list).", required: true),
        TableField.IntegerField("level", "1 = 类, 2 = 款, 3 = 项.", required: true),
        TableField.StringField("parent_code", "Code of the parent in the same scheme and year; empty for a 类."),
    ];

    public override IReadOnlyList<string> PrimaryKey { get; } = ["scheme", "year", "code"];

    public override IReadOnlyList<TableForeignKey> ForeignKeys { get; } = [new(["scheme", "year", "parent_code"], "", ["scheme", "year", "code"])];

    public override async Task<long> CountAsync(BudgetDbContext db, CancellationToken cancellationToken) =>
        await db.ClassificationNodes.LongCountAsync(cancellationToken);

    public override async IAsyncEnumerable<string?[]> RowsAsync(BudgetDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = db.ClassificationNodes.AsNoTracking().OrderBy(n => n.Scheme).ThenBy(n => n.Year).ThenBy(n => n.Code)
            .Select(n => new { n.Scheme, n.Year, n.Code, n.Name, n.NameOrigin, n.Level, n.ParentCode });
        await foreach (var n in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                CellValues.Enum(n.Scheme), CellValues.Whole(n.Year), n.Code, n.Name, CellValues.Enum(n.NameOrigin),
                CellValues.Whole(n.Level), n.ParentCode,
            ];
        }
    }
}
