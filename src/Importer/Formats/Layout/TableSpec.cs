namespace BudgetGraph.Importer.Formats.Layout;

/// <summary>
/// A table a layout family expects: its number in the family's list, its title without year or scope prefix, and for
/// classified tables (rows of 类/款/项 codes) the names of its amount columns, left to right, and whether the first
/// column is the sum of the others (合计 = 基本支出 + 项目支出). A two-sided table prints one column per side
/// (人员经费 rows left, 公用经费 rows right).
/// </summary>
public sealed record TableSpec(string Number, string Title, IReadOnlyList<string>? Columns = null, bool FirstColumnIsSum = true, bool TwoSided = false)
{
    public bool IsClassified => Columns is not null;
}
