using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Data.Configuration;

internal sealed class LineRollupConfiguration : IEntityTypeConfiguration<LineRollup>
{
    public void Configure(EntityTypeBuilder<LineRollup> builder)
    {
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Dimension).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.Code).HasMaxLength(16);
        builder.Property(r => r.ExpenditureType).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.FundingSource).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Document>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        // A department's groups of one dimension and level, by year: the read of a breakdown, compare or series.
        builder.HasIndex(r => new { r.DepartmentId, r.Dimension, r.Level, r.Year });
        builder.HasIndex(r => r.DocumentId);
    }
}
