using System.Runtime.CompilerServices;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Packages;

/// <summary>projects.csv: the projects a document budgets, with their amounts.</summary>
public sealed class ProjectsResource : TableResource
{
    public override string Name => "projects";

    public override string Title => "项目 Projects";

    public override string Description => "The projects a document budgets, with amount and cited cell (performance targets are narrative text and not included).";

    public override IReadOnlyList<TableField> Fields { get; } =
    [
        TableField.IntegerField("id", "Project id (changes when the document is imported again).", required: true),
        TableField.StringField("document_id", "The document (documents.id).", required: true),
        TableField.StringField("department_id", "The department or unit (departments.id).", required: true),
        TableField.StringField("code", "Project code as published."),
        TableField.StringField("name", "Project name as published.", required: true),
        TableField.StringField("kind", "Project type as published."),
        TableField.NumberField("amount", "Amount in 元.", required: true),
        .. SourceFields.All,
    ];

    public override IReadOnlyList<string> PrimaryKey { get; } = ["id"];

    public override IReadOnlyList<TableForeignKey> ForeignKeys { get; } = [new(["document_id"], "documents", ["id"]), new(["department_id"], "departments", ["id"])];

    public override async Task<long> CountAsync(BudgetDbContext db, CancellationToken cancellationToken) =>
        await db.Projects.LongCountAsync(cancellationToken);

    public override async IAsyncEnumerable<string?[]> RowsAsync(BudgetDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = db.Projects.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.DocumentId, p.DepartmentId, p.Code, p.Name, p.Kind, p.Amount, p.Source.Table, p.Source.Row, p.Source.Column, p.Source.Line, p.Source.Page });
        await foreach (var p in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                CellValues.Whole(p.Id), p.DocumentId, p.DepartmentId, p.Code, p.Name, p.Kind, CellValues.Yuan(p.Amount), .. SourceFields.Cells(p.Table, p.Row, p.Column, p.Line, p.Page),
            ];
        }
    }
}
