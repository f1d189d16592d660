using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Data.Configuration;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.Property(f => f.Severity).HasConversion<string>().HasMaxLength(16);
        builder.HasMany(f => f.Locations).WithOne().HasForeignKey(l => l.FindingId).OnDelete(DeleteBehavior.Cascade);
    }
}
