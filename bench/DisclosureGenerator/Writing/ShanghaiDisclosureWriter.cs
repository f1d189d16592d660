using System.Globalization;
using System.Text;
using BudgetGraph.DisclosureGenerator.Catalog;
using BudgetGraph.DisclosureGenerator.Model;
using static BudgetGraph.DisclosureGenerator.Writing.AmountText;

namespace BudgetGraph.DisclosureGenerator.Writing;

/// <summary>
/// Lays a budget out as a Shanghai 部门预算 in the tab extraction of its PDF (the layout of
/// shanghai-putuo_wanli-…_2025_budget_dept.alt-tab-extraction.txt): cells separated by " \t", empty cells dropped,
/// "-- PAGE_BREAK --" between pages; 9 tables in 元 with 类, 款 and 项 rows; the narrative states the change in 万元.
/// Everything is 财政拨款 (一般公共预算); the 政府性基金 and 国有资本经营 tables are empty.
/// </summary>
public static class ShanghaiDisclosureWriter
{
    private const string PageBreak = "\n-- PAGE_BREAK --\n\n\n";

    public static string Write(DepartmentBudget budget)
    {
        var text = new StringBuilder();
        Narrative(text, budget);
        Overview(text, budget);
        Classified(text, budget, "部门收入预算总表", "收入预算", "合计 \t财政拨款收入 \t事业收入 事业单位\n经营收入 其他收入",
            (total, _, _) => [total, total, 0, 0, 0]);
        Classified(text, budget, "部门支出预算总表", "支出预算", "合计 \t基本支出 \t项目支出", (total, basic, project) => [total, basic, project]);
        FiscalOverview(text, budget);
        Classified(text, budget, "部门一般公共预算支出功能分类预算表", "一般公共预算支出", "合计 \t基本支出 \t项目支出", (total, basic, project) => [total, basic, project]);
        Empty(text, budget, "部门政府性基金预算支出功能分类预算表", "政府性基金预算支出", "政府性基金预算财政拨款");
        Empty(text, budget, "部门国有资本经营预算支出功能分类预算表", "国有资本经营预算支出", "国有资本经营预算财政拨款");
        Economic(text, budget);
        ThreePublic(text, budget);
        return text.ToString();
    }

    private static void Row(StringBuilder text, params string[] cells) =>
        text.Append(string.Join(" \t", cells.Where(c => c.Length > 0))).Append('\n');

    private static void Caption(StringBuilder text, DepartmentBudget b, string title, string unit = "单位：元")
    {
        text.Append(PageBreak).Append(b.Year).Append('年').Append(title).Append('\n');
        Row(text, "编制部门：" + b.Department.Name, unit);
    }

    private static void Narrative(StringBuilder text, DepartmentBudget b)
    {
        var (verb, amount, _, _) = Change(b.Total, b.PriorTotal);
        var total = Wan(b.Total);
        var prior = (b.Year - 1).ToString(CultureInfo.InvariantCulture);
        text.Append(b.Department.Region.Name).Append(b.Year).Append("年区级部门预算（").Append(SyntheticText.Title).Append("）\n")
            .Append("预算主管部门：").Append(b.Department.Name).Append('\n')
            .Append(SyntheticText.Notice).Append('\n')
            .Append(PageBreak)
            .Append(b.Year).Append("年部门预算编制说明\n")
            .Append(b.Year).Append("年，").Append(b.Department.Name).Append("收入预算").Append(total).Append("万元，其中：财政拨款收入").Append(total)
            .Append("万元，比").Append(prior).Append("年预算").Append(verb).Append(amount).Append("万元；事业收入0.00万元；事业单位经营收入0.00万元；其他收入0.00万元。\n")
            .Append("支出预算").Append(total).Append("万元，其中：财政拨款支出预算").Append(total).Append("万元，比").Append(prior).Append("年预算").Append(verb).Append(amount)
            .Append("万元。财政拨款支出预算中，一般公共预算拨款支出预算").Append(total).Append("万元，比").Append(prior).Append("年预算").Append(verb).Append(amount)
            .Append("万元；政府性基金拨款支出预算0.00万元，比").Append(prior).Append("年预算持平；国有资本经营预算拨款支出预算0.00万元，比").Append(prior).Append("年预算持平。\n")
            .Append("财政拨款收入支出").Append(verb).Append("的主要原因是").Append(b.ChangeReason).Append("。\n");
    }

