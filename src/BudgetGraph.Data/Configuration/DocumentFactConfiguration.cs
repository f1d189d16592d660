using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Data.Configuration;

internal sealed class DocumentFactConfiguration : IEntityTypeConfiguration<DocumentFact>
{
    public void Configure(EntityTypeBuilder<DocumentFact> builder) =>
        builder.HasOne<Document>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
}
