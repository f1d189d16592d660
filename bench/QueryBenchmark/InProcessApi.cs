using BudgetGraph.Startup;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.QueryBenchmark;

/// <summary>
/// The API's services and schema built with its own startup extensions (the same context pool, loaders and executer
/// settings as a request gets), run in process: what is timed is the GraphQL work and the SQL, not HTTP.
/// </summary>
public sealed class InProcessApi : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IDocumentExecuter<ISchema> _executer;
    private readonly IGraphQLTextSerializer _serializer;

    public InProcessApi(string databasePath)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Budget"] = $"Data Source={databasePath}" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(Sql);
        services.AddSingleton<IInterceptor>(Sql);
        services.AddSingleton<IInterceptor>(Compilations);
        services.AddBudgetData(configuration);
        services.AddBudgetGraphQL(configuration);
        _services = services.BuildServiceProvider();
        _executer = _services.GetRequiredService<IDocumentExecuter<ISchema>>();
        _serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
    }

    public SqlLog Sql { get; } = new();

    public QueryCompilations Compilations { get; } = new();

    /// <summary>Executes a query as the HTTP endpoint does (a request scope, serial execution) and returns the JSON response.</summary>
    public async Task<string> ExecuteAsync(string query)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await _executer.ExecuteAsync(new ExecutionOptions { Query = query, RequestServices = scope.ServiceProvider });
        if (result.Errors is { Count: > 0 } errors)
            throw new InvalidOperationException($"The API answered with errors: {string.Join("; ", errors.Select(e => e.Message))}", errors[0].InnerException);
        return _serializer.Serialize(result);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
