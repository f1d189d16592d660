using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Data.Configuration;

internal sealed class DisclosedRowConfiguration : IEntityTypeConfiguration<DisclosedRow>
{
    public void Configure(EntityTypeBuilder<DisclosedRow> builder) =>
        builder.HasIndex(r => new { r.TableId, r.Row });
}
