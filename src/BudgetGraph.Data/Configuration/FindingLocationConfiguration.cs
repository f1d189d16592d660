using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Data.Configuration;

internal sealed class FindingLocationConfiguration : IEntityTypeConfiguration<FindingLocation>
{
    public void Configure(EntityTypeBuilder<FindingLocation> builder) => builder.MapSource(l => l.Source);
}
