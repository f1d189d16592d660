using System.Globalization;
using BudgetGraph.DisclosureGenerator.Catalog;
using BudgetGraph.DisclosureGenerator.Model;

namespace BudgetGraph.DisclosureGenerator.Synthesis;

/// <summary>
/// Realistic budgets of one synthetic department over consecutive years, the same for the same seed and department:
/// wages and contributions follow staff numbers, goods and services and projects vary, and each year's narrative states
/// the change against the budget generated for the year before.
/// </summary>
public sealed class BudgetSynthesizer(int seed)
{
    private static readonly string[] _increaseReasons = ["人员工资正常晋升，新增专项业务经费", "新增项目支出", "人员增加，相应经费增加"];
    private static readonly string[] _decreaseReasons = ["严格落实过紧日子要求，压减一般性支出", "部分项目结束，相应经费减少", "人员减少，相应经费减少"];

    public IEnumerable<DepartmentBudget> Years(SyntheticDepartment department, int firstYear, int years)
    {
        // Arithmetic on the seed, not HashCode (randomised per process), keeps files identical from run to run.
        var random = new Random(unchecked((seed * 1_000_003) + department.Number));
        var profile = DepartmentProfile.Draw(random, FunctionalCatalog.SectionCount);
        long? priorTotal = null;
        long? priorOperating = null;
        for (var year = firstYear; year < firstYear + years; year++)
        {
            var budget = Build(random, department, year, profile, priorTotal, priorOperating);
            yield return budget;
            priorTotal = budget.Total;
            priorOperating = budget.OperatingCost;
            profile = profile.NextYear(random);
        }
    }

    private static DepartmentBudget Build(Random random, SyntheticDepartment department, int year, DepartmentProfile profile, long? priorTotal, long? priorOperating)
    {
        var wages = Yuan.Round(profile.Staff * profile.WagePerHead);
        var pension = Yuan.Round(wages * 0.16);
        var occupational = profile.OccupationalPension ? Yuan.Round(wages * 0.08) : 0;
        var health = profile.HealthInsurance ? Yuan.Round(wages * 0.07) : 0;
        var housing = Yuan.Round(wages * 0.12);
        var households = Yuan.Round(profile.Staff * profile.HouseholdsPerHead);
        var retirement = profile.Retirees ? Yuan.Round(households * 0.7) : 0;
        var goods = Yuan.Round(profile.Staff * profile.GoodsPerHead);

        var basic = new List<EconomicItem>();
        var salaryParts = Split(wages, 0.35, 0.4);
        Add(basic, EconomicCatalog.BasicSalary, salaryParts[0], 0);
        Add(basic, EconomicCatalog.Allowances, salaryParts[1], 0);
        Add(basic, EconomicCatalog.Bonus, salaryParts[2], 0);
        Add(basic, EconomicCatalog.PensionContribution, pension, 0);
        Add(basic, EconomicCatalog.OccupationalPension, occupational, 0);
        Add(basic, EconomicCatalog.HealthInsurance, health, 0);
        Add(basic, EconomicCatalog.HousingFund, housing, 0);
        var goodsParts = Split(goods, 0.35, 0.05, 0.1, 0.05, 0.2);
        Add(basic, EconomicCatalog.Office, 0, goodsParts[0]);
        Add(basic, EconomicCatalog.Postage, 0, goodsParts[1]);
        Add(basic, EconomicCatalog.Union, 0, goodsParts[2]);
        Add(basic, EconomicCatalog.Welfare, 0, goodsParts[3]);
        Add(basic, EconomicCatalog.Transport, 0, goodsParts[4]);
        Add(basic, EconomicCatalog.OtherGoods, 0, goodsParts[5]);
        Add(basic, EconomicCatalog.Retirement, retirement, 0);
        Add(basic, EconomicCatalog.OtherHouseholds, households - retirement, 0);

        var projects = Projects(department, year, profile);
        var operating = projects.Where(p => p.Kind == ProjectKinds.Operating).Sum(p => p.Amount);
        var targeted = projects.Where(p => p.Kind == ProjectKinds.Targeted).Sum(p => p.Amount);
        var items = new List<FunctionalItem>
        {
            new(FunctionalCatalog.Running(profile.Section), wages, households, goods, 0, 0, 0),
            new(FunctionalCatalog.Pension, pension, 0, 0, 0, 0, 0),
            new(FunctionalCatalog.OccupationalPension, occupational, 0, 0, 0, 0, 0),
            new(FunctionalCatalog.HealthInsurance, health, 0, 0, 0, 0, 0),
            new(FunctionalCatalog.HousingFund, housing, 0, 0, 0, 0, 0),
            new(FunctionalCatalog.General(profile.Section), 0, 0, 0, 0, operating, 0),
            new(FunctionalCatalog.Other(profile.Section), 0, 0, 0, 0, 0, targeted),
        };
        var projectEconomic = new List<EconomicItem>();
        Add(projectEconomic, EconomicCatalog.Office, 0, operating);
        Add(projectEconomic, EconomicCatalog.OtherGoods, 0, targeted);

        var total = items.Sum(i => i.Total);
        var prior = priorTotal ?? Yuan.Round(total * Yuan.Between(random, 0.85, 1.1));
        var reasons = total >= prior ? _increaseReasons : _decreaseReasons;
        return new DepartmentBudget
        {
            Department = department,
            Year = year,
            Items = [.. items.Where(i => i.Total != 0).OrderBy(i => i.Code.Code, StringComparer.Ordinal)],
            Basic = basic,
            ProjectEconomic = projectEconomic,
            Projects = projects,
            PriorTotal = prior,
            ChangeReason = reasons[random.Next(reasons.Length)],
            OperatingCost = goods,
            PriorOperatingCost = priorOperating ?? Yuan.Round(goods * Yuan.Between(random, 0.9, 1.1)),
        };
    }

    private static List<SyntheticProject> Projects(SyntheticDepartment department, int year, DepartmentProfile profile)
    {
        var section = FunctionalCatalog.Running(profile.Section).SectionName;
        var projects = new List<SyntheticProject>();
        foreach (var (project, index) in profile.Projects.Select((p, i) => (p, i)))
        {
            var name = ProjectNames.Name(section, project.NameIndex);
            if (projects.Any(p => p.Name == name))
                name += (index + 1).ToString(CultureInfo.InvariantCulture);
            var amount = Math.Max(Yuan.Step, Yuan.Round(project.Amount));
            projects.Add(new SyntheticProject(ProjectIndicators.Code(department, year, index + 1), name,
                project.Targeted ? ProjectKinds.Targeted : ProjectKinds.Operating, amount, ProjectIndicators.For(amount, project.Staff)));
        }

        return projects;
    }

    private static void Add(List<EconomicItem> items, EconomicPair pair, long personnel, long @public)
    {
        if (personnel != 0 || @public != 0)
            items.Add(new EconomicItem(pair, personnel, @public));
    }

    /// <summary>Splits an amount by shares; the last part takes what is left, so the parts always add up exactly.</summary>
    private static long[] Split(long amount, params double[] shares)
    {
        var parts = shares.Select(s => Yuan.Round(amount * s)).ToList();
        parts.Add(amount - parts.Sum());
        return [.. parts];
    }
}
