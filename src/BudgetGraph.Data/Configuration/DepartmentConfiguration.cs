using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Data.Configuration;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Scope).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(d => d.Parent).WithMany(d => d.Units).HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.ParentId);
        builder.HasIndex(d => new { d.RegionCode, d.Scope, d.Name });
    }
}
