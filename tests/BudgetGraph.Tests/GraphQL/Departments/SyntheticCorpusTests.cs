using BudgetGraph.DisclosureGenerator;
using BudgetGraph.DisclosureGenerator.Model;
using BudgetGraph.DisclosureGenerator.Synthesis;
using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.GraphQL.Departments;

/// <summary>
/// The scale benchmark's generator (bench/DisclosureGenerator) writes documents the importer reads cleanly: eight
/// synthetic departments over two years, Henan and Shanghai families, import without a single finding, and the API
/// gives back each department's total and the change its narrative states, as generated.
/// </summary>
public sealed class SyntheticCorpusTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-synthetic-").FullName;
    private readonly List<DepartmentBudget> _budgets = [];
    private BudgetGraphFactory? _factory;

    public Task InitializeAsync()
    {
        var synthesizer = new BudgetSynthesizer(seed: 7);
        foreach (var number in Enumerable.Range(1, 8))
        {
            foreach (var budget in synthesizer.Years(SyntheticCorpus.Department(number, shanghaiEvery: 4), 2025, 2))
            {
                SyntheticCorpus.Write(_folder, budget);
                _budgets.Add(budget);
            }
        }

        _factory = BudgetGraphFactory.ForDataDirectory(_folder);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Departments_SyntheticCorpus_ReturnTheGeneratedTotals()
    {
        var client = new GraphQLTestClient(_factory!.CreateClient());

        var nodes = (await client.QueryAsync("{ departments(first: 50) { nodes { id name y2025: total(year: 2025) y2026: total(year: 2026) } } }"))
            .Data()["departments"]!["nodes"]!.ToDictionary(n => (string)n["id"]!);

        Assert.Equal(8, nodes.Count);
        Assert.Equal(2, _budgets.Select(b => b.Department.Family).Distinct().Count());
        foreach (var budget in _budgets)
        {
            var node = nodes[budget.Department.Id];
            Assert.Equal(budget.Department.Name, (string?)node["name"]);
            Assert.Contains(SyntheticDepartment.Marker, budget.Department.Name, StringComparison.Ordinal);
            Assert.Equal(budget.Total, node.Amount($"y{budget.Year}"));
        }
    }

    [Fact]
    public async Task Documents_SyntheticCorpus_ImportWithoutFindings()
    {
        var client = new GraphQLTestClient(_factory!.CreateClient());

        var documents = (await client.QueryAsync("{ documents(first: 50) { totalCount nodes { title fileName findings { code message } } } }")).Data()["documents"]!;

        Assert.Equal(16, (int)documents["totalCount"]!);
        Assert.All(documents["nodes"]!, d => Assert.Empty(d["findings"]!));
        Assert.All(documents["nodes"]!, d => Assert.StartsWith("synthetic-", (string?)d["fileName"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Compare_ByDepartment_StatedChangeAgreesWithThePriorYearsDocument()
    {
        var client = new GraphQLTestClient(_factory!.CreateClient());

        var rows = (await client.QueryAsync("{ compare(baseYear: 2025, year: 2026, by: DEPARTMENT) { key base current change statedChange basis } }"))
            .Data()["compare"]!.ToDictionary(r => (string)r["key"]!);

        Assert.Equal(8, rows.Count);
        foreach (var current in _budgets.Where(b => b.Year == 2026))
        {
            var row = rows[current.Department.Id];
            var prior = _budgets.Single(b => b.Year == 2025 && b.Department == current.Department);
            Assert.Equal("DOCUMENTS", (string?)row["basis"]);
            Assert.Equal(prior.Total, row.Amount("base"));
            Assert.Equal(current.Total, row.Amount("current"));
            Assert.Equal(current.Total - prior.Total, row.Amount("statedChange"));
        }
    }

    [Fact]
    public void Generator_SameSeed_WritesTheSameDocuments()
    {
        var department = SyntheticCorpus.Department(4, shanghaiEvery: 4);

        string[] Texts(int seed) => [.. new BudgetSynthesizer(seed).Years(department, 2020, 3).Select(SyntheticCorpus.Text)];

        Assert.Equal(Texts(7), Texts(7));
        Assert.NotEqual(Texts(7), Texts(8));
        Assert.All(Texts(7), text => Assert.Contains("合成数据", text.Split('\n')[0], StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
