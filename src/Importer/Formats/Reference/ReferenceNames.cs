using System.Reflection;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Importer.Formats.Reference;

/// <summary>
/// The project's reference lists (data/reference/*.tsv, embedded at build time so every caller has them): national
/// classification names for codes a document does not name, and administrative divisions to place departments.
/// </summary>
public sealed class ReferenceNames
{
    private readonly Dictionary<(ClassificationScheme, string), string> _classification;

    private ReferenceNames(Dictionary<(ClassificationScheme, string), string> classification)
    {
        _classification = classification;
    }

    public static ReferenceNames Default { get; } = Load();

    /// <summary>
    /// The administrative division a name starts with (新乡市红旗区… → 410702 新乡市红旗区, 北京市审计局 → 110000 北京市),
    /// from the national list in data/reference/divisions.tsv; null when the name names no place.
    /// </summary>
    public static Region? RegionFor(string name) =>
        (DivisionIndex.Default.Locate(name) ?? DivisionIndex.Default.LocateByShortCityName(name)) is { } division ? new Region { Code = division.Code, Name = DivisionIndex.Default.FullName(division) } : null;

    public string? Name(ClassificationScheme scheme, string code) =>
        _classification.TryGetValue((scheme, code), out var name) ? name : null;

    private static ReferenceNames Load()
    {
        var classification = new Dictionary<(ClassificationScheme, string), string>();
        foreach (var row in Rows("functional.tsv"))
            classification[(ClassificationScheme.Functional, row[0])] = row[1];
        foreach (var row in Rows("economic.tsv"))
        {
            var scheme = row[0] == "DEPARTMENT" ? ClassificationScheme.EconomicDepartment : ClassificationScheme.EconomicGovernment;
            classification[(scheme, row[1])] = row[2];
        }

        return new ReferenceNames(classification);
    }

    /// <summary>Data rows of an embedded TSV: comment lines (#) and the header line are skipped.</summary>
    internal static IEnumerable<string[]> Rows(string fileName)
    {
        var resource = "BudgetGraph.Importer.Reference." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Reference list {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0)
                continue;
            if (header)
            {
                header = false;
                continue;
            }

            yield return line.Split('\t');
        }
    }
}
