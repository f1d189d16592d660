using BudgetGraph.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace BudgetGraph.Tests.GraphQL.Schema;

/// <summary>The printed SDL is the public contract (API.md): any change to it must be deliberate.</summary>
public sealed class SchemaSdlTests(BudgetGraphFactory factory) : IClassFixture<BudgetGraphFactory>
{
    [Fact]
    public void Schema_Printed_MatchesSnapshot()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();

        var sdl = schema.Print();

        Assert.Contains("budgetLines(", sdl, StringComparison.Ordinal);
        Assert.Contains("where: BudgetLineFilterInput", sdl, StringComparison.Ordinal);
        Snapshot.Match(sdl);
    }
}
