using System.Collections;
using System.Globalization;
using BudgetGraph.Data;

namespace BudgetGraph.Ingest.Loading.Bulk;

/// <summary>
/// Writes entities and, following the model's collection navigations, their dependents (a table's rows, a project's
/// indicators, a finding's locations) with <see cref="BulkInserter"/>, inside the open transaction. A parent whose
/// dependents need its key gets keys reserved up front (<see cref="BulkInserter.ReserveKeysAsync"/>), so parents and
/// children are written in one pass each without reading generated keys back; other rows leave the key to the database.
/// </summary>
internal sealed class BulkGraphWriter(BudgetDbContext db)
{
    private readonly BudgetDbContext _db = db;
    private readonly BulkInserter _inserter = BulkInserter.For(db);

    public Task InsertAsync<T>(IEnumerable<T> entities, CancellationToken cancellationToken)
        where T : class =>
        InsertAsync(BulkTable.For(_db.Model, typeof(T)), [.. entities], cancellationToken);

    private async Task InsertAsync(BulkTable table, IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
            return;

        var dependents = table.Dependents
            .Select(navigation => (Navigation: navigation, Children: rows.Select(row => (Row: row, Children: ((IEnumerable?)navigation.PropertyInfo?.GetValue(row))?.Cast<object>().ToList() ?? [])).ToList()))
            .Where(d => d.Children.Any(c => c.Children.Count > 0))
            .ToList();
        var reserveKeys = dependents.Count > 0 && table.GeneratedKey is not null;
        if (reserveKeys)
        {
            var keys = await _inserter.ReserveKeysAsync(table, rows.Count, cancellationToken);
            var property = table.GeneratedKey!.PropertyInfo!;
            for (var i = 0; i < rows.Count; i++)
                property.SetValue(rows[i], Convert.ChangeType(keys[i], property.PropertyType, CultureInfo.InvariantCulture));
        }

        await _inserter.InsertAsync(table, table.ColumnsToInsert(reserveKeys), rows, cancellationToken);

        foreach (var (navigation, children) in dependents)
        {
            var foreignKey = navigation.ForeignKey.Properties.Select(p => p.PropertyInfo!).ToArray();
            var principalKey = navigation.ForeignKey.PrincipalKey.Properties.Select(p => p.PropertyInfo!).ToArray();
            foreach (var (row, rowChildren) in children)
            {
                foreach (var child in rowChildren)
                {
                    for (var k = 0; k < foreignKey.Length; k++)
                        foreignKey[k].SetValue(child, principalKey[k].GetValue(row));
                }
            }

            await InsertAsync(BulkTable.For(_db.Model, navigation.TargetEntityType.ClrType), [.. children.SelectMany(c => c.Children)], cancellationToken);
        }
    }
}
