using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Formats;
using BudgetGraph.Ingest.Loading;
using BudgetGraph.Ingest.Records;
using Importer.Tests.Infrastructure;
using static Importer.Tests.Infrastructure.WanYuan;

namespace Importer.Tests.Formats;

/// <summary>The reference disclosure read without a database: the figures DOMAIN.md says a user will ask for.</summary>
public class HenanReferenceDocumentTests
{
    private static readonly Lazy<DisclosureContent> _content = new(() =>
        DisclosureReader.ReadAsync(RepositoryPaths.ReferenceDisclosure).GetAwaiter().GetResult().Content);

    private static DisclosureContent Content => _content.Value;

    private static IEnumerable<BudgetLineRecord> Lines(LineKind kind) => Content.Lines.Where(l => l.Kind == kind);

    [Fact]
    public void Read_Reference_IdentifiesDepartmentUnitAndDocument()
    {
        Assert.Equal("410702", Content.Region.Code);
        Assert.Equal("新乡市红旗区", Content.Region.Name);
        var department = Content.Departments[0];
        Assert.Equal("410702/DEPARTMENT/028", department.Id);
        Assert.Equal("新乡市红旗区行政审批和政务信息管理局", department.Name);
        var unit = Assert.Single(Content.Departments.Skip(1));
        Assert.Equal("028001", unit.Code);
        Assert.Equal(Scope.Unit, unit.Scope);
        Assert.Equal(department.Id, unit.ParentId);
        Assert.Equal("410702/DEPARTMENT/028/2026/BUDGET", Content.DocumentId);
        Assert.Equal(2026, Content.Year);
        Assert.Equal(BudgetStage.Budget, Content.Stage);
    }

    [Fact]
    public void Read_Reference_ExpenditureLinesGiveTotalClassesItemsAndTypes()
    {
        var lines = Lines(LineKind.Expenditure).ToList();

        Assert.Equal(Units(250.65m), lines.Sum(l => l.Amount));
        Assert.All(lines, l => Assert.Equal("410702/DEPARTMENT/028", l.DepartmentId));
        Assert.Equal(Units(216.19m), lines.Where(l => l.FunctionalCode!.StartsWith("201", StringComparison.Ordinal)).Sum(l => l.Amount));
        Assert.Equal(Units(16.43m), lines.Where(l => l.FunctionalCode!.StartsWith("208", StringComparison.Ordinal)).Sum(l => l.Amount));
        Assert.Equal(Units(18.03m), lines.Where(l => l.FunctionalCode!.StartsWith("221", StringComparison.Ordinal)).Sum(l => l.Amount));
        var items = lines.GroupBy(l => l.FunctionalCode!).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        Assert.Equal(new Dictionary<string, long>
        {
            ["2010301"] = Units(195.60m),
            ["2010399"] = Units(20.59m),
            ["2080505"] = Units(16.43m),
            ["2210201"] = Units(18.03m),
        }, items);
        Assert.Equal(Units(217.24m), lines.Where(l => l.ExpenditureType == ExpenditureType.BasicPersonnel).Sum(l => l.Amount));
        Assert.Equal(Units(12.82m), lines.Where(l => l.ExpenditureType == ExpenditureType.BasicPublic).Sum(l => l.Amount));
        Assert.Equal(Units(20.59m), lines.Where(l => l.ExpenditureType == ExpenditureType.Project).Sum(l => l.Amount));
        Assert.Equal(Units(202.85m), lines.Where(l => l.EconomicDepartmentCode == "301").Sum(l => l.Amount));
        Assert.Equal(Units(14.39m), lines.Where(l => l.EconomicDepartmentCode == "303").Sum(l => l.Amount));
    }

    [Fact]
    public void Read_Reference_LinesCiteTheirCell()
    {
        var salaries = Assert.Single(Lines(LineKind.Expenditure), l => l.FunctionalCode == "2010301" && l.EconomicDepartmentCode == "301");

        Assert.Equal(Units(168.39m), salaries.Amount);
        Assert.Equal("03 部门支出总体情况表", salaries.Source.Table);
        Assert.Equal(258, salaries.Source.Line);
        Assert.Equal(3, salaries.Source.Row); // data rows: 合计, 028, then 2010301
        Assert.Equal("工资福利支出", salaries.Source.Column);
    }

    [Fact]
    public void Read_Reference_EconomicViewAddsUpToTheTotalWithProjectAndUnallocatedRows()
    {
        var lines = Lines(LineKind.Economic).ToList();

        Assert.Equal(Units(250.65m), lines.Sum(l => l.Amount));
        Assert.Equal(Units(20.59m), Assert.Single(lines, l => l.Marker == "PROJECT").Amount);
        var unallocated = Assert.Single(lines, l => l.Marker == "UNALLOCATED");
        Assert.Equal(Units(0.01m), unallocated.Amount);
        Assert.Equal(ExpenditureType.BasicPublic, unallocated.ExpenditureType);
        Assert.Equal(Units(3.18m + 0.57m), lines.Where(l => l.EconomicDepartmentCode == "30229").Sum(l => l.Amount));
        var pension = lines.Where(l => l.EconomicDepartmentCode == "30108").ToList();
        Assert.Equal(["50102", "50501"], pension.Select(l => l.EconomicGovernmentCode));
        Assert.Equal(363, pension[1].Source.Line);
    }

