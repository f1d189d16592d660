using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Data.Configuration;

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.Property(l => l.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.ExpenditureType).HasConversion<string>().HasMaxLength(24);
        builder.Property(l => l.FundingSource).HasConversion<string>().HasMaxLength(32);
        builder.MapSource(l => l.Source);
        builder.HasOne<Document>().WithMany().HasForeignKey(l => l.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Department>().WithMany().HasForeignKey(l => l.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.Year, l.Stage, l.Kind, l.DepartmentId });
        builder.HasIndex(l => new { l.DepartmentId, l.Year });
        builder.HasIndex(l => l.DocumentId);
        builder.HasIndex(l => l.FunctionalCode);
    }
}
