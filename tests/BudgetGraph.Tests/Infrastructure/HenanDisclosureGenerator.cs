using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetGraph.Tests.Infrastructure;

/// <summary>
/// Writes small Henan-family department budgets (TestData/henan-template.txt: 12 tables, one project with
/// indicators) for as many departments as a test needs. Department n gets code 1nn, name 新乡市红旗区生成局nn and
/// every amount of the template times n, so each document still reconciles and the departments differ.
/// </summary>
public static partial class HenanDisclosureGenerator
{
    private const string TemplateName = "新乡市红旗区示例局";
    private const string TemplateCode = "099";

    public static string TemplatePath => Path.Combine(AppContext.BaseDirectory, "TestData", "henan-template.txt");

    /// <summary>
    /// Writes departments 1..<paramref name="count"/> of <paramref name="year"/> into <paramref name="directory"/>;
    /// <paramref name="edit"/> may change the text further (rename a code, say). Returns the files.
    /// </summary>
    public static IReadOnlyList<string> Write(string directory, int count, int year = 2026, Func<string, string>? edit = null)
    {
        var template = File.ReadAllText(TemplatePath);
        return [.. Enumerable.Range(1, count).Select(n =>
        {
            var path = Path.Combine(directory, $"generated-{n:00}_{year}_budget_dept.txt");
            var text = Department(OfYear(template, year), n);
            File.WriteAllText(path, edit is null ? text : edit(text));
            return path;
        })];
    }

    public static string CodeOf(int n) => "1" + n.ToString("00", CultureInfo.InvariantCulture);

    public static string NameOf(int n) => "新乡市红旗区生成局" + n.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The template speaks of 2026 against 2025; move both years.</summary>
    private static string OfYear(string template, int year) =>
        template.Replace("2025", "\u0001", StringComparison.Ordinal)
            .Replace("2026", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("\u0001", (year - 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Department(string template, int n)
    {
        var text = template.Replace(TemplateName, NameOf(n), StringComparison.Ordinal);
        // Department and unit codes stand alone in a cell (tab-delimited); the 21-digit project code is left alone.
        text = CodeCell().Replace(text, match => match.Value.Replace(TemplateCode, CodeOf(n), StringComparison.Ordinal));
        // 万元 amounts with two decimals, not percentages: scaling them all keeps every table and total consistent.
        return Amount().Replace(text, match =>
            (decimal.Parse(match.Value, CultureInfo.InvariantCulture) * n).ToString("0.00", CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"(?<=^|\t)099(001)?(?=\t|$)", RegexOptions.Multiline)]
    private static partial Regex CodeCell();

    [GeneratedRegex(@"\d+\.\d{2}(?![\d%])")]
    private static partial Regex Amount();
}
