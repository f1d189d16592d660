namespace BudgetGraph.DisclosureGenerator.Catalog;

/// <summary>
/// Economic code pairs of basic spending as county departments report them (部门预算支出经济分类 款 / 政府预算支出经济分类
/// 款); every code is in data/reference/economic.tsv.
/// </summary>
public static class EconomicCatalog
{
    public static EconomicPair BasicSalary { get; } = new("30101", "基本工资", "50101", "工资奖金津补贴");

    public static EconomicPair Allowances { get; } = new("30102", "津贴补贴", "50101", "工资奖金津补贴");

    public static EconomicPair Bonus { get; } = new("30103", "奖金", "50101", "工资奖金津补贴");

    public static EconomicPair PensionContribution { get; } = new("30108", "机关事业单位基本养老保险缴费", "50102", "社会保障缴费");

    public static EconomicPair OccupationalPension { get; } = new("30109", "职业年金缴费", "50102", "社会保障缴费");

    public static EconomicPair HealthInsurance { get; } = new("30110", "职工基本医疗保险缴费", "50102", "社会保障缴费");

    public static EconomicPair HousingFund { get; } = new("30113", "住房公积金", "50103", "住房公积金");

    public static EconomicPair Retirement { get; } = new("30302", "退休费", "50905", "离退休费");

    public static EconomicPair OtherHouseholds { get; } = new("30399", "其他对个人和家庭的补助", "50999", "其他对个人和家庭的补助");

    public static EconomicPair Office { get; } = new("30201", "办公费", "50201", "办公经费");

    public static EconomicPair Postage { get; } = new("30207", "邮电费", "50201", "办公经费");

    public static EconomicPair Union { get; } = new("30228", "工会经费", "50201", "办公经费");

    public static EconomicPair Welfare { get; } = new("30229", "福利费", "50201", "办公经费");

    public static EconomicPair Transport { get; } = new("30239", "其他交通费用", "50201", "办公经费");

    public static EconomicPair OtherGoods { get; } = new("30299", "其他商品和服务支出", "50299", "其他商品和服务支出");

    /// <summary>Names of the department scheme's 类, which Shanghai prints as subtotal rows.</summary>
    public static string DepartmentClassName(string code) => code switch
    {
        "301" => "工资福利支出",
        "302" => "商品和服务支出",
        "303" => "对个人和家庭的补助",
        "310" => "资本性支出",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not a class the generator uses"),
    };
}
