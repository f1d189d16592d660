using System.Globalization;

namespace BudgetGraph.DisclosureGenerator.Model;

/// <summary>
/// A department that does not exist. Its name says so (新乡市红旗区合成部门00042: 合成 = synthetic) and starts with its
/// region's name, which is how the importer places it; Henan documents also print its code (00042, unit 00042001).
/// </summary>
public sealed record SyntheticDepartment(int Number, DisclosureFamily Family)
{
    public const string Marker = "合成部门";

    public SyntheticRegion Region => Family == DisclosureFamily.Henan ? SyntheticRegion.XinxiangHongqi : SyntheticRegion.ShanghaiPutuo;

    public string Code => Number.ToString("00000", CultureInfo.InvariantCulture);

    public string UnitCode => Code + "001";

    public string Name => Region.Name + Marker + Code;

    /// <summary>The id the API gives the department: Henan by code, Shanghai (no code printed) by name.</summary>
    public string Id => $"{Region.Code}/DEPARTMENT/{(Family == DisclosureFamily.Henan ? Code : Name)}";
}
