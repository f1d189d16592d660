namespace BudgetGraph.Importer.Formats.Layout;

/// <summary>
/// A table a layout family expects: its number in the family's list, its title without year or scope prefix, and for
/// classified tables (rows of 类/款/项 codes) the names of its amount columns, left to right.
/// </summary>
public sealed record TableSpec(string Number, string Title, IReadOnlyList<string>? Columns = null)
{
    public bool IsClassified => Columns is not null;
}
