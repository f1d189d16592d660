namespace BudgetGraph.Ingest.Formats.Reference;

/// <summary>
/// The national administrative divisions (data/reference/divisions.tsv) and the one a publisher's name begins with, the
/// publisher's region: 北京市审计局 → 110000, 广州市统计局 → 440100, 上海市普陀区司法局 → 310107.
/// </summary>
public sealed class DivisionIndex
{
    private readonly Dictionary<string, Division> _byCode;
    private readonly Dictionary<string, Division>.AlternateLookup<ReadOnlySpan<char>> _byLeadingName;
    private readonly int _longestLeadingName;
    private readonly Dictionary<string, Division> _cityByShortName;
    private readonly Dictionary<string, Division> _countyByUniqueName;

    private DivisionIndex(IReadOnlyList<Division> divisions)
    {
        _byCode = divisions.ToDictionary(d => d.Code, StringComparer.Ordinal);
        // 长沙 for 长沙市: only where no division outside that city (长沙县 is inside it) has a name that starts the same way.
        _cityByShortName = divisions.Where(d => d.Level == DivisionLevel.Prefecture && d.Name.Length >= 3 && d.Name.EndsWith('市'))
            .GroupBy(d => d.Name[..^1], StringComparer.Ordinal)
            .Where(g => g.Count() == 1 && !divisions.Any(o => o != g.Single() && o.ParentCode != g.Single().Code && o.Name.StartsWith(g.Key, StringComparison.Ordinal)))
            .ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
        // 平山县 alone (平山县下口镇财政所): a county name no other division in the country bears, nor starts.
        // In ordinal order the names a name starts are right after it: one look at the next name tells.
        var names = divisions.Select(d => d.Name).Order(StringComparer.Ordinal).ToArray();
        bool StartsNoOther(string name)
        {
            var at = Array.BinarySearch(names, name, StringComparer.Ordinal);
            while (at > 0 && names[at - 1] == name)
                at--;
            return at + 1 >= names.Length || !names[at + 1].StartsWith(name, StringComparison.Ordinal);
        }

        _countyByUniqueName = divisions.Where(d => d.Level == DivisionLevel.County && d.Name.Length >= 3)
            .GroupBy(d => d.Name, StringComparer.Ordinal)
            .Where(g => g.Count() == 1 && StartsNoOther(g.Key))
            .ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
        var byLeadingName = new Dictionary<string, Division>(StringComparer.Ordinal);
        foreach (var division in divisions)
        {
            foreach (var name in LeadingNames(division))
            {
                if (!byLeadingName.TryAdd(name, division))
                    throw new InvalidOperationException($"divisions.tsv: {name} names both {byLeadingName[name].Code} and {division.Code}.");
            }
        }

        _byLeadingName = byLeadingName.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestLeadingName = byLeadingName.Keys.Max(n => n.Length);
    }

    public static DivisionIndex Default { get; } = new([.. ReferenceNames.Rows("divisions.tsv").Select(Parse)]);

    public Division? ByCode(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>
    /// A prefecture-level city named without 市 at the start of a body's name (长沙职业教育基地综合协调办公室 → 430100), for
    /// names <see cref="Locate"/> places nowhere; only short names no other division shares.
    /// </summary>
    public Division? LocateByShortCityName(string name) =>
        _cityByShortName.Where(c => name.StartsWith(c.Key, StringComparison.Ordinal)).Select(c => c.Value).FirstOrDefault();

    /// <summary>
    /// A county named alone at the start of a body's name (平山县下口镇财政所 → 130131), for names <see cref="Locate"/>
    /// places nowhere; only county names no other division shares (not 普陀区, which is in Shanghai and in Zhoushan).
    /// </summary>
    public Division? LocateByUniqueCountyName(string name)
    {
        for (var length = Math.Min(name.Length, 8); length >= 3; length--)
        {
            if (_countyByUniqueName.TryGetValue(name[..length], out var county))
                return county;
        }

        return null;
    }

    /// <summary>A county with its parent's name, as departments print it (上海市普陀区, 新乡市红旗区); others by their name.</summary>
    public string FullName(Division division) =>
        division.Level == DivisionLevel.County && division.ParentCode is { } parent ? ByCode(parent)!.Name + division.Name : division.Name;

    /// <summary>
    /// The division whose name, written the longest way, starts the publisher's name; null when it names no place
    /// (长沙职业教育基地综合协调办公室: the caller takes the region from its 主管部门).
    /// </summary>
    public Division? Locate(string publisherName)
    {
        for (var length = Math.Min(publisherName.Length, _longestLeadingName); length > 0; length--)
        {
            if (_byLeadingName.TryGetValue(publisherName.AsSpan(0, length), out var division))
                return division;
        }

        return null;
    }

    /// <summary>
    /// How a name can begin with the division: a province by its name, a prefecture with or without its province
    /// (广州市, 广东省广州市), a county only after its parent's names (上海市普陀区, 新乡市红旗区, 河南省新乡市红旗区) because
    /// county names repeat across the country (普陀区 is in Shanghai and in Zhoushan).
    /// </summary>
    private IEnumerable<string> LeadingNames(Division division)
    {
        if (division.Level != DivisionLevel.County)
            yield return division.Name;
        if (division.ParentCode is null)
            yield break;

        var parent = ByCode(division.ParentCode)
            ?? throw new InvalidOperationException($"divisions.tsv: {division.Code} has an unknown parent {division.ParentCode}.");
        foreach (var parentName in LeadingNames(parent))
            yield return parentName + division.Name;
    }

    private static Division Parse(string[] row)
    {
        var level = row[2] switch
        {
            "PROVINCE" => DivisionLevel.Province,
            "PREFECTURE" => DivisionLevel.Prefecture,
            "COUNTY" => DivisionLevel.County,
            _ => throw new InvalidOperationException($"divisions.tsv: {row[0]} has an unknown level {row[2]}."),
        };
        return new Division(row[0], row[1], level, row[3].Length == 0 ? null : row[3]);
    }
}
