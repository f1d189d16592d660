using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Values;
using BudgetGraph.DisclosureGenerator;
using BudgetGraph.DisclosureGenerator.Synthesis;
using BudgetGraph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace BudgetGraph.Tests.GraphQL.Breakdowns;

/// <summary>
/// Every way the API sums a breakdown gives what a naive recomputation from the budget lines gives: the rollup the
/// importer writes (filters of departments, regions, years and the dimension's own code prefix), the lines summed in SQL
/// (any other filter), with and without their cells — in a breakdown, a series' point of the year and a compare's
/// current side. Random draws of department (departments and
/// their units), filter shape, dimension, level and year over a generated corpus of Henan and Shanghai documents — one Shanghai 类 subtotal printed 1 元 off its rows, so
/// the printed-subtotal rule is seen at work — each path checked group by group.
/// </summary>
public sealed class BreakdownPathsPropertyTests : IAsyncLifetime
{
    private const int Draws = 60;
    private const int FirstYear = 2024;
    private const int Years = 3;

    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-paths-").FullName;
    private BudgetGraphFactory? _factory;

    public Task InitializeAsync()
    {
        var synthesizer = new BudgetSynthesizer(seed: 11);
        var misprinted = false;
        foreach (var number in Enumerable.Range(1, 9))
        {
            foreach (var budget in synthesizer.Years(SyntheticCorpus.Department(number, shanghaiEvery: 3), FirstYear, Years))
            {
                Func<string, string>? edit = !misprinted && budget.Department.Family == DisclosureGenerator.Model.DisclosureFamily.Shanghai ? MisprintFirstClassRow : null;
                misprinted |= edit is not null;
                SyntheticCorpus.Write(_folder, budget, edit);
            }
        }

        Assert.True(misprinted);
        _factory = BudgetGraphFactory.ForDataDirectory(_folder);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Breakdown_RandomDepartmentsDimensionsLevelsYears_EveryPathEqualsTheNaiveSumOfTheLines()
    {
        var client = new GraphQLTestClient(_factory!.CreateClient());
        await client.QueryAsync("{ years }");
        Corpus corpus;
        await using (var db = new BudgetDbContext(_factory.CreateDbContextOptions()))
            corpus = await Corpus.LoadAsync(db);
        var misprinted = corpus.Documents.Single(d => corpus.Subtotals.Any(s => s.DocumentId == d.Id && s.Code.Length == 3 && corpus.SumOf(s) != s.Amount));

        var random = new Random(20261207);
        var dimensions = Enum.GetValues<Dimension>();
        var filters = Enum.GetValues<FilterShape>();
        // The misprinted document's 类 and 款 first (the rule must be met), then random draws.
        var owner = corpus.Departments.Single(d => d.Id == misprinted.DepartmentId);
        var draws = new List<(Department Department, Dimension Dimension, int Level, int Year, FilterShape Filter)>
        {
            (owner, Dimension.Functional, 1, misprinted.Year, FilterShape.DepartmentEq),
            (owner, Dimension.Functional, 1, misprinted.Year, FilterShape.DepartmentIn),
            (owner, Dimension.Functional, 2, misprinted.Year, FilterShape.DepartmentEq),
            (owner, Dimension.Functional, 1, misprinted.Year, FilterShape.Region),
            (owner, Dimension.Functional, 1, misprinted.Year, FilterShape.WithAmount),
        };
        for (var i = 0; i < Draws; i++)
        {
            var dimension = dimensions[random.Next(dimensions.Length)];
            draws.Add((corpus.Departments[random.Next(corpus.Departments.Count)], dimension,
                1 + random.Next(dimension switch { Dimension.Functional => 3, Dimension.EconomicDepartment or Dimension.EconomicGovernment => 2, _ => 1 }),
                FirstYear + random.Next(Years), filters[random.Next(filters.Length)]));
        }

        var substituted = 0;
        for (var draw = 0; draw < draws.Count; draw++)
        {
            var (department, dimension, level, year, shape) = draws[draw];
            var (where, lines, keepsWhole) = Filter(corpus, department, dimension, shape);
            var expected = corpus.Breakdown(lines, keepsWhole, dimension, level, year, out var usedPrinted, out var cited);
            substituted += usedPrinted ? 1 : 0;

            var by = string.Concat(dimension.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
            var query = $$$"""
                {
                  sums: breakdown(year: {{{year}}}, by: {{{by}}}, level: {{{level}}}, where: {{{where}}}) { key amount }
                  sources: breakdown(year: {{{year}}}, by: {{{by}}}, level: {{{level}}}, where: {{{where}}}) { key amount sources { table } }
                  series(by: {{{by}}}, level: {{{level}}}, fromYear: {{{FirstYear}}}, toYear: {{{FirstYear + Years - 1}}}, where: {{{where}}}) { key points { year amount sources { table } } }
                  compare(baseYear: {{{FirstYear}}}, year: {{{year}}}, by: {{{by}}}, level: {{{level}}}, where: {{{where}}}) { key current }
                }
                """;
            var data = (await client.QueryAsync(query)).Data();
            foreach (var path in new[] { "sums", "sources" })
            {
                var actual = ((JArray)data[path]!).ToDictionary(r => (string)r["key"]!, r => r.Amount("amount"));
                Assert.True(expected.Count == actual.Count && expected.All(e => actual.TryGetValue(e.Key, out var a) && a == e.Value),
                    $"draw {draw}: where {where} by {by} level {level} in {year}, path {path}: expected [{string.Join(", ", expected.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} {e.Value}"))}], got [{string.Join(", ", actual.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} {e.Value}"))}]");
            }

            // A series' point of the year is the year's breakdown, with the same cells; a compare's current side too.
            var series = ((JArray)data["series"]!).Select(r => (Key: (string)r["key"]!, Point: r["points"]!.Single(p => (int)p["year"]! == year)))
                .Where(r => r.Point["amount"]!.Type != JTokenType.Null).ToDictionary(r => r.Key, r => (Amount: r.Point.Amount("amount"), Cited: ((JArray)r.Point["sources"]!).Count));
            Assert.True(expected.Count == series.Count && expected.All(e => series.TryGetValue(e.Key, out var p) && p.Amount == e.Value && p.Cited == cited[e.Key]),
                $"draw {draw}: series point {year} of where {where} by {by} level {level}: got [{string.Join(", ", series.Select(p => $"{p.Key} {p.Value.Amount} ({p.Value.Cited})"))}]");
            var compared = ((JArray)data["compare"]!).Where(r => r["current"]!.Type != JTokenType.Null).ToDictionary(r => (string)r["key"]!, r => r.Amount("current"));
            Assert.True(expected.Count == compared.Count && expected.All(e => compared.TryGetValue(e.Key, out var a) && a == e.Value),
                $"draw {draw}: compare's current side of where {where} by {by} level {level} in {year}: got [{string.Join(", ", compared.Select(c => $"{c.Key} {c.Value}"))}]");

            // Each group cites the printed subtotal's cell where it stands in, else every line it sums.
            var citations = ((JArray)data["sources"]!).ToDictionary(r => (string)r["key"]!, r => ((JArray)r["sources"]!).Count);
            Assert.True(cited.All(c => citations[c.Key] == c.Value), $"draw {draw}: citations expected [{string.Join(", ", cited.Select(c => $"{c.Key} {c.Value}"))}], got [{string.Join(", ", citations.Select(c => $"{c.Key} {c.Value}"))}]");
        }

        // The draws met the misprinted subtotal through each rollup path, or the property says nothing about that rule.
        Assert.True(substituted >= 3, $"the printed subtotal stood in {substituted} times");
    }

