using System.Text.Encodings.Web;
using BudgetGraph.GraphQL;
using BudgetGraph.GraphQL.Common.Errors;
using BudgetGraph.GraphQL.Common.Limits;
using BudgetGraph.GraphQL.Common.Paging;
using BudgetGraph.Http;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace BudgetGraph.Startup;

/// <summary>Registers the schema and every execution setting, so any endpoint that runs the DI-registered executer behaves alike.</summary>
public static class BudgetGraphQLServices
{
    /// <summary>Deepest nesting of selection sets a query may have: real queries nest about 8 levels, GraphiQL's
    /// introspection 13; a query nested 20 levels deep is refused.</summary>
    public const int MaxQueryDepth = 15;

    /// <summary>
    /// Upper bound of the complexity estimate (<see cref="PageComplexity"/>): a 50-department page with totals, units,
    /// projects and indicators counts about 2,000, 500 budget lines with their department, codes and source about
    /// 6,500; 500 rows each with lists of lists of lists go over it.
    /// </summary>
    public const int MaxQueryComplexity = 25_000;

    /// <param name="services">The application's services.</param>
    /// <param name="configuration">
    /// <c>GraphQL:ComplexityAnalyzer</c> = false turns the depth and cost limits off. It exists for bench/run.sh, which
    /// measures what the analyzer costs; a public endpoint keeps it on.
    /// </param>
    public static IServiceCollection AddBudgetGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var analyzeComplexity = configuration.GetValue("GraphQL:ComplexityAnalyzer", defaultValue: true);
        // Feature query classes and batch loaders are stateless singletons; loaders keep per-request state in the
        // request's user context.
        foreach (var type in typeof(BudgetSchema).Assembly.GetTypes().Where(IsSingletonService))
            services.AddSingleton(type);

        services.AddGraphQL(builder => builder
            .AddSchema<BudgetSchema>()
            .AddGraphTypes(typeof(BudgetSchema).Assembly)
            // Chinese names stay readable in responses instead of \uXXXX escapes.
            .AddSystemTextJson(options => options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<BudgetErrorInfoProvider>()
            // Read-only: a mutation or subscription is refused at validation, never reaching the executor.
            .AddValidationRule<QueriesOnlyRule>(useForCachedDocuments: true)
            // Each resolver opens its own context, so parallel execution would be safe; serial keeps SQLite
            // connections and SQL counts predictable for a read-only API that is mostly batched anyway.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            // Clients see INTERNAL and a generic message; the exception itself goes to the server log. A query nesting
            // deeper than the parser reads is the client's (QUERY_TOO_LARGE): a line at information level, no stack.
            .AddUnhandledExceptionHandler(context =>
            {
                var logger = context.ExecutionOptions.RequestServices?.GetService<ILogger<BudgetSchema>>();
                if (context.OriginalException is GraphQLParser.Exceptions.GraphQLMaxDepthExceededException || BudgetErrorInfoProvider.IsDatabaseLimit(context.OriginalException))
                    logger?.LogInformation("Refused a query too large for the parser or the database (QUERY_TOO_LARGE): {Reason}", context.OriginalException.Message);
                else
                    logger?.LogError(context.OriginalException, "Unhandled exception while resolving {Path}.", context.FieldContext?.Path);
            }));
        services.AddSingleton<IConfigureExecution>(new ValidatedDocumentCache(configuration.GetValue("GraphQL:DocumentCacheEntries", 10_000)));
        // Text the cache has not seen is read once, in linear time, against the API's limits before the parser,
        // validation and cost analysis (whose work can grow quadratically or exponentially with the text) run.
        services.AddSingleton(configuration.GetSection("GraphQL:Limits").Get<QueryLimits>() ?? QueryLimits.Default);
        services.AddSingleton<IConfigureExecution, QueryShapeCheck>();
        if (analyzeComplexity)
        {
            // A public API bounds how deep a query may nest and how much it may ask for (GraphiQL's introspection
            // query stays well below both). The analyzer is a validation rule, so nothing is resolved or read first.
            // The API's own analysis (QueryCostRule): GraphQL.NET's visits a fragment once per spread, which fragments
            // spreading each other made exponential; this one costs each fragment once.
            services.AddGraphQL(builder => builder.AddValidationRule(new QueryCostRule(MaxQueryDepth, MaxQueryComplexity), useForCachedDocuments: true));
        }

        return services;
    }

    private static bool IsSingletonService(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
        && (typeof(IQueryFields).IsAssignableFrom(type) || IsBatchLoader(type));

    private static bool IsBatchLoader(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(GraphQL.Common.DataLoading.BatchLoader<,>))
                return true;
        }

        return false;
    }
}
