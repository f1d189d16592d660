using BudgetGraph.GraphQL.Common.Errors;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.Tests.GraphQL.Common;

/// <summary>Errors nobody expected reach clients as a code and a generic message, never as exception text.</summary>
public sealed class BudgetErrorInfoProviderTests
{
    private readonly BudgetErrorInfoProvider _provider = new();

    [Fact]
    public void GetInfo_UnexpectedException_ReturnsInternalWithoutDetails()
    {
        var info = _provider.GetInfo(new UnhandledError("Error trying to resolve field 'total'.", new InvalidOperationException("secret connection detail")));

        Assert.Equal("INTERNAL", info.Extensions!["code"]);
        Assert.DoesNotContain("secret", info.Message, StringComparison.Ordinal);
        Assert.Single(info.Extensions);
    }

    [Fact]
    public void GetInfo_DatabaseException_ReturnsDatabaseUnavailable()
    {
        var info = _provider.GetInfo(new UnhandledError("Error trying to resolve field 'years'.", new SqliteException("unable to open database file", 14)));

        Assert.Equal("DATABASE_UNAVAILABLE", info.Extensions!["code"]);
        Assert.DoesNotContain("unable to open", info.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("too many SQL variables")]
    [InlineData("Expression tree is too large (maximum depth 1000)")]
    public void GetInfo_StatementTooLargeForSqlite_IsQueryTooLargeNotAnOutage(string message)
    {
        var error = new UnhandledError("Error trying to resolve field 'budgetLines'.", new SqliteException(message, 1));

        var info = _provider.GetInfo(error);

        Assert.Equal("QUERY_TOO_LARGE", info.Extensions!["code"]);
        Assert.False(BudgetErrorInfoProvider.IsDatabaseUnavailable(error));
    }

    [Fact]
    public void GetInfo_ApiError_KeepsItsCodeAndMessage()
    {
        var info = _provider.GetInfo(new PageSizeExceededError("first", 501, 500));

        Assert.Equal("PAGE_SIZE_EXCEEDED", info.Extensions!["code"]);
        Assert.Contains("501", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetInfo_ErrorWithForeignCode_ReturnsInternal()
    {
        var info = _provider.GetInfo(new ExecutionError("Something else.") { Code = "SOMETHING_ELSE" });

        Assert.Equal("INTERNAL", info.Extensions!["code"]);
    }
}