    /// <summary>
    /// The filters drawn: one department (the rollup, by a compiled query), a list of departments and a region (the
    /// rollup, composed), a department with a condition on amounts or on a code of another dimension (the lines, summed
    /// in SQL; a printed subtotal stands in only where the condition cannot cut its rows apart).
    /// </summary>
    private enum FilterShape
    {
        DepartmentEq,
        DepartmentIn,
        Region,
        WithAmount,
        WithFunctionalPrefix,
    }

    private static (string Where, Func<BudgetLine, bool> Lines, bool KeepsWhole) Filter(Corpus corpus, Department department, Dimension dimension, FilterShape shape)
    {
        var members = corpus.Departments.Where(d => d.Id == department.Id || d.ParentId == department.Id).Select(d => d.Id).ToHashSet();
        var inRegion = corpus.Departments.Where(d => d.RegionCode == department.RegionCode).Select(d => d.Id).ToHashSet();
        var id = $"\"{department.Id}\"";
        return shape switch
        {
            FilterShape.DepartmentEq => ($"{{department: {{eq: {id}}}}}", l => members.Contains(l.DepartmentId), true),
            FilterShape.DepartmentIn => ($"{{department: {{in: [{id}]}}}}", l => members.Contains(l.DepartmentId), true),
            FilterShape.Region => ($"{{region: {{eq: \"{department.RegionCode}\"}}}}", l => inRegion.Contains(l.DepartmentId), true),
            FilterShape.WithAmount => ($"{{department: {{in: [{id}]}}, amount: {{gte: -100000000000}}}}", l => members.Contains(l.DepartmentId), false),
            _ => ($"{{department: {{in: [{id}]}}, functional: {{startsWith: \"2\"}}}}", l => members.Contains(l.DepartmentId) && (l.FunctionalCode ?? "").StartsWith('2'),
                dimension == Dimension.Functional),
        };
    }

