using System.Collections;
using BudgetGraph.Ingest.Formats;
using BudgetGraph.Ingest.Loading.Bulk;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BudgetGraph.Bench;

/// <summary>
/// The rows the importer wrote for a set of documents, per table, as the values stored (read from the entities after
/// the import, so keys and references are the ones in the database). The raw loop inserts exactly these.
/// </summary>
internal sealed class FactRows
{
    private readonly IModel _model;

    public FactRows(IModel model, IEnumerable<DisclosureContent> documents)
    {
        _model = model;
        foreach (var content in documents)
        {
            Add(content.Tables);
            Add(content.Lines);
            Add(content.Projects);
            Add(content.DepartmentIndicators);
            Add(content.Comparisons);
            Add(content.Facts);
            Add(content.Glossary);
            Add(content.Findings);
            Add(content.Subtotals);
        }
    }

    /// <summary>Tables in insertion order (parents before their dependents), each with its columns and rows.</summary>
    public IEnumerable<(BulkTable Table, IReadOnlyList<BulkColumn> Columns, List<object?[]> Rows)> Tables =>
        _tables.OrderBy(t => t.Depth).Select(t => (t.Table, t.Columns, t.Rows));

    /// <summary>Each table once per column set, with its depth below the roots (so a dependent comes after its parent).</summary>
    private readonly List<(BulkTable Table, IReadOnlyList<BulkColumn> Columns, List<object?[]> Rows, int Depth)> _tables = [];

    public int Count(string table) => Tables.Where(t => t.Table.Name == table).Sum(t => t.Rows.Count);

    private void Add<T>(IEnumerable<T> entities)
        where T : class => Add(BulkTable.For(_model, typeof(T)), entities.Cast<object>().ToList(), 0);

    private void Add(BulkTable table, List<object> entities, int depth)
    {
        if (entities.Count == 0)
            return;

        // A key the database generated is not on the entity (it stayed 0): leave it to the database here too.
        var withKey = table.GeneratedKey is { } key && entities.Any(e => !Equals(key.PropertyInfo!.GetValue(e), Activator.CreateInstance(key.ClrType)));
        var columns = table.ColumnsToInsert(withKey);
        var index = _tables.FindIndex(t => t.Table == table && t.Columns.Count == columns.Count);
        if (index < 0)
        {
            _tables.Add((table, columns, [], depth));
            index = _tables.Count - 1;
        }
        else if (_tables[index].Depth < depth)
        {
            _tables[index] = _tables[index] with { Depth = depth };
        }

        var entry = _tables[index];
        entry.Rows.AddRange(entities.Select(e => columns.Select(c => c.ProviderValue(e)).ToArray()));
        foreach (var navigation in table.Dependents)
        {
            var children = entities.SelectMany(e => ((IEnumerable?)navigation.PropertyInfo?.GetValue(e))?.Cast<object>() ?? []).ToList();
            Add(BulkTable.For(_model, navigation.TargetEntityType.ClrType), children, depth + 1);
        }
    }
}
