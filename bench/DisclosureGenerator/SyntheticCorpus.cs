using System.Globalization;
using BudgetGraph.DisclosureGenerator.Model;
using BudgetGraph.DisclosureGenerator.Synthesis;
using BudgetGraph.DisclosureGenerator.Writing;

namespace BudgetGraph.DisclosureGenerator;

/// <summary>
/// Writes generated budgets as files the importer reads. File names say what they are
/// (synthetic-henan_00042_2026_budget_dept.txt), so a synthetic file is never mistaken for a published one.
/// </summary>
public static class SyntheticCorpus
{
    public static string FileName(SyntheticDepartment department, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"synthetic-{department.Family.ToString().ToLowerInvariant()}_{department.Code}_{year}_budget_dept.txt");

    public static string Text(DepartmentBudget budget) => budget.Department.Family switch
    {
        DisclosureFamily.Henan => HenanDisclosureWriter.Write(budget),
        _ => ShanghaiDisclosureWriter.Write(budget),
    };

    /// <summary>Writes one budget; <paramref name="edit"/> may change its text (tests that need a variant the model does not express).</summary>
    public static string Write(string directory, DepartmentBudget budget, Func<string, string>? edit = null)
    {
        var path = Path.Combine(directory, FileName(budget.Department, budget.Year));
        var text = Text(budget);
        File.WriteAllText(path, edit is null ? text : edit(text));
        return path;
    }

    /// <summary>Which family department <paramref name="number"/> publishes in: every <paramref name="shanghaiEvery"/>-th is Shanghai (0 = none).</summary>
    public static SyntheticDepartment Department(int number, int shanghaiEvery) =>
        new(number, shanghaiEvery > 0 && number % shanghaiEvery == 0 ? DisclosureFamily.Shanghai : DisclosureFamily.Henan);

    /// <summary>Departments 1..<paramref name="departments"/> × <paramref name="years"/> consecutive years; returns the number of files.</summary>
    public static int WriteAll(string directory, CorpusOptions options)
    {
        Directory.CreateDirectory(directory);
        var synthesizer = new BudgetSynthesizer(options.Seed);
        var written = 0;
        // Departments are independent (one random stream each), so they can be written in parallel and stay deterministic.
        Parallel.For(1, options.Departments + 1, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, number =>
        {
            foreach (var budget in synthesizer.Years(Department(number, options.ShanghaiEvery), options.FirstYear, options.Years))
                Write(directory, budget);
            Interlocked.Add(ref written, options.Years);
        });
        return written;
    }
}