    /// <summary>The first 类 row of the Shanghai 部门支出预算总表 printed 1 元 more in 合计 and 基本支出 than its rows add up to.</summary>
    private static string MisprintFirstClassRow(string text)
    {
        var lines = text.Split('\n');
        var table = Array.FindIndex(lines, l => l.EndsWith("部门支出预算总表", StringComparison.Ordinal));
        var row = Array.FindIndex(lines, table, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d{3} \t\D"));
        var cells = lines[row].Split(" \t");
        cells[2] = Plus1(cells[2]);
        cells[3] = Plus1(cells[3]);
        lines[row] = string.Join(" \t", cells);
        return string.Join('\n', lines);

        static string Plus1(string yuan) =>
            (long.Parse(yuan, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The corpus as stored, and the breakdown computed from it the plainest way: the department's and its units' lines
    /// of the dimension's kind, a unit's document counted only where its parent department publishes none that year,
    /// keyed by code prefix (or marker, type, source, document owner), summed per document, a printed 类/款 subtotal or
    /// total row standing in for its group's sum, then summed over documents.
    /// </summary>
    private sealed class Corpus
    {
        public required List<Department> Departments { get; init; }

        public required List<Document> Documents { get; init; }

        public required List<BudgetLine> Lines { get; init; }

        public required List<PublishedSubtotal> Subtotals { get; init; }

        public static async Task<Corpus> LoadAsync(BudgetDbContext db) => new()
        {
            Departments = await db.Departments.AsNoTracking().OrderBy(d => d.Id).ToListAsync(),
            Documents = await db.Documents.AsNoTracking().ToListAsync(),
            Lines = await db.BudgetLines.AsNoTracking().ToListAsync(),
            Subtotals = await db.PublishedSubtotals.AsNoTracking()
                .Where(s => s.Scheme == ClassificationScheme.Functional && s.Kind == LineKind.Expenditure && s.ExpenditureType == null).ToListAsync(),
        };

        public long SumOf(PublishedSubtotal subtotal) =>
            Lines.Where(l => l.DocumentId == subtotal.DocumentId && l.Kind == LineKind.Expenditure && (l.FunctionalCode ?? "").StartsWith(subtotal.Code, StringComparison.Ordinal)).Sum(l => l.Amount);

        public Dictionary<string, decimal> Breakdown(Func<BudgetLine, bool> selected, bool keepsWhole, Dimension dimension, int level, int year, out bool usedPrinted, out Dictionary<string, int> cited)
        {
            usedPrinted = false;
            cited = [];
            var kind = dimension switch
            {
                Dimension.EconomicDepartment or Dimension.EconomicGovernment => LineKind.Economic,
                Dimension.FundingSource => LineKind.Income,
                _ => LineKind.Expenditure,
            };
            var length = dimension switch
            {
                Dimension.Functional => new[] { 3, 5, 7 }[level - 1],
                Dimension.EconomicDepartment or Dimension.EconomicGovernment => new[] { 3, 5 }[level - 1],
                _ => 0,
            };
            var documents = Documents.Where(d => d.Year == year && d.Stage == BudgetStage.Budget && Counts(d)).ToDictionary(d => d.Id);
            var totals = new Dictionary<string, long>();
            foreach (var byDocument in Lines.Where(l => l.Kind == kind && documents.ContainsKey(l.DocumentId) && selected(l)).GroupBy(l => l.DocumentId))
            {
                foreach (var group in byDocument.GroupBy(l => Key(l, documents[l.DocumentId], dimension, length)))
                {
                    var printedCode = !keepsWhole ? null : dimension == Dimension.Department ? "" : dimension == Dimension.Functional && length < 7 ? group.Key : null;
                    var printed = printedCode is null ? null : Subtotals.FirstOrDefault(s => s.DocumentId == byDocument.Key && s.Code == printedCode);
                    var amount = printed?.Amount ?? group.Sum(l => l.Amount);
                    usedPrinted |= printed is not null && printed.Amount != group.Sum(l => l.Amount);
                    totals[group.Key] = totals.GetValueOrDefault(group.Key) + amount;
                    cited[group.Key] = cited.GetValueOrDefault(group.Key) + (printed is null ? group.Count() : 1);
                }
            }

            return totals.ToDictionary(t => t.Key, t => t.Value / 10_000m);
        }

        private bool Counts(Document document)
        {
            var owner = Departments.Single(d => d.Id == document.DepartmentId);
            return owner.Scope == Scope.Department
                || !Documents.Any(d => d.DepartmentId == owner.ParentId && d.Year == document.Year && d.Stage == document.Stage);
        }

        private static string Key(BudgetLine line, Document document, Dimension dimension, int length)
        {
            static string Prefix(string? code, int length) => code is null ? "UNCLASSIFIED" : code.Length <= length ? code : code[..length];
            static string Upper(string name) => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
            return dimension switch
            {
                Dimension.Department => document.DepartmentId,
                Dimension.Functional => Prefix(line.FunctionalCode, length),
                Dimension.EconomicDepartment => line.Marker ?? Prefix(line.EconomicDepartmentCode, length),
                Dimension.EconomicGovernment => line.Marker ?? Prefix(line.EconomicGovernmentCode, length),
                Dimension.ExpenditureType => line.ExpenditureType is { } type ? Upper(type.ToString()) : "UNCLASSIFIED",
                _ => line.FundingSource is { } source ? Upper(source.ToString()) : "UNCLASSIFIED",
            };
        }
    }
}
