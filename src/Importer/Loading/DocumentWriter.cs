using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Importer.Loading;

/// <summary>
/// Writes one read disclosure inside the caller's transaction: shared records (region, departments, classification
/// names) are added or updated, the document's own facts are replaced wholesale.
/// </summary>
internal sealed class DocumentWriter(BudgetDbContext db)
{
    private readonly BudgetDbContext _db = db;

    public async Task<ImportOutcome> WriteAsync(ReadDisclosure read, CancellationToken cancellationToken)
    {
        var content = read.Content;
        var now = DateTimeOffset.UtcNow;
        await UpsertRegionAsync(content.Region, cancellationToken);
        foreach (var department in content.Departments)
            await UpsertDepartmentAsync(department, cancellationToken);
        await UpsertClassificationAsync(content.Classification, cancellationToken);
        await _db.SaveChangesAsync(cancellationToken);

        var document = await _db.Documents.FirstOrDefaultAsync(d => d.Id == content.DocumentId, cancellationToken);
        var outcome = document is null ? ImportOutcome.Created : ImportOutcome.Replaced;
        if (document is null)
        {
            document = new Document
            {
                Id = content.DocumentId,
                DepartmentId = content.Departments[0].Id,
                Title = content.Title,
                Family = content.Family,
                Sha256 = read.Sha256,
                FileName = read.FileName,
            };
            _db.Documents.Add(document);
        }
        else
        {
            await DocumentFacts.DeleteAsync(_db, document.Id, cancellationToken);
        }

        document.DepartmentId = content.Departments[0].Id;
        document.Year = content.Year;
        document.Stage = content.Stage;
        document.Title = content.Title;
        document.Family = content.Family;
        document.Sha256 = read.Sha256;
        document.FileName = read.FileName;
        document.Publisher = content.Publisher;
        document.ImportedAt = now;
        if (!await _db.DocumentSourceFiles.AnyAsync(f => f.DocumentId == document.Id && f.Sha256 == read.Sha256, cancellationToken))
            _db.DocumentSourceFiles.Add(new DocumentSourceFile { DocumentId = document.Id, Sha256 = read.Sha256, FileName = read.FileName, ImportedAt = now });

        _db.DisclosedTables.AddRange(content.Tables);
        _db.BudgetLines.AddRange(content.Lines);
        _db.Projects.AddRange(content.Projects);
        _db.PerformanceIndicators.AddRange(content.DepartmentIndicators);
        _db.StatedComparisons.AddRange(content.Comparisons);
        _db.DocumentFacts.AddRange(content.Facts);
        _db.GlossaryTerms.AddRange(content.Glossary);
        _db.Findings.AddRange(content.Findings);
        _db.PublishedSubtotals.AddRange(content.Subtotals);
        await _db.SaveChangesAsync(cancellationToken);
        return outcome;
    }

    private async Task UpsertRegionAsync(Region region, CancellationToken cancellationToken)
    {
        var existing = await _db.Regions.FindAsync([region.Code], cancellationToken);
        if (existing is null)
            _db.Regions.Add(new Region { Code = region.Code, Name = region.Name });
        else
            existing.Name = region.Name;
    }

    private async Task UpsertDepartmentAsync(Department department, CancellationToken cancellationToken)
    {
        var existing = await _db.Departments.FindAsync([department.Id], cancellationToken);
        if (existing is null)
        {
            _db.Departments.Add(department);
            return;
        }

        existing.Name = department.Name;
        existing.Code = department.Code;
        existing.ParentId = department.ParentId;
    }

    /// <summary>Names are shared by every document of a year: a published name replaces a reference one, never the reverse.</summary>
    private async Task UpsertClassificationAsync(IReadOnlyList<ClassificationNode> nodes, CancellationToken cancellationToken)
    {
        foreach (var node in nodes)
        {
            var existing = await _db.ClassificationNodes.FindAsync([node.Scheme, node.Year, node.Code], cancellationToken);
            if (existing is null)
            {
                _db.ClassificationNodes.Add(node);
            }
            else if (existing.NameOrigin == NameOrigin.Reference && node.NameOrigin == NameOrigin.Published)
            {
                existing.Name = node.Name;
                existing.NameOrigin = NameOrigin.Published;
            }
        }
    }
}
