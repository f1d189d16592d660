using System.Text.RegularExpressions;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats.Common;
using BudgetGraph.Ingest.Parsing;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Narrative;

/// <summary>
/// Reads small stated facts from narrative clauses that end in an amount or a count: "政府采购货物预算0万元",
/// "一般公务用车0辆", "单位价值50万元以上通用设备0台（套）". Clauses about changes are left to the comparisons.
/// </summary>
public static partial class FactReader
{
    public static IEnumerable<DocumentFactRecord> Read(TextNote paragraph, string category, string departmentName)
    {
        foreach (var clause in ClauseBreak().Split(paragraph.Text))
        {
            if (ChangeWords().IsMatch(clause))
                continue;
            var match = FactPattern().Match(clause.Trim());
            if (!match.Success)
                continue;
            var name = CleanName(match.Groups["name"].Value, departmentName);
            if (name.Length == 0 || !AmountText.TryParse(match.Groups["num"].Value, out var number))
                continue;
            var measure = match.Groups["measure"].Value;
            yield return measure == "万元"
                ? new DocumentFactRecord { Category = category, Name = name, Amount = UnitCaption.ToUnits(number, TableUnit.WanYuan), Line = paragraph.Line }
                : new DocumentFactRecord { Category = category, Name = name, Quantity = number, Measure = measure, Line = paragraph.Line };
        }
    }

    private static string CleanName(string name, string departmentName)
    {
        var cleaned = name.Replace(departmentName, "", StringComparison.Ordinal);
        cleaned = Noise().Replace(cleaned, "");
        return cleaned.Trim().TrimEnd('为').Trim();
    }

    [GeneratedRegex(@"[，、；。：,;:]")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"增加|减少|增长|下降|持平|相比")]
    private static partial Regex ChangeWords();

    [GeneratedRegex(@"^(?<name>.*?)(?<![\d.])(?<num>\d[\d,]*(?:\.\d+)?)\s*(?<measure>万元|辆|台（套）|台|套|个|人)$")]
    private static partial Regex FactPattern();

    [GeneratedRegex(@"^\s*[（(][一二三四五六七八九十]+[)）]\s*|\d{4}年度?(期末)?|共有|其中|\s")]
    private static partial Regex Noise();
}
