using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetGraph.QueryBenchmark;

/// <summary>
/// Command line: (&lt;scale.db&gt; [&lt;small.db&gt;] | &lt;cache folder&gt;) [--department N] [--base-year 2025] [--year 2026]
/// [--iterations 300]. A folder (bench/.cache) means its largest scale-NxY.db and, for the size comparison, its smallest.
/// The department is a synthetic Henan department (bench/DisclosureGenerator numbering) present in both databases.
/// </summary>
public sealed partial record BenchmarkOptions(string ScaleDatabase, string? SmallDatabase, int Department, int BaseYear, int Year, int Iterations)
{
    public static BenchmarkOptions? Parse(string[] args)
    {
        var positional = new List<string>();
        var named = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
                named[args[i][2..]] = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else
                positional.Add(args[i]);
        }

        if (positional is [var folder] && Directory.Exists(folder))
            positional = CachedDatabases(folder);
        if (positional.Count is < 1 or > 2 || positional.Any(p => !File.Exists(p)))
            return null;
        return new BenchmarkOptions(positional[0], positional.ElementAtOrDefault(1), named.GetValueOrDefault("department", 42),
            named.GetValueOrDefault("base-year", 2025), named.GetValueOrDefault("year", 2026), named.GetValueOrDefault("iterations", 300));
    }

    /// <summary>The largest and the smallest scale-NxY.db of the cache (by N × Y), largest first.</summary>
    private static List<string> CachedDatabases(string folder)
    {
        var databases = Directory.EnumerateFiles(folder, "scale-*.db")
            .Select(path => (Path: path, Match: CachedName().Match(Path.GetFileName(path))))
            .Where(d => d.Match.Success)
            .OrderByDescending(d => long.Parse(d.Match.Groups["n"].Value, CultureInfo.InvariantCulture) * long.Parse(d.Match.Groups["y"].Value, CultureInfo.InvariantCulture))
            .Select(d => d.Path)
            .ToList();
        return databases.Count <= 1 ? databases : [databases[0], databases[^1]];
    }

    [GeneratedRegex(@"^scale-(?<n>\d+)x(?<y>\d+)\.db$")]
    private static partial Regex CachedName();
}