    private static List<(string Name, long Amount)> ClassTotals(DepartmentBudget b) =>
        [.. b.Items.GroupBy(i => i.Code.Class).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.First().Code.ClassName, g.Sum(i => i.Total)))];

    /// <summary>财务收支预算总表: income items beside spending by 类, numbered in order of appearance.</summary>
    private static void Overview(StringBuilder text, DepartmentBudget b)
    {
        Caption(text, b, "部门财务收支预算总表");
        Row(text, "本年收入", "本年支出");
        Row(text, "项目", "预算数", "项目", "预算数");
        var total = Yuan(b.Total);
        (string, string)[] income = [("一、财政拨款收入", total), ("1. 一般公共预算资金", total), ("2. 政府性基金", ""), ("3. 国有资本经营预算", ""),
            ("二、事业收入", ""), ("三、事业单位经营收入", ""), ("四、其他收入", "")];
        var classes = ClassTotals(b);
        for (var i = 0; i < Math.Max(income.Length, classes.Count); i++)
        {
            var (label, amount) = i < income.Length ? income[i] : ("", "");
            Row(text, label, amount, i < classes.Count ? ChineseNumber(i + 1) + "、" + classes[i].Name : "", i < classes.Count ? Yuan(classes[i].Amount) : "");
        }

        Row(text, "收入总计", total, "支出总计", total);
    }

    /// <summary>A functional table with 类, 款 and 项 rows (subtotals above their items) and the 合计 row last.</summary>
    private static void Classified(StringBuilder text, DepartmentBudget b, string title, string group, string header, Func<long, long, long, long[]> columns)
    {
        Caption(text, b, title);
        Row(text, "项目", group);
        text.Append("功能分类科目编码\n功能分类科目名称 \t").Append(header).Append('\n');
        Row(text, "类", "款", "项");
        string[] Amounts(IEnumerable<FunctionalItem> items) =>
            [.. columns(items.Sum(i => i.Total), items.Sum(i => i.Basic), items.Sum(i => i.Project)).Select(Yuan)];
        foreach (var byClass in b.Items.GroupBy(i => i.Code.Class))
        {
            Row(text, [byClass.Key, byClass.First().Code.ClassName, .. Amounts(byClass)]);
            foreach (var bySection in byClass.GroupBy(i => i.Code.SectionPart))
            {
                Row(text, [byClass.Key, bySection.Key, bySection.First().Code.SectionName, .. Amounts(bySection)]);
                foreach (var item in bySection)
                    Row(text, [byClass.Key, bySection.Key, item.Code.ItemPart, item.Code.Name, .. Amounts([item])]);
            }
        }

        Row(text, ["合计", .. Amounts(b.Items)]);
    }

    /// <summary>财政拨款收支预算总表: 财政拨款 income beside spending by 类 and budget.</summary>
    private static void FiscalOverview(StringBuilder text, DepartmentBudget b)
    {
        Caption(text, b, "部门财政拨款收支预算总表");
        Row(text, "财政拨款收入", "财政拨款支出");
        Row(text, "项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算");
        var total = Yuan(b.Total);
        (string, string)[] income = [("一、一般公共预算资金", total), ("二、政府性基金", ""), ("三、国有资本经营预算", "")];
        var classes = ClassTotals(b);
        for (var i = 0; i < Math.Max(income.Length, classes.Count); i++)
        {
            var (label, amount) = i < income.Length ? income[i] : ("", "");
            var spending = i < classes.Count ? Yuan(classes[i].Amount) : "";
            Row(text, label, amount, i < classes.Count ? ChineseNumber(i + 1) + "、" + classes[i].Name : "", spending, spending);
        }

        Row(text, "收入总计", total, "支出总计", total, total);
    }

    private static void Empty(StringBuilder text, DepartmentBudget b, string title, string group, string note)
    {
        Caption(text, b, title);
        Row(text, "项目", group);
        text.Append("功能分类科目编码\n功能分类科目名称 \t合计 \t基本支出 \t项目支出\n");
        Row(text, "类", "款", "项");
        text.Append("合计\n注:本部门").Append(b.Year).Append("年无").Append(note).Append("安排的预算，故本表为空表。\n");
    }

    /// <summary>基本支出部门预算经济分类预算表: 类 rows above their 款 rows, 人员经费 and 公用经费.</summary>
    private static void Economic(StringBuilder text, DepartmentBudget b)
    {
        Caption(text, b, "部门一般公共预算基本支出部门预算经济分类预算表");
        Row(text, "项目", "一般公共预算基本支出");
        text.Append("部门预算经济分类科目\n编码 经济分类科目名称 \t合计 \t人员经费 \t公用经费\n");
        Row(text, "类", "款");
        string[] Amounts(IEnumerable<EconomicItem> items) => [Yuan(items.Sum(e => e.Total)), Yuan(items.Sum(e => e.Personnel)), Yuan(items.Sum(e => e.Public))];
        foreach (var byClass in b.Basic.GroupBy(e => e.Pair.DepartmentClass).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(text, [byClass.Key, EconomicCatalog.DepartmentClassName(byClass.Key), .. Amounts(byClass)]);
            foreach (var item in byClass.OrderBy(e => e.Pair.DepartmentCode, StringComparer.Ordinal))
                Row(text, [byClass.Key, item.Pair.DepartmentCode[3..], item.Pair.DepartmentName, .. Amounts([item])]);
        }

        Row(text, ["合计", .. Amounts(b.Basic)]);
    }

    /// <summary>“三公”经费和机关运行经费预算表 in 万元: no 三公 spending, 机关运行经费 = 公用经费.</summary>
    private static void ThreePublic(StringBuilder text, DepartmentBudget b)
    {
        Caption(text, b, "部门“三公”经费和机关运行经费预算表", "单位:万元");
        text.Append("“三公”经费预算数\n机关运行经费预算\n数\n");
        Row(text, "合计", "因公出国(境)费", "公务接待费");
        text.Append("公务用车购置及运行费\n");
        Row(text, "小计", "购置费", "运行费");
        Row(text, "0", "0", "0", "0", "0", "0", (b.OperatingCost / 10_000m).ToString("0.##", CultureInfo.InvariantCulture));
        text.Append(PageBreak);
    }
}
