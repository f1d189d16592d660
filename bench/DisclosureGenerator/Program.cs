using System.Diagnostics;
using System.Globalization;
using BudgetGraph.DisclosureGenerator;

// generate <folder> <departments> <years> [first-year] [seed] [shanghai-every]: writes synthetic disclosures for the
// scale benchmark (never into data/). Exit code 2 = usage.
if (args is not ["generate", var folder, var departments, var years, .. var rest] || rest.Length > 3)
{
    Console.Error.WriteLine("usage: BudgetGraph.DisclosureGenerator generate <folder> <departments> <years> [first-year=2017] [seed=1] [shanghai-every=4]");
    return 2;
}

// The API imports data/ at start: synthetic documents must never land among the published ones.
for (var directory = new DirectoryInfo(Path.GetFullPath(folder)); directory?.Parent is { } parent; directory = parent)
{
    if (directory.Name == "data" && File.Exists(Path.Combine(parent.FullName, "BudgetGraph.sln")))
    {
        Console.Error.WriteLine($"refusing to write synthetic disclosures into the project's data folder ({directory.FullName}); use e.g. bench/.cache");
        return 2;
    }
}

int Arg(int index, int fallback) => rest.Length > index ? int.Parse(rest[index], CultureInfo.InvariantCulture) : fallback;
var options = new CorpusOptions(
    int.Parse(departments, CultureInfo.InvariantCulture), int.Parse(years, CultureInfo.InvariantCulture),
    FirstYear: Arg(0, 2017), Seed: Arg(1, 1), ShanghaiEvery: Arg(2, 4), Parallelism: Environment.ProcessorCount);
var clock = Stopwatch.StartNew();
var written = SyntheticCorpus.WriteAll(folder, options);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"generated {written} synthetic disclosures ({options.Departments} departments × {options.Years} years from {options.FirstYear}, seed {options.Seed}) into {folder} in {clock.Elapsed.TotalSeconds:0.0} s"));
return 0;
