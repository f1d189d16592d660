using BudgetGraph.Data.Values;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Data.Configuration;

/// <summary>Maps a <see cref="SourceLocation"/> as columns Source_Table, Source_Row, … of its owner.</summary>
internal static class SourceLocationMapping
{
    public static void MapSource<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, SourceLocation?>> source)
        where T : class =>
        builder.ComplexProperty(source, s => s.Property(p => p.Table).HasMaxLength(120));
}
