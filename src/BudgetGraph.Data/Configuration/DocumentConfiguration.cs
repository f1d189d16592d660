using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Data.Configuration;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.HasOne(d => d.Department).WithMany().HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.DepartmentId, d.Year, d.Stage });
        builder.HasIndex(d => d.Sha256);
        // Query.years walks this index one distinct year at a time instead of reading every document.
        builder.HasIndex(d => d.Year);
        builder.HasMany(d => d.SourceFiles).WithOne().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Tables).WithOne().HasForeignKey(t => t.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Findings).WithOne().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