    [Fact]
    public void Read_Reference_IncomeIsGeneralPublicBudgetOfTheUnit()
    {
        var income = Assert.Single(Lines(LineKind.Income));

        Assert.Equal(Units(250.65m), income.Amount);
        Assert.Equal(FundingSource.GeneralPublicBudget, income.FundingSource);
        Assert.Equal("410702/UNIT/028001", income.DepartmentId);
        // The leaf unit's row (028001, the third data row after 合计 and 028), its 一般公共预算 小计 cell.
        Assert.Equal(("02 部门收入总体情况表", 3, 243, "一般公共预算/小计"), (income.Source.Table, income.Source.Row, income.Source.Line!.Value, income.Source.Column!));
    }

    [Fact]
    public void Read_Reference_ProjectWithCodeAndIndicators()
    {
        var project = Assert.Single(Content.Projects);

        Assert.Equal("410702260000000021203", project.Code);
        Assert.Equal("从业人员、12345热线人员、保安保洁人员工资", project.Name);
        Assert.Equal("其他运转类", project.Kind);
        Assert.Equal(Units(20.59m), project.Amount);
        var indicators = project.Indicators.Select(i => (i.Level1, i.Name, i.Value)).ToList();
        Assert.Equal(
        [
            ("成本指标", "项目总资金", "≤20.594562万元"),
            ("产出指标", "工作人员", "15人"),
            ("效益指标", "提升从业人员、12345热线人员、保安保洁人员工作效率", "明显提升"),
            ("满意度指标", "工作人员满意度", "≥90%"),
            ("产出指标", "保安保洁人员", "9人"),
            ("产出指标", "12345热线人员", "4人"),
            ("产出指标", "工资发放合规率", "100%"),
            ("产出指标", "工资发放时间", "每月25日"),
        ], indicators);
        var staff = project.Indicators.Single(i => i.Name == "工作人员");
        Assert.Equal((null, 15.0, "人"), (staff.Operator, staff.Number, staff.Measure));
        var cost = project.Indicators.Single(i => i.Name == "项目总资金");
        Assert.Equal(("≤", 20.594562, "万元"), (cost.Operator, cost.Number, cost.Measure));
        Assert.Null(project.Indicators.Single(i => i.Name == "工资发放时间").Number);
    }

    [Fact]
    public void Read_Reference_DepartmentIndicatorsCarryLevelsDown()
    {
        var indicators = Content.DepartmentIndicators;

        Assert.Equal(28, indicators.Count);
        var budgetRate = indicators.Single(i => i.Name == "预算执行率");
        Assert.Equal(("投入管理指标", "预算和财务管理", "≥90%"), (budgetRate.Level1, budgetRate.Level2, budgetRate.Value));
        var monitoring = indicators.Single(i => i.Name == "绩效监控完成率");
        Assert.Equal(("投入管理指标", "绩效管理", "100%"), (monitoring.Level1, monitoring.Level2, monitoring.Value));
        var satisfaction = indicators.Single(i => i.Name == "群众满意度");
        Assert.Equal(("效益指标", "满意度", "≥90%"), (satisfaction.Level1, satisfaction.Level2, satisfaction.Value));
        Assert.DoesNotContain(indicators, i => Content.Projects.Any(p => p.Indicators.Contains(i)));
    }

