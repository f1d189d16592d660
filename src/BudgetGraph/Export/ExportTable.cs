using System.Collections;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace BudgetGraph.Export;

/// <summary>
/// The table an export writes, read from the executed result of a query with exactly one root field.
/// <para>
/// Rows: the root field's value gives them — a list gives its items; a connection (an object with <c>nodes</c> or
/// <c>edges</c> selected) gives its nodes (<c>nodes</c>, else <c>edges[].node</c>; its <c>totalCount</c> and
/// <c>pageInfo</c> are not written); a single object is one row, and a null one no row. A series is nested: each
/// <c>SeriesRow</c> holds its <c>points</c>, so the CSV has one row per point with the series row's columns
/// (<c>key</c>, <c>label</c>) repeated on each, and headers <c>points.year</c>, <c>points.amount (万元)</c>; a series
/// row without points is one row with empty point cells. The NDJSON keeps the items as they are, points nested.
/// </para>
/// <para>
/// Columns come from the query, not the data, so an empty result still has its header: the row's fields in
/// selection order (fragments expanded, aliases as names), nested objects flattened to dotted paths
/// (<c>department.name</c>), scalars only; a list inside a row is one cell holding its JSON. Amount columns name
/// their unit (<see cref="AmountUnitHeader"/>). A field that <c>@skip</c>/<c>@include</c> leaves out keeps its
/// column, with empty cells.
/// </para>
/// </summary>
internal sealed class ExportTable
{
    /// <summary>Item types of lists that become rows of their own in the CSV, one per item, beside their parent's columns.</summary>
    private static readonly HashSet<string> _expandedItemTypes = ["SeriesPoint"];

    private readonly GraphQLDocument _document;
    private readonly AmountUnitHeader _units;
    private readonly List<ExportColumn> _columns = [];
    private readonly ExecutionNode _rootField;
    private readonly RowPath _rowPath;
    private string? _expanded;

    private ExportTable(ExecutionResult result, Inputs? variables)
    {
        _document = result.Document ?? throw new InvalidOperationException("An executed result has its document.");
        var operation = result.Operation ?? throw new InvalidOperationException("An executed result has its operation.");
        _units = new AmountUnitHeader(operation, variables);
        var root = result.Data as ObjectExecutionNode ?? throw new InvalidOperationException("An executed result's data is its execution tree.");
        _rootField = root.SubFields is [var single] ? single : throw new InvalidOperationException("SingleRootFieldRule lets only one root field through.");

        var field = _rootField.Field;
        var definition = _rootField.FieldDefinition;
        _rowPath = RowPath.For(field, definition.ResolvedType!, _document, out var rowField, out var rowType);
        if (rowType is IComplexGraphType complex)
            Collect(complex, rowField.SelectionSet, [], rowLevel: true);
        else
            _columns.Add(new ExportColumn(SelectionFields.ResponseName(field) + _units.SuffixFor(definition, field), []));
    }

    public IReadOnlyList<ExportColumn> Columns => _columns;

    public static ExportTable From(ExecutionResult result, Inputs? variables) => new(result, variables);

    /// <summary>The items of the rows list, as they are (the NDJSON lines).</summary>
    public IEnumerable<object?> Items() => _rowPath.Items(_rootField);

    /// <summary>The CSV rows: the items, a series row once per point.</summary>
    public IEnumerable<ExportRow> Rows()
    {
        foreach (var item in Items())
        {
            if (_expanded is null || Child(item, _expanded) is not ArrayExecutionNode { Items: [_, ..] points })
            {
                yield return new ExportRow(item, null);
                continue;
            }

            foreach (var point in points)
                yield return new ExportRow(item, point);
        }
    }

    /// <summary>The value of a column in a row: a scalar, an execution node (a list, for a JSON cell), or null.</summary>
    public object? ValueOf(ExportRow row, ExportColumn column)
    {
        var fromPoint = _expanded is not null && column.Path is [var first, ..] && first == _expanded;
        object? node = fromPoint ? row.Point : row.Item;
        for (var i = fromPoint ? 1 : 0; i < column.Path.Count && node is not null; i++)
            node = Child(node, column.Path[i]);
        return node switch
        {
            ValueExecutionNode value => value.ToValue(),
            NullExecutionNode => null,
            ObjectExecutionNode { SubFields: null } => null,
            ArrayExecutionNode { Items: null, SerializedResult: null } => null,
            _ => node,
        };
    }

