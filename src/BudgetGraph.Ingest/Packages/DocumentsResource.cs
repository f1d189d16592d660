using System.Runtime.CompilerServices;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Packages;

/// <summary>documents.csv: one row per imported disclosure (department, year, stage), with the file it was read from.</summary>
public sealed class DocumentsResource : TableResource
{
    public override string Name => "documents";

    public override string Title => "公开文件 Documents";

    public override string Description => "The imported disclosures: one per department, year and stage, with the sha256 of the file its figures were read from.";

    public override IReadOnlyList<TableField> Fields { get; } =
    [
        TableField.StringField("id", "Natural id: department id/year/stage, the API's Document.id.", required: true),
        TableField.StringField("department_id", "The department (departments.id).", required: true),
        TableField.IntegerField("year", "Fiscal year.", required: true),
        TableField.StringField("stage", "BUDGET (预算) or FINAL_ACCOUNTS (决算).", required: true),
        TableField.StringField("title", "Title as published.", required: true),
        TableField.StringField("publisher", "Publishing body, where the document names it."),
        TableField.StringField("family", "Document family that parsed it, e.g. henan-dept-budget.", required: true),
        TableField.StringField("file_name", "Name of the imported file.", required: true),
        TableField.StringField("sha256", "SHA-256 of the imported file (hex).", required: true),
        new TableField("imported_at", "datetime", "When the file was imported (UTC).", Required: true),
        TableField.StringField("scope", "DEPARTMENT (部门预算/决算, the department with its units) or UNIT (单位预算/决算, one unit's own).", required: true),
        TableField.NumberField("printed_total", "The 收支总表's 本年支出合计 as printed, in 元 (the document's own total); empty where it prints none."),
    ];

    public override IReadOnlyList<string> PrimaryKey { get; } = ["id"];

    public override IReadOnlyList<TableForeignKey> ForeignKeys { get; } = [new(["department_id"], "departments", ["id"])];

    public override async Task<long> CountAsync(BudgetDbContext db, CancellationToken cancellationToken) =>
        await db.Documents.LongCountAsync(cancellationToken);

    public override async IAsyncEnumerable<string?[]> RowsAsync(BudgetDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = db.Documents.AsNoTracking().OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.DepartmentId, d.Year, d.Stage, d.Title, d.Publisher, d.Family, d.FileName, d.Sha256, d.ImportedAt, Scope = d.Department!.Scope, d.PrintedTotal });
        await foreach (var d in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                d.Id, d.DepartmentId, CellValues.Whole(d.Year), CellValues.Enum(d.Stage), d.Title, d.Publisher, d.Family,
                d.FileName, d.Sha256, CellValues.DateTime(d.ImportedAt), CellValues.Enum(d.Scope), CellValues.Yuan(d.PrintedTotal),
            ];
        }
    }
}
