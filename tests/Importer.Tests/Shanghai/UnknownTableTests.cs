using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Parsing;
using Importer.Tests.Infrastructure;

namespace Importer.Tests.Shanghai;

/// <summary>A known family with an extra titled table: imported, with a located WARNING naming the table.</summary>
public sealed class UnknownTableTests
{
    [SkippableFact]
    public void Read_ExtraTitledTable_WarningNamesItAndTheRestIsUnchanged()
    {
        Corpus.Require();
        var lines = File.ReadAllLines(Corpus.Wanli(2025)).ToList();
        var at = lines.FindLastIndex(l => l.Trim() == "其他相关情况说明");
        lines.InsertRange(at, ["                 2025年部门自定义附表", "编制部门：上海市普陀区人民政府万里街道办事处          单位:元", "   项目        金额", "   测试        1.00"]);

        var content = DisclosureReader.Read("extra.txt", System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines))).Content;

        var warning = Assert.Single(content.Findings, f => f.Code == "UNKNOWN_TABLE");
        Assert.Equal((Severity.Warning, "2025年部门自定义附表", at + 1), (warning.Severity, warning.Table, warning.Locations[0].Line));
        Assert.Equal(189_767_551L * Money.UnitsPerYuan, content.Lines.Where(l => l.Kind == LineKind.Expenditure).Sum(l => l.Amount));
    }
}
