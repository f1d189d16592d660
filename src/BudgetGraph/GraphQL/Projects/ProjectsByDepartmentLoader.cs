using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.GraphQL.Common.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphQL.Projects;

/// <summary>
/// Projects with their indicators: those a department (or unit) runs itself and those listed in its documents,
/// so a department sees its units' projects. One query per batch.
/// </summary>
public sealed class ProjectsByDepartmentLoader(IDbContextFactory<BudgetDbContext> contexts) : DbListBatchLoader<DepartmentProjectsKey, Project>(contexts)
{
    protected override async Task<IReadOnlyDictionary<DepartmentProjectsKey, IReadOnlyList<Project>>> FetchAsync(
        BudgetDbContext db, IReadOnlyList<DepartmentProjectsKey> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Select(k => k.DepartmentId).Distinct().ToList();
        var rows = await (
                from project in db.Projects.AsNoTracking().Include(p => p.Indicators)
                join document in db.Documents on project.DocumentId equals document.Id
                where ids.Contains(project.DepartmentId) || ids.Contains(document.DepartmentId)
                orderby project.Year, project.Code, project.Id
                select new { Project = project, Publisher = document.DepartmentId })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
            row.Project.Indicators.Sort((a, b) => a.Id.CompareTo(b.Id));

        return keys.Distinct().ToDictionary(
            key => key,
            key => (IReadOnlyList<Project>)[.. rows
                .Where(r => (r.Project.DepartmentId == key.DepartmentId || r.Publisher == key.DepartmentId) && (key.Year is null || r.Project.Year == key.Year))
                .Select(r => r.Project)]);
    }
}
