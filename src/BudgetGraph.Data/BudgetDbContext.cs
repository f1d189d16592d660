using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data;

/// <summary>The relational model of imported disclosures. Everything below a document is derived from its file.</summary>
public class BudgetDbContext(DbContextOptions<BudgetDbContext> options) : DbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DocumentSourceFile> DocumentSourceFiles => Set<DocumentSourceFile>();

    public DbSet<DisclosedTable> DisclosedTables => Set<DisclosedTable>();

    public DbSet<DisclosedRow> DisclosedRows => Set<DisclosedRow>();

    public DbSet<ClassificationNode> ClassificationNodes => Set<ClassificationNode>();

    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<PerformanceIndicator> PerformanceIndicators => Set<PerformanceIndicator>();

    public DbSet<Finding> Findings => Set<Finding>();

    public DbSet<FindingLocation> FindingLocations => Set<FindingLocation>();

    public DbSet<StatedComparison> StatedComparisons => Set<StatedComparison>();

    public DbSet<DocumentFact> DocumentFacts => Set<DocumentFact>();

    public DbSet<GlossaryTerm> GlossaryTerms => Set<GlossaryTerm>();

    public DbSet<PublishedSubtotal> PublishedSubtotals => Set<PublishedSubtotal>();

    public DbSet<LineRollup> LineRollups => Set<LineRollup>();

    public DbSet<SchemaVersion> SchemaVersions => Set<SchemaVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BudgetDbContext).Assembly);
}
