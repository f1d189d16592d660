using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Parsing;

namespace BudgetGraph.Ingest.Formats.Henan;

/// <summary>
/// Tables 03 and 05 share one layout: 类 款 项 | 部门代码 | 名称 | 合计 | 基本支出 (小计, 工资福利, 对个人和家庭的补助,
/// 商品和服务, 资本性) | 项目支出 (小计, 其他运转类, 特定目标类). The layout is fixed by the family and checked against
/// the header, because table 05's third header row is shifted in the published export.
/// </summary>
internal sealed partial class HenanFunctionalTable
{
    public const int Total = 5;
    public const int BasicSubtotal = 6;
    public const int Salaries = 7;
    public const int Households = 8;
    public const int Goods = 9;
    public const int Capital = 10;
    public const int ProjectSubtotal = 11;
    public const int Operating = 12;
    public const int Targeted = 13;

    /// <summary>Amount columns with their published names (as table 03 prints them).</summary>
    public static IReadOnlyDictionary<int, string> ColumnNames { get; } = new Dictionary<int, string>
    {
        [Total] = "合计",
        [BasicSubtotal] = "基本支出/小计",
        [Salaries] = "工资福利支出",
        [Households] = "对个人和家庭的补助",
        [Goods] = "商品和服务支出",
        [Capital] = "资本性支出",
        [ProjectSubtotal] = "项目支出/小计",
        [Operating] = "其他运转类",
        [Targeted] = "特定目标类",
    };

    /// <summary>What each detail column feeds: expenditure type and, for basic spending, the economic 类.</summary>
    public static IReadOnlyDictionary<int, (ExpenditureType Type, string? Economic)> Detail { get; } = new Dictionary<int, (ExpenditureType, string?)>
    {
        [Salaries] = (ExpenditureType.BasicPersonnel, "301"),
        [Households] = (ExpenditureType.BasicPersonnel, "303"),
        [Goods] = (ExpenditureType.BasicPublic, "302"),
        [Capital] = (ExpenditureType.BasicPublic, "310"),
        [Operating] = (ExpenditureType.Project, null),
        [Targeted] = (ExpenditureType.Project, null),
    };

    private HenanFunctionalTable(TextTable table, IReadOnlyList<FunctionalRow> rows)
    {
        Table = table;
        Rows = rows;
    }

    public TextTable Table { get; }

    public IReadOnlyList<FunctionalRow> Rows { get; }

    public FunctionalRow? TotalRow => Rows.FirstOrDefault(r => r.Kind == FunctionalRowKind.Total);

    public IEnumerable<FunctionalRow> Items => Rows.Where(r => r.Kind == FunctionalRowKind.Item);

    public static HenanFunctionalTable Read(HenanDocument document, TextTable table)
    {
        if (table.Rows.Count == 0)
            return new HenanFunctionalTable(table, []);
        HenanDocument.ExpectHeader(table, 0, Total, "合计");
        HenanDocument.ExpectHeader(table, 0, BasicSubtotal, "基本支出");
        HenanDocument.ExpectHeader(table, 1, 0, "类");
        HenanDocument.ExpectHeader(table, 1, Salaries, "人员经费");
        HenanDocument.ExpectHeader(table, 1, Operating, "其他运转类");
        if (table.Width > Targeted + 1)
            throw table.RowError(table.Rows.First(r => r.Cells.Count > Targeted + 1), $"the table has {table.Width} columns, the layout has {Targeted + 1}");

        var rows = new List<FunctionalRow>();
        foreach (var row in HenanDocument.DataRows(table))
        {
            var amounts = ColumnNames.Keys.ToDictionary(c => c, c => document.Units(table, row, c));
            if (row[0] is not null || row[1] is not null || row[2] is not null)
                rows.Add(new FunctionalRow(row, FunctionalRowKind.Item, ItemCode(table, row), row[4], amounts));
            else if (row[3] is { } department)
                rows.Add(new FunctionalRow(row, FunctionalRowKind.Department, DepartmentCode(table, row, department), row[4], amounts));
            else if (row[4] == "合计")
                rows.Add(new FunctionalRow(row, FunctionalRowKind.Total, null, row[4], amounts));
            else if (amounts.Values.Any(a => a is not null))
                throw table.RowError(row, "a row with amounts has neither a classification code, a department code nor 合计");
        }

        return new HenanFunctionalTable(table, rows);
    }

    private static string ItemCode(TextTable table, TextRow row)
    {
        var code = $"{row[0]}{row[1]}{row[2]}";
        return ClassPattern().IsMatch(row[0] ?? "") && PartPattern().IsMatch(row[1] ?? "") && PartPattern().IsMatch(row[2] ?? "")
            ? code
            : throw table.RowError(row, $"functional code \"{row[0]}|{row[1]}|{row[2]}\" is not 类 (3 digits), 款 (2) and 项 (2)");
    }

    private static string DepartmentCode(TextTable table, TextRow row, string code) =>
        DigitsPattern().IsMatch(code) ? code : throw table.RowError(row, $"department code \"{code}\" is not numeric");

    [GeneratedRegex(@"^\d{3}$")]
    private static partial Regex ClassPattern();

    [GeneratedRegex(@"^\d{2}$")]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex DigitsPattern();
}
