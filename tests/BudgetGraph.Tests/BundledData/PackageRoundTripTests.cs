using System.Globalization;
using BudgetGraph.Data;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.BundledData;

/// <summary>
/// The bundled package round-trips: every figure the API serves from data/ (its package, loaded on first start) equals
/// what it serves after importing the documents themselves — every breakdown, compare and series of every bundled
/// department and year. Narrative text (stated reasons and sentences) is not in the package and not compared.
/// </summary>
public sealed class PackageRoundTripTests(BundledDataFixture bundled, CorpusDocumentsFixture documents)
    : IClassFixture<BundledDataFixture>, IClassFixture<CorpusDocumentsFixture>
{
    private static readonly (string By, int? Level)[] _groupings =
    [
        ("DEPARTMENT", null), ("FUNCTIONAL", 1), ("FUNCTIONAL", 2), ("FUNCTIONAL", 3), ("ECONOMIC_DEPARTMENT", 1), ("ECONOMIC_DEPARTMENT", 2),
        ("ECONOMIC_GOVERNMENT", 1), ("ECONOMIC_GOVERNMENT", 2), ("EXPENDITURE_TYPE", null), ("FUNDING_SOURCE", null),
    ];

    [SkippableFact]
    public async Task EveryBundledDepartment_BreakdownsComparesAndSeries_EqualThoseOfTheDocumentsThemselves()
    {
        SharedCorpus.Require();
        await using var db = bundled.CreateDbContext();
        var held = await db.Documents.AsNoTracking().Select(d => new { d.DepartmentId, d.Year, d.Stage }).ToListAsync();
        Assert.True(held.Count >= 12, $"{held.Count} bundled documents");

        var compared = 0;
        foreach (var department in held.GroupBy(d => d.DepartmentId))
        {
            var query = Query(department.Key, [.. department.Select(d => (d.Year, Stage: d.Stage.ToString() == "Budget" ? "BUDGET" : "FINAL_ACCOUNTS")).Distinct().Order()]);
            var fromPackage = (await bundled.CreateClient().QueryAsync(query)).Data();
            var fromDocuments = (await documents.CreateClient().QueryAsync(query)).Data();

            Assert.True(JToken.DeepEquals(fromDocuments, fromPackage), $"{department.Key}: the package serves\n{fromPackage}\nthe documents\n{fromDocuments}");
            Assert.Contains(fromPackage.Children<JProperty>(), p => p.Value.HasValues);
            compared += fromPackage.Children<JProperty>().Count();
        }

        Assert.True(compared > 100, $"{compared} answers compared");
    }

    /// <summary>One request per department: each grouping of each year it has a document for, compares between those years, and series.</summary>
    private static string Query(string department, IReadOnlyList<(int Year, string Stage)> years)
    {
        var where = "where: {department: {eq: \"" + department + "\"}}";
        var fields = new List<string>();
        foreach (var (year, stage) in years)
        {
            foreach (var (by, level) in _groupings)
            {
                var levelArgument = level is { } l ? $", level: {l}" : "";
                fields.Add($"b{year}{stage}{by}{level}: breakdown(year: {year}, by: {by}{levelArgument}, stage: {stage}, {where}) {{ key label amount share }}");
            }
        }

        foreach (var stage in years.Select(y => y.Stage).Distinct())
        {
            var stageYears = years.Where(y => y.Stage == stage).Select(y => y.Year).ToList();
            foreach (var (baseYear, year) in stageYears.Zip(stageYears.Skip(1)))
            {
                foreach (var by in new[] { "DEPARTMENT", "FUNCTIONAL" })
                    fields.Add($"c{baseYear}{year}{stage}{by}: compare(baseYear: {baseYear}, year: {year}, by: {by}, stage: {stage}, {where}) {{ key label base current change changePercent basis statedChange }}");
            }

            fields.Add(string.Create(CultureInfo.InvariantCulture, $"s{stage}: series(fromYear: {stageYears[0]}, toYear: {stageYears[^1]}, by: FUNCTIONAL, level: 2, stage: {stage}, {where}) {{ key label points {{ year amount }} }}"));
        }

        return "{ " + string.Join("\n", fields) + " }";
    }
}
