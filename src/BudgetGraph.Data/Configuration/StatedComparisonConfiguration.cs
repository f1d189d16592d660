using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Data.Configuration;

internal sealed class StatedComparisonConfiguration : IEntityTypeConfiguration<StatedComparison>
{
    public void Configure(EntityTypeBuilder<StatedComparison> builder) =>
        builder.HasOne<Document>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
}
