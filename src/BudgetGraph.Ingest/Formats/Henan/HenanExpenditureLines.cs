using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// Budget lines of kind Expenditure from table 03: one per non-empty detail cell of each 项 row (工资福利支出 →
/// personnel 301, 对个人和家庭的补助 → personnel 303, 商品和服务支出 → public 302, 资本性支出 → public 310,
/// 其他运转类/特定目标类 → project). A line belongs to the department row it is listed under.
/// </summary>
internal static class HenanExpenditureLines
{
    public static IReadOnlyList<BudgetLineRecord> Read(HenanFunctionalTable table, HenanDepartments departments)
    {
        var lines = new List<BudgetLineRecord>();
        var owner = departments.Department;
        foreach (var row in table.Rows)
        {
            if (row.Kind == FunctionalRowKind.Department)
            {
                owner = departments.ByCode(row.Code!)
                    ?? throw table.Table.RowError(row.Row, $"department code {row.Code} is not listed in table 02");
                continue;
            }

            if (row.Kind != FunctionalRowKind.Item)
                continue;
            foreach (var (column, (type, economic)) in HenanFunctionalTable.Detail)
            {
                if (row.Amounts[column] is not { } amount)
                    continue;
                lines.Add(new BudgetLineRecord
                {
                    DepartmentId = owner.Id,
                    Kind = LineKind.Expenditure,
                    FunctionalCode = row.Code,
                    EconomicDepartmentCode = economic,
                    ExpenditureType = type,
                    Amount = amount,
                    Source = HenanDocument.Cite(table.Table, row.Row, HenanFunctionalTable.ColumnNames[column]),
                });
            }
        }

        return lines;
    }
}
