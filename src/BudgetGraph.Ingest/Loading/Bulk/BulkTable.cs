using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BudgetGraph.Ingest.Loading.Bulk;

/// <summary>
/// How an entity type is stored, read from the EF model so the model stays the one description of the schema: table,
/// columns (complex properties such as the source location flattened into their own columns), the store-generated key,
/// and the collections of dependents (a table's rows, a finding's locations) written after it.
/// </summary>
internal sealed class BulkTable
{
    private static readonly ConcurrentDictionary<(IModel, Type), BulkTable> _tables = new();

    private BulkTable(IEntityType entityType)
    {
        EntityType = entityType;
        Name = entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} is not mapped to a table.");
        Schema = entityType.GetSchema();
        var table = StoreObjectIdentifier.Table(Name, Schema);
        var key = entityType.FindPrimaryKey();
        GeneratedKey = key is { Properties: [var only] } && only.ValueGenerated == ValueGenerated.OnAdd ? only : null;
        Columns = [.. ColumnsOf(entityType.GetProperties(), entityType.GetComplexProperties(), table)];
        Dependents = [.. entityType.GetNavigations().Where(n => n.IsCollection && !n.IsOnDependent)];
    }

    public IEntityType EntityType { get; }

    public string Name { get; }

    public string? Schema { get; }

    /// <summary>The single-column key the database generates (identity), if the type has one.</summary>
    public IProperty? GeneratedKey { get; }

    /// <summary>Every column, the generated key included.</summary>
    public IReadOnlyList<BulkColumn> Columns { get; }

    /// <summary>Collection navigations to entities that reference this one (written after it, with its key).</summary>
    public IReadOnlyList<INavigation> Dependents { get; }

    public static BulkTable For(IModel model, Type clrType) =>
        _tables.GetOrAdd((model, clrType), static key => new BulkTable(
            key.Item1.FindEntityType(key.Item2) ?? throw new InvalidOperationException($"{key.Item2.Name} is not in the model.")));

    /// <summary>The columns to insert: without the generated key when the database is to assign it.</summary>
    public IReadOnlyList<BulkColumn> ColumnsToInsert(bool withGeneratedKey) =>
        withGeneratedKey || GeneratedKey is null ? Columns : [.. Columns.Where(c => c.Property != GeneratedKey)];

    private static IEnumerable<BulkColumn> ColumnsOf(IEnumerable<IProperty> properties, IEnumerable<IComplexProperty> complexProperties, StoreObjectIdentifier table)
    {
        foreach (var property in properties)
        {
            if (property.IsShadowProperty())
                throw new NotSupportedException($"Bulk loading reads CLR properties; {property.DeclaringType.DisplayName()}.{property.Name} is a shadow property.");
            if (property.GetColumnName(table) is { } column)
                yield return new BulkColumn(column, property);
        }

        foreach (var complex in complexProperties)
        {
            foreach (var column in ColumnsOf(complex.ComplexType.GetProperties(), complex.ComplexType.GetComplexProperties(), table))
                yield return column;
        }
    }
}
