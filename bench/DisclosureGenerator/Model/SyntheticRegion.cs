namespace BudgetGraph.DisclosureGenerator.Model;

/// <summary>
/// An administrative division of data/reference/divisions.tsv, so the importer places the department: its name
/// must prefix the department's name.
/// </summary>
public sealed record SyntheticRegion(string Code, string Name)
{
    public static SyntheticRegion XinxiangHongqi { get; } = new("410702", "新乡市红旗区");

    public static SyntheticRegion ShanghaiPutuo { get; } = new("310107", "上海市普陀区");
}
