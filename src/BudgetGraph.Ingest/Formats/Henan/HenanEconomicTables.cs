using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// Reads the economic tables. 06 一般公共预算基本支出表: 部门经济分类 code | name | 政府经济分类 code | name | 合计 |
/// 人员经费 | 公用经费, 5-digit codes. 07 支出经济分类汇总表: the same pairs split into 类 and 款 cells, then 总计 and funding
/// sources; it also lists department rows (028), which are subtotals.
/// </summary>
internal static partial class HenanEconomicTables
{
    public const string TotalColumn = "合计";
    public const string PersonnelColumn = "人员经费";
    public const string PublicColumn = "公用经费";
    public const string SummaryTotalColumn = "总计";

    public static IReadOnlyList<EconomicRow> ReadBasic(HenanDocument document, TextTable table)
    {
        HenanDocument.ExpectHeader(table, 1, 0, "科目编码");
        HenanDocument.ExpectHeader(table, 1, 4, TotalColumn);
        HenanDocument.ExpectHeader(table, 1, 5, PersonnelColumn);
        HenanDocument.ExpectHeader(table, 1, 6, PublicColumn);
        var rows = new List<EconomicRow>();
        foreach (var row in HenanDocument.DataRows(table))
        {
            var total = document.Units(table, row, 4);
            var personnel = document.Units(table, row, 5);
            var @public = document.Units(table, row, 6);
            if (row[0] is null && (row[1] == "合计" || row[0] == "合计"))
                rows.Add(new EconomicRow(row, true, null, row[1], null, null, total, personnel, @public));
            else if (row[0] is not null)
                rows.Add(new EconomicRow(row, false, Code(table, row, row[0], 5), row[1], OptionalCode(table, row, row[2], 5), row[3], total, personnel, @public));
            else if (total is not null || personnel is not null || @public is not null)
                throw table.RowError(row, "a row with amounts has no economic classification code");
        }

        return rows;
    }

    public static IReadOnlyList<EconomicRow> ReadSummary(HenanDocument document, TextTable table)
    {
        HenanDocument.ExpectHeader(table, 0, 6, SummaryTotalColumn);
        HenanDocument.ExpectHeader(table, 1, 0, "类");
        HenanDocument.ExpectHeader(table, 1, 3, "类");
        var rows = new List<EconomicRow>();
        foreach (var row in HenanDocument.DataRows(table))
        {
            var total = document.Units(table, row, 6);
            if (row[2] == "合计")
            {
                rows.Add(new EconomicRow(row, true, null, row[2], null, null, total, null, null));
            }
            else if (row[0] is not null && row[1] is null && row[3] is null)
            {
                // A department row (028 …): a subtotal of the rows below, not an economic code.
                continue;
            }
            else if (row[0] is not null)
            {
                var department = Code(table, row, row[0] + row[1], 5);
                var government = row[3] is null ? null : Code(table, row, row[3] + row[4], 5);
                rows.Add(new EconomicRow(row, false, department, row[2], government, row[5], total, null, null));
            }
            else if (total is not null)
            {
                throw table.RowError(row, "a row with amounts has no economic classification code");
            }
        }

        return rows;
    }

    private static string? OptionalCode(TextTable table, TextRow row, string? code, int length) =>
        code is null ? null : Code(table, row, code, length);

    private static string Code(TextTable table, TextRow row, string? code, int length) =>
        code is not null && code.Length == length && Digits().IsMatch(code)
            ? code
            : throw table.RowError(row, $"economic classification code \"{code}\" is not {length} digits");

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Digits();
}
