using System.Text;
using BudgetGraph.DisclosureGenerator.Model;
using static BudgetGraph.DisclosureGenerator.Writing.AmountText;

namespace BudgetGraph.DisclosureGenerator.Writing;

/// <summary>
/// Lays a budget out as a Henan department budget (the layout of data/xinxiang-hongqi_…_2026_budget_dept.txt): a short
/// narrative with the stated change against last year, then the 12 tables, tab-separated with empty cells kept, in 万元.
/// All money is 一般公共预算 (财政拨款), as for most administrative departments; 三公 and 政府性基金 tables are empty.
/// </summary>
public static class HenanDisclosureWriter
{
    public static string Write(DepartmentBudget budget)
    {
        var text = new StringBuilder();
        Narrative(text, budget);
        Overview(text, budget);
        Income(text, budget);
        Functional(text, budget, "部门支出总体情况表");
        FiscalOverview(text, budget);
        Functional(text, budget, "一般公共预算支出情况表");
        Basic(text, budget);
        EconomicSummary(text, budget);
        EmptyTables(text, budget);
        Projects(text, budget);
        Goals(text, budget);
        ProjectTargets(text, budget);
        return text.ToString();
    }

    private static string Name(DepartmentBudget b) => b.Department.Name;

    private static void Caption(StringBuilder text, DepartmentBudget b, string title)
    {
        text.Append('\n').Append(b.Year).Append('年').Append(title).Append("\n\n部门名称：").Append(Name(b)).Append("\n\n单位：万元\n\n");
    }

    private static void Row(StringBuilder text, params string[] cells) => text.Append(string.Join('\t', cells)).Append('\n');

    private static void Narrative(StringBuilder text, DepartmentBudget b)
    {
        var (verb, amount, percentVerb, percent) = Change(b.Total, b.PriorTotal);
        var (costVerb, costAmount, costPercentVerb, costPercent) = Change(b.OperatingCost, b.PriorOperatingCost);
        var total = Wan(b.Total);
        text.Append(Name(b)).Append(b.Year).Append("年部门预算（").Append(SyntheticText.Title).Append("）\n\n")
            .Append(SyntheticText.Notice).Append("\n\n")
            .Append("一、收入支出预算总体情况说明\n\n")
            .Append(Name(b)).Append(b.Year).Append("年收入总计").Append(total).Append("万元，支出总计").Append(total)
            .Append("万元，与").Append(b.Year - 1).Append("年预算相比，收入").Append(verb).Append(amount).Append("万元，").Append(percentVerb).Append(percent)
            .Append("，主要原因：").Append(b.ChangeReason).Append("。支出").Append(verb).Append(amount).Append("万元，").Append(percentVerb).Append(percent)
            .Append("，主要原因：").Append(b.ChangeReason).Append("。\n\n")
            .Append("二、支出预算情况说明\n\n")
            .Append(Name(b)).Append(b.Year).Append("年支出合计").Append(total).Append("万元，其中：基本支出").Append(Wan(b.BasicTotal))
            .Append("万元；项目支出").Append(Wan(b.ProjectTotal)).Append("万元。\n\n")
            .Append("（一）行政单位机构运转经费\n\n")
            .Append(Name(b)).Append(b.Year).Append("年机构运转经费支出预算").Append(Wan(b.OperatingCost)).Append("万元，比上年").Append(costVerb).Append(costAmount)
            .Append("万元，").Append(costPercentVerb).Append(costPercent).Append("，主要原因：").Append(b.ChangeReason).Append("。\n\n")
            .Append("第三部分 名词解释\n\n")
            .Append("一、基本支出：是指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。\n\n")
            .Append("二、项目支出：是指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。\n\n")
            .Append("预算01表\n");
    }

