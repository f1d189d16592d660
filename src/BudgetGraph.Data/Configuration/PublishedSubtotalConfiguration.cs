using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Data.Configuration;

internal sealed class PublishedSubtotalConfiguration : IEntityTypeConfiguration<PublishedSubtotal>
{
    public void Configure(EntityTypeBuilder<PublishedSubtotal> builder)
    {
        builder.Property(s => s.Scheme).HasConversion<string>().HasMaxLength(24);
        builder.Property(s => s.Code).HasMaxLength(16);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.ExpenditureType).HasConversion<string>().HasMaxLength(24);
        builder.MapSource(s => s.Source);
        builder.HasOne<Document>().WithMany().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.DocumentId, s.Scheme, s.Level });
    }
}
