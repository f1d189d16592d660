using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Data.Configuration;

internal sealed class DisclosedTableConfiguration : IEntityTypeConfiguration<DisclosedTable>
{
    public void Configure(EntityTypeBuilder<DisclosedTable> builder)
    {
        builder.Property(t => t.Unit).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(t => t.Label);
        builder.HasMany(t => t.Rows).WithOne().HasForeignKey(r => r.TableId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.DocumentId);
    }
}