    [Fact]
    public void Read_Reference_TablesAreStoredAsPublished()
    {
        Assert.Equal(Enumerable.Range(1, 12).Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture)), Content.Tables.Select(t => t.Number));
        var threePublic = Content.Tables.Single(t => t.Number == "08");
        Assert.True(threePublic.IsEmpty);
        Assert.All(threePublic.Rows, r => Assert.True(r.IsHeader));
        Assert.True(Content.Tables.Single(t => t.Number == "09").IsEmpty);
        var expenditure = Content.Tables.Single(t => t.Number == "03");
        Assert.False(expenditure.IsEmpty);
        Assert.Equal(TableUnit.WanYuan, expenditure.Unit);
        Assert.StartsWith("注：本表反映本部门支出总体情况", expenditure.Note, StringComparison.Ordinal);
        Assert.Equal(3, expenditure.Rows.Count(r => r.IsHeader));
        var row = expenditure.Rows.Single(r => !r.IsHeader && r.Row == 3);
        Assert.Equal(258, row.Line);
        Assert.Equal(["201", "03", "01", null, "行政运行", "195.60", "195.60", "168.39", "14.39", "12.82", null, null, null, null], row.Cells);
        Assert.Equal("部门（单位）整体绩效目标表", Content.Tables.Single(t => t.Number == "11").Title);
    }

    [Fact]
    public void Read_Reference_ClassificationNamesPublishedOrFromReference()
    {
        ClassificationNodeRecord Node(ClassificationScheme scheme, string code) => Content.Classification.Single(n => n.Scheme == scheme && n.Code == code);

        var item = Node(ClassificationScheme.Functional, "2010399");
        Assert.Equal(("其他政府办公厅（室）及相关机构事务支出", NameOrigin.Published, 3, "20103"), (item.Name, item.NameOrigin, item.Level, item.ParentCode));
        var section = Node(ClassificationScheme.Functional, "20103");
        Assert.Equal(("政府办公厅（室）及相关机构事务", NameOrigin.Reference, 2, "201"), (section.Name, section.NameOrigin, section.Level, section.ParentCode));
        var category = Node(ClassificationScheme.Functional, "201");
        Assert.Equal(("一般公共服务支出", NameOrigin.Reference, 1, (string?)null), (category.Name, category.NameOrigin, category.Level, category.ParentCode));
        Assert.Equal(("福利费", NameOrigin.Published), (Node(ClassificationScheme.EconomicDepartment, "30229").Name, Node(ClassificationScheme.EconomicDepartment, "30229").NameOrigin));
        Assert.Equal("商品和服务支出", Node(ClassificationScheme.EconomicDepartment, "302").Name);
        Assert.Equal("工资奖金津补贴", Node(ClassificationScheme.EconomicGovernment, "50101").Name);
        Assert.Equal("对事业单位经常性补助", Node(ClassificationScheme.EconomicGovernment, "505").Name);
        Assert.Contains(Content.Classification, n => n is { Scheme: ClassificationScheme.EconomicDepartment, Code: "303" });
    }

    [Fact]
    public void Read_Reference_NarrativeComparisons()
    {
        StatedComparisonRecord Subject(string subject) => Content.Comparisons.Single(c => c.Subject == subject);

        var expenditure = Subject("TOTAL_EXPENDITURE");
        Assert.Equal((2025, Units(250.65m), Units(-128.02m), -33.81m, 2), (expenditure.BaseYear!.Value, expenditure.CurrentAmount!.Value, expenditure.Change!.Value, expenditure.ChangePercent!.Value, expenditure.ChangeDecimals!.Value));
        Assert.Contains("过紧日子", expenditure.Reason, StringComparison.Ordinal);
        Assert.Equal(80, expenditure.Line);
        Assert.Equal(Units(-128.02m), Subject("TOTAL_INCOME").Change);
        Assert.Equal(Units(-128.02m), Subject("GENERAL_PUBLIC_BUDGET").Change);
        Assert.Equal(Units(250.65m), Subject("GENERAL_PUBLIC_BUDGET").CurrentAmount);
        Assert.Equal(0, Subject("GOVERNMENT_FUND").Change);
        Assert.Equal(0, Subject("STATE_CAPITAL").Change);
        Assert.Equal(0, Subject("THREE_PUBLIC").Change);
        var cost = Subject("OPERATING_COST");
        Assert.Equal((Units(12.82m), Units(-1.07m), -7.70m), (cost.CurrentAmount!.Value, cost.Change!.Value, cost.ChangePercent!.Value));
        Assert.Contains("人员变动", cost.Reason, StringComparison.Ordinal);
        Assert.Equal(
            ["THREE_PUBLIC_ABROAD", "THREE_PUBLIC_RECEPTION", "THREE_PUBLIC_VEHICLE_PURCHASE", "THREE_PUBLIC_VEHICLE_OPERATION"],
            Content.Comparisons.Where(c => c.Subject.StartsWith("THREE_PUBLIC_", StringComparison.Ordinal)).Select(c => c.Subject));
    }

    [Fact]
    public void Read_Reference_FactsAndGlossary()
    {
        var facts = Content.Facts.ToLookup(f => f.Category);

        Assert.Equal(Units(12.82m), Assert.Single(facts["OPERATING_COST"]).Amount);
        Assert.Equal(["政府采购预算安排", "政府采购货物预算", "政府采购工程预算", "政府采购服务预算"], facts["PROCUREMENT"].Select(f => f.Name));
        Assert.All(facts["PROCUREMENT"], f => Assert.Equal(0, f.Amount));
        Assert.Equal(7, facts["ASSETS"].Count());
        var vehicles = facts["ASSETS"].First();
        Assert.Equal(("车辆", 0m, "辆"), (vehicles.Name, vehicles.Quantity!.Value, vehicles.Measure));
        Assert.Contains(facts["ASSETS"], f => f is { Name: "单位价值100万元以上专用设备", Measure: "台（套）" });
        Assert.Contains(facts["THREE_PUBLIC"], f => f is { Name: "因公出国（境）费", Amount: 0 });
        Assert.Contains(facts["THREE_PUBLIC"], f => f.Name == "公务用车运行维护费");

        Assert.Equal(10, Content.Glossary.Count);
        Assert.Equal("财政拨款收入", Content.Glossary[0].Term);
        var threePublic = Content.Glossary.Single(g => g.Term == "“三公”经费");
        Assert.Contains("公务接待费", threePublic.Definition, StringComparison.Ordinal);
    }
}
