namespace BudgetGraph.DisclosureGenerator.Catalog;

/// <summary>A 部门预算支出经济分类 款 with the 政府预算支出经济分类 款 it is reported under (the crosswalk).</summary>
public sealed record EconomicPair(string DepartmentCode, string DepartmentName, string GovernmentCode, string GovernmentName)
{
    public string DepartmentClass => DepartmentCode[..3];

    public string GovernmentClass => GovernmentCode[..3];
}
