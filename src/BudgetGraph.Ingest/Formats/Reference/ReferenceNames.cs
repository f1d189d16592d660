using System.Reflection;
using BudgetGraph.Data.Values;
using BudgetGraph.Ingest.Records;

namespace BudgetGraph.Ingest.Formats.Reference;

/// <summary>
/// The project's reference lists (data/reference/*.tsv, embedded at build time so every caller has them): national
/// classification names for codes a document does not name, and administrative divisions to place departments.
/// </summary>
public sealed class ReferenceNames
{
    private readonly Dictionary<(ClassificationScheme, string), string> _classification;
    private readonly Dictionary<(ClassificationScheme, string), List<string>> _codesByName;

    private ReferenceNames(Dictionary<(ClassificationScheme, string), string> classification, Dictionary<(ClassificationScheme, string), List<string>> codesByName)
    {
        _classification = classification;
        _codesByName = codesByName;
    }

    public static ReferenceNames Default { get; } = Load();

    /// <summary>
    /// The administrative division a name starts with (新乡市红旗区… → 410702 新乡市红旗区, 北京市审计局 → 110000 北京市),
    /// from the national list in data/reference/divisions.tsv; null when the name names no place.
    /// </summary>
    public static RegionRecord? RegionFor(string name) =>
        (DivisionIndex.Default.Locate(name) ?? DivisionIndex.Default.LocateByShortCityName(name) ?? DivisionIndex.Default.LocateByUniqueCountyName(name)) is { } division ? new RegionRecord { Code = division.Code, Name = DivisionIndex.Default.FullName(division) } : null;

    public string? Name(ClassificationScheme scheme, string code) =>
        _classification.TryGetValue((scheme, code), out var name) ? name : null;

    /// <summary>
    /// The codes printed with this name, in the national lists (functional.tsv, economic.tsv) or by any document the
    /// importer read (published-names.tsv); empty when no document prints it.
    /// </summary>
    public IReadOnlyList<string> CodesNamed(ClassificationScheme scheme, string name) =>
        _codesByName.TryGetValue((scheme, name), out var codes) ? codes : [];

    private static ReferenceNames Load()
    {
        var classification = new Dictionary<(ClassificationScheme, string), string>();
        var byName = new Dictionary<(ClassificationScheme, string), List<string>>();
        void Add(ClassificationScheme scheme, string code, string name)
        {
            if (!byName.TryGetValue((scheme, name), out var codes))
                byName[(scheme, name)] = codes = [];
            if (!codes.Contains(code))
                codes.Add(code);
        }

        foreach (var row in Rows("functional.tsv"))
        {
            classification[(ClassificationScheme.Functional, row[0])] = row[1];
            Add(ClassificationScheme.Functional, row[0], row[1]);
        }

        foreach (var row in Rows("economic.tsv"))
        {
            var scheme = SchemeOf(row[0]);
            classification[(scheme, row[1])] = row[2];
            Add(scheme, row[1], row[2]);
        }

        foreach (var row in Rows("published-names.tsv"))
            Add(SchemeOf(row[0]), row[1], row[2]);
        return new ReferenceNames(classification, byName);
    }

    private static ClassificationScheme SchemeOf(string name) => name switch
    {
        "FUNCTIONAL" => ClassificationScheme.Functional,
        "DEPARTMENT" => ClassificationScheme.EconomicDepartment,
        _ => ClassificationScheme.EconomicGovernment,
    };

    /// <summary>Data rows of an embedded TSV: comment lines (#) and the header line are skipped.</summary>
    internal static IEnumerable<string[]> Rows(string fileName)
    {
        var resource = "BudgetGraph.Ingest.Reference." + fileName;
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
