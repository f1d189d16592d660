namespace BudgetGraph.Ingest.Parsing.Layout;

/// <summary>
/// An identity between a table's amount columns in every row: column <see cref="Total"/> = the sum of
/// <see cref="Parts"/> (合计 = 基本支出 + 项目支出; 小计 = 人员经费 + 公用经费). An empty cell counts as 0.
/// </summary>
public sealed record ColumnSum(int Total, IReadOnlyList<int> Parts);
