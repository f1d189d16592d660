using BudgetGraph.DisclosureGenerator.Synthesis;
using BudgetGraph.Tests.Infrastructure;

namespace BudgetGraph.Tests.GraphQL.Classification;

/// <summary>
/// A code renamed between years keeps both names: two synthetic budgets of one department (<see cref="ReferenceBudget"/>),
/// 2025 and 2026, where 2025 prints 2010399 under an older wording.
/// </summary>
public sealed class NameHistoryTests : IAsyncLifetime
{
    private const string CurrentName = "其他政府办公厅（室）及相关机构事务支出";
    private const string OlderName = "其他政府办公厅及相关机构事务支出";

    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-names-").FullName;
    private BudgetGraphFactory? _factory;

    public Task InitializeAsync()
    {
        ReferenceBudget.Write(_folder, 1, 2025, text => text.Replace(CurrentName, OlderName, StringComparison.Ordinal));
        ReferenceBudget.Write(_folder, 1, 2026);
        _factory = BudgetGraphFactory.ForDataDirectory(_folder);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ClassificationNode_RenamedBetweenYears_KeepsEveryYearsName()
    {
        var client = new GraphQLTestClient(_factory!.CreateClient());

        var data = (await client.QueryAsync("""
            { y2025: classificationNode(scheme: FUNCTIONAL, code: "2010399", year: 2025) { name names { year name published } }
              y2026: classificationNode(scheme: FUNCTIONAL, code: "2010399", year: 2026) { name nameEn nameEnOfficial } }
            """)).Data();

        Assert.Equal(OlderName, (string?)data["y2025"]!["name"]);
        Assert.Equal(CurrentName, (string?)data["y2026"]!["name"]);
        var names = data["y2025"]!["names"]!;
        Assert.Equal([2025, 2026], names.Select(n => (int)n["year"]!));
        Assert.Equal([OlderName, CurrentName], names.Select(n => (string?)n["name"]));
        Assert.All(names, n => Assert.True((bool)n["published"]!));
        Assert.Equal("Other expenditure on government general offices and related agencies", (string?)data["y2026"]!["nameEn"]);
        Assert.False((bool)data["y2026"]!["nameEnOfficial"]!);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
