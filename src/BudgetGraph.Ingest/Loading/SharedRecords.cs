using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats;
using BudgetGraph.Ingest.Records;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Loading;

/// <summary>
/// Adds or updates the records documents share (region, departments, classification names), reading the existing ones
/// of a document's set in one query per kind rather than one per record. Region and departments (a few rows) go through
/// EF; a document's classification names are many, so those a run has already stored are skipped (<see cref="StoredNames"/>),
/// the new ones are bulk-loaded and only renamed ones tracked.
/// </summary>
internal static class SharedRecords
{
    /// <summary>Tracks the region and department changes for the caller's SaveChanges; returns the classification names to add.</summary>
    public static async Task<IReadOnlyList<ClassificationNode>> UpsertAsync(BudgetDbContext db, DisclosureContent content, StoredNames known, CancellationToken cancellationToken)
    {
        await UpsertRegionAsync(db, content.Region, cancellationToken);
        await UpsertDepartmentsAsync(db, content.Departments, cancellationToken);
        var names = content.Classification.Where(n => !known.Covers(n, content.Year)).Select(n => n.ToEntity(content.Year)).ToList();
        return names.Count == 0 ? [] : await UpsertClassificationAsync(db, content.Year, names, cancellationToken);
    }

    private static async Task UpsertRegionAsync(BudgetDbContext db, RegionRecord region, CancellationToken cancellationToken)
    {
        var existing = await db.Regions.FirstOrDefaultAsync(r => r.Code == region.Code, cancellationToken);
        if (existing is null)
            db.Regions.Add(new Region { Code = region.Code, Name = region.Name });
        else
            existing.Name = region.Name;
    }

    private static async Task UpsertDepartmentsAsync(BudgetDbContext db, IReadOnlyList<DepartmentRecord> departments, CancellationToken cancellationToken)
    {
        // A document names its department and a unit or two: a lookup by key each (tracked ones first) is cheaper than one
        // query for a list.
        foreach (var department in departments)
        {
            var stored = await db.Departments.FindAsync([department.Id], cancellationToken);
            if (stored is null)
            {
                db.Departments.Add(department.ToEntity());
                continue;
            }

            stored.Name = department.Name;
            stored.Code = department.Code;
            stored.ParentId = department.ParentId;
        }
    }

    /// <summary>Names are shared by every document of a year: a published name replaces a reference one, never the reverse.</summary>
    private static async Task<IReadOnlyList<ClassificationNode>> UpsertClassificationAsync(BudgetDbContext db, int year, IReadOnlyList<ClassificationNode> nodes, CancellationToken cancellationToken)
    {
        var codes = nodes.Select(n => n.Code).Distinct().ToList();
        var existing = await db.ClassificationNodes.AsNoTracking().Where(n => n.Year == year && codes.Contains(n.Code))
            .ToDictionaryAsync(n => (n.Scheme, n.Code), cancellationToken);
        var added = new List<ClassificationNode>();
        foreach (var node in nodes)
        {
            if (!existing.TryGetValue((node.Scheme, node.Code), out var stored))
            {
                added.Add(node);
                existing[(node.Scheme, node.Code)] = node;
            }
            else if (stored.NameOrigin == NameOrigin.Reference && node.NameOrigin == NameOrigin.Published)
            {
                stored.Name = node.Name;
                stored.NameOrigin = NameOrigin.Published;
                if (!added.Contains(stored))
                    db.ClassificationNodes.Update(stored);
            }
        }

        return added;
    }
}
