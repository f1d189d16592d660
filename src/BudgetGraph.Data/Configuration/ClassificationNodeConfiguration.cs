using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Data.Configuration;

internal sealed class ClassificationNodeConfiguration : IEntityTypeConfiguration<ClassificationNode>
{
    public void Configure(EntityTypeBuilder<ClassificationNode> builder)
    {
        builder.HasKey(n => new { n.Scheme, n.Year, n.Code });
        builder.Property(n => n.Scheme).HasConversion<string>().HasMaxLength(24);
        builder.Property(n => n.NameOrigin).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Code).HasMaxLength(16);
        builder.HasIndex(n => new { n.Scheme, n.Year, n.ParentCode });
        // Labels of breakdown and compare keys look codes up across years (a code the year does not name borrows the
        // nearest year's name): without it that reads every node of the scheme, all codes of all years.
        builder.HasIndex(n => new { n.Scheme, n.Code });
    }
}
