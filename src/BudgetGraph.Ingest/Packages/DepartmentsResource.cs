using System.Runtime.CompilerServices;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Packages;

/// <summary>departments.csv: departments (部门) and budget units (单位), with the API's ids.</summary>
public sealed class DepartmentsResource : TableResource
{
    public override string Name => "departments";

    public override string Title => "部门和单位 Departments and units";

    public override string Description => "Departments (scope DEPARTMENT, 部门预算/决算) and budget units (scope UNIT, 单位预算); id is the API's Department.id.";

    public override IReadOnlyList<TableField> Fields { get; } =
    [
        TableField.StringField("id", "Natural id: region/scope/code (or normalised name), e.g. 410702/DEPARTMENT/028.", required: true),
        TableField.StringField("region_code", "Administrative division code (regions.code).", required: true),
        TableField.StringField("code", "Department or unit code as published; empty when none is published."),
        TableField.StringField("name", "Name as published.", required: true),
        TableField.StringField("scope", "DEPARTMENT or UNIT.", required: true),
        TableField.StringField("parent_id", "For a unit, the department it belongs to (departments.id)."),
    ];

    public override IReadOnlyList<string> PrimaryKey { get; } = ["id"];

    public override IReadOnlyList<TableForeignKey> ForeignKeys { get; } =
    [
        new(["region_code"], "regions", ["code"]),
        new(["parent_id"], "", ["id"]),
    ];

    public override async Task<long> CountAsync(BudgetDbContext db, CancellationToken cancellationToken) =>
        await db.Departments.LongCountAsync(cancellationToken);

    public override async IAsyncEnumerable<string?[]> RowsAsync(BudgetDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = db.Departments.AsNoTracking().OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.RegionCode, d.Code, d.Name, d.Scope, d.ParentId });
        await foreach (var d in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return [d.Id, d.RegionCode, d.Code, d.Name, CellValues.Enum(d.Scope), d.ParentId];
    }
}
