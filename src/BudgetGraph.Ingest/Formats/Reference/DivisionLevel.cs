namespace BudgetGraph.Ingest.Formats.Reference;

/// <summary>The three levels of divisions.tsv: 省级, 地级 and 县级 (a 直辖市's districts are counties of the province).</summary>
public enum DivisionLevel
{
    Province,
    Prefecture,
    County,
}
