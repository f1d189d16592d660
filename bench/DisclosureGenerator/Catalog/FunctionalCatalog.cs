namespace BudgetGraph.DisclosureGenerator.Catalog;

/// <summary>
/// Codes of the national 支出功能分类科目 (财政部《政府收支分类科目》) that county departments use. A department works in one
/// sector (a 款 such as 20106 财政事务): its running costs go to 行政运行 (xx01), its projects to 一般行政管理事务 (xx02)
/// and 其他…支出 (xx99); pensions, health insurance and housing fund contributions go to their own 项 in 208, 210, 221.
/// </summary>
public static class FunctionalCatalog
{
    private static readonly Dictionary<string, string> _classes = new(StringComparer.Ordinal)
    {
        ["201"] = "一般公共服务支出",
        ["204"] = "公共安全支出",
        ["205"] = "教育支出",
        ["206"] = "科学技术支出",
        ["207"] = "文化旅游体育与传媒支出",
        ["208"] = "社会保障和就业支出",
        ["210"] = "卫生健康支出",
        ["211"] = "节能环保支出",
        ["212"] = "城乡社区支出",
        ["213"] = "农林水支出",
        ["214"] = "交通运输支出",
        ["220"] = "自然资源海洋气象等支出",
        ["221"] = "住房保障支出",
        ["224"] = "灾害防治及应急管理支出",
    };

    /// <summary>Sections a department can work in: 款 code, 款 name, name of its 99 项.</summary>
    private static readonly (string Code, string Name, string Other)[] _sections =
    [
        ("20101", "人大事务", "其他人大事务支出"),
        ("20102", "政协事务", "其他政协事务支出"),
        ("20103", "政府办公厅（室）及相关机构事务", "其他政府办公厅（室）及相关机构事务支出"),
        ("20104", "发展与改革事务", "其他发展与改革事务支出"),
        ("20105", "统计信息事务", "其他统计信息事务支出"),
        ("20106", "财政事务", "其他财政事务支出"),
        ("20108", "审计事务", "其他审计事务支出"),
        ("20111", "纪检监察事务", "其他纪检监察事务支出"),
        ("20113", "商贸事务", "其他商贸事务支出"),
        ("20126", "档案事务", "其他档案事务支出"),
        ("20129", "群众团体事务", "其他群众团体事务支出"),
        ("20131", "党委办公厅（室）及相关机构事务", "其他党委办公厅（室）及相关机构事务支出"),
        ("20132", "组织事务", "其他组织事务支出"),
        ("20133", "宣传事务", "其他宣传事务支出"),
        ("20134", "统战事务", "其他统战事务支出"),
        ("20138", "市场监督管理事务", "其他市场监督管理事务"),
        ("20402", "公安", "其他公安支出"),
        ("20406", "司法", "其他司法支出"),
        ("20501", "教育管理事务", "其他教育管理事务支出"),
        ("20601", "科学技术管理事务", "其他科学技术管理事务支出"),
        ("20701", "文化和旅游", "其他文化和旅游支出"),
        ("20801", "人力资源和社会保障管理事务", "其他人力资源和社会保障管理事务支出"),
        ("20802", "民政管理事务", "其他民政管理事务支出"),
        ("21001", "卫生健康管理事务", "其他卫生健康管理事务支出"),
        ("21101", "环境保护管理事务", "其他环境保护管理事务支出"),
        ("21201", "城乡社区管理事务", "其他城乡社区管理事务支出"),
        ("21301", "农业农村", "其他农业农村支出"),
        ("21303", "水利", "其他水利支出"),
        ("21401", "公路水路运输", "其他公路水路运输支出"),
        ("22001", "自然资源事务", "其他自然资源事务支出"),
        ("22401", "应急管理事务", "其他应急管理事务支出"),
    ];

    public static int SectionCount => _sections.Length;

    public static FunctionalCode Pension { get; } = Item("2080505", "机关事业单位基本养老保险缴费支出", "行政事业单位养老支出");

    public static FunctionalCode OccupationalPension { get; } = Item("2080506", "机关事业单位职业年金缴费支出", "行政事业单位养老支出");

    public static FunctionalCode HealthInsurance { get; } = Item("2101101", "行政单位医疗", "行政事业单位医疗");

    public static FunctionalCode HousingFund { get; } = Item("2210201", "住房公积金", "住房改革支出");

    public static string ClassName(string classCode) => _classes[classCode];

    /// <summary>行政运行 of section <paramref name="index"/>.</summary>
    public static FunctionalCode Running(int index) => InSection(index, "01", "行政运行");

    /// <summary>一般行政管理事务 of section <paramref name="index"/>.</summary>
    public static FunctionalCode General(int index) => InSection(index, "02", "一般行政管理事务");

    /// <summary>The 其他…支出 项 (99) of section <paramref name="index"/>.</summary>
    public static FunctionalCode Other(int index) => InSection(index, "99", _sections[index].Other);

    /// <summary>The index of a section by its 5-digit code.</summary>
    public static int SectionIndex(string sectionCode) => Array.FindIndex(_sections, s => s.Code == sectionCode);

    private static FunctionalCode InSection(int index, string item, string name)
    {
        var (code, sectionName, _) = _sections[index];
        return new FunctionalCode(code + item, name, sectionName, _classes[code[..3]]);
    }

    private static FunctionalCode Item(string code, string name, string sectionName) => new(code, name, sectionName, _classes[code[..3]]);
}
