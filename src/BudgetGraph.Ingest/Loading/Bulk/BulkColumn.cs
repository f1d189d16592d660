using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetGraph.Ingest.Loading.Bulk;

/// <summary>
/// One column of a bulk-loaded table, as the EF model maps it: the property (of the entity or of a complex type such as
/// the source location), the column name and the type mapping, whose converter turns the CLR value into what the
/// database stores (an enum into its name, …), exactly as SaveChanges would.
/// </summary>
internal sealed class BulkColumn(string name, IProperty property)
{
    private readonly IClrPropertyGetter _getter = property.GetGetter();

    public string Name { get; } = name;

    public IProperty Property { get; } = property;

    public RelationalTypeMapping Mapping { get; } = property.GetRelationalTypeMapping();

    /// <summary>The value to store for <paramref name="entity"/>, converted for the provider; null for NULL.</summary>
    public object? ProviderValue(object entity)
    {
        var value = _getter.GetClrValueUsingContainingEntity(entity);
        if (value is null)
            return null;
        if (Mapping.Converter is { } converter)
            return converter.ConvertToProvider(value);
        return value is Enum ? Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), CultureInfo.InvariantCulture) : value;
    }
}
