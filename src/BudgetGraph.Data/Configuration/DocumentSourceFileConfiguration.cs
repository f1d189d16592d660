using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Data.Configuration;

internal sealed class DocumentSourceFileConfiguration : IEntityTypeConfiguration<DocumentSourceFile>
{
    public void Configure(EntityTypeBuilder<DocumentSourceFile> builder)
    {
        builder.HasIndex(f => new { f.DocumentId, f.Sha256 }).IsUnique();
        builder.HasIndex(f => f.Sha256);
    }
}