    /// <summary>01: income (all 一般公共预算) beside spending by 类.</summary>
    private static void Overview(StringBuilder text, DepartmentBudget b)
    {
        Caption(text, b, "部门收支总体情况表");
        Row(text, "收入", "", "支出", "");
        Row(text, "项目", "金额", "项目", "金额");
        var classes = ClassTotals(b);
        string[] income = ["一、一般公共预算", "其中：财政拨款"];
        for (var i = 0; i < Math.Max(income.Length, classes.Count); i++)
        {
            var left = i < income.Length ? (income[i], Wan(b.Total)) : ("", "");
            var right = i < classes.Count ? (ClassLabel(classes[i].Class, classes[i].Name), Wan(classes[i].Amount)) : ("", "");
            Row(text, left.Item1, left.Item2, right.Item1, right.Item2);
        }

        Row(text, "本年收入合计", Wan(b.Total), "本年支出合计", Wan(b.Total));
        Row(text, "收入总计", Wan(b.Total), "支出总计", Wan(b.Total));
        text.Append("\n注：本表反映本部门收支总体情况。\n");
    }

    private static string ClassLabel(string code, string name) => ChineseNumber(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) - 200) + "、" + name;

    private static List<(string Class, string Name, long Amount)> ClassTotals(DepartmentBudget b) =>
        [.. b.Items.GroupBy(i => i.Code.Class).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.First().Code.ClassName, g.Sum(i => i.Total)))];

    /// <summary>02: the department row and its one unit row, all 一般公共预算.</summary>
    private static void Income(StringBuilder text, DepartmentBudget b)
    {
        Caption(text, b, "部门收入总体情况表");
        // The export's 20 cells: 总计, 本年收入 (合计, 一般公共预算 小计 | 其中：财政拨款, the other sources), 上年结转结余 (合计,
        // by source); its group caption 上年结转结余 stands one cell left of its columns, as the real export prints it.
        string[] Blank(int count) => Enumerable.Repeat("", count).ToArray();
        Row(text, ["部门（科目） 代码", "部门（科目）名称", "总计", "本年收入", .. Blank(9), "上年结转结余", .. Blank(6)]);
        Row(text, ["", "", "", "合计", "一般公共预算", "", "政府性 基金", "国有 资本 经营 预算", "财政专 户管理 资金收 入", "事业 收入", "事业 单位 经营 收入", "上级 补助 收入", "附属 单位 上缴 收入", "其他 收入",
            "合计", "一般 公共 预算", "政府 性基 金", "国有 资本 经营 预算", "财政 专户 管理 资金", "单位 资金"]);
        Row(text, ["", "", "", "", "小计", "其中：财 政拨款", .. Blank(14)]);
        var total = Wan(b.Total);
        Row(text, ["", "合计", total, total, total, total, .. Blank(14)]);
        Row(text, [b.Department.Code, Name(b), total, total, total, total, .. Blank(14)]);
        Row(text, [b.Department.UnitCode, Name(b), total, total, total, total, .. Blank(14)]);
    }

    /// <summary>03 and 05 share a layout: 项 rows with basic spending by economic 类 and project spending by kind.</summary>
    private static void Functional(StringBuilder text, DepartmentBudget b, string title)
    {
        Caption(text, b, title);
        Row(text, "科目编码", "", "", "部门代码", "部门名称 (功能分类科目名称)", "合计", "基本支出", "", "", "", "项目支出", "", "");
        Row(text, "类", "款", "项", "", "", "", "小计", "人员经费", "", "公用经费", "", "小计", "其他运转类", "特定目标类");
        Row(text, "", "", "", "", "", "", "", "工资福利支出", "对个人和家庭的补助", "商品和服务支出", "资本性支出", "", "", "");
        string[] Amounts(long total, long basic, long salaries, long households, long goods, long capital, long project, long operating, long targeted) =>
            [Wan(total), WanOrEmpty(basic), WanOrEmpty(salaries), WanOrEmpty(households), WanOrEmpty(goods), WanOrEmpty(capital), WanOrEmpty(project), WanOrEmpty(operating), WanOrEmpty(targeted)];
        var sums = Amounts(b.Total, b.BasicTotal, b.Items.Sum(i => i.Salaries), b.Items.Sum(i => i.Households), b.Items.Sum(i => i.Goods),
            b.Items.Sum(i => i.Capital), b.ProjectTotal, b.Items.Sum(i => i.Operating), b.Items.Sum(i => i.Targeted));
        Row(text, ["", "", "", "", "合计", .. sums]);
        Row(text, ["", "", "", b.Department.Code, Name(b), .. sums]);
        foreach (var i in b.Items)
            Row(text, [i.Code.Class, i.Code.SectionPart, i.Code.ItemPart, "", i.Code.Name, .. Amounts(i.Total, i.Basic, i.Salaries, i.Households, i.Goods, i.Capital, i.Project, i.Operating, i.Targeted)]);
    }

    /// <summary>04: 一般公共预算拨款 beside spending by 类, split by budget.</summary>
    private static void FiscalOverview(StringBuilder text, DepartmentBudget b)
    {
        Caption(text, b, "财政拨款收支总体情况表");
        Row(text, "收 入", "", "支 出", "", "", "", "");
        Row(text, "项 目", "金 额", "项 目", "合 计", "一般公共预算", "", "政府性基金", "国有资本经营预算");
        Row(text, "", "", "", "", "小 计", "其中：财 政拨款", "", "");
        var total = Wan(b.Total);
        Row(text, "一、本年收入", total, "一、本年支出", total, total, total, "", "");
        var classes = ClassTotals(b);
        for (var i = 0; i < classes.Count; i++)
        {
            var amount = Wan(classes[i].Amount);
            Row(text, i == 0 ? "（一）一般公共预算拨款" : "", i == 0 ? total : "", "（" + ChineseNumber(i + 1) + "）" + classes[i].Name, amount, amount, amount, "", "");
        }

        Row(text, "收入合计：", total, "支出合计", total, total, total, "", "");
    }

    /// <summary>06: basic spending by economic pair, 人员经费 and 公用经费.</summary>
    private static void Basic(StringBuilder text, DepartmentBudget b)
    {
        Caption(text, b, "一般公共预算基本支出表");
        Row(text, "部门预算支出经济分类科目", "", "政府预算支出经济分类科目编码", "", "本年一般公共预算基本支出", "", "");
        Row(text, "科目编码", "科目名称", "科目编码", "科目名称", "合计", "人员经费", "公用经费");
        Row(text, "", "合计", "", "", Wan(b.BasicTotal), WanOrEmpty(b.Basic.Sum(e => e.Personnel)), WanOrEmpty(b.Basic.Sum(e => e.Public)));
        foreach (var e in b.Basic)
            Row(text, e.Pair.DepartmentCode, e.Pair.DepartmentName, e.Pair.GovernmentCode, e.Pair.GovernmentName, Wan(e.Total), WanOrEmpty(e.Personnel), WanOrEmpty(e.Public));
    }

    /// <summary>07: basic and project spending together by economic pair, all 一般公共预算.</summary>
    private static void EconomicSummary(StringBuilder text, DepartmentBudget b)
    {
        Caption(text, b, "支出经济分类汇总表");
        Row(text, "部门预算经济分类", "", "", "政府预算经济分类", "", "", "总计", "一般公共预算", "", "政府性基金", "国有资本经营预算", "上年结转结余", "财政专户管理资金收入", "事业收入", "上级补助收入", "附属单位上缴收入", "事业单位经营收入", "其他收入", "");
        Row(text, "类", "款", "科目名称", "类", "款", "科目名称", "", "小计", "其中：财政拨款", "", "", "", "", "", "", "", "", "", "");
        var total = Wan(b.Total);
        Row(text, "", "", "合计", "", "", "", total, total, total);
        Row(text, b.Department.Code, "", Name(b), "", "", "", total, total, total);
        var rows = b.Basic.Concat(b.ProjectEconomic).GroupBy(e => e.Pair).Select(g => (Pair: g.Key, Amount: g.Sum(e => e.Total)));
        foreach (var (pair, amount) in rows)
        {
            Row(text, pair.DepartmentClass, pair.DepartmentCode[3..], pair.DepartmentName, pair.GovernmentClass, pair.GovernmentCode[3..], pair.GovernmentName,
                Wan(amount), Wan(amount), Wan(amount));
        }
    }

    /// <summary>08 三公 and 09 政府性基金: published with their note that there is nothing to show.</summary>
    private static void EmptyTables(StringBuilder text, DepartmentBudget b)
    {
        Caption(text, b, "一般公共预算“三公”经费支出情况表");
        Row(text, "“三公”经费合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费");
        Row(text, "", "", "小计", "公务用车购置费", "公务用车运行费", "");
        text.Append("\n说明：我部门没有使用财政拨款“三公”经费安排的预算，故本表无数据。\n");
        Caption(text, b, "政府性基金预算支出情况表");
        Row(text, "科目编码", "", "", "部门代码", "部门（科目名称）", "合计", "基本支出", "", "", "", "项目支出", "");
        Row(text, "类", "款", "项", "", "", "", "小计", "人员经费", "", "公用经费", "", "小计", "其他运转类");
        text.Append("\n说明：我部门没有政府性基金收入，故此表无数据。\n");
    }

    /// <summary>10: one row per project, after the department's subtotal row.</summary>
    private static void Projects(StringBuilder text, DepartmentBudget b)
    {
        Caption(text, b, "项目支出表");
        Row(text, "类型", "项目名称", "项目单位", "合计", "本年拨款", "", "", "财政拨款结转结余", "", "", "财政专户管理资金", "单位资金");
        Row(text, "", "", "", "", "一般公共预算", "政府性基金预算", "国有资本经营预算", "一般公共预算", "政府性基金预算", "国有资本经营预算", "", "");
        if (b.Projects.Count == 0)
        {
            text.Append("\n说明：我部门本年度没有安排项目支出，故本表无数据。\n");
            return;
        }

        Row(text, "", b.Department.Code, Name(b), Wan(b.ProjectTotal), Wan(b.ProjectTotal));
        foreach (var p in b.Projects)
            Row(text, p.Kind, p.Name, Name(b), Wan(p.Amount), Wan(p.Amount));
    }

    /// <summary>11: the department's overall goals (a form, its year on the line below the title).</summary>
    private static void Goals(StringBuilder text, DepartmentBudget b)
    {
        text.Append("\n部门（单位）整体绩效目标表\n\n(").Append(b.Year).Append("年度)\n\n");
        Row(text, "部门名称：" + Name(b), "", "", "", "");
        Row(text, "一级指标", "二级指标", "三级指标", "指标值", "指标值说明");
        Row(text, "产出指标", "重点工作任务完成", "重点工作任务完成率", "≥95%", "");
        Row(text, "", "", "日常业务办理及时率", "≥90%", "");
        Row(text, "满意度指标", "服务对象满意度", "群众满意度", "≥90%", "");
    }

    /// <summary>12: projects with code and indicators, pairs (三级指标, 指标值) under each category, continued below.</summary>
    private static void ProjectTargets(StringBuilder text, DepartmentBudget b)
    {
        Caption(text, b, "部门预算项目绩效目标汇总表");
        Row(text, "部门编码（项目编码）", "项目部门（项目名称）", "项目金额（万元）", "", "", "", "绩效目标", "", "", "", "", "", "", "");
        Row(text, "", "", "资金总额", "政府预算资金", "财政专户管理资金", "单位资金", "成本指标", "", "产出指标", "", "效益指标", "", "满意度指标", "");
        Row(text, "", "", "", "", "", "", "三级指标", "指标值", "三级指标", "指标值", "三级指标", "指标值", "三级指标", "指标值");
        if (b.Projects.Count == 0)
        {
            text.Append("\n说明：我部门本年度没有安排项目支出，故本表无数据。\n");
            return;
        }

        Row(text, b.Department.Code, "", Wan(b.ProjectTotal), Wan(b.ProjectTotal));
        Row(text, b.Department.UnitCode, Name(b), Wan(b.ProjectTotal), Wan(b.ProjectTotal));
        string[] categories = ["成本指标", "产出指标", "效益指标", "满意度指标"];
        foreach (var p in b.Projects)
        {
            var columns = categories.Select(c => p.Indicators.Where(i => i.Category == c).ToList()).ToList();
            for (var line = 0; line < columns.Max(c => c.Count); line++)
            {
                string[] head = line == 0 ? [p.Code, p.Name, Wan(p.Amount), Wan(p.Amount), "", ""] : ["", "", "", "", "", ""];
                Row(text, [.. head, .. columns.SelectMany(c => line < c.Count ? new[] { c[line].Name, c[line].Value } : ["", ""])]);
            }
        }
    }
}