    private static ExecutionNode? Child(object? node, string responseName) =>
        (node as ObjectExecutionNode)?.SubFields?.FirstOrDefault(child => child.Name == responseName);

    private void Collect(IComplexGraphType type, GraphQLSelectionSet? selectionSet, List<string> path, bool rowLevel)
    {
        foreach (var field in SelectionFields.Of(selectionSet, _document))
        {
            List<string> fieldPath = [.. path, SelectionFields.ResponseName(field)];
            var header = string.Join('.', fieldPath);
            // __typename and the other meta fields are not among the type's fields; they are strings.
            var definition = type.GetField(field.Name.Value);
            var fieldType = definition?.ResolvedType;
            var named = fieldType?.GetNamedType();
            if (RowPath.IsList(fieldType))
            {
                if (rowLevel && _expanded is null && named is IComplexGraphType item && _expandedItemTypes.Contains(item.Name))
                {
                    _expanded = fieldPath[^1];
                    Collect(item, field.SelectionSet, fieldPath, rowLevel: false);
                }
                else
                {
                    _columns.Add(new ExportColumn(header, fieldPath));
                }
            }
            else if (named is IComplexGraphType complex)
            {
                Collect(complex, field.SelectionSet, fieldPath, rowLevel: false);
            }
            else
            {
                _columns.Add(new ExportColumn(header + _units.SuffixFor(definition, field), fieldPath));
            }
        }
    }

    /// <summary>Where the rows are below the root field: the field itself (a list or one object), its nodes, or its edges' nodes.</summary>
    private sealed record RowPath(string? Nodes, string? Edges, string? Node, bool IsListRoot)
    {
        public static RowPath For(GraphQLField root, IGraphType rootType, GraphQLDocument document, out GraphQLField rowField, out IGraphType rowType)
        {
            rowField = root;
            rowType = rootType.GetNamedType();
            if (IsList(rootType))
                return new RowPath(null, null, null, IsListRoot: true);
            if (rowType is not IComplexGraphType connection)
                return new RowPath(null, null, null, IsListRoot: false);

            var fields = SelectionFields.Of(root.SelectionSet, document).ToList();
            if (fields.FirstOrDefault(f => f.Name.StringValue == "nodes") is { } nodes && connection.GetField(nodes.Name.Value) is { } nodesDefinition)
            {
                rowField = nodes;
                rowType = nodesDefinition.ResolvedType!.GetNamedType();
                return new RowPath(SelectionFields.ResponseName(nodes), null, null, IsListRoot: false);
            }

            if (fields.FirstOrDefault(f => f.Name.StringValue == "edges") is { } edges
                && connection.GetField(edges.Name.Value)?.ResolvedType?.GetNamedType() is IComplexGraphType edge
                && SelectionFields.Of(edges.SelectionSet, document).FirstOrDefault(f => f.Name.StringValue == "node") is { } node
                && edge.GetField(node.Name.Value) is { } nodeDefinition)
            {
                rowField = node;
                rowType = nodeDefinition.ResolvedType!.GetNamedType();
                return new RowPath(null, SelectionFields.ResponseName(edges), SelectionFields.ResponseName(node), IsListRoot: false);
            }

            return new RowPath(null, null, null, IsListRoot: false);
        }

        public static bool IsList(IGraphType? type) =>
            (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;

        public IEnumerable<object?> Items(ExecutionNode rootField)
        {
            if (IsListRoot)
                return ItemsOf(rootField);
            if (Nodes is not null)
                return ItemsOf(Child(rootField, Nodes));
            if (Edges is not null)
                return ItemsOf(Child(rootField, Edges)).Select(edge => Child(edge, Node!));
            return rootField is NullExecutionNode or ObjectExecutionNode { SubFields: null } ? [] : [rootField];
        }

        /// <summary>A list's items; GraphQL.NET keeps a list of scalars as its serialized values, without item nodes.</summary>
        private static IEnumerable<object?> ItemsOf(ExecutionNode? list) => list switch
        {
            ArrayExecutionNode { Items: { } items } => items,
            ArrayExecutionNode { SerializedResult: IEnumerable values } => values.Cast<object?>(),
            _ => [],
        };
    }
}
